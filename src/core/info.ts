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

/** True for an info this copy of the kit built (and froze). */
export function isIssuedInfo(value: unknown): value is KusciaErrorInfo {
  return IssuedErrorInfo.isIssued(value);
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
 * The info the kit hands out: frozen data, plus the reason and the policy that follows it, read from the
 * message on first access. Most failures are only counted, logged or de-duplicated, and parsing stays cheap
 * for them (a class with prototype getters: an object literal with accessors is an order of magnitude slower
 * to create in V8). `toJSON` writes the lazy fields too.
 */
class IssuedErrorInfo implements KusciaErrorInfo {
  readonly code: number | null;
  readonly known: boolean;
  // `declare`: no class field, so an info without a definition has no `definition` key at all.
  declare readonly definition?: NonNullable<KusciaErrorInfo['definition']>;
  readonly source: KusciaErrorSource;
  readonly serverMessage: string | null;
  readonly details: string | null;
  readonly httpStatus: number | null;
  readonly fingerprint: string;
  readonly input: unknown;
  #reason: KusciaErrorReason | null | undefined;
  #policy: KusciaFailurePolicy | undefined;

  /**
   * A brand check, not `instanceof`: an object made from this prototype without the constructor (or a
   * Proxy, which `in` never traps for private names) is not an info the kit issued.
   */
  static isIssued(value: unknown): value is IssuedErrorInfo {
    return typeof value === 'object' && value !== null && #reason in value;
  }

  constructor(found: FoundFailure) {
    const code = found.code ?? null;
    const httpStatus = found.httpStatus ?? null;
    const kuscia = code === null ? undefined : getKusciaErrorDefinition(code);
    const definition = kuscia ?? (code === null ? undefined : getRegisteredDefinition(code));
    // A code decides whose failure a status is, however the envelope spelled its message: Kuscia's table,
    // else a registered catalogue; a code neither knows keeps the envelope's spelling (`msg`: SecretPad).
    const fromStatus = found.source === 'kuscia' || found.source === 'secretpad';
    const source: KusciaErrorSource = !fromStatus
      ? found.source
      : kuscia
        ? 'kuscia'
        : definition
          ? (definition as { catalog: KusciaErrorSource }).catalog
          : found.source;
    this.code = code;
    this.known = definition !== undefined;
    if (definition) (this as { definition?: typeof definition }).definition = definition;
    this.source = source;
    this.serverMessage = found.serverMessage ?? null;
    this.details = found.details ?? null;
    this.httpStatus = httpStatus;
    // A code identifies the failure however it arrived (raw body, fetch, axios; HTTP 200 or none);
    // the HTTP status identifies it only when there is no code.
    this.fingerprint = code === null ? `${source}:-:${httpStatus ?? '-'}` : `${source}:${code}`;
    this.input = found.input;
    Object.freeze(this);
  }

  get reason(): KusciaErrorReason | null {
    if (this.#reason === undefined) {
      this.#reason = readCause(this.source, this.code, this.serverMessage);
    }
    return this.#reason;
  }

  get retryable(): boolean {
    return this.#readPolicy().retryable;
  }

  get severity(): KusciaErrorInfo['severity'] {
    return this.#readPolicy().severity;
  }

  #readPolicy(): KusciaFailurePolicy {
    this.#policy ??= failurePolicy(this, this.reason);
    return this.#policy;
  }

  /**
   * Everything but `input`: the value passed in may hold credentials (an axios error's request headers carry
   * the Token) and values `JSON.stringify` throws on (cycles, BigInt), and a log line needs neither.
   */
  toJSON(): Record<string, unknown> {
    const { code, known, definition, source, serverMessage, details, httpStatus } = this;
    const { reason, retryable, severity, fingerprint } = this;
    return {
      code,
      known,
      ...(definition ? { definition } : {}),
      source,
      serverMessage,
      details,
      httpStatus,
      reason,
      retryable,
      severity,
      fingerprint,
    };
  }
}

/** Builds the public, frozen `KusciaErrorInfo` from what the parser found. */
export function toErrorInfo(found: FoundFailure): KusciaErrorInfo {
  return new IssuedErrorInfo(found);
}
