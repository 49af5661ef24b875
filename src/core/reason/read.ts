import { readMalformedBody } from './body';
import { readInvalidObject } from './kubernetes-invalid';
import { readServerBusy, readServerInternal, SERVER_BUSY_PHRASES } from './kubernetes-server';
import {
  readAdmissionDenied,
  readForbidden,
  readKubernetesAlreadyExists,
  readKubernetesNotFound,
  readUnauthorized,
  readUpdateConflict,
  UNAUTHORIZED_PHRASES,
} from './kubernetes-status';
import { KUSCIA_ALREADY_EXISTS, KUSCIA_NOT_FOUND } from './kuscia-objects';
import { API_NOT_SUPPORTED, JOB_STATE_TEXTS } from './kuscia-operations';
import { readPatterns } from './patterns';
import { EMPTY_IDENTIFIER } from './preflight';
import { SCOPE_DENIED } from './scope';
import { REQUIRED_PHRASES } from './field-required';
import { unquoteKusciaMessage } from './text';
import { readApiserverUnreachable, readMasterUnreachable, UNREACHABLE_PHRASES } from './transport';
import { phraseGate } from './triggers';
import type { KusciaErrorReason } from './types';
import { FIELD_TABLES, readFieldReason } from './validation';

/** Codes whose message is a body-decode error (11101; 12101 on Kuscia v0.4-v0.9). */
const BODY_CODES: ReadonlySet<number> = /* @__PURE__ */ new Set([11101, 12101]);
/** The lite→master proxy code. */
const PROXY_CODE = 11103;
/** Codes whose message may be several validation texts joined by `;` (framework path, ConfManager). */
const JOINED_CODES: ReadonlySet<number> = /* @__PURE__ */ new Set([11100, 12100, 2000]);

type Reader = (text: string) => KusciaErrorReason | null;

/**
 * Readers in the order they are tried. Wrappers come first, because their detail may hold another
 * family's text (`Internal error occurred: … Post "https://…": dial tcp …` is serverInternal); then
 * Kubernetes' status texts (the most common failures, each found with an `indexOf` or two),
 * transport texts, and Kuscia's own literals, which never overlap them.
 */
const STATUS_READERS: readonly Reader[] = [
  readServerInternal,
  readAdmissionDenied,
  readUpdateConflict,
  readInvalidObject,
  readForbidden,
  readKubernetesNotFound,
  readKubernetesAlreadyExists,
];
/** The others, tried only when one of their phrases occurs ({@link mayHaveReason}). */
const OTHER_READERS: readonly Reader[] = [
  readServerBusy,
  readApiserverUnreachable,
  readUnauthorized,
];
/** Kuscia's own texts (and client-go's refusals to send), as data, tried after {@link OTHER_READERS}. */
const KUSCIA_TABLES = [
  EMPTY_IDENTIFIER,
  KUSCIA_NOT_FOUND,
  KUSCIA_ALREADY_EXISTS,
  JOB_STATE_TEXTS,
  API_NOT_SUPPORTED,
  SCOPE_DENIED,
];
// Built on first use: spreads at module level count as side effects to bundlers, which would then keep the
// whole recognizer in every bundle of the package's core chunk (a badge's too).
let gate: ((text: string) => boolean) | undefined;

/** False when no reader after the status readers can match: none of their phrases occurs. */
function mayHaveReason(text: string): boolean {
  gate ??= phraseGate(
    [...KUSCIA_TABLES, ...FIELD_TABLES],
    [...SERVER_BUSY_PHRASES, ...UNREACHABLE_PHRASES, ...UNAUTHORIZED_PHRASES, ...REQUIRED_PHRASES],
  );
  return gate(text);
}

/**
 * The reason in a prepared text. Under the validation codes (11100, 12100, 2000) nearly every message
 * is a field text, so with `fieldFirst` the field readers go first there and the validator's own words
 * win. No real message holds both a field text and another family's text (the tests compare both orders
 * on every fixture), so only made-up mixtures read differently; the order is a matter of speed.
 */
export function readPrepared(
  text: string,
  code: number | null,
  fieldFirst: boolean,
): KusciaErrorReason | null {
  const bodyCode = code !== null && BODY_CODES.has(code);
  if (code === null || bodyCode) {
    const body = readMalformedBody(text, bodyCode);
    if (body) return body;
  }
  if (code === null || code === PROXY_CODE) {
    const master = readMasterUnreachable(text, code === PROXY_CODE);
    if (master) return master;
  }
  const joined = code !== null && JOINED_CODES.has(code);
  if (fieldFirst && joined) {
    const field = readFieldReason(text, true);
    if (field) return field;
  }
  for (const reader of STATUS_READERS) {
    const reason = reader(text);
    if (reason) return reason;
  }
  if (!mayHaveReason(text)) return null;
  for (const reader of OTHER_READERS) {
    const reason = reader(text);
    if (reason) return reason;
  }
  return readPatterns(text, KUSCIA_TABLES) ?? readFieldReason(text, joined);
}

/**
 * Reads KusciaAPI's `status.message` into a structured reason, or `null` when it matches no family (a
 * false "not found" is worse than none). Works wherever the text sits in a wrapped message (Kuscia's,
 * gRPC's and SecretPad's prefixes), with quotes escaped once or twice, under any code, except:
 * - `malformedBody` under 11101 / 12101 (without a code: only a decoder text that is the whole
 *   message, never a bare `EOF`);
 * - `masterUnreachable` under 11103 (or without a code);
 * - `;`-joined validation is split only under 11100, 12100 and 2000.
 *
 * Reads at most the first 8 KiB (`MAX_REASON_SCAN`); never throws.
 */
export function readKusciaReason(message: unknown, code?: number | null): KusciaErrorReason | null {
  if (typeof message !== 'string' || message === '') return null;
  try {
    const text = unquoteKusciaMessage(message);
    if (text === '') return null;
    return readPrepared(
      text,
      typeof code === 'number' && Number.isFinite(code) ? code : null,
      true,
    );
  } catch {
    return null;
  }
}
