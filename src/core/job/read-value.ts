/*
 * Readers for values of unknown shape. Job bodies reach the kit from servers, proxies and app code, so a
 * throwing getter, a revoked Proxy or a cycle must give "nothing here", never a second failure. Kept local
 * to the job module so that it does not depend on the rest of the core while that is being restructured.
 * The job reader needs them only on its second pass (see `job-input.ts`); `describeKusciaJob` uses them.
 */

/** Most entries read from one list (tasks, parties, jobs, status lists); real jobs have a handful. */
export const MAX_LIST_ITEMS = 1000;

/** `value[key]`, or `undefined` when `value` is not an object or reading throws. */
export function readProperty(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `Array.isArray` that cannot throw (a revoked Proxy makes it throw). */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The first 1000 items of an array, read one by one so that a throwing index only loses that item. */
export function copyItems(list: readonly unknown[]): unknown[] {
  let length = 0;
  try {
    length = Math.min(list.length, MAX_LIST_ITEMS);
  } catch {
    return [];
  }
  if (!Number.isSafeInteger(length) || length <= 0) return [];
  const items: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    try {
      items.push(list[index]);
    } catch {
      items.push(undefined);
    }
  }
  return items;
}
