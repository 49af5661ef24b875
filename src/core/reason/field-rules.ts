import { patternTable } from './patterns';
import { makeIssue } from './text';
import type { KusciaErrorReason, KusciaFieldIssue } from './types';

/*
 * Kuscia's texts for a field with the wrong format, a value outside an allowed set, or a number, quantity
 * or length out of range (MESSAGES.md §4, §7.2 `fieldFormat`, `fieldEnum`, `fieldRange`).
 */

/** A field-level reason's `fields` holds the same cause, so forms read every reason the same way. */
function withIssue(reason: KusciaErrorReason): KusciaErrorReason {
  const { family, field, value, rule, allowed, max, regex } = reason as Record<string, string>;
  if (typeof field !== 'string') return reason;
  (reason as { fields?: readonly KusciaFieldIssue[] }).fields = [
    makeIssue(family as KusciaFieldIssue['family'], field, {
      value,
      rule,
      allowed,
      limit: max,
      expected: regex,
    }),
  ];
  return reason;
}

// ---- fieldFormat -------------------------------------------------------------------------------------

/** `K3sRegex` and `ServiceNamePrefixRegex` (`pkg/common/constants.go:280-281`). */
const K3S_NAME_REGEX = '^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$';
const SERVICE_NAME_PREFIX_REGEX = '^[a-z]([-a-z0-9]{0,46}[a-z0-9])?$';
const SERVICE_PREFIX_PARTY = /service name prefix is invalid in parties\[(\d{1,9})\]/;

export const FIELD_FORMAT = /* @__PURE__ */ patternTable(
  'fieldFormat',
  [
    // `Field %q is invalid, invalid value: %q: regex used for validation is %q ` (and its lower-case twin).
    [
      /[Ff]ield "([^"\n]{0,100})" is invalid, invalid value: "([^"\n]{0,253})": regex used for validation is "([^"\n]{0,200})"/,
      ([, name = '', value, regex], text) => {
        const party = SERVICE_PREFIX_PARTY.exec(text)?.[1];
        return {
          // Kuscia names AppImage's `name` field `appimage_id`.
          field:
            party !== undefined
              ? `parties[${party}].${name}`
              : name === 'appimage_id'
                ? 'name'
                : name,
          value,
          rule:
            regex === K3S_NAME_REGEX
              ? 'k3sName'
              : regex === SERVICE_NAME_PREFIX_REGEX
                ? 'serviceNamePrefix'
                : 'regex',
          regex,
          index: party,
        };
      },
    ],
    ['cert must be encoded with base64', 'field=cert rule=certificate'],
    ['cert format is invalid, must be an x509 certificate', 'field=cert rule=certificate'],
    ["domain id can not be 'master'", 'field=domain_id value=master rule=reservedMaster'],
    [
      "odps 'endpoint' is invalid, should contain the prefix",
      'field=info.odps.endpoint rule=odpsEndpoint',
    ],
  ],
  withIssue,
);

// ---- fieldEnum ---------------------------------------------------------------------------------------

export const FIELD_ENUM = /* @__PURE__ */ patternTable(
  'fieldEnum',
  [
    [/role is invalid, must be empty or (\w{1,40})/, 'field=role rule=emptyOr allowed,'],
    [
      /domain data source type "([^"\n]{0,100})" doesn't support, the available types are \[([^\]\n]{0,300})\]/,
      'field=type value allowed,',
    ],
    [
      /datasource type:"([^"\n]{0,100})" not support, only support \[([^\]\n]{0,300})\]/,
      'field=type value allowed,',
    ],
    [/invalid datasource ?[Tt]ype:(\S{0,100})/, 'field=type value'],
    [
      /update strategy type should be (\w{1,20}(?: or \w{1,20}){0,10}) for party\/role ([^/\s]{0,253})\/(\S{0,253})/,
      'field=parties[].update_strategy.type allowed| party role',
    ],
    [/key type must be \[([^\]\n]{0,100})\]/, 'field=key_type allowed,'],
    [
      /DomainRoute Port Protocol should be (\w{1,20}(?: or \w{1,20}){0,10})/,
      'field=endpoint.ports[].protocol allowed|',
    ],
    ['request result must be legal', 'field=result'],
  ],
  withIssue,
);

// ---- fieldRange --------------------------------------------------------------------------------------

/** Go prints the config threshold as an untyped float (`3.670016e+06`); show it as the integer it is. */
function plainNumber(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? String(number) : text;
}

export const FIELD_RANGE = /* @__PURE__ */ patternTable(
  'fieldRange',
  [
    [
      'endpoint port should be positive and less than or equal to 65535',
      'field=endpoint.ports[].port rule=port min=1 max=65535',
    ],
    [
      'bandwidth limit kbps can not be zero or negative',
      'field=tasks[].parties[].bandwidth_limits[].limit_kbps rule=positive',
    ],
    ['replicas can not be less than 0', 'field=deploy_templates[].replicas rule=nonNegative'],
    [
      'timeout seconds must be in [0,2^31-1]',
      'field=timeout_seconds rule=timeout min=0 max=2147483647',
    ],
    [
      'timeout seconds must be greater than or equal to 0',
      'field=timeout_seconds rule=nonNegative',
    ],
    // `sedconds` (sic): ConfManager's wire text.
    ['duration sedconds must greater than 0', 'field=duration_sec rule=positive'],
    ['replicate index invalid', 'field=replica_idx rule=replicaIndex'],
    [
      /parse input (cpu|memory|bandwidth) resource failed: (.{0,300})/,
      ([, resource, detail]) => ({
        field: `tasks[].parties[].resources.${resource ?? ''}`,
        rule: 'quantity',
        detail,
      }),
    ],
    [
      /resource (min_cpu|min_memory|max_cpu|max_memory) (\S{0,100}) format is invalid for party domain_id\/role ([^/\s]{0,253})\/(\S{0,253}), (.{0,300})/,
      ([, resource, value, party, role, detail]) => ({
        field: `parties[].resources[].${resource ?? ''}`,
        value,
        rule: 'quantity',
        party,
        role,
        detail,
      }),
    ],
    [
      /can't parse (limit|request) (cpu|memory) (\S{0,100}) to resource quantity, (.{0,300})/,
      ([, which, resource, value, detail]) => ({
        field: `deploy_templates[].containers[].resources.${which ?? ''}s.${resource ?? ''}`,
        // Upstream prints the CPU value for the memory fields too: only the CPU value is the field's own.
        value: resource === 'cpu' ? value : undefined,
        rule: 'quantity',
        detail,
      }),
    ],
    [
      /key\[([^\]\n]{0,1000})\] length is (\d{1,12}) bytes and exceed the max length (\d{1,12}) bytes/,
      'field=key value rule=configKeyLength length max',
    ],
    [
      /domain config data size is (\S{1,30}) bytes and exceed the threshold (\S{1,30}) bytes/,
      ([, size, max]) => ({ rule: 'configSize', size: plainNumber(size), max: plainNumber(max) }),
    ],
    [
      /(quantities must match the regular expression|unable to parse numeric part of quantity|unable to parse quantity's suffix)/,
      'rule=quantity detail',
    ],
  ],
  withIssue,
);
