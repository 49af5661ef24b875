import { isKusciaErrorCode } from './codes';
import { isGrpcCode } from './grpc';
import type { KusciaGenericTexts, KusciaLocaleMessages, KusciaLocaleOverrides } from './messages';
import { readProperty, toInteger } from './read';
import { getRegisteredCatalog, getRegisteredDefinition } from './registry';
import { fillTemplate, type TemplateValues } from './template';
import type { KusciaErrorInfo, KusciaErrorText } from './types';

/** What to describe: a code, or a parsed failure (which may have no code). */
export type KusciaErrorSubject = number | KusciaErrorInfo;

/** A failure's text: the most specific title and next step, and the code's own text when another won. */
export interface KusciaErrorDescription extends KusciaErrorText {
  /**
   * The code's own title and next step, when a more specific cause (the reason read from the server
   * message) gave the title: kept so that nothing is lost, e.g. as the first line of the details.
   */
  readonly codeText?: KusciaErrorText;
}

function pick(base: KusciaErrorText, override: unknown): KusciaErrorText {
  const title = readProperty(override, 'title');
  const resolution = readProperty(override, 'resolution');
  return {
    title: typeof title === 'string' && title !== '' ? title : base.title,
    resolution: typeof resolution === 'string' && resolution !== '' ? resolution : base.resolution,
  };
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

/** The text a registered catalogue gives its code in this locale (or in English when it lacks one). */
function catalogText(messages: KusciaLocaleMessages, code: number): KusciaErrorText | undefined {
  const definition = getRegisteredDefinition(code);
  const texts = definition && getRegisteredCatalog(definition.catalog)?.texts;
  return texts?.[messages.locale]?.[String(code)] ?? texts?.['en-US']?.[String(code)];
}

function describeCode(
  messages: KusciaLocaleMessages,
  overrides: KusciaLocaleOverrides | undefined,
  code: number,
): KusciaErrorText {
  const base = isKusciaErrorCode(code)
    ? messages.codes[code]
    : (catalogText(messages, code) ??
      (isGrpcCode(code)
        ? messages.grpc[code]
        : pick(messages.generic.unknownCode, overrides?.generic?.unknownCode)));
  return fill(pick(base, overrides?.[code]), { code });
}

/** The fields of a failure that choose its text. */
type DescribedFailure = Pick<KusciaErrorInfo, 'code' | 'source' | 'httpStatus'>;

function genericKey(failure: DescribedFailure): keyof KusciaGenericTexts {
  switch (failure.source) {
    case 'http':
      return httpTextKey(failure.httpStatus);
    case 'network':
    case 'timeout':
    case 'aborted':
    case 'invalidResponse':
      return failure.source;
    default:
      return 'unknown';
  }
}

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

/**
 * Localized title and next step for a code or a parsed failure, from one locale's messages plus that
 * locale's overrides. Pure: the text is data it is given, so a bundle holds only the locales it imports.
 */
export function describeWithMessages(
  messages: KusciaLocaleMessages,
  subject: KusciaErrorSubject,
  overrides?: KusciaLocaleOverrides,
): KusciaErrorDescription {
  const target = toSubject(subject);
  if (typeof target === 'number') return describeCode(messages, overrides, target);
  if (target.code !== null) return describeCode(messages, overrides, target.code);
  const key = genericKey(target);
  return fill(pick(messages.generic[key], overrides?.generic?.[key]), {
    status: target.httpStatus,
  });
}
