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
const PLACEHOLDER = /\{(\w+)\}/;

type Values = Readonly<Record<string, string>>;

function own(map: unknown, key: string): string | undefined {
  if (typeof map !== 'object' || map === null || !Object.prototype.hasOwnProperty.call(map, key)) {
    return undefined;
  }
  const value = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

// Each template split once into literal text and placeholder names: describing a reason tries several
// templates, and scanning each with a regex every time was most of its cost. Templates come from the locales
// and the app's overrides, a bounded set; the cap only guards against an app generating them.
const templateCache = new Map<string, readonly string[]>();

/** `a {x} b` → `['a ', 'x', ' b']`: literals at even indexes, placeholder names at odd ones. */
function templateParts(template: string): readonly string[] {
  let parts = templateCache.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (templateCache.size >= 2000) templateCache.clear();
    templateCache.set(template, parts);
  }
  return parts;
}

function canFill(template: string, values: Values): boolean {
  const parts = templateParts(template);
  for (let i = 1; i < parts.length; i += 2) {
    if (own(values, parts[i] ?? '') === undefined) return false;
  }
  return true;
}

function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isLatin(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Chinese and Latin text meeting where a value was filled in are set apart by a space; so are two Latin
 * values that the template puts side by side (`{verb}{kind}`, written for 读取节点).
 */
function apart(before: number, after: number, values: boolean): boolean {
  return (
    (isHan(before) && isLatin(after)) ||
    (isLatin(before) && (isHan(after) || (values && isLatin(after))))
  );
}

/**
 * Fills `{name}` from `values`; with `strip`, a placeholder without a value is dropped. A zh-CN template
 * cannot know whether `该{kind}` gets 任务 or ConfigMap: the space between Chinese and a Latin value is
 * added here, only where a value meets its neighbours.
 */
function fill(template: string, values: Values, strip = false): string {
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = own(values, name) ?? (strip ? '' : `{${name}}`);
    const next = parts[i + 1] ?? '';
    if (value !== '') {
      const afterValue = i > 1 && parts[i - 1] === '';
      if (apart(filled.charCodeAt(filled.length - 1), value.charCodeAt(0), afterValue)) {
        filled += ' ';
      }
      filled += apart(value.charCodeAt(value.length - 1), next.charCodeAt(0), false)
        ? `${value} `
        : value;
    }
    filled += next;
  }
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

/**
 * A field cause's issue keys after `<family>.<rule>`, before the family's own key; a family not listed
 * is read as `invalidObject`.
 */
const ISSUE_CHAINS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ new Map([
  ['fieldRequired', []],
  ['fieldFormat', ['value']],
  ['fieldEnum', ['valueAllowed', 'allowed', 'value']],
  ['fieldRange', []],
]);

function issueKeys(issue: KusciaFieldIssue): KusciaFieldIssueKey[] {
  const rule = typeof issue.rule === 'string' ? issue.rule : '';
  const chain = ISSUE_CHAINS.get(issue.family);
  const family = chain ? issue.family : 'invalidObject';
  const keys =
    family === 'fieldRequired'
      ? [family]
      : [
          ...(family === 'fieldRange' && rule === 'quantity' ? ['fieldRange.quantityValue'] : []),
          ...(family === 'invalidObject' && rule === 'type' ? ['invalidObject.typeValue'] : []),
          `${family}.${rule}`,
          ...(chain ?? ['value']).map((key) => `${family}.${key}`),
          family,
        ];
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
  if (issue.rule === 'type') {
    // The value of a type error is the JSON type sent; both read as words only where the locale has them.
    const expectedType = own(texts.jsonTypes, values.expected ?? '');
    const actualType = own(texts.jsonTypes, values.value ?? '');
    if (expectedType !== undefined) values.expectedType = expectedType;
    if (actualType !== undefined) values.actualType = actualType;
  }
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

/**
 * Per family, the candidate text keys between the most specific ones (field families' `several`,
 * `invalidObject`'s `causes`) and the family's own key, which always comes last:
 * - `name`: the key `<family>.name`;
 * - `$param`: `<family>.<the reason's param>` (dropped below when no such key exists);
 * - `param=value:name`: `<family>.name` only when the reason's `param` is `value` (`value*`: starts
 *   with `value`);
 * - `param:name`: `<family>.name` only when the reason has a `param`.
 */
const CHAINS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  [
    'notFound',
    'field=master_domain_id:masterDomain caveat=anyLookupError:lookup ' +
      'caveat=anyLookupError:lookupUnnamed caveat=orNotParticipant:serving caveat=internal:internal ' +
      'kind=Task:task inDomain named kind',
  ],
  ['alreadyExists', 'kind=DomainRoute:route kind=Config:config caveat=internal:internal named'],
  ['updateConflict', 'caveat=internal:internal named kind'],
  ['invalidObject', 'rule=required:required cause named'],
  [
    'forbidden',
    'rule=rbac:rbacNamedInDomain rule=rbac:rbacNamed rule=rbac:rbacInDomain rule=rbac:rbac ' +
      'rule=terminating:terminating rule=quota:quota',
  ],
  ['serverBusy', 'cause=timeout:timeout'],
  ['serverInternal', 'webhook'],
  ['apiserverUnreachable', 'target=master:master $causeKind'],
  [
    'masterUnreachable',
    'httpStatus=401:rejected httpStatus=403:rejected httpStatus=404:notSupported ' +
      'httpStatus=405:notSupported httpStatus=413:tooLarge httpStatus=408:httpStatus ' +
      'httpStatus=429:httpStatus httpStatus=4*:clientError httpStatus:httpStatus causeKind:transport',
  ],
  ['admissionDenied', 'reason webhook'],
  ['apiNotSupported', '$node'],
  ['fieldRequired', '$rule $condition field'],
  ['fieldFormat', '$rule field'],
  ['fieldEnum', '$rule valueAllowed allowed value field'],
  ['fieldRange', 'rule=quantity:quantityValue $rule rule=quantity:quantityUnnamed field'],
  ['malformedBody', '$rule'],
  ['accountLocked', 'minutes'],
]);

/** One item of a chain, read from its spec: a fixed key, a key named by a param, or a key under a condition. */
interface ChainItem {
  readonly key: string;
  /** The reason's param that names the key (`$param`) or that the condition reads. */
  readonly param?: string;
  /** The value the param must have; absent: the param must be present. */
  readonly value?: string;
  readonly named?: true;
}

function parseChainItem(item: string): ChainItem {
  if (item.startsWith('$')) return { key: '', param: item.slice(1), named: true };
  const colon = item.indexOf(':');
  if (colon === -1) return { key: item };
  const [param = '', value] = item.slice(0, colon).split('=');
  return value === undefined
    ? { key: item.slice(colon + 1), param }
    : { key: item.slice(colon + 1), param, value };
}

// Each chain's spec is read once, on first use.
const parsedChains = new Map<string, readonly ChainItem[]>();

function chainOf(family: string): readonly ChainItem[] | undefined {
  let items = parsedChains.get(family);
  if (items === undefined) {
    const spec = CHAINS.get(family);
    if (spec === undefined) return undefined;
    items = spec.split(' ').map(parseChainItem);
    parsedChains.set(family, items);
  }
  return items;
}

/** The chain's next key, or undefined when its condition does not hold for `reason`. */
function chainKey(item: ChainItem, reason: KusciaErrorReason): string | undefined {
  if (item.param === undefined) return item.key;
  const actual = str(reason, item.param);
  if (item.named) return actual;
  const { value } = item;
  const holds =
    value === undefined
      ? actual !== ''
      : value.endsWith('*')
        ? actual.startsWith(value.slice(0, -1))
        : actual === value;
  return holds ? item.key : undefined;
}

/** `scopeDenied` rules → their keys (a plain object: any rule is looked up as it is). */
const SCOPE_KEYS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ (() => ({
  ...Object.fromEntries(
    'ownResource routeDestination routeQuery liteDomainData dataSource masterDataSource initiatorNotParty grantSelf'
      .split(' ')
      .map((rule) => [rule, [rule]]),
  ),
  servingParticipant: ['serving'],
  initiator: ['initiatorActual', 'initiator'],
}))();

/** The keys (after `<family>.`) of the families whose choice is not a chain. */
function specialKeys(reason: KusciaErrorReason, family: string, rule: string): readonly string[] {
  switch (family) {
    case 'jobState': {
      const action = str(reason, 'action');
      if (action !== 'suspend' && action !== 'restart') return [];
      return [reason.phase === '' ? `${action}Pending` : action];
    }
    case 'emptyIdentifier': {
      const namespace = str(reason, 'part') === 'namespace';
      if (rule === 'invalid') return [namespace ? 'invalidNamespace' : 'invalid'];
      return namespace ? ['namespace'] : [];
    }
    case 'scopeDenied': {
      if (rule !== 'jobParticipant') return [...(SCOPE_KEYS[rule] ?? [])];
      const action = str(reason, 'action');
      return [`job${action.charAt(0).toUpperCase()}${action.slice(1)}`];
    }
    default:
      return [];
  }
}

/** The candidate text keys of a reason, most specific first, ending with the family's own key. */
function textKeys(reason: KusciaErrorReason, issues: readonly KusciaFieldIssue[]): string[] {
  const family: string = reason.family;
  const rule = str(reason, 'rule');
  const keys: string[] = [];
  if (issues.length > 1) {
    if (family === 'invalidObject') {
      keys.push('invalidObject.causes');
    } else if (family === 'fieldRequired') {
      if (rule === 'oneOf') keys.push('fieldRequired.oneOf');
      keys.push(
        issues.every((issue) => issue.family === 'fieldRequired')
          ? 'fieldRequired.several'
          : 'fieldRequired.mixed',
      );
    } else if (family === 'fieldFormat' || family === 'fieldEnum' || family === 'fieldRange') {
      keys.push(`${family}.several`);
    }
  }
  const chain = chainOf(family);
  const items = chain
    ? chain.map((item) => chainKey(item, reason))
    : specialKeys(reason, family, rule);
  for (const key of items) if (key !== undefined) keys.push(`${family}.${key}`);
  keys.push(family);
  return keys;
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
  if (values.verb !== undefined) values.verb = own(texts.verbs, values.verb) ?? values.verb;
  if (values.field !== undefined) values.field = fieldLabel(values.field, texts);
  const allowed = stringList(reason.allowed);
  if (allowed && allowed.length > 0) values.allowed = allowed.join(separator);
  else delete values.allowed;
  if (issues.length > 0) {
    // An aggregate longer than the causes read counts them all.
    const total = Number(reason.causeCount);
    values.count = String(total > issues.length ? total : issues.length);
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

interface Described {
  readonly texts: KusciaReasonTexts;
  readonly overrides: KusciaReasonTextOverrides | undefined;
  readonly text: KusciaErrorText;
}

/**
 * Each reason's last description, with the texts and overrides it was made with. An info reads its reason
 * once, and an alert re-rendering the same failure describes it again with the same locale: the same
 * (read-only) reason, texts and overrides always give the same text.
 */
const described = /* @__PURE__ */ new WeakMap<object, Described>();

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
  if (typeof reason !== 'object' || (reason as unknown) === null) {
    return describeOnce(reason, texts, overrides);
  }
  const last = described.get(reason);
  if (last !== undefined && last.texts === texts && last.overrides === overrides) return last.text;
  const text = Object.freeze(describeOnce(reason, texts, overrides));
  described.set(reason, { texts, overrides, text });
  return text;
}

function describeOnce(
  reason: KusciaErrorReason,
  texts: KusciaReasonTexts,
  overrides: KusciaReasonTextOverrides | undefined,
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

/** The field causes of a reason: its `fields`, or its one field where the message named it. */
function fieldIssues(reason: KusciaErrorReason): readonly KusciaFieldIssue[] {
  const issues = reasonIssues(reason);
  if (issues.length > 0) return issues;
  const field = str(reason, 'field');
  if (field === '') return [];
  const value = str(reason, 'value');
  const family = reason.family;
  if (family === 'emptyIdentifier') {
    return [
      str(reason, 'rule') === 'invalid'
        ? { family: 'fieldFormat', field, value }
        : { family: 'fieldRequired', field },
    ];
  }
  // `issueText` reads only non-empty strings and lists of strings from a cause.
  return ISSUE_CHAINS.has(family)
    ? [
        {
          family: family as KusciaFieldIssue['family'],
          field,
          value,
          rule: str(reason, 'rule'),
          allowed: stringList(reason.allowed) ?? [],
        },
      ]
    : [];
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
