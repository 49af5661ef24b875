/*
 * Failures the React tests feed to the components: the real KusciaAPI responses kept under
 * test/fixtures/kusciaapi, plus the shapes that data-fetching code hands over (axios errors, network errors).
 * Shared by the jsdom and the Chromium tests.
 */
import domainNotExists from '../fixtures/kusciaapi/domain-not-exists-11305.json';
import domainExists from '../fixtures/kusciaapi/domain-exists-11306.json';
import masterUnreachable from '../fixtures/kusciaapi/master-unreachable-11103.json';
import successQueryDomain from '../fixtures/kusciaapi/success-query-domain.json';

/** A fresh copy, so that no test can change what another one sees. */
const copy = <T>(value: T): T => structuredClone(value);

/** 11305 KusciaAPIErrDomainNotExists: an error, not retryable. */
export const notFound = (): unknown => copy(domainNotExists);
/** 11306 KusciaAPIErrDomainExists: a warning (nothing is broken). */
export const alreadyExists = (): unknown => copy(domainExists);
/** 11103 KusciaAPIErrRequestMasterFailed: the one retryable Kuscia code. */
export const masterDown = (): unknown => copy(masterUnreachable);
/** A KusciaAPI success (status.code 0): no error at all. */
export const success = (): unknown => copy(successQueryDomain);

/** The server message of the 11305 fixture, as the server sent it. */
export const NOT_FOUND_MESSAGE = 'domains.kuscia.secretflow "bob" not found';

/** An axios-style error: KusciaAPI answered with a business failure (its HTTP status is kept). */
export function axiosStyle(body: unknown, status: number): unknown {
  return Object.assign(new Error(`Request failed with status code ${String(status)}`), {
    isAxiosError: true,
    response: { status, data: body, headers: {} },
  });
}

/** What `fetch` throws when the request never got an answer. */
export const networkError = (): TypeError => new TypeError('Failed to fetch');

/** A KusciaAPI envelope with any code and message. */
export function envelope(code: number, message: string, details: unknown[] = []): unknown {
  return { status: { code, message, details }, data: null };
}

/** Server text that must never become markup. */
export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>';

/** An ISO 8601 UTC timestamp, as `Date#toISOString` writes it. */
export const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z/;
