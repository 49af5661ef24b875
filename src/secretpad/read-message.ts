import type { KusciaCatalogReading } from '../core/catalog';
import type { KusciaErrorReason } from '../core/reason/types';
import { readAuthFailure } from './auth-failure';
import type { SecretPadCode } from './definitions';
import { readKusciaStatusText } from './kuscia-status-text';
import { upstreamEnUS } from './upstream-texts.en-US';
import { upstreamZhCN } from './upstream-texts.zh-CN';

/** Only the first 8 KiB of a message are read: enough for any SecretPad text, and a bound on the work. */
const MAX_MESSAGE = 8 * 1024;
const PLACEHOLDER = '{0}';

/** A template split around its `{0}`: prefix and suffix, or `null` when it has no placeholder. */
type Split = readonly [prefix: string, suffix: string] | null;

function split(template: string): Split {
  const at = template.indexOf(PLACEHOLDER);
  return at === -1 ? null : [template.slice(0, at), template.slice(at + PLACEHOLDER.length)];
}

/** Per code, the zh and the en template split once, on first use. */
const splits = /* @__PURE__ */ new Map<number, readonly [zh: Split, en: Split]>();

/**
 * `{0}` of `message` when it is the template filled in. Plain prefix/suffix comparison, no regex: SecretPad's
 * MessageFormat inserts the argument verbatim, and every template holds `{0}` at most once.
 */
function argumentOf(template: Split, message: string): string | undefined {
  if (template === null) return undefined;
  const [prefix, suffix] = template;
  if (message.length < prefix.length + suffix.length) return undefined;
  if (!message.startsWith(prefix) || !message.endsWith(suffix)) return undefined;
  return message.slice(prefix.length, message.length - suffix.length);
}

/**
 * A thrown code without arguments keeps its literal `{0}`, and `of(code, cause)` with a message-less cause
 * prints `null`: neither is information.
 */
const isValue = (value: string): boolean =>
  value.trim() !== '' && value !== PLACEHOLDER && value !== 'null';

function startsWithAny(text: string, starts: readonly string[]): boolean {
  for (const start of starts) if (text.startsWith(start)) return true;
  return false;
}

const NODE_CREATE_IN_KUSCIA = ' node create fail in kuscia :';
const DOMAIN_DATA_SOURCES = 'failed to query domain data sources ';

/** NodeErrorCode.NODE_DELETE_ERROR arguments that are SecretPad's own words, not Kuscia's. */
const NODE_DELETE_OWN = [
  'node have job running',
  'node have project reviewing',
  'localNode forbid delete',
  'node route is not empty',
  'kuscia delete domain failed',
];

/** ScheduledErrorCode.PROJECT_JOB_RESTART_ERROR arguments that are SecretPad's own (or protobuf-java's). */
const RESTART_OWN = [
  'schedule is down',
  'schedule task status is not finish',
  'schedule task already performed a rerun of all',
  'scheduleTaskStartTime is more than 30 days',
  'type is not support',
  'Protocol message',
  'While parsing a protocol message',
  'CodedInputStream',
];

/**
 * Kuscia's own message inside `{0}`, for the codes whose call sites put it there (CODES.md §4.2 and the
 * SecretPad sources at 128ccd37). Codes that use `{0}` for their own words as well are filtered by those words.
 */
function kusciaMessageOf(code: number, value: string): string | undefined {
  switch (code) {
    case 202011402: {
      // NodeErrorCode.NODE_CREATE_ERROR: `<nodeId> node create fail in kuscia :<Kuscia message>`; the `in db :`
      // variant and the center path's exception text are not Kuscia's.
      const at = value.indexOf(NODE_CREATE_IN_KUSCIA);
      return at === -1 ? undefined : value.slice(at + NODE_CREATE_IN_KUSCIA.length);
    }
    case 202011902: // JobErrorCode.PROJECT_JOB_CREATE_ERROR: CreateJob's status.message
    case 202012101: // KusciaGrpcErrorCode.RPC_ERROR: QueryDomainDataSource / GenerateKeyCerts status.message
    case 202012904: // NodeRouteErrorCode.NODE_ROUTE_DELETE_ERROR: DeleteDomainRoute's status.message
      return value;
    case 202011404: // NodeErrorCode.NODE_DELETE_ERROR
      return startsWithAny(value.trim(), NODE_DELETE_OWN) ? undefined : value;
    case 202015009: // ScheduledErrorCode.PROJECT_JOB_RESTART_ERROR: DeleteJob / RestartJob status.message
      return startsWithAny(value.trim(), RESTART_OWN) ? undefined : value;
    case 202011100: {
      // SystemErrorCode.VALIDATION_ERROR from ListDomainDataSource: the Status in protobuf text format.
      if (!value.startsWith(DOMAIN_DATA_SOURCES)) return undefined;
      return readKusciaStatusText(value.slice(DOMAIN_DATA_SOURCES.length))?.message;
    }
    default:
      return undefined;
  }
}

function reasonOf(code: number, value: string): KusciaErrorReason | null {
  if (code === 202011602) return readAuthFailure(value);
  // 202011603 locks signing in. 202011604 locks only the password reset (UserServiceImpl sets
  // gmtPasswdResetRelease): its own title, minutes filled in, says so, and no reason would say it better.
  if (code === 202011603) {
    const minutes = value.trim();
    return /^\d{1,6}$/.test(minutes) ? { family: 'accountLocked', minutes } : null;
  }
  return null;
}

/** SecretPad's lockout codes, whose minutes are worth finding in any version's wording. */
const LOCKOUTS: ReadonlySet<number> = /* @__PURE__ */ new Set([202011603, 202011604]);
/**
 * The minutes in a lockout text whatever its wording: versions before v0.4 said `账号已被锁定，请{0}分钟后再试`.
 * Bounded quantifiers, so linear on any input.
 */
const LOCK_MINUTES = /(\d{1,6}) ?(?:分钟|minutes?\b)/i;

function lockMinutes(code: number, text: string): string | undefined {
  return LOCKOUTS.has(code) ? LOCK_MINUTES.exec(text)?.[1] : undefined;
}

// The reader needs the templates only, not the definitions: a bundle with just the reader stays small.
const isKnown = (code: number): code is SecretPadCode => Object.hasOwn(upstreamZhCN, code);

function read(code: number, message: string): KusciaCatalogReading | null {
  if (!isKnown(code)) return null;
  let templates = splits.get(code);
  if (templates === undefined) {
    templates = [split(upstreamZhCN[code]), split(upstreamEnUS[code])];
    splits.set(code, templates);
  }
  const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) : message;
  // The server language is whatever Accept-Language chose: try both.
  let value =
    argumentOf(templates[0], text) ?? argumentOf(templates[1], text) ?? lockMinutes(code, text);
  // The edge filter writes AUTH_FAILED bodies itself, with its raw English argument as the whole `msg`.
  if (value === undefined && code === 202011602 && readAuthFailure(text) !== null) value = text;
  if (value === undefined || !isValue(value)) return null;

  const reading: {
    values: Record<string, string>;
    kusciaMessage?: string;
    reason?: KusciaErrorReason;
  } = { values: { '0': value } };
  const kusciaMessage = kusciaMessageOf(code, value);
  if (kusciaMessage !== undefined && kusciaMessage.trim() !== '')
    reading.kusciaMessage = kusciaMessage;
  const reason = reasonOf(code, value);
  if (reason !== null) reading.reason = reason;
  return reading;
}

/**
 * Reads a SecretPad `status.msg` for its code: the value of the title's `{0}` (in either server language), the
 * Kuscia message SecretPad embedded, and the situations it recognises itself (session expired, permission
 * denied, sign-in locked). `null` when it learns nothing; never throws.
 */
export function readSecretPadMessage(code: number, message: string): KusciaCatalogReading | null {
  if (typeof code !== 'number' || typeof message !== 'string') return null;
  try {
    return read(code, message);
  } catch {
    return null;
  }
}
