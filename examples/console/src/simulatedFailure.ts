/**
 * The failures the local server scripts by an AppImage's tag (examples/kuscia-api-server/jobs/scripts.mjs),
 * so that the Jobs form can offer them as a choice and write the tag into the AppImage field for the user.
 * The field stays the truth: what it shows is what `job/create` sends.
 */

/** The tags the server fails by, in the order the form offers them. */
export const SIMULATED_FAILURES = [
  'fail-oom',
  'fail-data',
  'fail-crash',
  'fail-partner',
  'fail-image-pull',
  'fail-reject',
] as const;

export type SimulatedFailure = (typeof SIMULATED_FAILURES)[number];

/**
 * The failures whose report changed in Kuscia v1.0 (the job-level aggregate): `<tag>-pre-v1` reports them
 * the old way, with the job's `err_msg` empty. A rejection or a hanging pull reads the same either way.
 */
export const PRE_V1_FAILURES = ['fail-oom', 'fail-data', 'fail-crash', 'fail-partner'] as const;

const PRE_V1 = '-pre-v1';

/** The server's other names for the same scripts. */
const ALIASES: Readonly<Record<string, string>> = {
  fail: 'fail-crash',
  hang: 'fail-image-pull',
};

const KNOWN: ReadonlySet<string> = new Set([
  ...SIMULATED_FAILURES,
  ...PRE_V1_FAILURES.map((tag) => `${tag}${PRE_V1}`),
]);

/** The image's name and tag, split as the server reads them: the tag follows a `:` after the last `/`. */
export function splitImage(image: string): { name: string; tag: string } {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/')
    ? { name: image.slice(0, colon), tag: image.slice(colon + 1) }
    : { name: image, tag: '' };
}

/** The simulated failure an image's tag picks (`fail-oom`, `fail-oom-pre-v1`, …), or '' when it succeeds. */
export function simulatedFailureOf(image: string): string {
  const { tag } = splitImage(image.trim());
  const preV1 = tag.endsWith(PRE_V1);
  const base = preV1 ? tag.slice(0, -PRE_V1.length) : tag;
  const canonical = `${ALIASES[base] ?? base}${preV1 ? PRE_V1 : ''}`;
  return KNOWN.has(canonical) ? canonical : '';
}

/**
 * The image with the failure's tag, or with `plainTag` (the last tag the user typed that scripts nothing)
 * for no failure.
 */
export function withSimulatedFailure(image: string, failure: string, plainTag: string): string {
  const { name } = splitImage(image.trim());
  const tag = failure || plainTag;
  return tag ? `${name}:${tag}` : name;
}
