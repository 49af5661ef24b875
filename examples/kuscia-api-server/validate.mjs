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
