import { isKusciaErrorCode } from './codes';
import { isGrpcCode } from './info';
import type {
  KusciaGenericTexts,
  KusciaGrpcCode,
  KusciaLocaleMessages,
  KusciaLocaleOverrides,
} from './messages';
import { fillTemplate, type TemplateValues } from './template';
import type { KusciaErrorInfo, KusciaErrorText } from './types';

/** What to describe: a code, or a parsed failure (which may have no code). */
export type KusciaErrorSubject = number | KusciaErrorInfo;

function pick(
  base: KusciaErrorText,
  override: Partial<KusciaErrorText> | undefined,
): KusciaErrorText {
  const title =
    typeof override?.title === 'string' && override.title !== '' ? override.title : base.title;
  const resolution =
    typeof override?.resolution === 'string' && override.resolution !== ''
      ? override.resolution
      : base.resolution;
  return { title, resolution };
}

function fill(text: KusciaErrorText, values: TemplateValues): KusciaErrorText {
  return {
    title: fillTemplate(text.title, values),
    resolution: fillTemplate(text.resolution, values),
  };
}

function httpTextKey(status: number | null): keyof KusciaGenericTexts {
  switch (status) {
    case 401:
      return 'http401';
    case 403:
      return 'http403';
    case 404:
      return 'http404';
    case 413:
      return 'http413';
    case 429:
      return 'http429';
    case 502:
    case 503:
    case 504:
      return 'httpGateway';
    default:
      if (status !== null && status >= 400 && status <= 499) return 'http4xx';
      if (status !== null && status >= 500 && status <= 599) return 'http5xx';
      return 'httpOther';
  }
}

function describeCode(
  messages: KusciaLocaleMessages,
  overrides: KusciaLocaleOverrides | undefined,
  code: number,
): KusciaErrorText {
  const base = isKusciaErrorCode(code)
    ? messages.codes[code]
    : isGrpcCode(code)
      ? messages.grpc[code as KusciaGrpcCode]
      : pick(messages.generic.unknownCode, overrides?.generic?.unknownCode);
  return fill(pick(base, overrides?.[code]), { code });
}

function genericKey(info: KusciaErrorInfo): keyof KusciaGenericTexts {
  switch (info.source) {
    case 'http':
      return httpTextKey(info.httpStatus);
    case 'network':
    case 'timeout':
    case 'aborted':
      return info.source;
    default:
      return 'unknown';
  }
}

/**
 * Localized title and resolution for a code or a parsed failure, from one locale's messages plus
 * overrides. Pure; it never loads another locale, so a bundle holds only the locales it imports.
 */
export function describeWithMessages(
  messages: KusciaLocaleMessages,
  subject: KusciaErrorSubject,
  overrides?: KusciaLocaleOverrides,
): KusciaErrorText {
  if (typeof subject === 'number') return describeCode(messages, overrides, subject);
  if (subject.code !== null) return describeCode(messages, overrides, subject.code);
  const key = genericKey(subject);
  return fill(pick(messages.generic[key], overrides?.generic?.[key]), {
    status: subject.httpStatus,
  });
}
