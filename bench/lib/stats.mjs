/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median absolute deviation, as a share of the median: a quick noise figure. */
export function relativeMad(/** @type {number[]} */ values) {
  const m = median(values);
  return m === 0 ? 0 : median(values.map((v) => Math.abs(v - m))) / m;
}

/** Smallest and largest value: the spread over rounds the tables report ("4.4–6.0×"). */
export function range(/** @type {number[]} */ values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}
