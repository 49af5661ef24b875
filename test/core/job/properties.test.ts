/*
 * Property tests (fast-check). Jobs are built from the real texts' shapes with random Domains, states and
 * noise; each `fc.assert` is one property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeKusciaJob,
  explainKusciaJob,
  explainKusciaJobs,
  KUSCIA_JOB_FAMILY_PRECEDENCE,
  KUSCIA_JOB_TEXT_KEYS,
  type KusciaJobExplanation,
  type KusciaJobFailure,
  type KusciaJobFailureFamily,
} from '../../../src/core/job';
import { jobs as enUS } from '../../../src/locales/en-US/jobs';
import { jobs as zhCN } from '../../../src/locales/zh-CN/jobs';

const RUNS = 500;

/** Domains of the job, and names the texts may mention that are not parties of the job. */
const domainArb = fc.constantFrom(
  'alice',
  'bob',
  'carol',
  'autonomy-alice',
  'autonomy-bob',
  'bob-eu',
);
const strangerArb = fc.constantFrom('mallory', 'eve-partner', 'autonomy', 'x');
const nameArb = fc.oneof(domainArb, strangerArb);
const stateArb = fc.constantFrom(
  'Failed',
  'Succeeded',
  'Running',
  'Pending',
  'AwaitingApproval',
  'ApprovalReject',
  'Cancelled',
  'Suspended',
  'Unknown',
  'FAILED',
  '',
);
const noise = fc.string({ maxLength: 80 }).map((text) => text.replace(/[{}]/g, ''));

/** Texts in the forms Kuscia writes (JOBS.md §2), about any name, plus noise. No `{word}` in any of them. */
const textArb = fc.oneof(
  fc.constant(''),
  noise,
  fc.constant(
    String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`,
  ),
  fc.constant(
    String.raw`container[secretflow] terminated state reason "OOMKilled", message: "x\n"`,
  ),
  fc.constant(
    String.raw`container[secretflow] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \"secretflow/psi:1.2\"";`,
  ),
  fc.constant(
    '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.;',
  ),
  fc.constant(
    '0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.;',
  ),
  fc.constant('Does not find the pod;'),
  fc.constant('Job was stopped'),
  fc.constant('The task was not scheduled within 300 seconds of its entire lifecycle'),
  fc.constant('This job is restarted by alice'),
  fc.constant('create error'),
  noise.map(
    (text) =>
      String.raw`container[app] terminated state reason "Error", message: "${text.replace(/["\\]/g, '')}\nConnection refused\n"`,
  ),
  fc
    .tuple(nameArb, nameArb)
    .map(
      ([src, dst]) =>
        `KusciaTask failed after 3x retry, last error: cdr-check ${src} to ${dst} failed with DestinationUnreachable`,
    ),
  nameArb.map(
    (name) =>
      `KusciaTask failed after 3x retry, last error: failed to build domain ${name} kit info, failed to get appImage "secretflow-image" from cache, appimage.kuscia.secretflow "secretflow-image" not found`,
  ),
  nameArb.map((name) => `resource-check no node status available for domain ${name}`),
  nameArb.map((name) => `Party: ${name} execute the cmd: Stop.`),
  nameArb.map((name) => `party[${name}] job failed info: create error`),
  fc
    .tuple(fc.array(nameArb, { maxLength: 3 }), fc.array(nameArb, { maxLength: 3 }))
    .map(
      ([running, failed]) =>
        `The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[${running.join(',')}], successful party[], failed party[${failed.map((name) => `${name}-partner`).join(',')}]`,
    ),
  fc
    .array(fc.tuple(nameArb, nameArb), { minLength: 1, maxLength: 3 })
    .map((pieces) =>
      pieces
        .map(([alias, name]) => `Task[${alias}]-Party[${name}]: Does not find the pod;`)
        .join('; '),
    ),
);

const partyArb = fc.record({ domain_id: domainArb, state: stateArb, err_msg: textArb });
const taskArb = fc.record({
  task_id: fc.constantFrom('job-1-psi', 'job-1-train', ''),
  alias: fc.constantFrom('psi', 'train', ''),
  state: stateArb,
  err_msg: textArb,
  create_time: fc.constantFrom('', '2025-12-03T08:14:06Z'),
  parties: fc.array(partyArb, { maxLength: 3 }),
});
const jobArb = fc.record({
  initiator: domainArb,
  specDomains: fc.array(domainArb, { maxLength: 3 }),
  status: fc.record({
    state: stateArb,
    err_msg: textArb,
    tasks: fc.array(taskArb, { maxLength: 3 }),
    stage_status_list: fc.array(
      fc.record({
        domain_id: domainArb,
        state: fc.constantFrom('JobCreateStageFailed', 'JobStartStageSucceeded'),
      }),
      { maxLength: 2 },
    ),
    approve_status_list: fc.array(
      fc.record({ domain_id: domainArb, state: fc.constantFrom('JobAccepted', 'JobRejected') }),
      { maxLength: 2 },
    ),
  }),
});
type Job = typeof jobArb extends fc.Arbitrary<infer T> ? T : never;

function body(job: Job): unknown {
  return {
    status: { code: 0, message: 'success' },
    data: {
      job_id: 'job-1',
      initiator: job.initiator,
      tasks: [
        {
          task_id: 'job-1-psi',
          alias: 'psi',
          parties: job.specDomains.map((domain_id) => ({ domain_id })),
        },
      ],
      status: job.status,
    },
  };
}

/** The Domains the job itself names: what `domainId` may be. */
function domainsOf(job: Job): Set<string> {
  const domains = new Set<string>([job.initiator, ...job.specDomains]);
  for (const item of [...job.status.stage_status_list, ...job.status.approve_status_list])
    domains.add(item.domain_id);
  for (const item of job.status.tasks)
    for (const entry of item.parties) domains.add(entry.domain_id);
  if (job.status.tasks.every((item) => item.parties.length === 0)) {
    for (const match of job.status.err_msg.matchAll(/Task\[[^\]]*\]-Party\[([^\]]*)\]: /g))
      domains.add(match[1] ?? '');
  }
  return domains;
}

const families = new Set<string>(KUSCIA_JOB_FAMILY_PRECEDENCE);

function assertWellFormed(explanation: KusciaJobExplanation): void {
  expect(Object.isFrozen(explanation)).toBe(true);
  expect(explanation.failures.length).toBeGreaterThan(0);
  expect(explanation.family).toBe(explanation.failures[0]?.family);
  expect(explanation.alsoSeen).not.toContain(explanation.family);
  expect(['yes', 'afterFix', 'no', 'unknown']).toContain(explanation.restart);
  for (const failure of explanation.failures) {
    expect(Object.isFrozen(failure)).toBe(true);
    expect(families.has(failure.family)).toBe(true);
    expect(failure.key).toBe(
      failure.variant === null ? failure.family : `${failure.family}.${failure.variant}`,
    );
    for (const value of Object.values(failure.params)) expect(typeof value).toBe('string');
  }
}

function assertNoPlaceholder(explanation: KusciaJobExplanation): void {
  for (const texts of [enUS, zhCN]) {
    const description = describeKusciaJob(explanation, texts);
    const shown = [
      description.title,
      description.resolution,
      description.restartText,
      ...description.warnings,
      ...description.failures.flatMap((failure) => [failure.title, failure.resolution]),
    ];
    for (const text of shown) expect(text).not.toMatch(/\{\w+\}/);
    expect(description.title).not.toBe('');
  }
}

describe('properties', () => {
  it('never throws on anything', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'binary',
      maxDepth: 4,
    });
    fc.assert(
      fc.property(anything, (input) => {
        const explanation = explainKusciaJob(input);
        if (explanation !== null) assertWellFormed(explanation);
        expect(Array.isArray(explainKusciaJobs(input))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const explanation = explainKusciaJob(text);
        if (explanation !== null) assertWellFormed(explanation);
      }),
      { numRuns: RUNS },
    );
  });

  it('points only at Domains the job names, and words every explanation without placeholders', () => {
    fc.assert(
      fc.property(jobArb, (job) => {
        const explanation = explainKusciaJob(body(job));
        if (explanation === null) return;
        assertWellFormed(explanation);
        const domains = domainsOf(job);
        for (const failure of explanation.failures) {
          if (failure.domainId !== null) expect(domains).toContain(failure.domainId);
        }
        for (const warning of explanation.warnings) {
          if (warning.domainId !== null) expect(domains).toContain(warning.domainId);
        }
        assertNoPlaceholder(explanation);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives null only for jobs that did not end badly', () => {
    fc.assert(
      fc.property(jobArb, (job) => {
        const explanation = explainKusciaJob(body(job));
        const ended = ['Failed', 'FAILED', 'ApprovalReject', 'Cancelled', 'Suspended'].includes(
          job.status.state,
        );
        if (ended) expect(explanation).not.toBeNull();
        if (job.status.state === 'Succeeded') expect(explanation).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('does not depend on the order of the parties (Go map order)', () => {
    fc.assert(
      fc.property(jobArb, (job) => {
        const reversed: Job = {
          ...job,
          status: {
            ...job.status,
            tasks: job.status.tasks.map((item) => ({
              ...item,
              parties: [...item.parties].reverse(),
            })),
          },
        };
        const keys = (explanation: KusciaJobExplanation | null): string[] =>
          (explanation?.failures ?? []).map(
            (failure) => `${failure.key} ${failure.domainId ?? ''} ${failure.alias ?? ''}`,
          );
        expect(keys(explainKusciaJob(body(reversed)))).toEqual(keys(explainKusciaJob(body(job))));
      }),
      { numRuns: RUNS },
    );
  });

  it('fills every text key of both locales with no placeholder left, whatever parameters a failure has', () => {
    const paramArb = fc.dictionary(
      fc.constantFrom(
        'domain',
        'task',
        'image',
        'appImage',
        'container',
        'reason',
        'detail',
        'resource',
        'timeoutSeconds',
        'src',
        'dst',
        'routeReason',
        'party',
        'by',
        'retries',
        'role',
      ),
      fc.string({ minLength: 1, maxLength: 12 }).map((text) => text.replace(/[{}]/g, '') || 'v'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...KUSCIA_JOB_TEXT_KEYS),
        paramArb,
        fc.option(domainArb),
        (key, params, domainId) => {
          const [family, variant = null] = key.split('.') as [KusciaJobFailureFamily, string?];
          const failure: KusciaJobFailure = {
            taskId: null,
            alias: null,
            domainId,
            family,
            variant,
            key,
            params,
            alsoSeen: [],
            source: 'task',
            partyState: null,
            collateral: false,
            message: null,
            text: null,
            log: null,
          };
          const explanation: KusciaJobExplanation = {
            jobId: null,
            state: 'Failed',
            family,
            failures: [failure],
            alsoSeen: [],
            stuck: false,
            restart: 'unknown',
            warnings: [],
          };
          for (const texts of [enUS, zhCN]) {
            const description = describeKusciaJob(explanation, texts);
            expect(description.title).not.toMatch(/\{\w+\}/);
            expect(description.resolution).not.toMatch(/\{\w+\}/);
            expect(description.title.trim()).not.toBe('');
            // The family's text, or its wording for a failure that names no Domain.
            expect([key, family, `${family}.partyUnknown`]).toContain(description.key);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('lets overrides with any placeholders win without leaving one visible', () => {
    const templateArb = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '{domain}',
            '{nope}',
            '“{image}”',
            '{task}',
            '{constructor}',
            '{__proto__}',
          ),
          noise,
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(' '));
    const explanation = explainKusciaJob(
      String.raw`Task[psi]-Party[bob]: container[secretflow] waiting state reason: "ErrImagePull", message: "no such host";`,
    );
    if (explanation === null) throw new Error('expected a failing job');
    fc.assert(
      fc.property(templateArb, templateArb, (title, resolution) => {
        const description = describeKusciaJob(explanation, enUS, {
          'imagePull.failed': { title, resolution },
        });
        expect(description.title).not.toMatch(/\{\w+\}/);
        expect(description.resolution).not.toMatch(/\{\w+\}/);
      }),
      { numRuns: RUNS },
    );
  });
});
