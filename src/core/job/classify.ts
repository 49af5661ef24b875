import { readControllerText } from './controller-text';
import { scanWindow } from './go-text';
import { readPodText } from './pod-text';
import { rememberByText } from './remember';
import { byPrecedence, type Signal } from './signal';

/**
 * Every cause one text shows, strongest first, at most one per family and Domain (the first found, which is
 * the most specific). Texts are read wherever they sit (job, task or party): SecretPad and the
 * inter-connection copy texts between levels. A text that starts like a controller text is read as one;
 * anything else as a pod text. Reads at most the first and last 8 KiB of the text.
 */
export function classifyText(text: string): readonly Signal[] {
  return classifyRemembered(text);
}

const classifyRemembered = /* @__PURE__ */ rememberByText((text: string) =>
  Object.freeze(readSignals(text, 0).map(frozenSignal)),
);

function frozenSignal(found: Signal): Signal {
  Object.freeze(found.params);
  return Object.freeze(found);
}

function readSignals(text: string, depth: number): Signal[] {
  if (text.length === 0) return [];
  const window = scanWindow(text);
  const found = readControllerText(window, readSignals, depth) ?? readPodText(window);
  const sorted = byPrecedence(found);
  if (sorted.length < 2) return sorted;
  const seen = new Set<string>();
  return sorted.filter((item) => {
    const key = `${item.family}|${item.params.domain ?? ''}|${item.params.dst ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
