/*
 * Failures in the shapes a console really meets (see test/fixtures/kusciaapi for recorded bodies), and small
 * helpers that let play functions assert in whatever locale the toolbar selects.
 */
import {
  describeKusciaError,
  getKusciaLocaleMessages,
  parseKusciaError,
  type KusciaLocale,
  type KusciaUiLabels,
} from '../src';

/** A KusciaAPI envelope: business failures arrive with HTTP 200 and `status.code != 0`. */
export const envelope = (code: number, message: string, details: unknown[] = []) => ({
  status: { code, message, details },
  data: null,
});

export const failures = {
  /** HTTP 200, `/api/v1/domain/query` for a Domain that does not exist. */
  domainNotFound: envelope(11305, 'domains.kuscia.secretflow "bob" not found'),
  /** HTTP 200, creating a Domain twice: a warning, nothing is broken. */
  domainExists: envelope(11306, 'domains.kuscia.secretflow "alice" already exists'),
  /** HTTP 200, a Lite node could not reach its Master: the one retryable Kuscia code. */
  masterUnreachable: envelope(
    11103,
    'request master failed: dial tcp 10.0.0.12:1080: connect: connection refused',
  ),
  /** HTTP 200, the validator's own words naming the field. */
  invalidRequest: envelope(
    11100,
    'Field "domain_id" is invalid, invalid value: "Alice_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
  ),
  /** axios-style error: KusciaAPI answers a missing or wrong `Token` header with 401 and an empty body. */
  unauthorized: { response: { status: 401, data: '' } },
  /** fetch never got an answer (offline, DNS, connection refused, CORS). */
  network: new TypeError('Failed to fetch'),
  /** `AbortSignal.timeout()` fired. */
  timeout: new DOMException('t', 'TimeoutError'),
  /** The page cancelled the request (navigation, unmount, a newer request). */
  aborted: new DOMException('a', 'AbortError'),
  /** Anything else. */
  unknown: new Error('boom'),
} as const;

/** The toolbar's locale, as the preview decorator hands it to the provider. */
export function localeOf(globals: Record<string, unknown>): KusciaLocale {
  return globals.locale === 'zh-CN' ? 'zh-CN' : 'en-US';
}

/** UI labels of the toolbar's locale, for finding buttons by their accessible name. */
export function labelsOf(globals: Record<string, unknown>): KusciaUiLabels {
  return getKusciaLocaleMessages(localeOf(globals)).labels;
}

/** The accessible name the alert gets for `error`: its localized title. */
export function alertNameOf(error: unknown, globals: Record<string, unknown>): string {
  const info = parseKusciaError(error);
  if (!info) throw new Error('not an error');
  return describeKusciaError(info, localeOf(globals)).title;
}

/** The alert's accessible description: the severity word, then the next step. */
export function alertDescriptionOf(error: unknown, globals: Record<string, unknown>): string {
  const info = parseKusciaError(error);
  if (!info) throw new Error('not an error');
  const labels = labelsOf(globals);
  const word = info.severity === 'warning' ? labels.warning : labels.error;
  return `${word} ${describeKusciaError(info, localeOf(globals)).resolution}`;
}

/** A documentation link per code, as a console would configure it on the provider. */
export const docsUrl = (code: number): string =>
  `https://docs.example.com/kuscia/error-codes#${String(code)}`;
