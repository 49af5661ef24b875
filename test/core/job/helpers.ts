/*
 * Shared helpers of the job tests: the fixtures of `test/fixtures/jobs` (sources named in its README) and
 * small builders for the bodies KusciaAPI sends, so that each test shows only the texts that matter.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { KusciaJobExplanation } from '../../../src/core/job';

const fixturesDir = new URL('../../fixtures/jobs/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

/** A JSON fixture, parsed fresh on every call (tests may change it). */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export interface PartyInput {
  domain_id: string;
  state: string;
  err_msg: string;
}

export function party(domain: string, state: string, errMsg = ''): PartyInput {
  return { domain_id: domain, state, err_msg: errMsg };
}

/** A task as `buildJobStatus` renders it (HTTP, every field present). */
export function task(
  alias: string,
  state: string,
  errMsg: string,
  parties: PartyInput[] = [],
): Record<string, unknown> {
  return {
    task_id: `job-1-${alias}`,
    state,
    err_msg: errMsg,
    create_time: '2025-12-03T08:14:06Z',
    start_time: '2025-12-03T08:14:06Z',
    end_time: state === 'Failed' ? '2025-12-03T08:19:07Z' : '',
    parties,
    alias,
    progress: 0,
  };
}

/**
 * A QueryJob body for job `job-1` initiated by alice, whose spec names `domains` as the parties of every
 * task; `status` is the `JobStatusDetail`.
 */
export function queryBody(
  status: Record<string, unknown>,
  domains: readonly string[] = ['alice', 'bob'],
): Record<string, unknown> {
  const taskList = Array.isArray(status.tasks) ? (status.tasks as Record<string, unknown>[]) : [];
  return {
    status: { code: 0, message: 'success', details: [] },
    data: {
      job_id: 'job-1',
      initiator: domains[0] ?? '',
      max_parallelism: 1,
      tasks: taskList.map((item) => ({
        app_image: 'secretflow-image',
        parties: domains.map((domain) => ({ domain_id: domain, role: '', resources: null })),
        alias: item.alias,
        task_id: item.task_id,
        dependencies: [],
        task_input_config: '{}',
        priority: 0,
        schedule_config: null,
      })),
      status: {
        state: 'Failed',
        err_msg: '',
        create_time: '2025-12-03T08:14:05Z',
        start_time: '2025-12-03T08:14:05Z',
        end_time: '',
        tasks: [],
        stage_status_list: [],
        approve_status_list: [],
        ...status,
      },
      custom_fields: {},
    },
  };
}

/** The failures as `key domainId` pairs, in order: the shape most tests compare. */
export function keysOf(explanation: KusciaJobExplanation | null): string[] {
  expect(explanation).not.toBeNull();
  return (explanation?.failures ?? []).map(
    (failure) => `${failure.key} ${failure.domainId ?? '-'}`,
  );
}
