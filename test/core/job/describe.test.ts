/*
 * describeKusciaJob puts an explanation into one locale's words: the most specific text the failure can
 * fill, overrides on top, fallback words for a missing party, and never a `{placeholder}` left visible.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaJob,
  explainKusciaJob,
  type KusciaJobExplanation,
} from '../../../src/core/job';
import { jobs as enUS } from '../../../src/locales/en-US/jobs';
import { jobs as zhCN } from '../../../src/locales/zh-CN/jobs';
import { fixture, party, queryBody, task } from './helpers';

function explain(input: unknown): KusciaJobExplanation {
  const explanation = explainKusciaJob(input);
  if (explanation === null) throw new Error('expected a failing job');
  return explanation;
}

const python = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;

describe('titles of every family, in both locales', () => {
  it.each([
    [
      'image-pull-stuck.json',
      'bob cannot pull the image “secretflow/psi:1.2”: the job will not finish by itself',
      'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束',
    ],
    [
      'image-pull-outranks-crash.json',
      'bob cannot pull the image “secretflow/psi:1.2”',
      'bob 无法拉取镜像“secretflow/psi:1.2”',
    ],
    [
      'appimage-426-not-found.json',
      'AppImage “secretflow-image” is not registered on bob',
      'bob 上未注册应用镜像“secretflow-image”',
    ],
    [
      'out-of-memory.json',
      "alice's container was killed for using too much memory",
      'alice 的容器因内存不足被终止',
    ],
    [
      'scheduler-45-disk-pressure.json',
      "alice's nodes are short of disk space",
      'alice 的磁盘空间不足',
    ],
    [
      'scheduler-scql-501-insufficient-cpu.json',
      'alice has no node with enough CPU to start the task',
      'alice 的 CPU 不足，无法启动该子任务',
    ],
    [
      'schedule-timeout.json',
      'Task “psi” was not scheduled within 300 s',
      '子任务“psi”未能在 300 秒内完成调度',
    ],
    [
      'cdr-check-unreachable.json',
      'alice cannot reach bob (DestinationUnreachable)',
      'alice 无法连接 bob（DestinationUnreachable）',
    ],
    [
      'data-error-260.json',
      "alice's input data is missing or unreadable: failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
      "alice 的输入数据缺失或无法读取：failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
    ],
    [
      'secretpad-254-python-not-found.json',
      "bob's application exited with an error: sh: 1: python: not found",
      'bob 的应用异常退出：sh: 1: python: not found',
    ],
    [
      'batch-457-threshold.json',
      'Task “task1” failed because bob failed',
      '因 bob 失败，子任务“task1”失败',
    ],
    ['approval-rejected.json', 'bob rejected the job', 'bob 拒绝了该任务'],
    ['stopped-422-collateral.json', 'alice stopped the job', 'alice 停止了该任务'],
    ['validation-failed.json', 'Kuscia rejected the job definition', 'Kuscia 拒绝了该任务的定义'],
  ])('%s', (name, en, zh) => {
    const explanation = explain(fixture(name));
    expect(describeKusciaJob(explanation, enUS).title).toBe(en);
    expect(describeKusciaJob(explanation, zhCN).title).toBe(zh);
  });

  it('platformError and unknown', () => {
    const pod = explain(
      queryBody({
        tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', 'Does not find the pod;')])],
      }),
    );
    expect(describeKusciaJob(pod, enUS).title).toBe("The task's pod on bob has disappeared");
    expect(describeKusciaJob(pod, zhCN).title).toBe('bob 上子任务的 Pod 已消失');
    const none = explain(queryBody({ tasks: [task('psi', 'Failed', '')] }));
    expect(describeKusciaJob(none, enUS).title).toBe(
      'The job failed and Kuscia recorded no reason',
    );
    expect(describeKusciaJob(none, zhCN).title).toBe('任务失败，Kuscia 未记录原因');
  });
});

describe('the whole description', () => {
  it('says what the P2P blind spot is and what to do (secretflow/kuscia#457)', () => {
    const explanation = explain(fixture('batch-457-threshold.json'));
    const en = describeKusciaJob(explanation, enUS);
    expect(en.resolution).toBe(
      "bob's reason is visible only on bob's node: ask bob's operator for the task log or their QueryJob result, and restart the job once they have fixed it.",
    );
    expect(en.restartText).toBe('Restart only once the cause is understood');
    expect(en.failures[0]?.party).toBe('bob');
    expect(en.failures[0]?.task).toBe('task1');
    const zh = describeKusciaJob(explanation, zhCN);
    expect(zh.resolution).toBe(
      'bob 的失败原因只在 bob 的节点上可见：请向 bob 的运维人员索取子任务日志或其查询任务的结果，待其修复后重跑任务。',
    );
    expect(zh.restartText).toBe('弄清原因后再重跑任务');
  });

  it('lists the primary cause, then each failing party with its family, log and also-seen', () => {
    const en = describeKusciaJob(explain(fixture('image-pull-outranks-crash.json')), enUS);
    expect(en.key).toBe('imagePull.failed');
    expect(en.familyName).toBe('Image pull');
    expect(en.resolution).toBe(
      "Check the AppImage's image name and tag and that bob's node can reach the registry, or load the image on that node (`kuscia image load`), then restart the job.",
    );
    expect(en.alsoSeen).toEqual(['Partner unreachable', 'Application error']);
    expect(
      en.failures.map((failure) => [
        failure.familyName,
        failure.task,
        failure.party,
        failure.title,
      ]),
    ).toEqual([
      ['Image pull', 'psi', 'bob', 'bob cannot pull the image “secretflow/psi:1.2”'],
      [
        'Partner unreachable',
        'psi',
        'alice',
        "alice's application lost the connection to a partner",
      ],
    ]);
    expect(en.failures[1]?.resolution).toBe(
      "The log ends with a connection error (RuntimeError: Connect to bob failed: Connection refused (111)). Check whether the partner's task started at all and the routes to it (`kubectl get cdr`); restart the job once they are Ready.",
    );
    expect(en.failures[1]?.alsoSeen).toEqual(['Application error']);
    expect(en.failures[1]?.log).toBe(
      '2025-12-03 08:16:40 INFO start link to bob\nRuntimeError: Connect to bob failed: Connection refused (111)\n',
    );
  });

  it('words a stuck job and its warning', () => {
    const explanation = explain(fixture('image-pull-stuck.json'));
    const en = describeKusciaJob(explanation, enUS);
    expect(en.stuck).toBe(true);
    expect(en.resolution).toBe(
      "Kuscia keeps retrying the pull and never fails the task. Stop the job, check the AppImage's image name and tag and that bob's node can reach the registry (or load the image there with `kuscia image load`), then restart the job.",
    );
    expect(en.warnings).toEqual(['bob is held in task “psi” (Image pull)']);
    expect(describeKusciaJob(explanation, zhCN).warnings).toEqual([
      'bob 在子任务“psi”中被阻塞（镜像拉取失败）',
    ]);
  });

  it('marks consequences', () => {
    const en = describeKusciaJob(explain(fixture('stopped-422-collateral.json')), enUS);
    expect(en.failures.map((failure) => failure.collateral)).toEqual([false, true]);
    expect(en.resolution).toBe('Nothing failed. Restart the job if it should run again.');
    expect(en.restartText).toBe('Restarting the job can help');
  });
});

describe('missing parameters', () => {
  it('falls back to the family text when a variant needs a parameter the failure lacks', () => {
    // A pull error that names no image: imagePull.failed needs {image}, imagePull does not.
    const explanation = explain(
      queryBody({
        tasks: [
          task('psi', 'Failed', '', [
            party(
              'bob',
              'Failed',
              String.raw`container[secretflow] waiting state reason: "ErrImagePull", message: "rpc error: code = Unavailable desc = connection error";`,
            ),
          ]),
        ],
      }),
    );
    expect(explanation.failures[0]?.key).toBe('imagePull.failed');
    const en = describeKusciaJob(explanation, enUS);
    expect(en.key).toBe('imagePull');
    expect(en.title).toBe('bob cannot pull the application image');
    expect(describeKusciaJob(explanation, zhCN).title).toBe('bob 无法拉取应用镜像');
  });

  it('uses the fallback word for a party nobody named', () => {
    const explanation = explain({ job_id: 'job-1', status: { state: 'ApprovalReject' } });
    expect(describeKusciaJob(explanation, enUS).title).toBe('A party rejected the job');
    expect(describeKusciaJob(explanation, zhCN).title).toBe('某个节点拒绝了该任务');
    expect(describeKusciaJob(explanation, zhCN).resolution).toBe(
      'Kuscia 不会透出拒绝原因。请联系某个节点，协商一致后创建新任务：被拒绝的任务无法重跑。',
    );
  });
});

describe('overrides', () => {
  const explanation = explain(
    queryBody({ tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', python)])] }),
  );

  it('win over the locale, field by field', () => {
    const en = describeKusciaJob(explanation, enUS, {
      'appCrash.detail': { title: '{domain}: {detail} (see runbook R-12)' },
    });
    expect(en.title).toBe('bob: sh: 1: python: not found (see runbook R-12)');
    expect(en.resolution).toBe(
      "Read the log tail below and the full task log on bob's node, and check the component's parameters. Restart only if the error looks transient.",
    );
  });

  it('never leave a placeholder visible, even one nobody fills', () => {
    const en = describeKusciaJob(explanation, enUS, {
      'appCrash.detail': { title: 'Broken “{nope}” text {alsoNope}', resolution: '{constructor}' },
    });
    expect(en.title).toBe('Broken text');
    expect(en.resolution).toBe('');
  });

  it('keep a value that itself holds braces as it is', () => {
    const braces = String.raw`container[secretflow] terminated state reason "Error", message: "ValueError: bad {domain} in {\"a\": 1}\n"`;
    const crash = explain(
      queryBody({ tasks: [task('psi', 'Failed', '', [party('bob', 'Failed', braces)])] }),
    );
    expect(describeKusciaJob(crash, enUS).title).toBe(
      `bob's application exited with an error: ValueError: bad {domain} in {"a": 1}`,
    );
  });

  it('may add a text key the locale lacks', () => {
    const stuck = explain(fixture('image-pull-stuck.json'));
    const custom = describeKusciaJob(stuck, enUS, {
      'imagePull.stuck': { resolution: 'Page the platform team: {image} is missing on {domain}.' },
    });
    expect(custom.resolution).toBe('Page the platform team: secretflow/psi:1.2 is missing on bob.');
  });
});

describe('robustness', () => {
  it('never throws on texts that are not texts', () => {
    const explanation = explain(fixture('image-pull-stuck.json'));
    const broken = {
      families: null,
      familyNames: 3,
      restart: 'x',
      warnings: [],
      fallbacks: undefined,
    };
    const description = describeKusciaJob(explanation, broken as never);
    expect(description.title).toBe('');
    expect(description.failures).toHaveLength(1);
  });
});
