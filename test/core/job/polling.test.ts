/*
 * A console polls its jobs and explains the same failed Job again every few seconds; the explainer
 * remembers the texts it read last (#14). What it remembers must never show: an explanation is the same
 * whether its texts were read before or not, follows a body changed in place, and cannot be altered by
 * whoever holds one.
 */
import { describe, expect, it } from 'vitest';
import { explainKusciaJob } from '../../../src/core/job';
import { keysOf, party, queryBody, task } from './helpers';

const imagePull = String.raw`container[secretflow] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \"secretflow/psi:1.2\""`;
const python = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;

function failedJob(bobText: string): Record<string, unknown> {
  return queryBody({
    tasks: [
      task('psi', 'Failed', '', [party('alice', 'Failed', ''), party('bob', 'Failed', bobText)]),
    ],
  });
}

describe('explaining the same Job again', () => {
  it('gives an equal explanation on every poll, from a new body each time', () => {
    const first = explainKusciaJob(failedJob(imagePull));
    for (let poll = 0; poll < 3; poll += 1) {
      expect(explainKusciaJob(failedJob(imagePull))).toEqual(first);
    }
    expect(keysOf(first)).toEqual(['imagePull.failed bob']);
  });

  it('follows a body whose texts changed in place', () => {
    const body = failedJob(imagePull);
    expect(explainKusciaJob(body)?.failures[0]?.family).toBe('imagePull');
    const tasks = (body.data as { status: { tasks: { parties: { err_msg: string }[] }[] } }).status
      .tasks;
    const bob = tasks[0]?.parties[1];
    if (bob) bob.err_msg = python;
    expect(explainKusciaJob(body)?.failures[0]?.family).toBe('appCrash');
  });

  it('hands out explanations nobody can change for the next reader', () => {
    const explanation = explainKusciaJob(failedJob(imagePull));
    const failure = explanation?.failures[0];
    expect(Object.isFrozen(failure)).toBe(true);
    expect(Object.isFrozen(failure?.params)).toBe(true);
    expect(() => {
      (failure?.params as Record<string, string>).image = 'changed';
    }).toThrow(TypeError);
    expect(explainKusciaJob(failedJob(imagePull))?.failures[0]?.params.image).toBe(
      'secretflow/psi:1.2',
    );
  });
});
