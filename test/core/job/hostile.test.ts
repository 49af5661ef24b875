/*
 * Hostile and empty input: explainKusciaJob never throws, gives null when there is no failing job, caps what
 * it keeps, and stays linear on texts built to make regexes backtrack.
 */
import { describe, expect, it } from 'vitest';
import { describeKusciaJob, explainKusciaJob, explainKusciaJobs } from '../../../src/core/job';
import { jobs as enUS } from '../../../src/locales/en-US/jobs';
import { party, queryBody, task } from './helpers';

const MB = 1024 * 1024;

describe('empty and odd input', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['0', 0],
    ['NaN', Number.NaN],
    ['true', true],
    ['a symbol', Symbol('job')],
    ['a function', () => 'Failed'],
    ['a bigint', 10n],
    ['an empty string', ''],
    ['blanks', ' \n\t '],
    ['an empty array', []],
    ['an empty object', {}],
    ['a Date', new Date(0)],
    ['a Map', new Map([['state', 'Failed']])],
    ['a null-prototype object', Object.create(null) as object],
    ['JSON null', 'null'],
    ['a JSON array of nothing', '[]'],
    ['a heartbeat', '{"type":4}{"type":4}'],
    ['an ERROR event', { type: 3, object: { job_id: 'job-1', status: { state: 'Failed' } } }],
  ])('gives null for %s', (_name, input) => {
    expect(explainKusciaJob(input)).toBeNull();
    expect(explainKusciaJobs(input)).toEqual([]);
  });

  it('reads fields of the wrong type as absent', () => {
    const odd = {
      job_id: 7,
      status: {
        state: 'Failed',
        err_msg: { text: 'x' },
        tasks: 'not a list',
        stage_status_list: [null, 3, { domain_id: 5, state: 'JobCreateStageFailed' }],
      },
    };
    const explanation = explainKusciaJob(odd);
    expect(explanation?.jobId).toBeNull();
    expect(explanation?.family).toBe('unknown');
    const tasks = {
      status: {
        state: 'Failed',
        tasks: [
          null,
          1,
          { state: 'Failed', err_msg: 42, parties: { length: 3 } },
          { parties: [null] },
        ],
      },
    };
    expect(explainKusciaJob(tasks)?.family).toBe('unknown');
  });
});

describe('objects that fight back', () => {
  it('survives cycles', () => {
    const job: Record<string, unknown> = { job_id: 'job-1' };
    const status: Record<string, unknown> = { state: 'Failed', err_msg: '' };
    const loop: Record<string, unknown> = { task_id: 't', state: 'Failed', err_msg: '' };
    loop.parties = [loop];
    status.tasks = [loop, status];
    job.status = status;
    job.data = job;
    job.object = job;
    expect(() => explainKusciaJob(job)).not.toThrow();
    const list: unknown[] = [];
    list.push(list, job);
    expect(() => explainKusciaJobs(list)).not.toThrow();
  });

  it('survives throwing getters, throwing Proxies and revoked Proxies', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        has() {
          throw new Error('has');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = {
      get status(): unknown {
        throw new Error('status');
      },
    };
    const tasksGetter = {
      status: {
        state: 'Failed',
        get tasks(): unknown {
          throw new Error('tasks');
        },
      },
    };
    const badIndex = new Proxy([1, 2, 3], {
      get(target, key) {
        if (key === 'length') return 3;
        if (key === '1') throw new Error('index');
        return Reflect.get(target, key) as unknown;
      },
    });
    const endless = new Proxy([], {
      get(_target, key) {
        return key === 'length'
          ? 1e12
          : { domain_id: 'bob', state: 'Failed', err_msg: 'Does not find the pod;' };
      },
    });
    for (const input of [
      throwing,
      revoked,
      getter,
      tasksGetter,
      badIndex,
      { status: { state: 'Failed', tasks: badIndex } },
    ]) {
      expect(() => explainKusciaJob(input)).not.toThrow();
    }
    expect(explainKusciaJob(tasksGetter)?.family).toBe('unknown');
    // A list claiming a trillion items is read up to its first thousand.
    const many = explainKusciaJob({
      status: { state: 'Failed', tasks: [{ state: 'Failed', parties: endless }] },
    });
    expect(many?.failures).toHaveLength(1000);
  });

  it('survives hostile options', () => {
    const options = new Proxy(
      {},
      {
        get() {
          throw new Error('jobId');
        },
      },
    );
    expect(
      explainKusciaJob(queryBody({ tasks: [task('psi', 'Failed', '')] }), options)?.family,
    ).toBe('unknown');
  });
});

describe('size', () => {
  it('caps what a failure keeps of a huge text', () => {
    const tail = `${'INFO working\\n'.repeat(200_000)}KeyError: 'label'\\n`;
    const text = `container[secretflow] terminated state reason "Error", message: "${tail}"`;
    const explanation = explainKusciaJob(
      queryBody({ tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', text)])] }),
    );
    const failure = explanation?.failures[0];
    expect(failure?.text?.length).toBe(65_536);
    expect(failure?.text?.endsWith('…')).toBe(true);
    expect(failure?.log?.length).toBeLessThanOrEqual(16_384);
    // The tail is read too: the error at the very end is found.
    expect(failure?.key).toBe('dataError.detail');
    expect(failure?.message).toBe("KeyError: 'label'");
  });

  const linear = (name: string, text: string, budgetMs = 3000): void => {
    it(`stays linear on ${name} (${String(Math.round(text.length / MB))} MB)`, () => {
      const start = performance.now();
      const explanation = explainKusciaJob(text);
      const body = explainKusciaJob(
        queryBody({ tasks: [task('psi', 'Failed', text, [party('bob', 'Failed', text)])] }),
      );
      expect(performance.now() - start).toBeLessThan(budgetMs);
      expect(body).not.toBeNull();
      if (explanation !== null) expect(describeKusciaJob(explanation, enUS).title).not.toBe('');
    });
  };
  linear('plain text', 'x'.repeat(10 * MB));
  linear('open braces', '{'.repeat(10 * MB));
  linear('a string that never closes', `{"a":"${'\\"'.repeat(5 * MB)}`);
  linear('backslashes', '\\'.repeat(10 * MB));
  linear('semicolons', `${';'.repeat(10 * MB)}x`);
  linear('aggregate headers', 'Task[a]-Party[b]: x; '.repeat(500_000));
  linear('aggregate headers that never close', `Task[a]-Party[b]: ${'; Task['.repeat(1_000_000)}`);
  linear(
    'container forms',
    'container[a] terminated state reason "Error", message: "'.repeat(150_000),
  );
  linear(
    'waiting forms',
    'container[a] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \\"'.repeat(
      100_000,
    ),
  );
  linear(
    'threshold lists',
    `The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[${'a,'.repeat(4 * MB)}`,
  );
  linear('scheduler texts', `0/1 nodes are available: ${'Insufficient '.repeat(800_000)}`);
  linear(
    'route checks',
    `KusciaTask failed after 3x retry, last error: ${'cdr-check a to '.repeat(600_000)}`,
  );
  linear(
    'a log of escapes',
    `container[a] terminated state reason "Error", message: "${'\\n\\"'.repeat(2 * MB)}"`,
  );
  linear('SecretPad reasons', 'party a failed msg: x\n'.repeat(500_000));
  linear(
    'SecretPad log headers that never name a party',
    `party a failed msg: ${'\n2025-06-10 16:37:49 INFO the jobId=j, taskId=t failed: '.repeat(200_000)}`,
  );
  linear(
    "log lines behind Ray's prefixes that never close",
    `container[a] terminated state reason "Error", message: "${'((a(b) W0314 12:00:0\\n'.repeat(500_000)}"`,
  );
  linear(
    'missing files that are not data',
    `container[a] terminated state reason "Error", message: "${"No such file or directory: '/proc/x.so.1 \\n".repeat(200_000)}"`,
  );
  linear('unicode', '节点失败😀'.repeat(2 * MB));
  // Cut watch events: after the first, each event is read on its own, still in one pass.
  linear('event starts that never close', '{"object":{'.repeat(MB));
  linear('cut events after junk', `x${'{"type":1,"object":{"job_id":"j'.repeat(300_000)}`);

  // Nesting JSON.parse would have to build: refused before it starts.
  linear('a megabyte of `[`', '['.repeat(MB));
  linear('a megabyte of `{}`', '{}'.repeat(MB / 2));
  linear(
    'objects nested deeper than any job',
    `${'{"status":'.repeat(MB / 10)}1${'}'.repeat(MB / 10)}`,
  );
});

it('reads a threshold list of thousands of parties as its first 8 KiB', () => {
  const failed = Array.from({ length: 100_000 }, (_, index) => `p${String(index)}`).join(',');
  const text = `The remaining no-failed party task counts 1 are less than the task success threshold 2. failed party[${failed}]`;
  const explanation = explainKusciaJob(queryBody({ tasks: [task('psi', 'Failed', text)] }));
  // The list is cut before its closing bracket: no summary is read, the text stays visible.
  expect(explanation?.failures.map((failure) => failure.key)).toEqual(['unknown.unrecognized']);
  const some = Array.from({ length: 1500 }, (_, index) => `p${String(index)}`).join(',');
  const many = explainKusciaJob(
    queryBody({
      tasks: [
        task(
          'psi',
          'Failed',
          `The remaining no-failed party task counts 1 are less than the task success threshold 2. failed party[${some}]`,
        ),
      ],
    }),
  );
  expect(many?.failures.length).toBe(1500);
});
