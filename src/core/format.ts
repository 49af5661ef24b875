import { isKusciaErrorCode } from './codes';
import { isGrpcCode } from './info';
import { isKusciaLocaleMessages } from './locale';
import type {
  KusciaGenericTexts,
  KusciaGrpcCode,
  KusciaLocaleMessages,
  KusciaLocaleOverrides,
} from './messages';
import { readProperty, toInteger } from './safe';
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

function genericKey(info: DescribedFailure): keyof KusciaGenericTexts {
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
 * overrides. Pure; it never loads another locale, so a bundle holds only the locales it imports. Throws a
 * `TypeError` naming the mistake when `messages` is not a locale's messages object.
 */
export function describeWithMessages(
  messages: KusciaLocaleMessages,
  subject: KusciaErrorSubject,
  overrides?: KusciaLocaleOverrides,
): KusciaErrorText {
  if (!isKusciaLocaleMessages(messages)) {
    throw new TypeError(
      "describeWithMessages: `messages` must be a locale's messages, such as enUS from kuscia-error-kit/locales/en-US",
    );
  }
  const target = toSubject(subject);
  if (typeof target === 'number') return describeCode(messages, overrides, target);
  if (target.code !== null) return describeCode(messages, overrides, target.code);
  const key = genericKey(target);
  return fill(pick(messages.generic[key], overrides?.generic?.[key]), {
    status: target.httpStatus,
  });
}

/** The fields of a failure that choose its text. */
type DescribedFailure = Pick<KusciaErrorInfo, 'code' | 'source' | 'httpStatus'>;

const UNKNOWN_FAILURE: DescribedFailure = { code: null, source: 'unknown', httpStatus: null };

/**
 * The subject as the types promise it. Untyped callers pass anything: a numeric string (`'11305'`) is a
 * code, any object is read field by field (an unrecognized source reads as unknown), and everything else
 * is an unknown failure, so the result is always a text and never a raw `{code}` placeholder.
 */
function toSubject(subject: unknown): number | DescribedFailure {
  if (typeof subject === 'number' && Number.isSafeInteger(subject)) return subject;
  if (typeof subject === 'object' && subject !== null) {
    return {
      code: toInteger(readProperty(subject, 'code')),
      source: readProperty(subject, 'source') as KusciaErrorInfo['source'],
      httpStatus: toInteger(readProperty(subject, 'httpStatus')),
    };
  }
  return toInteger(subject) ?? UNKNOWN_FAILURE;
}
