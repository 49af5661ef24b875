import type { KusciaErrorText } from '../types';
import {
  KUSCIA_FIELD_ISSUE_KEYS,
  KUSCIA_REASON_TEXT_KEYS,
  type KusciaFieldIssueKey,
  type KusciaReasonTextOverrides,
  type KusciaReasonTexts,
} from './texts';
import type { KusciaErrorReason, KusciaFieldIssue } from './types';

/*
 * Reason → localized text. Each family lists its text keys from the most specific to its own key; the
 * first key whose placeholders the reason can all fill wins. A family's own key uses no placeholder, so
 * a `{placeholder}` never reaches the user, whatever the message gave.
 */

const TEXT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(KUSCIA_REASON_TEXT_KEYS);
const ISSUE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(KUSCIA_FIELD_ISSUE_KEYS);
const PLACEHOLDER = /\{(\w+)\}/g;

type Values = Readonly<Record<string, string>>;

function own(map: unknown, key: string): string | undefined {
  if (typeof map !== 'object' || map === null || !Object.prototype.hasOwnProperty.call(map, key)) {
    return undefined;
  }
  const value = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function canFill(template: string, values: Values): boolean {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (own(values, match[1] ?? '') === undefined) return false;
  }
  return true;
}

/** Fills `{name}` from `values`; with `strip`, a placeholder without a value is dropped. */
function fill(template: string, values: Values, strip = false): string {
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = own(values, name);
    return value ?? (strip ? '' : whole);
  });
  return strip ? filled.replace(/ {2,}/g, ' ').trim() : filled;
}

// ---- localized pieces --------------------------------------------------------------------------------

function kindLabel(kind: string, texts: KusciaReasonTexts): string {
  return own(texts.kinds, kind) ?? kind;
}

function fieldLabel(field: string, texts: KusciaReasonTexts): string {
  return own(texts.fields, field) ?? own(texts.fields, field.replace(/\[\d+\]/g, '[]')) ?? field;
}

function isIssue(value: unknown): value is KusciaFieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { field?: unknown }).field === 'string' &&
    typeof (value as { family?: unknown }).family === 'string'
  );
}

function stringList(value: unknown): readonly string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? value
    : undefined;
}

function issueKeys(issue: KusciaFieldIssue): KusciaFieldIssueKey[] {
  const keys: string[] = [];
  const rule = typeof issue.rule === 'string' ? issue.rule : '';
  switch (issue.family) {
    case 'fieldRequired':
      keys.push('fieldRequired');
      break;
    case 'fieldFormat':
      keys.push(`fieldFormat.${rule}`, 'fieldFormat.value', 'fieldFormat');
      break;
    case 'fieldEnum':
      keys.push(`fieldEnum.${rule}`, 'fieldEnum.valueAllowed', 'fieldEnum.allowed');
      keys.push('fieldEnum.value', 'fieldEnum');
      break;
    case 'fieldRange':
      if (rule === 'quantity') keys.push('fieldRange.quantityValue');
      keys.push(`fieldRange.${rule}`, 'fieldRange');
      break;
    default:
      keys.push(`invalidObject.${rule}`, 'invalidObject.value', 'invalidObject');
  }
  return keys.filter((key): key is KusciaFieldIssueKey => ISSUE_KEYS.has(key));
}

/** One field's problem in this locale, e.g. "Must be at most 128 (got 200)". */
function issueText(issue: KusciaFieldIssue, texts: KusciaReasonTexts): string {
  const values: Record<string, string> = { field: fieldLabel(issue.field, texts) };
  if (typeof issue.value === 'string' && issue.value !== '') values.value = issue.value;
  if (typeof issue.limit === 'string' && issue.limit !== '') values.limit = issue.limit;
  if (typeof issue.expected === 'string' && issue.expected !== '') values.expected = issue.expected;
  const allowed = stringList(issue.allowed);
  if (allowed && allowed.length > 0) values.allowed = allowed.join(texts.lists.separator);
  const keys = issueKeys(issue);
  for (const key of keys) {
    const template = own(texts.issues, key);
    if (template !== undefined && canFill(template, values)) return fill(template, values);
  }
  return fill(own(texts.issues, keys[keys.length - 1] ?? 'invalidObject') ?? '', values, true);
}

// ---- text keys per family ----------------------------------------------------------------------------

function str(reason: KusciaErrorReason, key: string): string {
  const value = reason[key];
  return typeof value === 'string' ? value : '';
}

function fieldKeys(reason: KusciaErrorReason, family: string, issues: readonly KusciaFieldIssue[]) {
  const rule = str(reason, 'rule');
  const keys: string[] = [];
  if (issues.length > 1) {
    if (family === 'fieldRequired') {
      if (rule === 'oneOf') keys.push('fieldRequired.oneOf');
      keys.push(
        issues.every((issue) => issue.family === 'fieldRequired')
          ? 'fieldRequired.several'
          : 'fieldRequired.mixed',
      );
    } else {
      keys.push(`${family}.several`);
    }
  }
  switch (family) {
    case 'fieldRequired':
      keys.push(`fieldRequired.${rule}`, `fieldRequired.${str(reason, 'condition')}`);
      break;
    case 'fieldEnum':
      keys.push(
        `fieldEnum.${rule}`,
        'fieldEnum.valueAllowed',
        'fieldEnum.allowed',
        'fieldEnum.value',
      );
      break;
    case 'fieldRange':
      if (rule === 'quantity') {
        keys.push('fieldRange.quantityValue', 'fieldRange.quantity', 'fieldRange.quantityUnnamed');
      } else {
        keys.push(`fieldRange.${rule}`);
      }
      break;
    default:
      keys.push(`${family}.${rule}`);
  }
  keys.push(`${family}.field`, family);
  return keys;
}

const SCOPE_KEYS: Readonly<Record<string, readonly string[]>> = {
  ownResource: ['scopeDenied.ownResource'],
  routeDestination: ['scopeDenied.routeDestination'],
  routeQuery: ['scopeDenied.routeQuery'],
  servingParticipant: ['scopeDenied.serving'],
  liteDomainData: ['scopeDenied.liteDomainData'],
  dataSource: ['scopeDenied.dataSource'],
  masterDataSource: ['scopeDenied.masterDataSource'],
  initiator: ['scopeDenied.initiatorActual', 'scopeDenied.initiator'],
  initiatorNotParty: ['scopeDenied.initiatorNotParty'],
  grantSelf: ['scopeDenied.grantSelf'],
};

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The candidate text keys of a reason, most specific first, ending with the family's own key. */
function textKeys(reason: KusciaErrorReason, issues: readonly KusciaFieldIssue[]): string[] {
  const family: string = reason.family;
  const rule = str(reason, 'rule');
  switch (family) {
    case 'notFound': {
      const keys: string[] = [];
      if (str(reason, 'field') === 'master_domain_id') keys.push('notFound.masterDomain');
      const caveat = str(reason, 'caveat');
      if (caveat === 'anyLookupError') keys.push('notFound.lookup', 'notFound.lookupUnnamed');
      if (caveat === 'orNotParticipant') keys.push('notFound.serving');
      return [...keys, 'notFound.inDomain', 'notFound.named', 'notFound.kind', 'notFound'];
    }
    case 'alreadyExists': {
      const kind = str(reason, 'kind');
      const special =
        kind === 'DomainRoute'
          ? ['alreadyExists.route']
          : kind === 'Config'
            ? ['alreadyExists.config']
            : [];
      return [...special, 'alreadyExists.named', 'alreadyExists'];
    }
    case 'updateConflict':
      return ['updateConflict.named', 'updateConflict.kind', 'updateConflict'];
    case 'invalidObject':
      return [
        ...(issues.length > 1 ? ['invalidObject.causes'] : []),
        'invalidObject.cause',
        'invalidObject.named',
        'invalidObject',
      ];
    case 'forbidden':
      if (rule === 'rbac') return ['forbidden.rbacInDomain', 'forbidden.rbac', 'forbidden'];
      return rule === 'terminating' ? ['forbidden.terminating', 'forbidden'] : ['forbidden'];
    case 'serverBusy':
      return str(reason, 'cause') === 'timeout'
        ? ['serverBusy.timeout', 'serverBusy']
        : ['serverBusy'];
    case 'serverInternal':
      return ['serverInternal.webhook', 'serverInternal'];
    case 'apiserverUnreachable':
      return [
        ...(str(reason, 'target') === 'master' ? ['apiserverUnreachable.master'] : []),
        `apiserverUnreachable.${str(reason, 'causeKind')}`,
        'apiserverUnreachable',
      ];
    case 'masterUnreachable': {
      const status = str(reason, 'httpStatus');
      const keys: string[] = [];
      if (status === '401' || status === '403') keys.push('masterUnreachable.rejected');
      if (status !== '') keys.push('masterUnreachable.httpStatus');
      if (str(reason, 'causeKind') !== '') keys.push('masterUnreachable.transport');
      return [...keys, 'masterUnreachable'];
    }
    case 'admissionDenied':
      return ['admissionDenied.reason', 'admissionDenied.webhook', 'admissionDenied'];
    case 'apiNotSupported':
      return [`apiNotSupported.${str(reason, 'node')}`, 'apiNotSupported'];
    case 'jobState': {
      const action = str(reason, 'action');
      if (action !== 'suspend' && action !== 'restart') return ['jobState'];
      return reason.phase === ''
        ? [`jobState.${action}Pending`, 'jobState']
        : [`jobState.${action}`, 'jobState'];
    }
    case 'emptyIdentifier': {
      const namespace = str(reason, 'part') === 'namespace';
      if (rule === 'invalid') {
        return [
          namespace ? 'emptyIdentifier.invalidNamespace' : 'emptyIdentifier.invalid',
          'emptyIdentifier',
        ];
      }
      return namespace ? ['emptyIdentifier.namespace', 'emptyIdentifier'] : ['emptyIdentifier'];
    }
    case 'fieldRequired':
    case 'fieldFormat':
    case 'fieldEnum':
    case 'fieldRange':
      return fieldKeys(reason, family, issues);
    case 'scopeDenied':
      if (rule === 'jobParticipant') {
        return [`scopeDenied.job${capitalize(str(reason, 'action'))}`, 'scopeDenied'];
      }
      return [...(SCOPE_KEYS[rule] ?? []), 'scopeDenied'];
    case 'malformedBody':
      return [`malformedBody.${rule}`, 'malformedBody'];
    case 'accountLocked':
      return ['accountLocked.minutes', 'accountLocked'];
    default:
      return [family];
  }
}

// ---- values ------------------------------------------------------------------------------------------

function reasonIssues(reason: KusciaErrorReason): readonly KusciaFieldIssue[] {
  const fields = reason.fields;
  return Array.isArray(fields) ? (fields as readonly unknown[]).filter(isIssue) : [];
}

function reasonValues(
  reason: KusciaErrorReason,
  issues: readonly KusciaFieldIssue[],
  texts: KusciaReasonTexts,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(reason)) {
    const value = reason[key];
    if (typeof value === 'string' && value !== '') values[key] = value;
  }
  const { separator, issue: issueTemplate, issueSeparator } = texts.lists;
  if (values.kind !== undefined) values.kind = kindLabel(values.kind, texts);
  if (values.field !== undefined) values.field = fieldLabel(values.field, texts);
  const allowed = stringList(reason.allowed);
  if (allowed && allowed.length > 0) values.allowed = allowed.join(separator);
  else delete values.allowed;
  if (issues.length > 0) {
    values.count = String(issues.length);
    values.fieldList = issues.map((issue) => fieldLabel(issue.field, texts)).join(separator);
    values.issueList = issues
      .map((issue) =>
        fill(issueTemplate, {
          field: fieldLabel(issue.field, texts),
          issue: issueText(issue, texts),
        }),
      )
      .join(issueSeparator);
    const [first] = issues;
    if (first) values.issue = issueText(first, texts);
    if (issues.length > 1) values.more = String(issues.length - 1);
  }
  const phase = reason.phase;
  if (typeof phase === 'string' && phase !== '') {
    values.state = own(texts.phases, phase) ?? fill(texts.phases.other, { phase }, true);
  }
  return values;
}

function template(
  key: string,
  texts: KusciaReasonTexts,
  overrides: KusciaReasonTextOverrides | undefined,
): KusciaErrorText | undefined {
  const base = (texts.texts as Readonly<Record<string, KusciaErrorText | undefined>>)[key];
  const override = overrides
    ? (overrides as Readonly<Record<string, Partial<KusciaErrorText> | undefined>>)[key]
    : undefined;
  const title = own(override, 'title') ?? own(base, 'title');
  const resolution = own(override, 'resolution') ?? own(base, 'resolution');
  return title === undefined || resolution === undefined ? undefined : { title, resolution };
}

const EMPTY: KusciaErrorText = { title: '', resolution: '' };

/**
 * The localized title and next step for a reason. `overrides` (text key → title and/or resolution)
 * wins over `texts`. Kinds and fields are localized through `texts.kinds` / `texts.fields`; names and
 * values appear as the message gave them. Never throws; a reason of an unknown family gives empty
 * strings, so that the caller keeps the code's own text.
 */
export function describeKusciaReason(
  reason: KusciaErrorReason,
  texts: KusciaReasonTexts,
  overrides?: KusciaReasonTextOverrides,
): KusciaErrorText {
  try {
    const issues = reasonIssues(reason);
    const keys = textKeys(reason, issues).filter((key) => TEXT_KEYS.has(key));
    if (keys.length === 0) return EMPTY;
    const values = reasonValues(reason, issues, texts);
    let last: KusciaErrorText | undefined;
    for (const key of keys) {
      const text = template(key, texts, overrides);
      if (!text) continue;
      last = text;
      if (canFill(text.title, values) && canFill(text.resolution, values)) {
        return { title: fill(text.title, values), resolution: fill(text.resolution, values) };
      }
    }
    // Only an override that brought its own placeholders gets here.
    return last
      ? { title: fill(last.title, values, true), resolution: fill(last.resolution, values, true) }
      : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Maps an API field (`domain_id`, `tasks[0].alias`) to the name of the app's form field. */
export type KusciaFieldNameMap =
  Readonly<Record<string, string>> | ((apiField: string) => string | undefined);

export interface KusciaFieldIssuesOptions {
  /** API field → form field; a field it does not map keeps the API name. */
  readonly fieldName?: KusciaFieldNameMap;
}

function formField(apiField: string, map: KusciaFieldNameMap | undefined): string {
  if (map === undefined) return apiField;
  let name: unknown;
  try {
    name =
      typeof map === 'function'
        ? map(apiField)
        : (own(map, apiField) ?? own(map, apiField.replace(/\[\d+\]/g, '[]')));
  } catch {
    name = undefined;
  }
  return typeof name === 'string' && name !== '' ? name : apiField;
}

const FIELD_FAMILIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'fieldRequired',
  'fieldFormat',
  'fieldEnum',
  'fieldRange',
  'invalidObject',
]);

/** The field causes of a reason: its `fields`, or its one field where the message named it. */
function fieldIssues(reason: KusciaErrorReason): readonly KusciaFieldIssue[] {
  const issues = reasonIssues(reason);
  if (issues.length > 0) return issues;
  const field = str(reason, 'field');
  if (field === '') return [];
  const value = str(reason, 'value');
  const withValue = value === '' ? {} : { value };
  if (reason.family === 'emptyIdentifier') {
    return str(reason, 'rule') === 'invalid'
      ? [{ family: 'fieldFormat', field, ...withValue }]
      : [{ family: 'fieldRequired', field }];
  }
  if (!FIELD_FAMILIES.has(reason.family) || reason.family === 'invalidObject') return [];
  const rule = str(reason, 'rule');
  const allowed = stringList(reason.allowed);
  return [
    {
      family: reason.family as KusciaFieldIssue['family'],
      field,
      ...withValue,
      ...(rule === '' ? {} : { rule }),
      ...(allowed ? { allowed } : {}),
    },
  ];
}

/**
 * Field errors for a form: `{ [formField]: message }` for every field cause of a field-level reason
 * (`fieldRequired`, `fieldFormat`, `fieldEnum`, `fieldRange`, the causes of `invalidObject`, an
 * `emptyIdentifier` whose field is known). Other reasons give `{}`. When two causes land on the same
 * form field, the first one is kept. Never throws.
 */
export function describeKusciaFieldIssues(
  reason: KusciaErrorReason,
  texts: KusciaReasonTexts,
  options?: KusciaFieldIssuesOptions,
): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (const issue of fieldIssues(reason)) {
      const name = formField(issue.field, options?.fieldName);
      if (name === '__proto__' || Object.prototype.hasOwnProperty.call(out, name)) continue;
      out[name] = issueText(issue, texts);
    }
  } catch {
    // An untyped reason or texts: whatever was read so far.
  }
  return out;
}
