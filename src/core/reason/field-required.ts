import { subjectToField } from './subjects';
import { makeIssue, makeReason, matchAt, segmentStart } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Kuscia's "required" texts (MESSAGES.md §4, §7.2 `fieldRequired`):
 * `<subject> (can not|can't|cannot|should not|must not) be (empty|null|nil)` with an optional `request `
 * prefix, ` on index N` / ` on tasks[N]` / ` in parties[N]`, ` when …` and a final `.`; the datasource
 * info texts; `… is required when …`; `… must be set`.
 */

const REQUIRED = / (?:can not|can't|cannot|should not|must not) be (?:empty|null|nil)\b/;
const SUFFIX =
  /(?: on index (\d{1,9})| on tasks\[(\d{1,9})\]| in parties\[(\d{1,9})\])?(?: when ([^;.\n]{1,120}))?/y;
const SUBJECT = /^[A-Za-z][\w.'[\]-]*(?: [\w.'[\]-]+){0,6}$/;
const REQUIRED_WHEN = / is required when ([^;.\n]{1,120})/;
const MUST_BE_SET = / must be set\b/;

/** Conditions Kuscia states, as stable words. */
const CONDITIONS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['transit is not set', 'withoutTransit'],
  ['transit is not empty', 'withTransit'],
  ['transit method is third domain', 'thirdDomain'],
]);

const INFO_SOURCES = 'localfs|oss|odps|mysql|postgresql|hive|dameng';
const INFO_KEY_EMPTY = new RegExp(`\\b(${INFO_SOURCES}) '(\\w{1,40})' is empty\\b`);
const INFO_NIL = new RegExp(`\\b(${INFO_SOURCES}) info is nil\\b`);

/** The `DataSourceInfo` member that holds a source's settings (relational sources share `database`). */
function infoMember(source: string): string {
  return source === 'localfs' || source === 'oss' || source === 'odps' ? source : 'database';
}

/** The subject in front of `index`, without `request `; null when it does not look like one. */
function subjectBefore(text: string, index: number): string | null {
  let subject = text.slice(segmentStart(text, index), index).trim();
  if (subject.startsWith('request ')) subject = subject.slice('request '.length);
  return SUBJECT.test(subject) ? subject : null;
}

function required(
  field: string,
  subject: string,
  index?: string,
  condition?: string,
): KusciaErrorReason {
  return makeReason('fieldRequired', {
    field,
    subject,
    index,
    condition,
    fields: [makeIssue('fieldRequired', field)],
  });
}

function several(fields: readonly string[], rule?: string): KusciaErrorReason {
  return makeReason('fieldRequired', {
    field: fields[0],
    rule,
    fields: fields.map((field) => makeIssue('fieldRequired', field)),
  });
}

/** Cheap literal checks before the regexes, so an unrelated message costs a few `includes`. */
function mayBeRequired(text: string): boolean {
  return text.includes(' be empty') || text.includes(' be null') || text.includes(' be nil');
}

export function readFieldRequired(text: string): KusciaErrorReason | null {
  const verb = mayBeRequired(text) ? REQUIRED.exec(text) : null;
  if (verb) {
    const subject = subjectBefore(text, verb.index);
    if (subject === null) return null;
    const suffix = matchAt(SUFFIX, text, verb.index + verb[0].length);
    const [, onIndex, onTask, inParty, when] = suffix ?? [];
    const condition = when === undefined ? undefined : CONDITIONS.get(when.trim());
    if (subject.toLowerCase() === 'domain id and domaindata id') {
      return several(['domain_id', 'domaindata_id']);
    }
    const field = subjectToField(subject, onIndex, onTask, inParty);
    return required(field, subject, onIndex ?? onTask ?? inParty, condition);
  }
  if (text.includes(' is empty')) {
    const match = INFO_KEY_EMPTY.exec(text);
    if (match) {
      const [, source = '', key = ''] = match;
      return required(`info.${infoMember(source)}.${key}`, `${source} '${key}'`);
    }
  }
  if (text.includes(' info is nil')) {
    const match = INFO_NIL.exec(text);
    if (match) return required(`info.${infoMember(match[1] ?? '')}`, `${match[1] ?? ''} info`);
  }
  if (text.includes('domain data source info key and info all empty')) {
    return several(['info_key', 'info'], 'oneOf');
  }
  const when = text.includes(' is required when ') ? REQUIRED_WHEN.exec(text) : null;
  if (when) {
    const subject = subjectBefore(text, when.index);
    if (subject === null) return null;
    const condition = CONDITIONS.get((when[1] ?? '').trim());
    const field =
      condition === 'thirdDomain' && subject === 'domain'
        ? 'transit.domain.domain_id'
        : subjectToField(subject);
    return required(field, subject, undefined, condition);
  }
  const set = text.includes(' must be set') ? MUST_BE_SET.exec(text) : null;
  if (set) {
    const subject = subjectBefore(text, set.index);
    if (subject === null) return null;
    // The `Kuscia-Source` header is the caller's configuration, not a form field.
    if (subject === 'source domain header') {
      return makeReason('fieldRequired', { rule: 'sourceHeader', subject });
    }
    return required(subjectToField(subject), subject);
  }
  return null;
}
