import { escapeRegExp, gateSources, type PatternTable } from './patterns';

/*
 * One pass that rules out most messages no reader can match. It runs after the Kubernetes status readers
 * (each a cheap `indexOf`, and the commonest failures) and before all the others, each of which needs at
 * least one of its phrases in the text. The gate is built from the readers' own tables and phrase lists,
 * so a reader cannot be added without its phrases.
 */

/** A test for "one of these phrases, or one of these tables' patterns, occurs". */
export function phraseGate(
  tables: readonly PatternTable[],
  phrases: readonly string[],
): (text: string) => boolean {
  // An alternation of literals grouped by their first character (`a(?:bc|d)|…`): V8 checks it in one
  // linear pass and, at each position, follows one group instead of trying every phrase.
  const groups = new Map<string, string[]>();
  for (const source of [...phrases.map(escapeRegExp), ...gateSources(tables)]) {
    const head = source.startsWith('(') ? source : source.slice(0, source.startsWith('\\') ? 2 : 1);
    groups.set(head, [...(groups.get(head) ?? []), source.slice(head.length)]);
  }
  const gate = new RegExp(
    [...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|'),
  );
  return (text) => gate.test(text);
}
