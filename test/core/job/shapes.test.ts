/*
 * Every shape a console holds a job in gives the same explanation: QueryJob's body, its `data`, the
 * `JobStatusDetail`, a batch body and one of its items, a watch event, the raw watch text, SecretPad's job,
 * gRPC-JSON's camelCase, and a bare `err_msg`.
 */
import { describe, expect, it } from 'vitest';
import { explainKusciaJob, explainKusciaJobs } from '../../../src/core/job';
import { fixture, fixtureText, keysOf, party, queryBody, task } from './helpers';

const python = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;

describe('QueryJob', () => {
  const body = fixture('secretpad-254-python-not-found.json') as Record<string, unknown>;

  it('reads the body, its data and its JobStatusDetail alike', () => {
    const query = queryBody(body);
    const data = (query as { data: Record<string, unknown> }).data;
    for (const input of [query, data, data.status]) {
      expect(keysOf(explainKusciaJob(input))).toEqual(['appCrash.detail bob']);
    }
    expect(explainKusciaJob(query)?.jobId).toBe('job-1');
    expect(explainKusciaJob(data.status)?.jobId).toBeNull();
  });

  it('reads the body as JSON text, with the spacing a protojson encoder may add', () => {
    // `,"` and `,{` occur only between tokens: inside a JSON string a quote is written `\"`.
    const text = JSON.stringify(queryBody(body)).replace(/,(["{[])/g, ', $1');
    expect(text).toContain('"state":"Failed", "err_msg":""');
    expect(keysOf(explainKusciaJob(text))).toEqual(['appCrash.detail bob']);
  });

  it('leaves an API error to the rest of the kit', () => {
    const failure = {
      status: {
        code: 11202,
        message: 'kusciajobs.kuscia.secretflow "job-1" not found',
        details: [],
      },
      data: null,
    };
    expect(explainKusciaJob(failure)).toBeNull();
  });

  it('reads gRPC-JSON camelCase names', () => {
    const camel = {
      jobId: 'job-1',
      status: {
        state: 'Failed',
        errMsg: '',
        tasks: [
          {
            taskId: 'job-1-psi',
            alias: 'psi',
            state: 'Failed',
            errMsg: '',
            parties: [{ domainId: 'bob', state: 'Failed', errMsg: python }],
          },
        ],
        stageStatusList: [],
      },
    };
    expect(keysOf(explainKusciaJob(camel))).toEqual(['appCrash.detail bob']);
  });
});

describe('batch status', () => {
  const two = {
    status: { code: 0, message: 'success', details: [] },
    data: {
      jobs: [
        { job_id: 'job-ok', status: { state: 'Succeeded', err_msg: '', tasks: [] } },
        {
          job_id: 'job-a',
          status: {
            state: 'Failed',
            err_msg: '',
            tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', python)])],
          },
        },
        {
          job_id: 'job-b',
          status: {
            state: 'Cancelled',
            err_msg: 'Party: alice execute the cmd: Cancel.',
            tasks: [],
          },
        },
      ],
    },
  };

  it('explains the first failing job, or the one asked for', () => {
    expect(explainKusciaJob(two)?.jobId).toBe('job-a');
    expect(explainKusciaJob(two, { jobId: 'job-b' })?.family).toBe('userAction');
    expect(explainKusciaJob(two, { jobId: 'job-ok' })).toBeNull();
    expect(explainKusciaJob(two, { jobId: 'job-missing' })).toBeNull();
  });

  it('explains every failing job with explainKusciaJobs', () => {
    expect(explainKusciaJobs(two).map((explanation) => explanation.jobId)).toEqual([
      'job-a',
      'job-b',
    ]);
  });

  it('reads one item of the batch, and the #457 body', () => {
    expect(keysOf(explainKusciaJob(two.data.jobs[1]))).toEqual(['appCrash.detail bob']);
    expect(keysOf(explainKusciaJob(fixture('batch-457-threshold.json')))).toEqual([
      'partyThreshold.task -',
    ]);
  });
});

describe('watch', () => {
  it('reads one event object, with a numeric type or none (ADDED under omitempty)', () => {
    const status = {
      state: 'Failed',
      tasks: [
        {
          task_id: 'job-1-psi',
          alias: 'psi',
          state: 'Failed',
          parties: [{ domain_id: 'bob', state: 'Failed', err_msg: python }],
        },
      ],
    };
    expect(keysOf(explainKusciaJob({ type: 1, object: { job_id: 'job-1', status } }))).toEqual([
      'appCrash.detail bob',
    ]);
    expect(keysOf(explainKusciaJob({ object: { job_id: 'job-1', status } }))).toEqual([
      'appCrash.detail bob',
    ]);
    expect(explainKusciaJob({ type: 4 })).toBeNull();
  });

  it('takes the last event of the job from the raw stream, skipping heartbeats', () => {
    const stream = fixtureText('watch-stream.txt');
    const explanation = explainKusciaJob(stream);
    expect(explanation?.jobId).toBe('job-watch');
    expect(explanation?.state).toBe('Failed');
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    // job-other succeeded: nothing to explain.
    expect(explainKusciaJob(stream, { jobId: 'job-other' })).toBeNull();
    expect(explainKusciaJobs(stream).map((item) => item.jobId)).toEqual(['job-watch']);
  });

  it('reads the stream up to any event: a Running job with no failing sign is not failing', () => {
    const stream = fixtureText('watch-stream.txt');
    const failedAt = stream.lastIndexOf('{"type":1');
    expect(explainKusciaJob(stream.slice(0, failedAt))).toBeNull();
  });

  it('ignores an event cut in the middle (a stream still being received)', () => {
    const stream = fixtureText('watch-stream.txt');
    const cut = stream.slice(0, stream.length - 40);
    expect(explainKusciaJob(cut)).toBeNull();
  });
});

describe('SecretPad', () => {
  it('splits the stored errMsg aggregate only at `; ` before a `Task[…]-Party[…]: ` header', () => {
    const explanation = explainKusciaJob(fixture('secretpad-errmsg-aggregate.json'));
    expect(explanation?.jobId).toBe('aplw');
    expect(explanation?.state).toBe('FAILED');
    expect(keysOf(explanation)).toEqual([
      'dataError.detail alice',
      'platformError.podMissing bob',
      'scheduleTimeout.waiting bob',
    ]);
    const alice = explanation?.failures[0];
    expect(alice?.alias).toBe('psi');
    expect(alice?.taskId).toBeNull();
    // The party text keeps its own `; ` (`retry 1; retry 2`): the split did not cut there.
    expect(alice?.log).toBe("2025-06-10 16:37:40 WARNING retry 1; retry 2\nKeyError: 'label'\n");
    expect(explanation?.failures.map((failure) => failure.alias)).toEqual(['psi', 'train', 'psi']);
  });

  it('reads a bare errMsg text and a SecretPad log line', () => {
    expect(keysOf(explainKusciaJob(`Task[psi]-Party[bob]: ${python}`))).toEqual([
      'appCrash.detail bob',
    ]);
    const logLine = `2025-06-10 16:37:49 INFO the jobId=aplw, taskId=aplw-inlvowzw-node-40 failed: party bob failed msg: ${python}`;
    const explanation = explainKusciaJob(logLine);
    // SecretPad's `party %s failed msg: ` names the party, and its log line the task.
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    expect(explanation?.failures[0]?.taskId).toBe('aplw-inlvowzw-node-40');
    expect(explanation?.state).toBeNull();
    expect(explanation?.failures[0]?.message).toBe('sh: 1: python: not found');
  });

  it('gives null for a bare text that names no cause', () => {
    expect(explainKusciaJob('everything is fine')).toBeNull();
    expect(explainKusciaJob('This job is restarted by alice')).toBeNull();
  });
});

describe('jobs that have not failed', () => {
  it.each([
    ['Succeeded', 'Succeeded'],
    ['Running', 'Running'],
    ['Pending', 'Pending'],
    ['AwaitingApproval', 'Pending'],
  ])('gives null for %s with no failing sign', (state, taskState) => {
    const body = queryBody({
      state,
      tasks: [task('psi', taskState, '', [party('alice', taskState)])],
    });
    expect(explainKusciaJob(body)).toBeNull();
  });

  it('gives null for a Succeeded job even with a failed (tolerable) task', () => {
    const body = queryBody({
      state: 'Succeeded',
      tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', python)])],
    });
    expect(explainKusciaJob(body)).toBeNull();
  });

  it('warns about a failed task in a Running job (BestEffort)', () => {
    const body = queryBody({
      state: 'Running',
      tasks: [
        task('psi', 'Failed', '', [party('bob', 'Failed', python)]),
        task('train', 'Running', '', [party('bob', 'Running')]),
      ],
    });
    const explanation = explainKusciaJob(body);
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    expect(explanation?.stuck).toBe(false);
    expect(explanation?.warnings).toEqual([
      {
        kind: 'failedTaskInRunningJob',
        taskId: 'job-1-psi',
        alias: 'psi',
        domainId: 'bob',
        family: 'appCrash',
      },
    ]);
  });

  it('ignores the restart note of a job that is running again', () => {
    const body = queryBody({
      state: 'Running',
      err_msg: 'This job is restarted by alice',
      tasks: [task('psi', 'Running', '', [party('alice', 'Running')])],
    });
    expect(explainKusciaJob(body)).toBeNull();
  });
});
