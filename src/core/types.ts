import type { KusciaCatalogDefinition } from './catalog';
import type { KusciaErrorCode } from './codes';
import type { KusciaErrorReason } from './reason/types';

/** The locales the kit ships text for. */
export type KusciaLocale = 'zh-CN' | 'en-US';

/** The Kuscia component whose `error_code.proto` range the code belongs to. */
export type KusciaService = 'kusciaapi' | 'datamesh' | 'confmanager' | 'reporter';

/** The resource family a code is about; the catalogue groups codes by it. */
export type KusciaErrorCategory =
  | 'common'
  | 'job'
  | 'domain'
  | 'domainRoute'
  | 'domainData'
  | 'serving'
  | 'domainDataGrant'
  | 'domainDataSource'
  | 'config'
  | 'appImage'
  | 'log';

/** `warning` for conflicts that leave nothing broken (e.g. "already exists"); `error` otherwise. */
export type KusciaErrorSeverity = 'error' | 'warning';

/** One row of the code table. */
export interface KusciaErrorDefinition {
  /** The numeric code KusciaAPI puts in `status.code`. */
  readonly code: KusciaErrorCode;
  /** The enum name in Kuscia's `error_code.proto`, e.g. `KusciaAPIErrDomainNotExists`. Stable and unique. */
  readonly key: string;
  readonly service: KusciaService;
  readonly category: KusciaErrorCategory;
  /** True when the same request, unchanged, may succeed later (Google AIP-194): only "unavailable" failures. */
  readonly retryable: boolean;
  readonly severity: KusciaErrorSeverity;
  /** Listed in Kuscia's published error-code document. */
  readonly documented: boolean;
  /** Set on a retired number that older servers still send; names the code that replaced it. */
  readonly supersededBy?: KusciaErrorCode;
}

/** Localized text for one failure: what went wrong, and what to do next. */
export interface KusciaErrorText {
  readonly title: string;
  readonly resolution: string;
}

/**
 * Where a failure came from: KusciaAPI (`kuscia`), a registered catalogue such as SecretPad's (`secretpad`),
 * the HTTP layer in front of it (`http`), no answer at all (`network`, `timeout`), the page cancelling the
 * request (`aborted`), an answer that is not a KusciaAPI response (`invalidResponse`: a proxy's login page,
 * a truncated body), or something else (`unknown`).
 */
export type KusciaErrorSource =
  | 'kuscia'
  | 'secretpad'
  | 'http'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalidResponse'
  | 'unknown';

/**
 * A normalized failure: what `parseKusciaError` returns for anything that is an error. Frozen. `reason`,
 * `retryable` and `severity` are read from the message on first access (getters), so that parsing stays
 * cheap: `JSON.stringify` writes them, a spread copy (`{ ...info }`) does not.
 */
export interface KusciaErrorInfo {
  /** The Kuscia (or gRPC, or SecretPad) code when one was found, else `null`. */
  readonly code: number | null;
  /** `code` is in the Kuscia table or in a registered catalogue. */
  readonly known: boolean;
  readonly definition?: KusciaErrorDefinition | KusciaCatalogDefinition;
  readonly source: KusciaErrorSource;
  /** `status.message` (or SecretPad's `status.msg`) as the server sent it: plain text, never HTML. */
  readonly serverMessage: string | null;
  /** `status.details` (or other structured detail) rendered as plain JSON text, or `null`. */
  readonly details: string | null;
  readonly httpStatus: number | null;
  /** The cause read from the server message (read on first access), or `null` when it names none. */
  readonly reason: KusciaErrorReason | null;
  /** An unchanged retry may succeed. Follows the reason when there is one, else the code or transport. */
  readonly retryable: boolean;
  readonly severity: KusciaErrorSeverity;
  /** Same failure → same string (source and code, or source and HTTP status), for de-duplicating bursts. */
  readonly fingerprint: string;
  /** The value `parseKusciaError` was given, as it was given; left out of the info's JSON (it may hold credentials). */
  readonly input: unknown;
}
