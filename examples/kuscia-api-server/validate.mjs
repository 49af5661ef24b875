// @ts-check
/** The request checks Kuscia's services share. Each returns the error text (answered with 11100), or nothing. */

/** Kuscia's check for names that become Kubernetes object names: an RFC 1123 label, at most 63 characters. */
const K8S_NAME = /^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/;

/**
 * @param {string} value
 * @param {string} field the request field's proto name, quoted in the message
 * @returns {string | undefined}
 */
export function k8sNameError(value, field) {
  if (K8S_NAME.test(value)) return undefined;
  // The trailing space is Kuscia's.
  return `Field ${JSON.stringify(field)} is invalid, invalid value: ${JSON.stringify(value)}: regex used for validation is ${JSON.stringify(K8S_NAME.source)} `;
}

/** @param {unknown} value a bound string field: a string, or absent (`undefined` / `null`) */
export const text = (value) => (typeof value === 'string' ? value : '');

/** The shape `resource.ParseQuantity` accepts before it looks at the parts (its `ErrFormatWrong` quotes it). */
const QUANTITY_SHAPE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_SUFFIXES = new Set([
  '',
  'Ki',
  'Mi',
  'Gi',
  'Ti',
  'Pi',
  'Ei',
  'n',
  'u',
  'm',
  'k',
  'M',
  'G',
  'T',
  'P',
  'E',
]);

/**
 * Kubernetes' `ParseQuantity` errors (apimachinery `pkg/api/resource/quantity.go`), for the quantities a job
 * party's `resources` carry. Simplified: the shape check, then the number, then the suffix.
 * @param {string} value
 * @returns {string | undefined}
 */
export function quantityError(value) {
  // The shape's digit runs overlap, so a long run of digits could backtrack quadratically: no quantity is
  // this long, so a longer value fails the shape without trying it.
  const match = value.length > 64 ? null : QUANTITY_SHAPE.exec(value);
  if (!match) {
    return `quantities must match the regular expression '${QUANTITY_SHAPE.source}'`;
  }
  const [, number = '', suffix = ''] = match;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(number)) return 'unable to parse numeric part of quantity';
  if (!QUANTITY_SUFFIXES.has(suffix) && !/^[eE][-+]?\d+$/.test(suffix)) {
    return "unable to parse quantity's suffix";
  }
  return undefined;
}
