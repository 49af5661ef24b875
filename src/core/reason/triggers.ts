import { escapeRegExp, gateSources, type PatternTable } from './patterns';

/*
 * One pass that rules out most messages no reader can match. It runs after the Kubernetes status readers
 * (each a cheap `indexOf`, and the commonest failures) and before all the others, each of which needs at
 * least one of its phrases in the text. The gate is built from the readers' own tables and phrase lists,
 * so a reader cannot be added without its phrases.
 */

/**
 * A test for "one of these phrases, or one of these tables' patterns, occurs". An alternation of
 * literals: V8 checks it in one linear pass with a first-character quick check.
 */
export function phraseGate(
  tables: readonly PatternTable[],
  phrases: readonly string[],
): (text: string) => boolean {
  const gate = new RegExp([...phrases.map(escapeRegExp), ...gateSources(tables)].join('|'));
  return (text) => gate.test(text);
}
