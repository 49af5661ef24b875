import { lastMeaningfulLine, lineAt } from './go-text';
import type { KusciaJobFailureFamily } from './types';

/*
 * Heuristics on an application's log tail (a terminated container's message, JOBS.md §6.2). The patterns
 * are alternations of literals (linear). They read only the last lines, where the error is: start-up lines
 * that mention a datasource or retry a connection are normal and must not turn a crash into a data error.
 */

/** Lines read from the end of the tail. */
const MAX_TAIL_LINES = 40;
/** Characters read from the end of the tail. */
const MAX_TAIL_CHARS = 8192;

/**
 * Group 1: a connection failure (partnerUnreachable); the rest: data errors. One pass over the tail, in
 * lower case: a case-sensitive scan of the lower-cased tail is several times faster than the same
 * alternation with the `i` flag, which was the explainer's largest cost.
 */
const WORDS =
  '(connection refused|connect(?:ion)? timed out|get data timeout|no healthy upstream|upstream connect error|503 service unavailable)|filenotfounderror|no such file or directory|permissionerror|permission denied|domaindata|datasource|nosuchkey|nosuchbucket|accessdenied|keyerror|not found in|duplicated? key';
const words = /* @__PURE__ */ new RegExp(WORDS, 'g');
/** For a tail whose lower case has another length (a few non-ASCII letters): the indexes must hold. */
const wordsAnyCase = /* @__PURE__ */ new RegExp(WORDS, 'gi');

/**
 * A log line's timestamp, level and source location, as Python's logging, Ray and Kuscia's own Go logs
 * print them (`2025-01-01 00:00:03,207\tERROR entry.py:75 -- `): noise in front of the words that matter.
 * Anchored, each part optional: linear.
 */
const logPrefix =
  /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s+(?:\[?V?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL)\]?\s+)?(?:[\w./-]{1,200}:\d{1,6}\s+(?:--|-|:)\s+)?/;

/** A log line as a title may quote it: without its timestamp, level and location, tabs as spaces. */
export function withoutLogPrefix(line: string): string {
  const rest = line.replace(logPrefix, '').replace(/\t/g, ' ');
  return rest.trim() === '' ? line : rest;
}

export interface LogReading {
  /** The families the tail suggests, most specific first; appCrash always last. */
  readonly families: readonly KusciaJobFailureFamily[];
  /**
   * The line that matched the first family, or the tail's last line that reads like an error; null when
   * the tail holds only shutdown noise (the cause is then not in it, and no title should quote it).
   */
  readonly detail: string | null;
}

/** What a crashed application's log tail suggests. */
export function readLogTail(log: string): LogReading {
  const tail = lastLines(log);
  let partnerAt = -1;
  let dataAt = -1;
  const lower = tail.toLowerCase();
  const [pattern, text] = lower.length === tail.length ? [words, lower] : [wordsAnyCase, tail];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[1] === undefined) dataAt = match.index;
    else partnerAt = match.index;
  }
  const partnerLine = partnerAt === -1 ? null : withoutLogPrefix(lineAt(tail, partnerAt));
  const dataLine = dataAt === -1 ? null : withoutLogPrefix(lineAt(tail, dataAt));
  if (partnerLine !== null) {
    const families: KusciaJobFailureFamily[] = ['partnerUnreachable'];
    if (dataLine !== null) families.push('dataError');
    families.push('appCrash');
    return { families, detail: partnerLine };
  }
  if (dataLine !== null) return { families: ['dataError', 'appCrash'], detail: dataLine };
  const line = lastMeaningfulLine(log, true);
  return { families: ['appCrash'], detail: line === null ? null : withoutLogPrefix(line) };
}

function lastLines(log: string): string {
  const window = log.length > MAX_TAIL_CHARS ? log.slice(log.length - MAX_TAIL_CHARS) : log;
  let start = window.length;
  for (let count = 0; count < MAX_TAIL_LINES && start > 0; count += 1) {
    start = window.lastIndexOf('\n', start - 1);
    if (start === -1) return window;
  }
  return window.slice(start);
}
