import type { Params } from './patterns';
import { subjectToField } from './subjects';
import { makeIssue, makeReason, matchAt, segmentStart, wordMap } from './text';
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
const ALL_EMPTY = 'domain data source info key and info all empty';

/** Conditions Kuscia states, as stable words. */
const CONDITIONS = /* @__PURE__ */ wordMap(
  'transit is not set=withoutTransit,transit is not empty=withTransit,' +
    'transit method is third domain=thirdDomain',
);

// The data-source types whose info Kuscia checks (localfs, oss, odps, mysql, postgresql, hive, dameng),
// written out in each literal: a regex built from a template stays in bundles that never use it.
const INFO_KEY_EMPTY = /\b(localfs|oss|odps|mysql|postgresql|hive|dameng) '(\w{1,40})' is empty\b/;
const INFO_NIL = /\b(localfs|oss|odps|mysql|postgresql|hive|dameng) info is nil\b/;

/** Every text read here holds one of these (the reader gate's phrases). */
export const REQUIRED_PHRASES = [
  ' be empty',
  ' be null',
  ' be nil',
  ' is empty',
  ' info is nil',
  ALL_EMPTY,
  ' is required when ',
  ' must be set',
];

/** The `DataSourceInfo` member that holds a source's settings (relational sources share `database`). */
function infoMember(source: string): string {
  return /^(?:localfs|oss|odps)$/.test(source) ? source : 'database';
}

/** The subject in front of `index`, without `request `; null when it does not look like one. */
function subjectBefore(text: string, index: number): string | null {
  const subject = text
    .slice(segmentStart(text, index), index)
    .trim()
    .replace(/^request /, '');
  return SUBJECT.test(subject) ? subject : null;
}

/** The reason for required `fields`, named after the first; `params` says how the message put it. */
function required(fields: readonly string[], params: Params = {}): KusciaErrorReason {
  return makeReason('fieldRequired', { field: fields[0] }, params, {
    fields: fields.map((field) => makeIssue('fieldRequired', field)),
  });
}

export function readFieldRequired(text: string): KusciaErrorReason | null {
  // Cheap literal checks before each regex, so an unrelated message costs a few `includes`.
  const verb = / be (?:empty|null|nil)/.test(text) ? REQUIRED.exec(text) : null;
  if (verb) {
    const subject = subjectBefore(text, verb.index);
    if (subject === null) return null;
    const [, onIndex, onTask, inParty, when] =
      matchAt(SUFFIX, text, verb.index + verb[0].length) ?? [];
    return subject.toLowerCase() === 'domain id and domaindata id'
      ? required(['domain_id', 'domaindata_id'])
      : required([subjectToField(subject, onIndex, onTask, inParty)], {
          subject,
          index: onIndex ?? onTask ?? inParty,
          condition: when && CONDITIONS.get(when.trim()),
        });
  }
  const info = text.includes(' is empty') ? INFO_KEY_EMPTY.exec(text) : null;
  if (info) {
    const [, source = '', key = ''] = info;
    return required([`info.${infoMember(source)}.${key}`], { subject: `${source} '${key}'` });
  }
  const nil = text.includes(' info is nil') ? INFO_NIL.exec(text) : null;
  if (nil) {
    const source = nil[1] ?? '';
    return required([`info.${infoMember(source)}`], { subject: `${source} info` });
  }
  if (text.includes(ALL_EMPTY)) return required(['info_key', 'info'], { rule: 'oneOf' });
  const phrase =
    (text.includes(' is required when ') && REQUIRED_WHEN.exec(text)) ||
    (text.includes(' must be set') && MUST_BE_SET.exec(text));
  if (!phrase) return null;
  const subject = subjectBefore(text, phrase.index);
  if (subject === null) return null;
  const [, when] = phrase;
  // The `Kuscia-Source` header is the caller's configuration, not a form field.
  if (when === undefined && subject === 'source domain header') {
    return makeReason('fieldRequired', { rule: 'sourceHeader', subject });
  }
  const condition = when && CONDITIONS.get(when.trim());
  return required(
    [
      condition === 'thirdDomain' && subject === 'domain'
        ? 'transit.domain.domain_id'
        : subjectToField(subject),
    ],
    { subject, condition },
  );
}
