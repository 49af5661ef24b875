import { findQuotedObject, KIND_NOUN, readRequestTail } from './objects';
import { crdPathToField, readInvalidKind } from './resources';
import { makeIssue, makeReason } from './text';
import type { KusciaErrorReason, KusciaFieldIssue } from './types';

/*
 * Kubernetes *Invalid* (422): `%s %q is invalid[: %v]`, where `%s` is `<Kind>.<group>` and `%v` one field
 * error or `[a, b]` (MESSAGES.md §2.3). Each cause is `<path>: <Type>[: <value>][: <detail>]`; CRD schema
 * causes carry kube-openapi's `in body should …` texts, metadata causes apimachinery's name and label
 * texts. The field is a CRD path, translated to the proto field (§5.1).
 */

/** Most causes read from one message; an aggregate of hundreds is a dump, and the first ones matter. */
const MAX_CAUSES = 20;

/** Type words of apimachinery `field.ErrorType`, old and new vocabularies (v0.33.5 and HEAD). */
const CAUSE_START =
  /(?:^|, |\[)([A-Za-z][\w.[\]-]{0,200}): (Required value|Invalid value|Unsupported value|Duplicate value|Not found|Forbidden|Too long|Too many|Too short|Too few|Internal error)/g;

interface RawCause {
  readonly path: string;
  readonly type: string;
  /** What follows the type word, without its leading `: `. */
  readonly rest: string;
}

/** The first {@link MAX_CAUSES} causes, and how many the text holds in all (the title counts them all). */
function splitCauses(text: string): { readonly causes: RawCause[]; readonly total: number } {
  const starts: RegExpExecArray[] = [];
  let total = 0;
  CAUSE_START.lastIndex = 0;
  // One start past the cap is kept: it is where the last cause read ends.
  for (let match; (match = CAUSE_START.exec(text)); total += 1) {
    if (starts.length <= MAX_CAUSES) starts.push(match);
  }
  const causes = starts.slice(0, MAX_CAUSES).map((match, i) => {
    const next = starts[i + 1];
    // A cause ends where the next one's `, ` starts (a `[` opening a nested list stays with it), the
    // last one before the aggregate's closing `]`.
    const rest = text.slice(
      match.index + match[0].length,
      next
        ? next.index + (next[0].startsWith('[') ? 1 : 0)
        : text.length - (text.endsWith(']') ? 1 : 0),
    );
    return {
      path: match[1] ?? '',
      type: match[2] ?? '',
      rest: rest.startsWith(': ') ? rest.slice(2) : rest,
    };
  });
  return { causes, total };
}

/** Splits `<value>: <detail>`; a Go-quoted string value ends at its closing quote. */
function splitValue(rest: string): { value?: string; detail: string } {
  if (rest.startsWith('"')) {
    const close = rest.indexOf('"', 1);
    if (close !== -1) {
      const after = rest.slice(close + 1);
      return {
        value: rest.slice(1, close),
        detail: after.startsWith(': ') ? after.slice(2) : after,
      };
    }
  }
  const colon = rest.indexOf(': ');
  return colon === -1
    ? { value: rest, detail: '' }
    : { value: rest.slice(0, colon), detail: rest.slice(colon + 2) };
}

/**
 * kube-openapi's `in body should …` texts and the type error, each ending the detail (only one of them
 * can end it, so one regex reads them all): a pattern, a bound, a length, a number of items, a type. The
 * type error repeats the JSON type sent (`must be of type string: "integer"`), which is also the value.
 */
const BODY_RULE =
  /in body should (?:match '(.{0,300})'|be (less|greater) than (?:or equal to )?(\S{1,40})|be at (most|least) (\d{1,20}) chars long|have at (most|least) (\d{1,20}) items)$|must be of type (\w{1,40})(?:: "\w{0,40}")?$/;

/** `most` / `less` → `max…`, `least` / `greater` → `min…`. */
function bound(word: string): string {
  return word === 'most' || word === 'less' ? 'max' : 'min';
}

function readCause({ path, type, rest }: RawCause, kind: string | undefined): KusciaFieldIssue {
  const field = crdPathToField(path, kind);
  const { value, detail } = splitValue(rest);
  switch (type) {
    case 'Required value':
      return makeIssue('fieldRequired', field, { rule: 'required' });
    case 'Unsupported value':
      return makeIssue('fieldEnum', field, {
        allowed: /^supported values: (.*)$/
          .exec(detail)?.[1]
          ?.split(', ')
          .map((item) => item.replace(/^"|"$/g, '')),
        value,
      });
    case 'Too long':
    case 'Too short':
      return makeIssue('fieldRange', field, {
        rule: `${type === 'Too long' ? 'max' : 'min'}Length`,
        limit: /(\d{1,20}) (?:bytes|characters)/.exec(rest)?.[1],
      });
    case 'Too many':
    case 'Too few':
      return makeIssue('fieldRange', field, {
        rule: `${type === 'Too many' ? 'max' : 'min'}Items`,
        limit: /(\d{1,20}) items/.exec(detail)?.[1],
        value,
      });
    case 'Invalid value':
      return readInvalidValue(field, value, detail);
    case 'Duplicate value':
      return makeIssue('invalidObject', field, { rule: 'duplicate', value });
    case 'Forbidden':
      return makeIssue('invalidObject', field, { rule: 'forbidden' });
    default:
      return makeIssue('invalidObject', field, { rule: 'invalid' });
  }
}

function readInvalidValue(
  field: string,
  value: string | undefined,
  detail: string,
): KusciaFieldIssue {
  const format = detail.includes('RFC 1123 subdomain')
    ? 'dnsSubdomain'
    : detail.includes('RFC 1123 label')
      ? 'dnsLabel'
      : /^(?:a valid label must|name part must consist)/.test(detail)
        ? 'label'
        : '';
  if (format) return makeIssue('fieldFormat', field, { rule: format, value });
  const tooLong = /^name part must be no more than (\d{1,20}) characters/.exec(detail)?.[1];
  if (tooLong) return makeIssue('fieldRange', field, { rule: 'maxLength', limit: tooLong, value });
  const oneOf = /in body should be one of \[(.{0,500})\]$/.exec(detail);
  if (oneOf) {
    const allowed = (oneOf[1] ?? '').split(' ').filter((item) => item !== '');
    return makeIssue('fieldEnum', field, { allowed, value });
  }
  const body = BODY_RULE.exec(detail);
  if (!body) return makeIssue('invalidObject', field, { rule: 'invalid', value });
  const [, pattern, compare, limit, length, lengthLimit, items, itemLimit, type] = body;
  if (pattern !== undefined) {
    return makeIssue('fieldFormat', field, { rule: 'pattern', expected: pattern, value });
  }
  if (type !== undefined) {
    return makeIssue('invalidObject', field, { rule: 'type', expected: type, value });
  }
  const rule = compare
    ? bound(compare)
    : length
      ? `${bound(length)}Length`
      : `${bound(items ?? '')}Items`;
  return makeIssue('fieldRange', field, { rule, limit: limit ?? lengthLimit ?? itemLimit, value });
}

const GENERIC_INVALID = 'the server rejected our request due to an error in our request';

/** `<Kind>.<group> "<name>" is invalid[: causes]`, or client-go's 422 text with its request tail. */
export function readInvalidObject(text: string): KusciaErrorReason | null {
  const object = findQuotedObject(text, '" is invalid', KIND_NOUN);
  // Kuscia's own `Field %q is invalid, invalid value: …` has the same opening; it is a fieldFormat.
  if (!object || text.startsWith(', invalid value:', object.end)) {
    const generic = text.indexOf(GENERIC_INVALID);
    return generic === -1
      ? null
      : makeReason(
          'invalidObject',
          readRequestTail(text, generic + GENERIC_INVALID.length, 'kind group name'),
        );
  }
  const { kind, group } = readInvalidKind(object.noun);
  const rest = text.slice(object.end);
  const { causes, total } = rest.startsWith(': ')
    ? splitCauses(rest.slice(2))
    : { causes: [], total: 0 };
  const first = causes[0];
  const fields = causes.map((cause) => readCause(cause, kind));
  const issue = fields[0];
  return makeReason('invalidObject', {
    kind,
    group,
    name: object.name,
    field: issue?.field,
    value: issue?.value,
    rule: issue?.rule,
    causeCount: total > 0 ? String(total) : undefined,
    fields: fields.length > 0 ? fields : undefined,
    detail: first
      ? `${first.path}: ${first.type}${first.rest ? `: ${first.rest}` : ''}`
      : undefined,
  });
}
