import { readProperty } from './read-value';
import type { KusciaJobTextOverrides, KusciaJobTexts } from './texts';
import type {
  KusciaJobExplanation,
  KusciaJobFailure,
  KusciaJobFailureFamily,
  KusciaJobRestartVerdict,
} from './types';

/** One failing task × party, in the words of one locale. */
export interface KusciaJobFailureDescription {
  /** The text key used (`family.variant` or `family`). */
  readonly key: string;
  readonly family: KusciaJobFailureFamily;
  /** The family's short name. */
  readonly familyName: string;
  readonly title: string;
  readonly resolution: string;
  /** The task's alias, else its id; null for a failure of the whole job. */
  readonly task: string | null;
  /** The Domain, else the party named by the text; null when unknown. */
  readonly party: string | null;
  /** The line to show (unquoted). */
  readonly message: string | null;
  /** The container's log tail (unquoted), for a "Log tail" / "Copy log" section. */
  readonly log: string | null;
  /** Short names of the other families the same text matched. */
  readonly alsoSeen: readonly string[];
  /** A consequence of the job ending (`Job was stopped`), not a cause. */
  readonly collateral: boolean;
  readonly failure: KusciaJobFailure;
}

/** A failed job in the words of one locale: the primary cause first, then every failing task × party. */
export interface KusciaJobDescription {
  readonly key: string;
  readonly family: KusciaJobFailureFamily;
  readonly familyName: string;
  readonly title: string;
  readonly resolution: string;
  readonly restart: KusciaJobRestartVerdict;
  /** The restart verdict in words. */
  readonly restartText: string;
  readonly stuck: boolean;
  /** Short names of the families seen besides the primary one. */
  readonly alsoSeen: readonly string[];
  /** One sentence per warning (a failed task in a running job, a party held waiting). */
  readonly warnings: readonly string[];
  readonly failures: readonly KusciaJobFailureDescription[];
}

/**
 * Puts an explanation into words. For each failure the most specific text whose placeholders the failure
 * can fill is used (`family.variant`, then `family`); `overrides` (text key → title and/or resolution) win
 * over `texts`. Missing `{domain}`, `{party}`, `{by}`, `{src}`, `{dst}` take the locale's fallback words;
 * any other unfilled placeholder is removed with the quotes around it, so no `{name}` is ever shown.
 * Pure; never throws.
 */
export function describeKusciaJob(
  explanation: KusciaJobExplanation,
  texts: KusciaJobTexts,
  overrides?: KusciaJobTextOverrides,
): KusciaJobDescription {
  const fallbacks = stringRecord(readProperty(texts, 'fallbacks'));
  const familyNames = stringRecord(readProperty(texts, 'familyNames'));
  const failures = (readArray(readProperty(explanation, 'failures')) as KusciaJobFailure[]).map(
    (failure) => describeFailure(failure, texts, overrides, fallbacks, familyNames),
  );
  const primary = failures[0];
  const family = primary?.family ?? 'unknown';
  const restart = readProperty(explanation, 'restart');
  const verdict: KusciaJobRestartVerdict =
    restart === 'yes' || restart === 'afterFix' || restart === 'no' ? restart : 'unknown';
  const warningTexts = stringRecord(readProperty(texts, 'warnings'));
  const warnings = readArray(readProperty(explanation, 'warnings')).map((item) => {
    const kind = readProperty(item, 'kind');
    const template = typeof kind === 'string' ? (warningTexts[kind] ?? '') : '';
    const itemFamily = readProperty(item, 'family');
    const alias = readProperty(item, 'alias');
    const taskId = readProperty(item, 'taskId');
    const domainId = readProperty(item, 'domainId');
    const values = emptyRecord();
    const task = typeof alias === 'string' ? alias : typeof taskId === 'string' ? taskId : null;
    if (task !== null) values.task = task;
    if (typeof domainId === 'string') values.domain = domainId;
    if (typeof itemFamily === 'string' && familyNames[itemFamily] !== undefined) {
      values.family = familyNames[itemFamily];
    }
    return fill(template, values, fallbacks);
  });
  return Object.freeze({
    key: primary?.key ?? 'unknown',
    family,
    familyName: familyNames[family] ?? '',
    title: primary?.title ?? '',
    resolution: primary?.resolution ?? '',
    restart: verdict,
    restartText: stringRecord(readProperty(texts, 'restart'))[verdict] ?? '',
    stuck: readProperty(explanation, 'stuck') === true,
    alsoSeen: Object.freeze(
      readArray(readProperty(explanation, 'alsoSeen'))
        .map((name) => (typeof name === 'string' ? familyNames[name] : undefined))
        .filter((name): name is string => name !== undefined),
    ),
    warnings: Object.freeze(warnings),
    failures: Object.freeze(failures),
  });
}

function describeFailure(
  failure: KusciaJobFailure,
  texts: KusciaJobTexts,
  overrides: KusciaJobTextOverrides | undefined,
  fallbacks: Readonly<Record<string, string>>,
  familyNames: Readonly<Record<string, string>>,
): KusciaJobFailureDescription {
  const familyValue = readProperty(failure, 'family');
  const family = (
    typeof familyValue === 'string' ? familyValue : 'unknown'
  ) as KusciaJobFailureFamily;
  const variant = readProperty(failure, 'variant');
  const params = stringRecord(readProperty(failure, 'params'));
  const domainId = readProperty(failure, 'domainId');
  const values: Record<string, string> = Object.assign(emptyRecord(), params);
  if (typeof domainId === 'string' && values.domain === undefined) values.domain = domainId;

  const keys =
    typeof variant === 'string' && variant !== '' ? [`${family}.${variant}`, family] : [family];
  // A failure that names no Domain may have a wording of its own where the fallback word reads badly
  // (“a party's party”).
  if (values.domain === undefined) keys.push(`${family}.partyUnknown`);
  if (!keys.includes('unknown')) keys.push('unknown');
  const entries = keys
    .map((key) => ({ key, text: entryFor(key, texts, overrides) }))
    .filter((entry): entry is { key: string; text: Entry } => entry.text !== null);
  // The failure's own family first: `unknown` only when the locale lacks the family altogether.
  const own = entries.filter((entry) => entry.key === family || entry.key.startsWith(`${family}.`));
  const chosen =
    own.find((entry) => fillable(entry.text, values, emptyRecord())) ??
    own.find((entry) => fillable(entry.text, values, fallbacks)) ??
    own[own.length - 1] ??
    entries[entries.length - 1];

  const alias = readProperty(failure, 'alias');
  const taskId = readProperty(failure, 'taskId');
  const party =
    (typeof domainId === 'string' ? domainId : undefined) ??
    params.party ??
    params.domain ??
    params.by ??
    null;
  const message = readProperty(failure, 'message');
  const log = readProperty(failure, 'log');
  return Object.freeze({
    key: chosen?.key ?? family,
    family,
    familyName: familyNames[family] ?? '',
    title: chosen === undefined ? '' : fill(chosen.text.title, values, fallbacks),
    resolution: chosen === undefined ? '' : fill(chosen.text.resolution, values, fallbacks),
    task: typeof alias === 'string' ? alias : typeof taskId === 'string' ? taskId : null,
    party,
    message: typeof message === 'string' ? message : null,
    log: typeof log === 'string' ? log : null,
    alsoSeen: Object.freeze(
      readArray(readProperty(failure, 'alsoSeen'))
        .map((name) => (typeof name === 'string' ? familyNames[name] : undefined))
        .filter((name): name is string => name !== undefined),
    ),
    collateral: readProperty(failure, 'collateral') === true,
    failure,
  });
}

interface Entry {
  readonly title: string;
  readonly resolution: string;
}

/** The locale's entry for `key` with the override's fields on top, or null when neither has a title. */
function entryFor(
  key: string,
  texts: KusciaJobTexts,
  overrides: KusciaJobTextOverrides | undefined,
): Entry | null {
  const base = readProperty(readProperty(texts, 'families'), key);
  const override = readProperty(overrides, key);
  const title = readProperty(override, 'title') ?? readProperty(base, 'title');
  const resolution = readProperty(override, 'resolution') ?? readProperty(base, 'resolution');
  if (typeof title !== 'string') return null;
  return { title, resolution: typeof resolution === 'string' ? resolution : '' };
}

const placeholder = /\{(\w{1,64})\}/g;

/**
 * Parameters a failure may carry (documented on `KusciaJobFailure.params`). Only these decide whether a
 * text fits a failure; any other `{name}` (a typo in an override) is simply removed, so the text still wins.
 */
const failureParams = new Set([
  'domain',
  'task',
  'container',
  'reason',
  'image',
  'appImage',
  'role',
  'detail',
  'resource',
  'nodes',
  'timeoutSeconds',
  'src',
  'dst',
  'routeReason',
  'route',
  'stage',
  'party',
  'remaining',
  'threshold',
  'pending',
  'running',
  'successful',
  'failed',
  'action',
  'by',
  'retries',
  'quota',
]);

/** Every failure parameter the entry names has a value (from `values`, else from `fallbacks`). */
function fillable(
  entry: Entry,
  values: Readonly<Record<string, string>>,
  fallbacks: Readonly<Record<string, string>>,
): boolean {
  for (const text of [entry.title, entry.resolution]) {
    placeholder.lastIndex = 0;
    for (let match = placeholder.exec(text); match !== null; match = placeholder.exec(text)) {
      const name = match[1] ?? '';
      if (!failureParams.has(name)) continue;
      if (!nonEmpty(own(values, name)) && !nonEmpty(own(fallbacks, name))) return false;
    }
  }
  return true;
}

/**
 * `{name}`, with the quotes that may surround it (a dropped value takes its quotes along) and the space that
 * separates it from Chinese text (a Chinese fallback word takes no space: `某个节点无法…`, but `bob 无法…`).
 */
const slot =
  /((?<=[\u3400-\u9fff\uff01-\uff5e]) )?(“|")?\{(\w{1,64})\}(”|")?( (?=[\u3400-\u9fff\uff01-\uff5e]))?/g;
const cjk = /^[\u3400-\u9fff\uff01-\uff5e]$/;

/**
 * Fills `{name}` placeholders in one pass (a value that itself contains `{…}` is not filled again). A
 * fallback word replaces the quotes around it; a placeholder with no value at all is removed with them.
 */
function fill(
  template: string,
  values: Readonly<Record<string, string>>,
  fallbacks: Readonly<Record<string, string>>,
): string {
  // Set inside the callback (a closure TypeScript cannot follow, hence an object).
  const seen = { capitalise: false, dropped: false };
  const filled = template.replace(
    slot,
    (
      _match,
      before: string | undefined,
      open: string | undefined,
      name: string,
      close: string | undefined,
      after: string | undefined,
      offset: number,
    ) => {
      const quoted = open !== undefined && close !== undefined;
      const value = own(values, name);
      if (nonEmpty(value))
        return `${before ?? ''}${open ?? ''}${value}${close ?? ''}${after ?? ''}`;
      const fallback = own(fallbacks, name);
      if (nonEmpty(fallback)) {
        if (offset === 0) seen.capitalise = true;
        const lead = cjk.test(fallback.charAt(0)) ? '' : (before ?? '');
        const trail = cjk.test(fallback.charAt(fallback.length - 1)) ? '' : (after ?? '');
        const word = quoted ? fallback : `${open ?? ''}${fallback}${close ?? ''}`;
        return `${lead}${word}${trail}`;
      }
      seen.dropped = true;
      return `${before ?? ''}${quoted ? '' : `${open ?? ''}${close ?? ''}`}${after ?? ''}`;
    },
  );
  // Only where a placeholder vanished: the values themselves (log lines) are shown as they are.
  const tidy = seen.dropped
    ? filled.replace(/ {2,}/g, ' ').replace(/ ([,.;:)，。；：）])/g, '$1')
    : filled;
  const trimmed = tidy.trim();
  return seen.capitalise ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
}

/** `record[name]` when it is the record's own string (never `constructor` and the like). */
function own(record: Readonly<Record<string, string>>, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(record, name)) return undefined;
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}

function emptyRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** The string-valued own entries of an object (no prototype keys). */
function stringRecord(value: unknown): Readonly<Record<string, string>> {
  const record = emptyRecord();
  if (value === null || typeof value !== 'object') return record;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return record;
  }
  for (const key of keys.slice(0, 256)) {
    const item = readProperty(value, key);
    if (typeof item === 'string') record[key] = item;
  }
  return record;
}

function readArray(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? (value as unknown[]).slice(0, 1000) : [];
  } catch {
    return [];
  }
}
