// @ts-check
/**
 * The request messages' field types, and the binding check they drive. Kuscia binds a body to the request's
 * protobuf message; a field of the wrong JSON type fails the whole call with 11101 and Go's text, e.g.
 * `json: cannot unmarshal number into Go struct field CreateDomainRequest.domain_id of type string`.
 *
 * Only the fields a handler reads are declared: unknown fields are dropped, as protojson's `DiscardUnknown`
 * does. Names are the proto (snake_case) names; protojson's lowerCamelCase aliases are not accepted.
 */

/**
 * @typedef {'string' | 'bool' | 'int32' | 'int64' | 'uint64'} Scalar
 * @typedef {{ kind: 'message', name: string, fields: Record<string, FieldType>, pkg: string }} Message
 * @typedef {{ kind: 'repeated', item: Scalar | Message }} Repeated
 * @typedef {{ kind: 'map' }} StringMap
 * @typedef {{ kind: 'enum', name: string, values: readonly string[] }} Enum
 * @typedef {Scalar | Message | Repeated | StringMap | Enum} FieldType
 */

/**
 * @param {string} name the Go type name
 * @param {Record<string, FieldType>} fields
 * @param {string} [pkg] the Go package, `kusciaapi` unless the message is ConfManager's
 * @returns {Message}
 */
export const message = (name, fields, pkg = 'kusciaapi') => ({
  kind: 'message',
  name,
  fields,
  pkg,
});

/** @type {StringMap} */
export const stringMap = { kind: 'map' };

/**
 * An enum: protojson takes a value's name or its number.
 * @param {string} name the Go type name in package `kusciaapi`
 * @param {readonly string[]} values the names, in number order
 * @returns {Enum}
 */
export const enumeration = (name, values) => ({ kind: 'enum', name, values });

/** Every KusciaAPI request may carry a header of custom key-values. */
const RequestHeader = message('RequestHeader', { custom_headers: stringMap });

/**
 * A request message: a message with the common `header` field.
 * @param {string} name
 * @param {Record<string, FieldType>} fields
 */
export const request = (name, fields) => message(name, { header: RequestHeader, ...fields });

/**
 * @param {Scalar | Message} item
 * @returns {Repeated}
 */
export const repeated = (item) => ({ kind: 'repeated', item });

/** @param {FieldType} type */
function goTypeName(type) {
  if (typeof type === 'string') return type;
  if (type.kind === 'message') return `${type.pkg}.${type.name}`;
  if (type.kind === 'enum') return `kusciaapi.${type.name}`;
  if (type.kind === 'map') return 'map[string]string';
  return typeof type.item === 'string' ? `[]${type.item}` : `[]*kusciaapi.${type.item.name}`;
}

/**
 * Go's word for a JSON value's kind. A number that does not fit an unsigned field is named with its value.
 * @param {unknown} value
 * @param {FieldType} [type]
 */
function jsonKind(value, type) {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' && type === 'uint64') return `number ${String(value)}`;
  return typeof value;
}

/**
 * @param {unknown} value
 * @param {FieldType} type
 */
function fits(value, type) {
  if (value === null) return true;
  switch (typeof type === 'string' ? type : type.kind) {
    case 'string':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'int32':
    case 'int64':
      // protojson also takes integers quoted, as it writes 64-bit ones.
      return (
        (typeof value === 'number' && Number.isInteger(value)) ||
        (typeof value === 'string' && /^-?\d+$/.test(value))
      );
    case 'uint64':
      return (
        (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
        (typeof value === 'string' && /^\d+$/.test(value))
      );
    case 'enum':
      return (
        (typeof value === 'number' && Number.isInteger(value)) ||
        (typeof value === 'string' && /** @type {Enum} */ (type).values.includes(value))
      );
    case 'repeated':
      return Array.isArray(value);
    default:
      return typeof value === 'object' && !Array.isArray(value);
  }
}

/**
 * The binding error for `value` as a `type` at `path`, or `undefined` when it binds.
 * @param {unknown} value
 * @param {FieldType} type
 * @param {string} path `Request.field.sub`, as Go names a nested field (no array indices)
 * @returns {string | undefined}
 */
function bindingError(value, type, path) {
  if (!fits(value, type)) {
    return `json: cannot unmarshal ${jsonKind(value, type)} into Go struct field ${path} of type ${goTypeName(type)}`;
  }
  if (value === null || typeof type === 'string' || type.kind === 'map' || type.kind === 'enum') {
    return undefined;
  }
  if (type.kind === 'repeated') {
    const { item } = type;
    for (const element of /** @type {unknown[]} */ (value)) {
      const error = bindingError(element, item, path);
      if (error) return error;
    }
    return undefined;
  }
  const record = /** @type {Record<string, unknown>} */ (value);
  for (const [field, fieldType] of Object.entries(type.fields)) {
    if (record[field] === undefined) continue;
    const error = bindingError(record[field], fieldType, `${path}.${field}`);
    if (error) return error;
  }
  return undefined;
}

/**
 * Checks a decoded body against its request message.
 * @param {unknown} body
 * @param {Message} requestType
 * @returns {{ ok: true, body: Record<string, any> } | { ok: false, message: string }}
 */
export function bind(body, requestType) {
  // `null` binds to an empty request, as Go's decoder leaves the struct untouched.
  if (body === null) return { ok: true, body: {} };
  if (typeof body !== 'object' || Array.isArray(body)) {
    return {
      ok: false,
      message: `json: cannot unmarshal ${jsonKind(body)} into Go value of type ${requestType.pkg}.${requestType.name}`,
    };
  }
  const error = bindingError(body, requestType, requestType.name);
  return error
    ? { ok: false, message: error }
    : { ok: true, body: /** @type {Record<string, any>} */ (body) };
}
