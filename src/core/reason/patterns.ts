import { makeReason } from './text';
import type { KusciaErrorReason, KusciaReasonFamily, KusciaReasonParam } from './types';

/*
 * Most of Kuscia's own messages are Go format strings whose holes are the reason's parameters, with no
 * logic beyond that. They are written as data (one table per family), read by this one matcher; the gate
 * of `triggers.ts` is built from the same data, so no text can be added without its phrase.
 */

export type Params = Record<string, KusciaReasonParam>;
type Groups = readonly (string | undefined)[];

/**
 * How a message text becomes parameters, either
 * - a spec: the parameters, space-separated, in the order the reason lists them: `key` takes the next
 *   capture group, `key=value` is a constant; a key ending in `,` or `|` is a list split at commas or at
 *   ` or ` (`allowed,`); or
 * - a function, for a text with logic of its own; its null lets the next pattern try.
 */
export type Build = string | ((groups: Groups, text: string) => Params | null);

/** A literal the message must contain, or a regex it must match; and how it becomes parameters. */
export type Pattern = readonly [RegExp | string, Build];

interface Compiled {
  readonly test: RegExp | string;
  /** A literal every match contains: a cheap `includes` before the regex, and the gate's phrase. */
  readonly anchor: string;
  readonly build: (groups: Groups, text: string) => Params | null;
}

export interface PatternTable {
  readonly family: KusciaReasonFamily;
  readonly patterns: readonly Compiled[];
  readonly finish: ((reason: KusciaErrorReason) => KusciaErrorReason) | undefined;
}

/**
 * The longest run of plain characters that every match of `source` contains: outside groups and
 * classes, without a character a quantifier makes optional. '' when a top-level `|` leaves none.
 */
export function requiredLiteral(source: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charAt(i);
    let literal = '';
    if (c === '\\') {
      i += 1;
      // `\.` is a dot; `\S`, `\d`, `\b`, `\n` … are classes, assertions or controls.
      if (!/\w/.test(source.charAt(i))) literal = source.charAt(i);
    } else if (c === '[') {
      while (i < source.length && source.charAt(i) !== ']') i += source.charAt(i) === '\\' ? 2 : 1;
    } else if (c === '(' || c === ')') {
      depth += c === '(' ? 1 : -1;
    } else if (c === '|') {
      if (depth === 0) return '';
    } else if ('?*{'.includes(c)) {
      // The character before may be absent.
      if (c === '{') i = Math.max(i, source.indexOf('}', i));
      run = run.slice(0, -1);
    } else if (!'.^$+'.includes(c)) {
      literal = c;
    }
    if (literal !== '' && depth === 0) {
      run += literal;
    } else {
      if (run.length > best.length) best = run;
      run = '';
    }
  }
  return run.length > best.length ? run : best;
}

function compileSpec(spec: string): Compiled['build'] {
  let group = 0;
  const parts = spec.split(' ').map((token) => {
    const [key = '', value] = token.split('=');
    const list = key.endsWith(',') ? ',' : key.endsWith('|') ? ' or ' : '';
    const next = value === undefined ? (group += 1) : 0;
    return { name: list ? key.slice(0, -1) : key, value, list, group: next };
  });
  return (groups) => {
    const params: Params = {};
    for (const { name, value, list, group } of parts) {
      const text = value ?? groups[group];
      params[name] =
        list && text !== undefined
          ? text
              .split(list)
              .map((item) => item.trim())
              .filter((item) => item !== '')
          : text;
    }
    return params;
  };
}

/** Compiles one family's patterns, tried in order; `finish` completes every reason read. */
export function patternTable(
  family: KusciaReasonFamily,
  patterns: readonly Pattern[],
  finish?: (reason: KusciaErrorReason) => KusciaErrorReason,
): PatternTable {
  return {
    family,
    finish,
    patterns: patterns.map(([test, build]) => ({
      test,
      anchor: typeof test === 'string' ? test : requiredLiteral(test.source),
      build: typeof build === 'string' ? compileSpec(build) : build,
    })),
  };
}

/** The first reason that a table's patterns read from `text`, trying the tables in order. */
export function readPatterns(
  text: string,
  tables: readonly PatternTable[],
): KusciaErrorReason | null {
  for (const { family, patterns, finish } of tables) {
    for (const { test, anchor, build } of patterns) {
      if (anchor !== '' && !text.includes(anchor)) continue;
      const groups = typeof test === 'string' ? [test] : test.exec(text);
      const params = groups && build(groups, text);
      if (params) {
        const reason = makeReason(family, params);
        return finish ? finish(reason) : reason;
      }
    }
  }
  return null;
}

/**
 * The gate's phrase for each pattern, as regex source: its anchor, or the whole regex when it has none
 * (an alternation of texts).
 */
export function gateSources(tables: readonly PatternTable[]): string[] {
  return tables.flatMap(({ patterns }) =>
    patterns.map(({ test, anchor }) =>
      anchor === '' && typeof test !== 'string' ? `(?:${test.source})` : escapeRegExp(anchor),
    ),
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
