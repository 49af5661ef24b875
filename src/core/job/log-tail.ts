import { isLowLevelLine, lastMeaningfulLine, lineAt } from './go-text';
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
  /**
   * The families the tail suggests, most specific first; appCrash always last. A connection failure is
   * partnerUnreachable, or platformError when it targets the party's own node.
   */
  readonly families: readonly KusciaJobFailureFamily[];
  /**
   * The line that matched the first family, or the tail's last line that reads like an error; null when
   * the tail holds only shutdown noise (the cause is then not in it, and no title should quote it).
   */
  readonly detail: string | null;
}

/** The party's own node: loopback addresses (its DataMesh is named separately). */
const loopback = /127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|ipv6:\[?::1\]?/i;
/**
 * Answers of the node's gateway (Envoy): applications reach partners through it on loopback
 * (`127.0.0.1:80`, Host `<service>.<partner>.svc`), so with these a loopback address still means a partner.
 */
const gatewayAnswer = /upstream connect error|no healthy upstream|503 service unavailable/i;
/** The gRPC error's own `target:` line, which names the service the application dialled. */
const targetLine = /(?:^|\n)\s{0,16}target:\s{0,4}([^\n]{0,200})/i;

/**
 * Whether the connection failure on `line` (with the lines after it) targets the party's own node: its
 * DataMesh, or a loopback address that is not the gateway answering for a partner.
 */
function isLocal(line: string, after: string): boolean {
  const target = targetLine.exec(after)?.[1] ?? '';
  if (/datamesh/i.test(line) || /^(?:dns:\/{0,3})?datamesh\b/i.test(target)) return true;
  return (loopback.test(line) || loopback.test(target)) && !gatewayAnswer.test(line);
}

/**
 * A missing file is a data error only when it is plausibly input data: a path under Kuscia's data storage or
 * a table file. `/proc` files, shared libraries, Occlum's LibOS and the like are the runtime's own.
 */
const dataPath =
  /\/home\/kuscia\/var\/storage\/data\/|\.(?:csv|tsv|parquet|orc|json|jsonl|xlsx?)(?:['"\s>),:]|$)/i;
const runtimeFile =
  /\/proc\/|\/sys\/|\/dev\/|shared object|shared librar|\.so(?:\.\d{1,6}){0,4}\b|libos|occlum/i;
/** Words that say only that some file is missing or closed to the program. */
const missingWords = /* @__PURE__ */ new Set(['no such file or directory', 'filenotfounderror']);
const deniedWords = /* @__PURE__ */ new Set(['permission denied', 'permissionerror']);

/** What a line holding data words says about the file it names. */
interface DataLine {
  /** Logged below error level (brpc's start-up warnings about `/proc`): no data word on it counts. */
  readonly lowLevel: boolean;
  /** Names a runtime's own file (`/proc`, a shared library, Occlum's LibOS). */
  readonly runtime: boolean;
  /** Names input data (Kuscia's data storage, a table file). */
  readonly data: boolean;
}

function readDataLine(line: string): DataLine {
  const head = line.length > 4096 ? line.slice(0, 4096) : line;
  return {
    lowLevel: isLowLevelLine(line),
    runtime: runtimeFile.test(head),
    data: dataPath.test(head),
  };
}

/** Whether the data word `word` reads as a data error on `line`: a missing file only when it is input data. */
function isDataWord(line: DataLine, word: string): boolean {
  if (line.lowLevel) return false;
  const lower = word.toLowerCase();
  if (missingWords.has(lower)) return !line.runtime && line.data;
  return !deniedWords.has(lower) || !line.runtime;
}

/** What a crashed application's log tail suggests. */
export function readLogTail(log: string): LogReading {
  const tail = lastLines(log);
  let partnerAt = -1;
  let dataAt = -1;
  const lower = tail.toLowerCase();
  const [pattern, text] = lower.length === tail.length ? [words, lower] : [wordsAnyCase, tail];
  pattern.lastIndex = 0;
  // Matches come in order: each line is judged once, however many data words it holds.
  let lineEnd = -1;
  let judged: DataLine | null = null;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[1] !== undefined) {
      partnerAt = match.index;
      continue;
    }
    if (judged === null || match.index >= lineEnd) {
      const newline = tail.indexOf('\n', match.index);
      lineEnd = newline === -1 ? tail.length : newline;
      judged = readDataLine(lineAt(tail, match.index));
    }
    if (isDataWord(judged, match[0])) dataAt = match.index;
  }
  const partnerLine = partnerAt === -1 ? null : withoutLogPrefix(lineAt(tail, partnerAt));
  const dataLine = dataAt === -1 ? null : withoutLogPrefix(lineAt(tail, dataAt));
  if (partnerLine !== null) {
    // A refused connection to the party's own node (its DataMesh, a loopback address) is no partner's doing.
    const local = isLocal(partnerLine, linesAfter(tail, partnerAt));
    const families: KusciaJobFailureFamily[] = [local ? 'platformError' : 'partnerUnreachable'];
    if (dataLine !== null) families.push('dataError');
    families.push('appCrash');
    return { families, detail: partnerLine };
  }
  if (dataLine !== null) return { families: ['dataError', 'appCrash'], detail: dataLine };
  const line = lastMeaningfulLine(log, true);
  return { families: ['appCrash'], detail: line === null ? null : withoutLogPrefix(line) };
}

/** The few lines after the one at `at`, where a gRPC error block ends. */
function linesAfter(tail: string, at: number): string {
  let end = tail.indexOf('\n', at);
  if (end === -1) return '';
  const start = end;
  for (let count = 0; count < 6 && end !== -1; count += 1) end = tail.indexOf('\n', end + 1);
  return tail.slice(start, end === -1 ? tail.length : end + 1);
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
