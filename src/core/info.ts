import { getKusciaErrorDefinition } from './codes';
import { readCause } from './cause';
import { failurePolicy, type KusciaFailurePolicy } from './policy';
import { MAX_DETAILS_LENGTH, readProperty, toInteger, toMessage } from './read';
import { getRegisteredDefinition } from './registry';
import type { KusciaErrorReason } from './reason/types';
import type { KusciaErrorInfo, KusciaErrorSource } from './types';

/** The parts of a failure that the parser found; everything else is derived. */
export interface FoundFailure {
  readonly source: KusciaErrorSource;
  readonly code?: number | null;
  readonly serverMessage?: string | null;
  readonly details?: string | null;
  readonly httpStatus?: number | null;
  readonly input: unknown;
}

// Infos this copy of the kit built: passed back in, they are returned as they are.
const issued = /* @__PURE__ */ new WeakSet();

/** True for an info this copy of the kit built (and froze). */
export function isIssuedInfo(value: unknown): value is KusciaErrorInfo {
  return typeof value === 'object' && value !== null && issued.has(value);
}

const SOURCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<KusciaErrorSource>([
  'kuscia',
  'secretpad',
  'http',
  'network',
  'timeout',
  'aborted',
  'invalidResponse',
  'unknown',
]);

/**
 * A well-formed `KusciaErrorInfo` from something that claims to be one: as it is when this kit built it,
 * else rebuilt field by field (another copy of the kit, a hand-made or forged object).
 */
export function reviveErrorInfo(value: unknown): KusciaErrorInfo {
  if (isIssuedInfo(value)) return value;
  const source = readProperty(value, 'source');
  return toErrorInfo({
    source: SOURCES.has(source) ? (source as KusciaErrorSource) : 'unknown',
    code: toInteger(readProperty(value, 'code')),
    serverMessage: toMessage(readProperty(value, 'serverMessage')),
    details: toMessage(readProperty(value, 'details'), MAX_DETAILS_LENGTH),
    httpStatus: toInteger(readProperty(value, 'httpStatus')),
    input: readProperty(value, 'input'),
  });
}

/**
 * Builds the public, frozen `KusciaErrorInfo` from what the parser found. The reason, and the policy that
 * follows it, are read from the message on first access: most failures are only counted, logged or
 * de-duplicated, and parsing stays cheap for them.
 */
export function toErrorInfo(found: FoundFailure): KusciaErrorInfo {
  const code = found.code ?? null;
  const httpStatus = found.httpStatus ?? null;
  const serverMessage = found.serverMessage ?? null;
  const kuscia = code === null ? undefined : getKusciaErrorDefinition(code);
  const definition = kuscia ?? (code === null ? undefined : getRegisteredDefinition(code));
  // A registered catalogue's code is its catalogue's failure, however the envelope spelled its message.
  const source: KusciaErrorSource =
    definition && !kuscia && found.source === 'kuscia'
      ? (definition as { catalog: KusciaErrorSource }).catalog
      : found.source;
  let reason: KusciaErrorReason | null | undefined;
  let policy: KusciaFailurePolicy | undefined;
  const readReason = (): KusciaErrorReason | null => {
    if (reason === undefined) reason = readCause(source, code, serverMessage);
    return reason;
  };
  const readPolicy = (): KusciaFailurePolicy =>
    (policy ??= failurePolicy({ code, source, httpStatus }, readReason()));
  const info: KusciaErrorInfo = Object.freeze({
    code,
    known: definition !== undefined,
    ...(definition ? { definition } : {}),
    source,
    serverMessage,
    details: found.details ?? null,
    httpStatus,
    get reason() {
      return readReason();
    },
    get retryable() {
      return readPolicy().retryable;
    },
    get severity() {
      return readPolicy().severity;
    },
    // A code identifies the failure however it arrived (raw body, fetch, axios; HTTP 200 or none);
    // the HTTP status identifies it only when there is no code.
    fingerprint: code === null ? `${source}:-:${httpStatus ?? '-'}` : `${source}:${code}`,
    input: found.input,
  });
  issued.add(info);
  return info;
}
