import { isKusciaErrorCode } from './codes';
import { isGrpcCode } from './grpc';
import type { KusciaGenericTexts, KusciaLocaleMessages, KusciaLocaleOverrides } from './messages';
import { describeKusciaReason } from './reason/describe';
import type { KusciaErrorReason } from './reason/types';
import { readProperty, toInteger, toMessage } from './read';
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

/**
 * The text a registered catalogue gives its code in this locale (or in English when it lacks one), its
 * placeholders filled from what the catalogue reads in the server message. Without a value, the catalogue's
 * `titleWithoutValues` stands in, or else the placeholder goes with the separator before it: a title never
 * shows a raw `{0}`, nor a sentence with a hole in it.
 */
function catalogText(
  messages: KusciaLocaleMessages,
  code: number,
  serverMessage: string | null,
): KusciaErrorText | undefined {
  const definition = getRegisteredDefinition(code);
  const catalog = definition && getRegisteredCatalog(definition.catalog);
  const text =
    catalog?.texts[messages.locale]?.[String(code)] ?? catalog?.texts['en-US']?.[String(code)];
  if (!catalog || !text) return undefined;
  let values: Readonly<Record<string, string>> | undefined;
  try {
    values =
      serverMessage === null ? undefined : catalog.readMessage?.(code, serverMessage)?.values;
  } catch {
    values = undefined;
  }
  const fillOrDrop = (template: string) =>
    fillTemplate(template, values ?? {}).replace(/[:：]?[ \t]*\{\w+\}/g, '');
  const title =
    values === undefined && typeof text.titleWithoutValues === 'string'
      ? text.titleWithoutValues
      : fillOrDrop(text.title);
  return { title, resolution: fillOrDrop(text.resolution) };
}

function describeCode(
  messages: KusciaLocaleMessages,
  overrides: KusciaLocaleOverrides | undefined,
  code: number,
  serverMessage: string | null = null,
): KusciaErrorText {
  const base = isKusciaErrorCode(code)
    ? messages.codes[code]
    : (catalogText(messages, code, serverMessage) ??
      (isGrpcCode(code)
        ? messages.grpc[code]
        : unknownCodeText(messages, overrides, serverMessage)));
  return fill(pick(base, overrides?.[code]), { code });
}

/** A code no table knows: the generic text, with the server's own words as the next step when it sent any. */
function unknownCodeText(
  messages: KusciaLocaleMessages,
  overrides: KusciaLocaleOverrides | undefined,
  serverMessage: string | null,
): KusciaErrorText {
  const text = pick(messages.generic.unknownCode, overrides?.generic?.unknownCode);
  return serverMessage === null ? text : { title: text.title, resolution: serverMessage };
}

/** The fields of a failure that choose its text. */
type DescribedFailure = Pick<
  KusciaErrorInfo,
  'code' | 'source' | 'httpStatus' | 'serverMessage' | 'reason'
>;

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

const UNKNOWN_FAILURE: DescribedFailure = {
  code: null,
  source: 'unknown',
  httpStatus: null,
  serverMessage: null,
  reason: null,
};

function readReason(subject: object): KusciaErrorReason | null {
  const reason = readProperty(subject, 'reason');
  return typeof reason === 'object' &&
    reason !== null &&
    typeof readProperty(reason, 'family') === 'string'
    ? (reason as KusciaErrorReason)
    : null;
}

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
      serverMessage: toMessage(readProperty(subject, 'serverMessage')),
      reason: readReason(subject),
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
  const own =
    target.code === null
      ? undefined
      : describeCode(messages, overrides, target.code, target.serverMessage);
  // The cause read from the message is more specific than any code: it gives the title and next step, and
  // the code's own text stays available beside it. A locale without reason texts, or without a text for this
  // reason (a family from a newer kit, in an info read back from JSON), leaves the code's text in place.
  if (target.reason && messages.reasons) {
    const byReason = describeKusciaReason(target.reason, messages.reasons, overrides?.reasons);
    const codeText = own ?? describeTransport(messages, overrides, target);
    if (byReason.title !== '') return { ...byReason, codeText };
    return codeText;
  }
  if (own) return own;
  return describeTransport(messages, overrides, target);
}

/**
 * The text of a code alone, with no cause and no transport: what a badge shows. Apart from
 * `describeWithMessages` so that a bundle showing only codes leaves the reason texts' code out.
 */
export function describeCodeWithMessages(
  messages: KusciaLocaleMessages,
  code: number,
  overrides?: KusciaLocaleOverrides,
): KusciaErrorText {
  return describeCode(messages, overrides, code);
}

/** A failure without a code: by how it failed, and its HTTP status. */
function describeTransport(
  messages: KusciaLocaleMessages,
  overrides: KusciaLocaleOverrides | undefined,
  target: DescribedFailure,
): KusciaErrorText {
  const key = genericKey(target);
  return fill(pick(messages.generic[key], overrides?.generic?.[key]), {
    status: target.httpStatus,
  });
}
