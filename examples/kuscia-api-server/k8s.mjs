// @ts-check
/**
 * The texts of Kubernetes API errors. Kuscia keeps its resources in Kubernetes and passes the API server's
 * error text through unchanged (`err.Error()`), so a console meets exactly these strings in `status.message`.
 * Formats from kubernetes/apimachinery v0.33.5 (the version Kuscia pins): `pkg/api/errors/errors.go`,
 * `pkg/util/validation/{validation.go,field/errors.go}`, `pkg/util/errors/errors.go`.
 */
import { goQuote } from './gotext.mjs';

/** Kuscia's custom resources, as `<plural>.<group>`: what not-found, exists and conflict texts name. */
export const Resource = Object.freeze({
  domain: 'domains.kuscia.secretflow',
  route: 'clusterdomainroutes.kuscia.secretflow',
  domainData: 'domaindatas.kuscia.secretflow',
  dataSource: 'domaindatasources.kuscia.secretflow',
  job: 'kusciajobs.kuscia.secretflow',
  // Domains live in namespaces of the same name: creating inside a missing domain fails on the namespace.
  namespace: 'namespaces',
});

/** Invalid texts name the Kind with its group, not the plural resource. */
export const Kind = Object.freeze({ job: 'KusciaJob.kuscia.secretflow' });

/**
 * @param {string} resource
 * @param {string} name
 */
export const notFound = (resource, name) => `${resource} ${goQuote(name)} not found`;

/**
 * @param {string} resource
 * @param {string} name
 */
export const alreadyExists = (resource, name) => `${resource} ${goQuote(name)} already exists`;

/**
 * An update with a stale resourceVersion: `Operation cannot be fulfilled on %s %q: %v`, with the store's
 * `OptimisticLockErrorMsg`. It contains a `;`, which is not a separator.
 * @param {string} resource
 * @param {string} name
 */
export const conflict = (resource, name) =>
  `Operation cannot be fulfilled on ${resource} ${goQuote(name)}: the object has been modified; please apply your changes to the latest version and try again`;

/**
 * `%s %q is invalid: %v`, where `%v` aggregates the field errors: one bare, several as `[a, b]` with
 * duplicates dropped.
 * @param {string} kind
 * @param {string} name
 * @param {readonly string[]} fieldErrors
 */
export function invalid(kind, name, fieldErrors) {
  const unique = [...new Set(fieldErrors)];
  const causes = unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`;
  return `${kind} ${goQuote(name)} is invalid: ${causes}`;
}

/**
 * One field error of type `Invalid value`: strings are `%q`-quoted, numbers printed bare.
 * @param {string} path
 * @param {string | number} value
 * @param {string} detail
 */
export const invalidValue = (path, value, detail) =>
  `${path}: Invalid value: ${typeof value === 'string' ? goQuote(value) : String(value)}: ${detail}`;

/**
 * @param {string} path
 * @param {number} count
 * @param {number} max
 */
export const tooMany = (path, count, max) =>
  `${path}: Too many: ${count}: must have at most ${max} items`;

/**
 * `RegexError`: the examples are each followed by `', '`, and joined by `' or '`, which puts two spaces
 * before every `or`.
 * @param {string} message
 * @param {string} format
 * @param {readonly string[]} examples
 */
const regexError = (message, format, examples) =>
  `${message} (e.g. ${examples.map((example) => `'${example}', `).join(' or ')}regex used for validation is '${format}')`;

/** @param {number} length */
const maxLenError = (length) => `must be no more than ${length} characters`;

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;

// Anchored copies of Kubernetes' patterns; each is a sequence of single-class runs, so matching is linear.
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME}$`);
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE}$`);

/**
 * `IsDNS1123Subdomain`: what a custom resource's `metadata.name` must be.
 * @param {string} value
 * @returns {string[]}
 */
export function dnsSubdomainErrors(value) {
  const errors = [];
  if (value.length > 253) errors.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN,
        ['example.com'],
      ),
    );
  }
  return errors;
}

const QUALIFIED_NAME_MESSAGE =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/**
 * `IsQualifiedName` for a label key with a prefix known to be valid (`prefix/name`): the name part's errors.
 * @param {string} name
 * @returns {string[]}
 */
export function labelNameErrors(name) {
  if (name === '') return ['name part must be non-empty'];
  const errors = [];
  if (name.length > 63) errors.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME_RE.test(name)) {
    errors.push(
      `name part ${regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME, ['MyName', 'my.name', '123-abc'])}`,
    );
  }
  return errors;
}

/**
 * `IsValidLabelValue`.
 * @param {string} value
 * @returns {string[]}
 */
export function labelValueErrors(value) {
  const errors = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(value)) {
    errors.push(
      regexError(
        `a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
        LABEL_VALUE,
        ['MyValue', 'my_value', '12345'],
      ),
    );
  }
  return errors;
}
