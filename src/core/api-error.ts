import { reviveErrorInfo } from './info';
import { readProperty } from './safe';
import type { KusciaErrorInfo } from './types';

// A registered symbol, so an error made by one copy of the kit (ESM and CJS side by side, or two versions
// in one app) is still recognized by another.
const BRAND = Symbol.for('kuscia-error-kit.KusciaApiError');

function developerMessage(info: KusciaErrorInfo): string {
  const origin =
    info.code !== null
      ? `Kuscia ${String(info.code)}`
      : info.httpStatus !== null
        ? `HTTP ${String(info.httpStatus)}`
        : info.source;
  return info.serverMessage === null ? `[${origin}]` : `[${origin}] ${info.serverMessage}`;
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
    super(developerMessage(failure), { cause: readProperty(options, 'cause') ?? failure.cause });
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
