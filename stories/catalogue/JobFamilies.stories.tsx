import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { KusciaJobAlert, type KusciaJobFailureFamily, type KusciaLocale } from '../../src';
import type { StoryTheme } from '../../.storybook/preview';
import appImageNotFound from '../../test/fixtures/jobs/appimage-426-not-found.json';
import approvalRejected from '../../test/fixtures/jobs/approval-rejected.json';
import cdrCheckUnreachable from '../../test/fixtures/jobs/cdr-check-unreachable.json';
import dataError from '../../test/fixtures/jobs/data-error-260.json';
import imagePullOutranksCrash from '../../test/fixtures/jobs/image-pull-outranks-crash.json';
import imagePullStuck from '../../test/fixtures/jobs/image-pull-stuck.json';
import outOfMemory from '../../test/fixtures/jobs/out-of-memory.json';
import p2pBlindSpot from '../../test/fixtures/jobs/query-391-p2p-blind-spot.json';
import scheduleTimeout from '../../test/fixtures/jobs/schedule-timeout.json';
import diskPressure from '../../test/fixtures/jobs/scheduler-45-disk-pressure.json';
import pythonNotFound from '../../test/fixtures/jobs/secretpad-254-python-not-found.json';
import stopped from '../../test/fixtures/jobs/stopped-422-collateral.json';
import validationFailed from '../../test/fixtures/jobs/validation-failed.json';

const locales: readonly KusciaLocale[] = ['en-US', 'zh-CN'];
const themes: readonly StoryTheme[] = ['light', 'dark'];

/**
 * A QueryJob body with one task `psi` of alice and bob in the shape of test/fixtures/jobs (protojson, every
 * field present), for the families no recorded body has as its primary cause.
 */
function queryJob(jobId: string, parties: readonly { domain_id: string; err_msg: string }[]) {
  const partyConfig = (domain_id: string) => ({
    domain_id,
    role: '',
    resources: null,
    bandwidth_limits: [],
  });
  return {
    status: { code: 0, message: 'success', details: [] },
    data: {
      job_id: jobId,
      initiator: 'alice',
      max_parallelism: 1,
      tasks: [
        {
          app_image: 'secretflow-image',
          parties: [partyConfig('alice'), partyConfig('bob')],
          alias: 'psi',
          task_id: `${jobId}-psi`,
          dependencies: [],
          task_input_config: '{}',
          priority: 0,
          schedule_config: null,
        },
      ],
      status: {
        state: 'Failed',
        err_msg: '',
        create_time: '2025-12-03T08:14:05Z',
        start_time: '2025-12-03T08:14:05Z',
        end_time: '2025-12-03T08:19:07Z',
        tasks: [
          {
            task_id: `${jobId}-psi`,
            state: 'Failed',
            err_msg: '',
            create_time: '2025-12-03T08:14:05Z',
            start_time: '2025-12-03T08:14:06Z',
            end_time: '2025-12-03T08:19:07Z',
            parties: parties.map((party) => ({ ...party, state: 'Failed', endpoints: [] })),
            alias: 'psi',
            progress: 0,
          },
        ],
        stage_status_list: [],
        approve_status_list: [],
      },
      custom_fields: {},
    },
  };
}

type SampleId = KusciaJobFailureFamily | 'multiParty';

interface Sample {
  /** Where the body and its texts come from. */
  readonly source: string;
  readonly job: () => unknown;
  /** `status` for a job a person ended (a warning), else `alert`. */
  readonly role: 'alert' | 'status';
  /** `[data-family]`: the primary cause. */
  readonly family: KusciaJobFailureFamily;
  /** The title each locale must show: literals from src/locales/{en-US,zh-CN}/jobs.ts, filled in by hand. */
  readonly title: Readonly<Record<KusciaLocale, string>>;
  /** Which of Restart and Stop the verdict allows when the console offers both. */
  readonly actions: readonly ('restart' | 'stop')[];
}

const fresh =
  <T,>(body: T) =>
  (): T =>
    structuredClone(body);

const SAMPLES: Readonly<Record<SampleId, Sample>> = {
  imagePull: {
    source:
      'test/fixtures/jobs/image-pull-stuck.json: `ImagePullBackOff` / `Back-off pulling image` in a Running job',
    job: fresh(imagePullStuck),
    role: 'alert',
    family: 'imagePull',
    title: {
      'en-US': 'bob cannot pull the image “secretflow/psi:1.2”: the job will not finish by itself',
      'zh-CN': 'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束',
    },
    actions: ['stop'],
  },
  configError: {
    source:
      'test/fixtures/jobs/appimage-426-not-found.json: secretflow/kuscia#426 under the retry wrapper',
    job: fresh(appImageNotFound),
    role: 'alert',
    family: 'configError',
    title: {
      'en-US': 'AppImage “secretflow-image” is not registered on bob',
      'zh-CN': 'bob 上未注册应用镜像“secretflow-image”',
    },
    actions: ['restart'],
  },
  outOfMemory: {
    source: 'test/fixtures/jobs/out-of-memory.json: a terminated container with reason `OOMKilled`',
    job: fresh(outOfMemory),
    role: 'alert',
    family: 'outOfMemory',
    title: {
      'en-US': "alice's container was killed for using too much memory",
      'zh-CN': 'alice 的容器因内存不足被终止',
    },
    actions: ['restart'],
  },
  insufficientResources: {
    source:
      'test/fixtures/jobs/scheduler-45-disk-pressure.json: secretflow/kuscia#45, the disk-pressure taint',
    job: fresh(diskPressure),
    role: 'alert',
    family: 'insufficientResources',
    title: {
      'en-US': "alice's nodes are short of disk space",
      'zh-CN': 'alice 的磁盘空间不足',
    },
    actions: ['restart'],
  },
  scheduleTimeout: {
    source:
      'test/fixtures/jobs/schedule-timeout.json: `The task was not scheduled within 300 seconds of its entire lifecycle`',
    job: fresh(scheduleTimeout),
    role: 'alert',
    family: 'scheduleTimeout',
    title: {
      'en-US': 'Task “psi” was not scheduled within 300 s',
      'zh-CN': '子任务“psi”未能在 300 秒内完成调度',
    },
    actions: ['restart'],
  },
  partnerUnreachable: {
    source:
      'test/fixtures/jobs/cdr-check-unreachable.json: `cdr-check alice to bob failed with DestinationUnreachable`',
    job: fresh(cdrCheckUnreachable),
    role: 'alert',
    family: 'partnerUnreachable',
    title: {
      'en-US': 'alice cannot reach bob (DestinationUnreachable)',
      'zh-CN': 'alice 无法连接 bob（DestinationUnreachable）',
    },
    actions: ['restart'],
  },
  dataError: {
    source:
      'test/fixtures/jobs/data-error-260.json: secretflow/kuscia#260, `[Errno 2] No such file`',
    job: fresh(dataError),
    role: 'alert',
    family: 'dataError',
    title: {
      'en-US':
        "alice's input data is missing or unreadable: failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
      'zh-CN':
        "alice 的输入数据缺失或无法读取：failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
    },
    actions: ['restart'],
  },
  appCrash: {
    source:
      'test/fixtures/jobs/secretpad-254-python-not-found.json: secretflow/secretpad#254, a JobStatusDetail',
    job: fresh(pythonNotFound),
    role: 'alert',
    family: 'appCrash',
    title: {
      'en-US': "bob's application exited with an error: sh: 1: python: not found",
      'zh-CN': 'bob 的应用异常退出：sh: 1: python: not found',
    },
    actions: ['restart'],
  },
  platformError: {
    // No recorded body has it as the primary cause. JOBS.md §2.3: a pod that is gone gives reason
    // PodNotExist, message `Does not find the pod`, and the party text is "<pod message>;".
    source:
      'inline body from JOBS.md §2.3: bob’s pod is gone (`Does not find the pod;`), alice failed with it',
    job: () =>
      queryJob('job-pod-gone', [
        { domain_id: 'bob', err_msg: 'Does not find the pod;' },
        { domain_id: 'alice', err_msg: '' },
      ]),
    role: 'alert',
    family: 'platformError',
    title: {
      'en-US': "The task's pod on bob has disappeared",
      'zh-CN': 'bob 上子任务的 Pod 已消失',
    },
    actions: ['restart'],
  },
  partyThreshold: {
    source:
      'test/fixtures/jobs/query-391-p2p-blind-spot.json: secretflow/kuscia#391, the P2P blind spot',
    job: fresh(p2pBlindSpot),
    role: 'alert',
    family: 'partyThreshold',
    title: {
      'en-US': 'Task “psi” failed because bob failed',
      'zh-CN': '因 bob 失败，子任务“psi”失败',
    },
    actions: ['restart'],
  },
  approvalRejected: {
    source: 'test/fixtures/jobs/approval-rejected.json: `JobRejected` in `approve_status_list`',
    job: fresh(approvalRejected),
    role: 'alert',
    family: 'approvalRejected',
    title: { 'en-US': 'bob rejected the job', 'zh-CN': 'bob 拒绝了该任务' },
    actions: [],
  },
  userAction: {
    source:
      'test/fixtures/jobs/stopped-422-collateral.json: `Party: alice execute the cmd: Stop.` over secretflow/kuscia#422',
    job: fresh(stopped),
    role: 'status',
    family: 'userAction',
    title: { 'en-US': 'alice stopped the job', 'zh-CN': 'alice 停止了该任务' },
    actions: ['restart'],
  },
  jobInvalid: {
    source:
      'test/fixtures/jobs/validation-failed.json: a `ValidateFailed` job, no task ever created',
    job: fresh(validationFailed),
    role: 'alert',
    family: 'jobInvalid',
    title: {
      'en-US': 'Kuscia rejected the job definition',
      'zh-CN': 'Kuscia 拒绝了该任务的定义',
    },
    actions: [],
  },
  unknown: {
    // No recorded body: JOBS.md §3.4 row 13 (secretflow/kuscia#437) is a container that exited 255 with
    // reason Error and no message, so every err_msg of the Failed job is empty.
    source:
      'inline body from JOBS.md §3.4 row 13 (secretflow/kuscia#437): Failed with every err_msg empty',
    job: () =>
      queryJob('job-silent', [
        { domain_id: 'alice', err_msg: '' },
        { domain_id: 'bob', err_msg: '' },
      ]),
    role: 'alert',
    family: 'unknown',
    title: {
      'en-US': 'The job failed and Kuscia recorded no reason',
      'zh-CN': '任务失败，Kuscia 未记录原因',
    },
    actions: ['restart'],
  },
  multiParty: {
    source:
      'test/fixtures/jobs/image-pull-outranks-crash.json: bob’s pull back-off outranks alice’s link error',
    job: fresh(imagePullOutranksCrash),
    role: 'alert',
    family: 'imagePull',
    title: {
      'en-US': 'bob cannot pull the image “secretflow/psi:1.2”',
      'zh-CN': 'bob 无法拉取镜像“secretflow/psi:1.2”',
    },
    actions: ['restart'],
  },
};

/** The action buttons' names per locale (src/locales/*\/jobs.ts labels). */
const ACTION_NAME: Readonly<Record<KusciaLocale, Record<'restart' | 'stop', string>>> = {
  'en-US': { restart: 'Restart', stop: 'Stop' },
  'zh-CN': { restart: '重跑任务', stop: '停止任务' },
};

/** `--kek-color-error-bg` and `--kek-color-warning-bg` in light and dark, as computed colours. */
const BACKGROUND = {
  alert: { light: 'rgb(255, 242, 240)', dark: 'rgb(42, 18, 21)' },
  status: { light: 'rgb(255, 251, 230)', dark: 'rgb(43, 33, 17)' },
} as const;

const noop = () => undefined;

interface FamilyMatrixProps {
  /** The failure family (or the multi-party job) to show. */
  sample: SampleId;
}

/** One failed job in both locales, light and dark; every cell pins its own locale, theme and background. */
function FamilyMatrix({ sample }: FamilyMatrixProps) {
  const { source, job } = SAMPLES[sample];
  return (
    <section className="story-stack" aria-labelledby={`family-${sample}`}>
      <h2 id={`family-${sample}`} className="story-heading" lang="en">
        {sample}
      </h2>
      <p className="story-muted" lang="en">
        {source}
      </p>
      <div className="story-matrix">
        {locales.flatMap((locale) =>
          themes.map((theme) => (
            <div
              key={`${locale}-${theme}`}
              className="story-canvas"
              data-theme={theme}
              lang={locale}
              data-testid="matrix-cell"
            >
              <span className="story-muted" lang="en">
                {locale} · {theme}
              </span>
              <KusciaJobAlert
                job={job()}
                locale={locale}
                headingLevel={3}
                onRestart={noop}
                onStop={noop}
              />
            </div>
          )),
        )}
      </div>
    </section>
  );
}

const meta = {
  title: 'Catalogue/Job failure families',
  component: FamilyMatrix,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every failure family `explainKusciaJob` tells apart, each from a recorded failed job (test/fixtures/jobs) or, where none has it as its primary cause, a small body built from the texts in JOBS.md (named under each title). Each is shown in en-US and zh-CN, light and dark, with Restart and Stop offered, so only those the verdict allows appear. The toolbar does not change the cells: each pins its own locale and theme.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const sample = SAMPLES[args.sample];
    const cells = within(canvasElement).getAllByTestId('matrix-cell');
    await expect(cells).toHaveLength(locales.length * themes.length);
    let index = 0;
    for (const locale of locales) {
      for (const theme of themes) {
        const cell = cells[index++];
        if (!cell) throw new Error('missing cell');
        await expect(cell).toHaveAttribute('data-theme', theme);
        const alert = within(cell).getByRole(sample.role, { name: sample.title[locale] });
        await expect(alert).toBeVisible();
        await expect(alert).toHaveAttribute('data-family', sample.family);
        await expect(
          within(cell).getByRole('heading', { level: 3, name: sample.title[locale] }),
        ).toBeVisible();
        // The palette really applies, and the cell paints its own background for the contrast check.
        await expect(getComputedStyle(alert).backgroundColor).toBe(BACKGROUND[sample.role][theme]);
        await expect(getComputedStyle(cell).backgroundColor).toBe(
          theme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)',
        );
        for (const action of ['restart', 'stop'] as const) {
          const button = within(alert).queryByRole('button', {
            name: ACTION_NAME[locale][action],
          });
          await expect(button !== null).toBe(sample.actions.includes(action));
        }
      }
    }
  },
} satisfies Meta<typeof FamilyMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ImagePull: Story = { args: { sample: 'imagePull' } };
export const ConfigError: Story = { args: { sample: 'configError' } };
export const OutOfMemory: Story = { args: { sample: 'outOfMemory' } };
export const InsufficientResources: Story = { args: { sample: 'insufficientResources' } };
export const ScheduleTimeout: Story = { args: { sample: 'scheduleTimeout' } };
export const PartnerUnreachable: Story = { args: { sample: 'partnerUnreachable' } };
export const DataError: Story = { args: { sample: 'dataError' } };
export const AppCrash: Story = { args: { sample: 'appCrash' } };
export const PlatformError: Story = { args: { sample: 'platformError' } };
export const PartyThreshold: Story = { args: { sample: 'partyThreshold' } };
export const ApprovalRejected: Story = { args: { sample: 'approvalRejected' } };
export const UserAction: Story = { args: { sample: 'userAction' } };
export const JobInvalid: Story = { args: { sample: 'jobInvalid' } };
export const Unknown: Story = { args: { sample: 'unknown' } };

/** Several parties at once: bob's image pull is the cause, alice's connection error its consequence. */
export const MultiParty: Story = { args: { sample: 'multiParty' } };
