/**
 * A pure reading of one text, remembered for the texts it read last. A console polls its jobs every few
 * seconds and explains the same failed Job again each time, with the same error texts: reading those is
 * most of the explainer's cost, and a text always reads the same. Results must be immutable; very long texts
 * are read every time rather than kept alive by the memory.
 */
export function rememberByText<T>(read: (text: string) => T, capacity = 128): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    // At most 128 × 8 KiB characters kept (2 MiB); real party texts are a few hundred.
    if (text.length > 8192) return read(text);
    const known = memory.get(text);
    if (known !== undefined || memory.has(text)) return known as T;
    const result = read(text);
    if (memory.size >= capacity) {
      // Maps keep insertion order: the oldest reading goes first.
      const oldest = memory.keys().next();
      if (oldest.done !== true) memory.delete(oldest.value);
    }
    memory.set(text, result);
    return result;
  };
}
