import { kusciaFieldName } from './subjects';
import { clip, makeIssue, makeReason } from './text';
import type { KusciaErrorReason, KusciaReasonParam } from './types';

/*
 * Kuscia's texts for a field with the wrong format, a value outside an allowed set, or a number, quantity
 * or length out of range (MESSAGES.md §4, §7.2 `fieldFormat`, `fieldEnum`, `fieldRange`).
 */

type Family = 'fieldFormat' | 'fieldEnum' | 'fieldRange';

/** A field-level reason whose `fields` holds the same cause, so forms read every reason the same way. */
function fieldReason(
  family: Family,
  params: Readonly<Record<string, KusciaReasonParam>>,
): KusciaErrorReason {
  const reason = makeReason(family, params) as Record<string, KusciaReasonParam>;
  const { field, value, rule, allowed, max, regex } = reason;
  if (typeof field !== 'string') return reason as KusciaErrorReason;
  reason.fields = [
    makeIssue(family, field, {
      value: typeof value === 'string' ? value : undefined,
      rule: typeof rule === 'string' ? rule : undefined,
      allowed: Array.isArray(allowed) ? (allowed as readonly string[]) : undefined,
      limit: typeof max === 'string' ? max : undefined,
      expected: typeof regex === 'string' ? regex : undefined,
    }),
  ];
  return reason as KusciaErrorReason;
}

// ---- fieldFormat -------------------------------------------------------------------------------------

/** `K3sRegex` and `ServiceNamePrefixRegex` (`pkg/common/constants.go:280-281`). */
const K3S_NAME_REGEX = '^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$';
const SERVICE_NAME_PREFIX_REGEX = '^[a-z]([-a-z0-9]{0,46}[a-z0-9])?$';

/** `Field %q is invalid, invalid value: %q: regex used for validation is %q ` (and its lower-case twin). */
const NAME_RULE =
  /[Ff]ield "([^"\n]{0,100})" is invalid, invalid value: "([^"\n]{0,253})": regex used for validation is "([^"\n]{0,200})"/;
const SERVICE_PREFIX_PARTY = /service name prefix is invalid in parties\[(\d{1,9})\]/;

export function readFieldFormat(text: string): KusciaErrorReason | null {
  if (text.includes('is invalid, invalid value: "')) {
    const match = NAME_RULE.exec(text);
    if (match) {
      const [, name = '', value, regex = ''] = match;
      const rule =
        regex === K3S_NAME_REGEX
          ? 'k3sName'
          : regex === SERVICE_NAME_PREFIX_REGEX
            ? 'serviceNamePrefix'
            : 'regex';
      const party = SERVICE_PREFIX_PARTY.exec(text)?.[1];
      const field = party === undefined ? kusciaFieldName(name) : `parties[${party}].${name}`;
      return fieldReason('fieldFormat', { field, value, rule, regex, index: party });
    }
  }
  if (
    text.includes('cert must be encoded with base64') ||
    text.includes('cert format is invalid, must be an x509 certificate')
  ) {
    return fieldReason('fieldFormat', { field: 'cert', rule: 'certificate' });
  }
  if (text.includes("domain id can not be 'master'")) {
    return fieldReason('fieldFormat', {
      field: 'domain_id',
      value: 'master',
      rule: 'reservedMaster',
    });
  }
  if (text.includes("odps 'endpoint' is invalid, should contain the prefix")) {
    return fieldReason('fieldFormat', { field: 'info.odps.endpoint', rule: 'odpsEndpoint' });
  }
  return null;
}

// ---- fieldEnum ---------------------------------------------------------------------------------------

const ROLE = /role is invalid, must be empty or (\w{1,40})/;
const DATASOURCE_TYPE =
  /domain data source type "([^"\n]{0,100})" doesn't support, the available types are \[([^\]\n]{0,300})\]/;
const DATASOURCE_TYPE_PARSE =
  /datasource type:"([^"\n]{0,100})" not support, only support \[([^\]\n]{0,300})\]/;
const DATASOURCE_TYPE_INVALID = /invalid datasource ?[Tt]ype:(\S{0,100})/;
const PROTOCOL = /DomainRoute Port Protocol should be (\w{1,20}(?: or \w{1,20}){0,10})/;
const UPDATE_STRATEGY =
  /update strategy type should be (\w{1,20}(?: or \w{1,20}){0,10}) for party\/role ([^/\s]{0,253})\/(\S{0,253})/;
const KEY_TYPE = /key type must be \[([^\]\n]{0,100})\]/;

function list(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function readFieldEnum(text: string): KusciaErrorReason | null {
  const role = text.includes('role is invalid') ? ROLE.exec(text) : null;
  if (role) {
    return fieldReason('fieldEnum', { field: 'role', rule: 'emptyOr', allowed: [role[1] ?? ''] });
  }
  if (text.includes('ype')) {
    const type = DATASOURCE_TYPE.exec(text) ?? DATASOURCE_TYPE_PARSE.exec(text);
    if (type) {
      return fieldReason('fieldEnum', {
        field: 'type',
        value: type[1],
        allowed: list(type[2] ?? '', ','),
      });
    }
    const invalid = DATASOURCE_TYPE_INVALID.exec(text);
    if (invalid) return fieldReason('fieldEnum', { field: 'type', value: invalid[1] });
    const strategy = UPDATE_STRATEGY.exec(text);
    if (strategy) {
      return fieldReason('fieldEnum', {
        field: 'parties[].update_strategy.type',
        allowed: list(strategy[1] ?? '', ' or '),
        party: strategy[2],
        role: strategy[3],
      });
    }
    const keyType = KEY_TYPE.exec(text);
    if (keyType) {
      return fieldReason('fieldEnum', { field: 'key_type', allowed: list(keyType[1] ?? '', ',') });
    }
  }
  const protocol = text.includes('Port Protocol') ? PROTOCOL.exec(text) : null;
  if (protocol) {
    return fieldReason('fieldEnum', {
      field: 'endpoint.ports[].protocol',
      allowed: list(protocol[1] ?? '', ' or '),
    });
  }
  if (text.includes('request result must be legal')) {
    return fieldReason('fieldEnum', { field: 'result' });
  }
  return null;
}

// ---- fieldRange --------------------------------------------------------------------------------------

const INPUT_QUANTITY = /parse input (cpu|memory|bandwidth) resource failed: (.{0,300})/;
const SERVING_QUANTITY =
  /resource (min_cpu|min_memory|max_cpu|max_memory) (\S{0,100}) format is invalid for party domain_id\/role ([^/\s]{0,253})\/(\S{0,253}), (.{0,300})/;
const APPIMAGE_QUANTITY =
  /can't parse (limit|request) (cpu|memory) (\S{0,100}) to resource quantity, (.{0,300})/;
const BARE_QUANTITY =
  /quantities must match the regular expression|unable to parse numeric part of quantity|unable to parse quantity's suffix/;
const CONFIG_KEY_LENGTH =
  /key\[([^\]\n]{0,1000})\] length is (\d{1,12}) bytes and exceed the max length (\d{1,12}) bytes/;
const CONFIG_SIZE =
  /domain config data size is (\S{1,30}) bytes and exceed the threshold (\S{1,30}) bytes/;

/** Go prints the config threshold as an untyped float (`3.670016e+06`); show it as the integer it is. */
function plainNumber(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? String(number) : text;
}

type RangeReader = (text: string) => KusciaErrorReason | null;

const RANGE_LITERALS: readonly (readonly [string, Readonly<Record<string, string>>])[] = [
  [
    'endpoint port should be positive and less than or equal to 65535',
    { field: 'endpoint.ports[].port', rule: 'port', min: '1', max: '65535' },
  ],
  [
    'bandwidth limit kbps can not be zero or negative',
    { field: 'tasks[].parties[].bandwidth_limits[].limit_kbps', rule: 'positive' },
  ],
  [
    'replicas can not be less than 0',
    { field: 'deploy_templates[].replicas', rule: 'nonNegative' },
  ],
  [
    'timeout seconds must be in [0,2^31-1]',
    { field: 'timeout_seconds', rule: 'timeout', min: '0', max: '2147483647' },
  ],
  [
    'timeout seconds must be greater than or equal to 0',
    { field: 'timeout_seconds', rule: 'nonNegative' },
  ],
  // `sedconds` (sic): ConfManager's wire text.
  ['duration sedconds must greater than 0', { field: 'duration_sec', rule: 'positive' }],
  ['replicate index invalid', { field: 'replica_idx', rule: 'replicaIndex' }],
];

const rangeReaders: readonly RangeReader[] = [
  (text) => {
    for (const [literal, params] of RANGE_LITERALS) {
      if (text.includes(literal)) return fieldReason('fieldRange', params);
    }
    return null;
  },
  (text) => {
    const match = text.includes('parse input') ? INPUT_QUANTITY.exec(text) : null;
    return match
      ? fieldReason('fieldRange', {
          field: `tasks[].parties[].resources.${match[1] ?? ''}`,
          rule: 'quantity',
          detail: clip(match[2] ?? ''),
        })
      : null;
  },
  (text) => {
    const match = text.includes('format is invalid for party') ? SERVING_QUANTITY.exec(text) : null;
    return match
      ? fieldReason('fieldRange', {
          field: `parties[].resources[].${match[1] ?? ''}`,
          value: match[2],
          rule: 'quantity',
          party: match[3],
          role: match[4],
          detail: clip(match[5] ?? ''),
        })
      : null;
  },
  (text) => {
    const match = text.includes("can't parse") ? APPIMAGE_QUANTITY.exec(text) : null;
    if (!match) return null;
    const [, which = '', resource = '', value, detail = ''] = match;
    return fieldReason('fieldRange', {
      field: `deploy_templates[].containers[].resources.${which}s.${resource}`,
      // Upstream prints the CPU value for the memory fields too: only the CPU value is the field's own.
      value: resource === 'cpu' ? value : undefined,
      rule: 'quantity',
      detail: clip(detail),
    });
  },
  (text) => {
    const match = text.includes('length is') ? CONFIG_KEY_LENGTH.exec(text) : null;
    return match
      ? fieldReason('fieldRange', {
          field: 'key',
          value: match[1],
          rule: 'configKeyLength',
          length: match[2],
          max: match[3],
        })
      : null;
  },
  (text) => {
    const match = text.includes('domain config data size') ? CONFIG_SIZE.exec(text) : null;
    return match
      ? makeReason('fieldRange', {
          rule: 'configSize',
          size: plainNumber(match[1]),
          max: plainNumber(match[2]),
        })
      : null;
  },
  (text) => {
    const match = text.includes('quantit') ? BARE_QUANTITY.exec(text) : null;
    return match ? makeReason('fieldRange', { rule: 'quantity', detail: clip(match[0]) }) : null;
  },
];

export function readFieldRange(text: string): KusciaErrorReason | null {
  for (const read of rangeReaders) {
    const reason = read(text);
    if (reason) return reason;
  }
  return null;
}
