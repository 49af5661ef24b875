import { reviveErrorInfo } from './info';
import { readProperty } from './read';
import type { KusciaErrorInfo } from './types';

// A registered symbol, so an error made by one copy of the kit (ESM and CJS side by side, or two versions
// in one app) is still recognized by another.
const BRAND = Symbol.for('kuscia-error-kit.KusciaApiError');

// For developers' logs only (English, like any Error message); users see the localized text.
const WHAT_HAPPENED: Partial<Record<KusciaErrorInfo['source'], string>> = {
  invalidResponse: 'the answer is not a KusciaAPI response (no JSON status)',
  network: 'no response: the request did not reach the server',
  timeout: 'the request timed out',
  aborted: 'the request was cancelled',
};

function developerMessage(info: KusciaErrorInfo): string {
  const origin =
    info.code !== null
      ? `${info.source === 'secretpad' ? 'SecretPad' : 'Kuscia'} ${String(info.code)}`
      : info.httpStatus !== null
        ? `HTTP ${String(info.httpStatus)}`
        : info.source;
  const text = [WHAT_HAPPENED[info.source], info.serverMessage].filter(Boolean).join(': ');
  return text === '' ? `[${origin}]` : `[${origin}] ${text}`;
}

/**
 * An `Error` that carries a parsed Kuscia failure, thrown by `unwrapKusciaResponse` so that data-fetching
 * libraries (TanStack Query, SWR) see a rejection. Its `message` is for developers' logs; show users
 * `describeKusciaError(error.info)` instead.
 */
export class KusciaApiError extends Error {
  /** The normalized failure. */
  readonly info: KusciaErrorInfo;

  constructor(info: KusciaErrorInfo, options?: { cause?: unknown }) {
    // Untyped callers may pass anything; an info this kit did not build is rebuilt field by field.
    const failure = reviveErrorInfo(info);
    super(developerMessage(failure), { cause: readProperty(options, 'cause') ?? failure.input });
    this.name = 'KusciaApiError';
    this.info = failure;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for a `KusciaApiError`, also one created by another copy of the kit. */
export function isKusciaApiError(value: unknown): value is KusciaApiError {
  if (readProperty(value, BRAND) !== true) return false;
  const info = readProperty(value, 'info');
  return typeof info === 'object' && info !== null;
}
