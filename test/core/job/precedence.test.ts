/*
 * JOBS.md §6.3: when several causes are visible, a person's decision comes first, then a party that never
 * started, then what running applications reported, then summaries. Consequences never win.
 */
import { describe, expect, it } from 'vitest';
import { explainKusciaJob, KUSCIA_JOB_FAMILY_PRECEDENCE } from '../../../src/core/job';
import { fixture, keysOf, party, queryBody, task } from './helpers';

const python = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;
const oom = String.raw`container[secretflow] terminated state reason "OOMKilled", message: "loading\n"`;

describe('precedence', () => {
  it('lists the families in the order of JOBS.md §6.3', () => {
    expect(KUSCIA_JOB_FAMILY_PRECEDENCE).toEqual([
      'approvalRejected',
      'userAction',
      'imagePull',
      'outOfMemory',
      'insufficientResources',
      'configError',
      'partnerUnreachable',
      'dataError',
      'appCrash',
      'platformError',
      'scheduleTimeout',
      'partyThreshold',
      'jobInvalid',
      'unknown',
    ]);
  });

  it('puts the party that never started before the crash it caused on the other party', () => {
    const explanation = explainKusciaJob(fixture('image-pull-outranks-crash.json'));
    expect(keysOf(explanation)).toEqual(['imagePull.failed bob', 'partnerUnreachable.log alice']);
    expect(explanation?.alsoSeen).toEqual(['partnerUnreachable', 'appCrash']);
  });

  it('keeps an image that could not be pulled as a cause after the job is stopped, and asks to fix it first', () => {
    // What KusciaAPI answers after job/stop on a job held by bob's image pull: the stop is the job's text,
    // the task is `Job was stopped`, and bob's party is Failed with its waiting text still there.
    const body = fixture('image-pull-stuck.json') as {
      data: {
        status: {
          state: string;
          err_msg: string;
          tasks: [{ state: string; err_msg: string; parties: { state: string }[] }];
        };
      };
    };
    const status = body.data.status;
    status.state = 'Failed';
    status.err_msg = 'Party: alice execute the cmd: Stop.';
    status.tasks[0].state = 'Failed';
    status.tasks[0].err_msg = 'Job was stopped';
    for (const entry of status.tasks[0].parties) entry.state = 'Failed';
    const explanation = explainKusciaJob(body);
    expect(explanation?.family).toBe('userAction');
    expect(explanation?.failures[1]).toMatchObject({
      family: 'imagePull',
      domainId: 'bob',
      collateral: false,
    });
    expect(explanation?.restart).toBe('afterFix');
  });

  it('gives the same order whatever order Kuscia lists the parties in (Go map order)', () => {
    const body = fixture('image-pull-outranks-crash.json') as {
      data: { status: { tasks: { parties: unknown[] }[] } };
    };
    const parties = body.data.status.tasks[0]?.parties ?? [];
    parties.reverse();
    expect(keysOf(explainKusciaJob(body))).toEqual([
      'imagePull.failed bob',
      'partnerUnreachable.log alice',
    ]);
  });

  it('puts a rejection before everything', () => {
    const body = queryBody({
      state: 'ApprovalReject',
      tasks: [task('psi', 'Failed', '', [party('alice', 'Failed', oom)])],
      approve_status_list: [{ domain_id: 'bob', state: 'JobRejected' }],
    });
    const explanation = explainKusciaJob(body);
    expect(keysOf(explanation)).toEqual(['approvalRejected bob', 'outOfMemory alice']);
    expect(explanation?.restart).toBe('no');
  });

  it('puts a stop before the crashes of the tasks it stopped', () => {
    const body = queryBody({
      err_msg: 'Party: bob execute the cmd: Stop.',
      tasks: [task('psi', 'Failed', 'Job was stopped', [party('alice', 'Failed', python)])],
    });
    const explanation = explainKusciaJob(body);
    expect(keysOf(explanation)).toEqual(['userAction.stop bob', 'appCrash.detail alice']);
    expect(explanation?.failures[1]?.collateral).toBe(true);
  });

  it('never lets a task stopped by the failing job (`Job was stopped`) outrank the task that failed', () => {
    // psi failed with nothing visible (P2P); the FailedHandler then stopped train, whose application died
    // on SIGTERM with a log tail.
    const body = queryBody({
      tasks: [
        task('psi', 'Failed', ''),
        task('train', 'Failed', 'Job was stopped', [party('alice', 'Failed', python)]),
      ],
    });
    const explanation = explainKusciaJob(body);
    expect(keysOf(explanation)).toEqual(['unknown -', 'appCrash.detail alice']);
    expect(explanation?.failures[0]?.alias).toBe('psi');
    expect(explanation?.alsoSeen).toEqual([]);
  });

  it('shows a task stopped by the job as the consequence it is when nothing else is known', () => {
    const body = queryBody({ tasks: [task('psi', 'Failed', 'Job was stopped')] });
    const explanation = explainKusciaJob(body);
    expect(keysOf(explanation)).toEqual(['userAction.stopped -']);
    expect(explanation?.failures[0]?.collateral).toBe(true);
    expect(explanation?.restart).toBe('unknown');
  });

  it('reads past the stale `This job is restarted by …` note', () => {
    const explanation = explainKusciaJob(fixture('restart-masked.json'));
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
  });

  it('puts resources before the scheduling expiry they caused', () => {
    const explanation = explainKusciaJob(fixture('scheduler-45-disk-pressure.json'));
    expect(explanation?.family).toBe('insufficientResources');
    expect(explanation?.alsoSeen).toEqual(['scheduleTimeout']);
  });

  it('keeps the threshold summary last among causes of the same task', () => {
    const body = queryBody(
      {
        tasks: [
          task(
            'psi',
            'Failed',
            'The remaining no-failed party task counts 1 are less than the task success threshold 3. pending party[], running party[alice], successful party[], failed party[bob,carol]',
            [party('carol', 'Failed', oom)],
          ),
        ],
      },
      ['alice', 'bob', 'carol'],
    );
    expect(keysOf(explainKusciaJob(body))).toEqual([
      'outOfMemory carol',
      'partyThreshold.task bob',
    ]);
  });

  it('reports each cause of a pre-check with several failed checks', () => {
    const body = queryBody({
      tasks: [
        task(
          'psi',
          'Failed',
          'KusciaTask failed after 3x retry, last error: cdr-check alice to bob failed with DestinationUnreachable; resource-check no node status available for domain alice',
        ),
      ],
    });
    expect(keysOf(explainKusciaJob(body))).toEqual([
      'insufficientResources.cpuMemory alice',
      'partnerUnreachable.route bob',
    ]);
  });
});

describe('familyRank', () => {
  it('follows KUSCIA_JOB_FAMILY_PRECEDENCE', async () => {
    const { familyRank } = await import('../../../src/core/job/precedence');
    expect(KUSCIA_JOB_FAMILY_PRECEDENCE.map((family) => familyRank(family))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });
});
