// @ts-check
/**
 * How a task chooses its ending. Nothing runs here, so a task's `app_image` scripts what its parties would
 * have met. The script is the image's tag (after the last `:`), or the whole name when it has no tag:
 * `secretflow/psi:fail-oom`, `fail-oom` and `registry:5000/psi:fail-oom` all read `fail-oom`.
 *
 * | tag                             | what happens                                                        |
 * | ------------------------------- | ------------------------------------------------------------------- |
 * | `fail-crash` (or `fail`)        | every party's application exits at once (`sh: 1: python: not found`) |
 * | `fail-oom`                      | the first party is killed for memory (`OOMKilled`)                  |
 * | `fail-data`                     | the first party cannot read its input file (`[Errno 2] …`)          |
 * | `fail-partner`                  | the last party fails on its own node (P2P): only a threshold text   |
 * | `fail-image-pull` (or `hang`)   | the last party cannot pull the image: the task runs forever          |
 * | `fail-reject`                   | the last party other than the initiator rejects the job             |
 * | any of those + `-pre-v1`        | the same, reported as Kuscia before v1.0 did: no job-level text     |
 * | anything else                   | the task succeeds                                                   |
 */

/**
 * @typedef {'succeed' | 'crash' | 'oom' | 'data' | 'partner' | 'imagePull' | 'reject'} Outcome
 * @typedef {{ outcome: Outcome, preV1: boolean }} Script
 */

/** @type {ReadonlyMap<string, Outcome>} */
const OUTCOMES = new Map([
  ['fail', 'crash'],
  ['fail-crash', 'crash'],
  ['fail-oom', 'oom'],
  ['fail-data', 'data'],
  ['fail-partner', 'partner'],
  ['fail-image-pull', 'imagePull'],
  ['hang', 'imagePull'],
  ['fail-reject', 'reject'],
]);

const PRE_V1 = '-pre-v1';

/**
 * @param {string} appImage
 * @returns {Script}
 */
export function scriptOf(appImage) {
  const tag = appImage.slice(Math.max(appImage.lastIndexOf(':'), appImage.lastIndexOf('/')) + 1);
  const preV1 = tag.endsWith(PRE_V1);
  const outcome = OUTCOMES.get(preV1 ? tag.slice(0, -PRE_V1.length) : tag);
  return outcome ? { outcome, preV1 } : { outcome: 'succeed', preV1: false };
}
