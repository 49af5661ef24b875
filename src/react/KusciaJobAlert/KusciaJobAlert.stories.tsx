/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { KusciaJobAlert, explainKusciaJob } from '../../index';
import { HOSTILE, ORACLE, localeOf, type Locale } from '../../../test/fixtures';
import approvalRejected from '../../../test/fixtures/jobs/approval-rejected.json';
import imagePullOutranksCrash from '../../../test/fixtures/jobs/image-pull-outranks-crash.json';
import imagePullStuck from '../../../test/fixtures/jobs/image-pull-stuck.json';
import outOfMemory from '../../../test/fixtures/jobs/out-of-memory.json';
import pythonNotFound from '../../../test/fixtures/jobs/secretpad-254-python-not-found.json';
import secretpadAggregate from '../../../test/fixtures/jobs/secretpad-errmsg-aggregate.json';
import stopped from '../../../test/fixtures/jobs/stopped-422-collateral.json';
import watchStream from '../../../test/fixtures/jobs/watch-stream.txt?raw';

type JobAlertProps = ComponentProps<typeof KusciaJobAlert>;

/**
 * What the alert must say for the recorded jobs it shows here (test/fixtures/jobs, each naming its source),
 * per locale. Literals from src/locales/{en-US,zh-CN}/jobs.ts with the job's names filled in by hand, never
 * the kit's own output: when a locale file changes on purpose, change these with it.
 */
const TEXT = {
  'en-US': {
    label: {
      failingParties: 'Failing parties',
      logTail: 'Log tail',
      copyLog: 'Copy log',
      copied: 'Copied',
      restart: 'Restart',
      stop: 'Stop',
    },
    /** out-of-memory.json: alice's container ended with reason OOMKilled. */
    outOfMemory: {
      title: "alice's container was killed for using too much memory",
      resolution:
        "Raise the memory of alice's party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.",
      // The log holds only info lines: none of them is quoted as the cause.
      item: 'psi · alice — Out of memory',
    },
    /** image-pull-stuck.json: bob waits on ImagePullBackOff, the job stays Running. */
    imagePullStuck: {
      title: 'bob cannot pull the image “secretflow/psi:1.2”: the job will not finish by itself',
      resolution:
        "Kuscia keeps retrying the pull and never fails the task. Stop the job, check the AppImage's image name and tag and that bob's node can reach the registry (or load the image there with `kuscia image load`), then restart the job.",
    },
    /** image-pull-outranks-crash.json: bob's pull back-off and alice's link error in one Failed job. */
    multiParty: {
      title: 'bob cannot pull the image “secretflow/psi:1.2”',
      items: [
        'psi · bob — Image pull: Back-off pulling image "secretflow/psi:1.2"',
        'psi · alice — Partner unreachable: RuntimeError: Connect to bob failed: Connection refused (111)',
      ],
    },
    /** approval-rejected.json: bob's JobRejected. */
    approvalRejected: {
      title: 'bob rejected the job',
      resolution:
        'Kuscia does not pass on the reason. Contact bob, agree on the job, then create a new one: a rejected job cannot be restarted.',
    },
    /** secretpad-254-python-not-found.json and the watch stream: secretflow/secretpad#254. */
    pythonNotFound: { title: "bob's application exited with an error: sh: 1: python: not found" },
    /** secretpad-errmsg-aggregate.json: SecretPad's errMsg aggregate, no tasks. */
    secretpadAggregate: {
      title: "alice's input data is missing or unreadable: KeyError: 'label'",
      items: [
        "psi · alice — Data error: KeyError: 'label'",
        'train · bob — Kuscia error: Does not find the pod',
        'psi · bob — Scheduling timeout: 0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.',
      ],
    },
    /** stopped-422-collateral.json: `Party: alice execute the cmd: Stop.` over secretflow/kuscia#422. */
    stopped: {
      title: 'alice stopped the job',
      resolution: 'Nothing failed. Restart the job if it should run again.',
      items: [
        'Whole job · alice — Ended by a person: Party: alice execute the cmd: Stop.',
        'psi · alice — Consequence: 0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.',
      ],
    },
  },
  'zh-CN': {
    label: {
      failingParties: '失败的参与方',
      logTail: '日志末尾',
      copyLog: '复制日志',
      copied: '已复制',
      restart: '重跑任务',
      stop: '停止任务',
    },
    outOfMemory: {
      title: 'alice 的容器因内存不足被终止',
      resolution:
        '请调大 alice 参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
      item: 'psi · alice — 内存不足',
    },
    imagePullStuck: {
      title: 'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束',
      resolution:
        'Kuscia 会一直重试拉取，不会让子任务失败。请先停止任务，检查应用镜像中的镜像名称与标签，确认 bob 能访问镜像仓库（或在该节点上执行 `kuscia image load` 导入镜像），然后重跑任务。',
    },
    multiParty: {
      title: 'bob 无法拉取镜像“secretflow/psi:1.2”',
      items: [
        'psi · bob — 镜像拉取失败: Back-off pulling image "secretflow/psi:1.2"',
        'psi · alice — 合作方不可达: RuntimeError: Connect to bob failed: Connection refused (111)',
      ],
    },
    approvalRejected: {
      title: 'bob 拒绝了该任务',
      resolution:
        'Kuscia 不会透出拒绝原因。请联系 bob，协商一致后创建新任务：被拒绝的任务无法重跑。',
    },
    pythonNotFound: { title: 'bob 的应用异常退出：sh: 1: python: not found' },
    secretpadAggregate: {
      title: "alice 的输入数据缺失或无法读取：KeyError: 'label'",
      items: [
        "psi · alice — 数据错误: KeyError: 'label'",
        'train · bob — Kuscia 内部错误: Does not find the pod',
        'psi · bob — 调度超时: 0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.',
      ],
    },
    stopped: {
      title: 'alice 停止了该任务',
      resolution: '没有出错。如需再次运行，请重跑任务。',
      items: [
        '整个任务 · alice — 人为结束: Party: alice execute the cmd: Stop.',
        'psi · alice — 连带结果: 0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.',
      ],
    },
  },
} as const;

/** The expected texts of the toolbar's locale, and the error alert's shared labels (Dismiss). */
const oracle = (globals: Record<string, unknown>) => ({
  ...TEXT[localeOf(globals)],
  dismiss: ORACLE[localeOf(globals)].label.dismiss,
});

/** A fresh copy of a recorded body, so that no story can change what another one sees. */
const fresh = <T,>(body: T): T => structuredClone(body);

/** The texts of the failing parties list, in order. */
const listItems = (alert: HTMLElement, locale: Locale) =>
  within(within(alert).getByRole('list', { name: TEXT[locale].label.failingParties }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** The panel a disclosure toggle controls. */
function panelOf(toggle: HTMLElement): HTMLElement {
  const panel = toggle.ownerDocument.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('aria-controls points at nothing');
  return panel;
}

const meta = {
  title: 'React/KusciaJobAlert',
  component: KusciaJobAlert,
  tags: ['autodocs'],
  args: { job: fresh(outOfMemory) },
  argTypes: {
    job: {
      control: 'object',
      description:
        'What KusciaAPI says about a job: a QueryJob body or its `data`, a `JobStatusDetail`, a batch status body or item, a watch event or the raw streamed text, SecretPad’s stored job; or an explanation from `explainKusciaJob`. Renders nothing while the job is not failing.',
    },
    jobId: {
      control: 'text',
      description: 'In a batch or a watch stream: the job to explain.',
      table: { defaultValue: { summary: 'the first failing one' } },
    },
    locale: {
      control: 'inline-radio',
      options: [undefined, 'en-US', 'zh-CN'],
      description: 'Overrides the provider’s locale: a tag or a messages object.',
      table: { defaultValue: { summary: 'the provider’s' } },
    },
    variant: {
      control: 'inline-radio',
      options: ['inline', 'banner', 'compact'],
      description: 'Drives `[data-variant]`.',
      table: { defaultValue: { summary: 'inline' } },
    },
    onRestart: {
      description:
        'Shows Restart when a restart can help: the job failed (or is suspended) and the cause allows it; never for a rejected or invalid job, nor while it runs.',
    },
    onStop: { description: 'Shows Stop while the job has not ended (e.g. a hanging image pull).' },
    onDismiss: { description: 'Shows a Dismiss button.' },
    headingLevel: {
      control: 'select',
      options: [undefined, 1, 2, 3, 4, 5, 6],
      description: 'Renders the title as a heading of this level.',
      table: { defaultValue: { summary: 'not a heading' } },
    },
    role: {
      control: 'inline-radio',
      options: ['alert', 'status', 'none'],
      description: 'The live-region role.',
      table: { defaultValue: { summary: '`alert`; `status` for a job a person ended' } },
    },
    live: {
      control: 'inline-radio',
      options: [undefined, 'assertive', 'polite', 'off'],
      description: 'Overrides `aria-live`.',
    },
    unstyled: {
      control: 'boolean',
      description: 'Keeps the markup, drops the `kek-` classes.',
      table: { defaultValue: { summary: 'false' } },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Why a Kuscia Job failed: the primary cause’s title and next step, the failing parties and tasks, the log tail behind a disclosure with Copy log, and Restart or Stop only where the verdict allows. The jobs shown are the recorded bodies of `test/fixtures/jobs` (see its README for each source).',
      },
    },
  },
} satisfies Meta<typeof KusciaJobAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

// ─── Variants ────────────────────────────────────────────────────────────────────────────────────────────

/** Above a job's detail page: title, next step, the failing parties, the log tail. */
export const Inline: Story = {
  args: { variant: 'inline' },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAccessibleName(text.outOfMemory.title);
    await expect(alert).toHaveAccessibleDescription(text.outOfMemory.resolution);
    await expect(alert).toHaveAttribute('data-variant', 'inline');
    await expect(alert).toHaveAttribute('data-family', 'outOfMemory');
    await expect(alert).toHaveAttribute('data-restart', 'afterFix');
    await expect(alert).not.toHaveAttribute('data-stuck');
    await expect(listItems(alert, localeOf(globals))).toEqual([text.outOfMemory.item]);
    // No callbacks, no action buttons: only the log disclosure's own two.
    await expect(
      within(alert)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([text.label.logTail, text.label.copyLog]);
  },
};

/** Across the top of a job list: the hanging image pull, with Stop. */
export const Banner: Story = {
  args: { variant: 'banner', job: fresh(imagePullStuck), onStop: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.imagePullStuck.title });
    await expect(alert).toHaveAttribute('data-variant', 'banner');
    await expect(within(alert).getByRole('button', { name: text.label.stop })).toBeVisible();
  },
};

/** One line for a table row or a drawer footer. */
export const Compact: Story = {
  args: { variant: 'compact', job: fresh(approvalRejected) },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.approvalRejected.title });
    await expect(alert).toHaveAttribute('data-variant', 'compact');
    await expect(alert).toHaveAttribute('data-family', 'approvalRejected');
    // A rejection has no text and no log: nothing to disclose, no button at all.
    await expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  },
};

/** `unstyled` keeps the markup, the `data-*` state and the parts, without any `kek-` class. */
export const Unstyled: Story = {
  args: { unstyled: true, onRestart: fn(), onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.outOfMemory.title });
    await expect(alert.className).toBe('');
    await expect(alert.querySelectorAll('[class]')).toHaveLength(0);
    await expect(alert).toHaveAttribute('data-severity', 'error');
    await expect(alert.querySelector('[data-part="title"]')).toHaveTextContent(
      text.outOfMemory.title,
    );
    await expect(alert.querySelector('[data-part="restart"]')).toHaveTextContent(
      text.label.restart,
    );
  },
};

// ─── Actions ─────────────────────────────────────────────────────────────────────────────────────────────

/** OOMKilled in a Failed job: Restart shows (after raising memory); Stop does not, the job has ended. */
export const Restart: Story = {
  args: { onRestart: fn(), onStop: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.outOfMemory.title });
    await expect(within(alert).queryByRole('button', { name: text.label.stop })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: text.label.restart }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
    // Called with nothing: onRestart={mutation.mutate} must not receive the click event.
    await expect(args.onRestart).toHaveBeenCalledWith();
    await expect(args.onStop).not.toHaveBeenCalled();
  },
};

/** A rejected job cannot be restarted (RestartJob answers 11211): no Restart, whatever the caller passes. */
export const NoRestartForRejectedJob: Story = {
  args: { job: fresh(approvalRejected), onRestart: fn(), onStop: fn(), onDismiss: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.approvalRejected.title });
    await expect(alert).toHaveAccessibleDescription(text.approvalRejected.resolution);
    await expect(alert).toHaveAttribute('data-restart', 'no');
    await expect(within(alert).queryByRole('button', { name: text.label.restart })).toBeNull();
    await expect(within(alert).queryByRole('button', { name: text.label.stop })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: text.dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    await expect(args.onRestart).not.toHaveBeenCalled();
  },
};

/**
 * An image that cannot be pulled never fails the job: it hangs in Running. Stop shows; Restart does not
 * (RestartJob acts only on a Failed or Suspended job).
 */
export const StopWhileImagePullHangs: Story = {
  args: { job: fresh(imagePullStuck), onRestart: fn(), onStop: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.imagePullStuck.title });
    await expect(alert).toHaveAccessibleDescription(text.imagePullStuck.resolution);
    await expect(alert).toHaveAttribute('data-stuck', '');
    await expect(alert).toHaveAttribute('data-family', 'imagePull');
    await expect(within(alert).queryByRole('button', { name: text.label.restart })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: text.label.stop }));
    await expect(args.onStop).toHaveBeenCalledOnce();
    await expect(args.onStop).toHaveBeenCalledWith();
    await expect(args.onRestart).not.toHaveBeenCalled();
  },
};

// ─── The log tail ────────────────────────────────────────────────────────────────────────────────────────

/**
 * secretflow/secretpad#254: the container's log tail behind a disclosure that starts collapsed. Mouse opens
 * it, Enter closes it, Space opens it again; Copy log copies the whole tail and says "Copied" politely.
 */
export const LogDisclosure: Story = {
  args: { job: fresh(pythonNotFound) },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const alert = within(canvasElement).getByRole('alert', { name: text.pythonNotFound.title });
    const toggle = within(alert).getByRole('button', { name: text.label.logTail });
    const panel = panelOf(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).not.toBeVisible();
    // Really not painted: the stylesheet's display rule must not beat `hidden`.
    await expect(panel.getBoundingClientRect().height).toBe(0);

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    await expect(panel.textContent).toBe('sh: 1: python: not found\n');

    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).not.toBeVisible();
    await userEvent.keyboard(' ');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();

    await userEvent.click(within(alert).getByRole('button', { name: text.label.copyLog }));
    await expect(writeText).toHaveBeenCalledOnce();
    await expect(writeText).toHaveBeenCalledWith('sh: 1: python: not found\n');
    // The announcement goes to the document's one polite live region, outside the alert.
    await waitFor(() =>
      expect(within(canvasElement.ownerDocument.body).getByRole('status')).toHaveTextContent(
        text.label.copied,
      ),
    );
  },
};

const longLogLines = Array.from(
  { length: 200 },
  (_, index) =>
    `2025-12-03 08:17:${String(index % 60).padStart(2, '0')} INFO step ${String(index)}`,
);
const unbroken = `/home/kuscia/var/storage/data/${'x'.repeat(300)}.csv`;

/** secretflow/secretpad#254's body with a 200-line tail ending in a traceback, Go-quoted as Kuscia sends it. */
function longLogJob() {
  const body = fresh(pythonNotFound);
  const party = body.tasks[0]?.parties[0];
  if (!party) throw new Error('fixture changed: no party');
  const log = [...longLogLines, `FileNotFoundError: ${unbroken}`].join('\\n');
  party.err_msg = `container[secretflow] terminated state reason "Error", message: "${log}"`;
  return body;
}

/**
 * A long tail in a narrow column: the end is shown (where the cause is), marked with "…", wrapped rather
 * than scrolled (a scroll box would need its own tab stop); Copy log still copies all of it.
 */
export const LongLog: Story = {
  args: { job: longLogJob() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const alert = within(canvasElement).getByRole('alert');
    const toggle = within(alert).getByRole('button', { name: text.label.logTail });
    await userEvent.click(toggle);
    const panel = panelOf(toggle);
    const shown = panel.textContent;
    await expect(shown.startsWith('…\n')).toBe(true);
    await expect(shown.endsWith(`FileNotFoundError: ${unbroken}`)).toBe(true);
    await expect(shown).not.toContain('INFO step 0\n');
    // Wrapped: neither the panel nor the alert scrolls sideways.
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
    await expect(alert.scrollWidth).toBeLessThanOrEqual(alert.clientWidth);
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);

    await userEvent.click(within(alert).getByRole('button', { name: text.label.copyLog }));
    await expect(writeText).toHaveBeenCalledOnce();
    await expect(writeText).toHaveBeenCalledWith(
      [...longLogLines, `FileNotFoundError: ${unbroken}`].join('\n'),
    );
  },
};

/** Log text is shown as text: markup in a container's output is never parsed. */
export const HostileLogText: Story = {
  args: {
    job: (() => {
      const body = fresh(pythonNotFound);
      const party = body.tasks[0]?.parties[0];
      if (!party) throw new Error('fixture changed: no party');
      party.err_msg = `container[secretflow] terminated state reason "Error", message: "${HOSTILE.replaceAll('"', '\\"')}"`;
      return body;
    })(),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.logTail }));
    await expect(canvas.getByText(HOSTILE, { selector: 'pre' })).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

// ─── Several parties ─────────────────────────────────────────────────────────────────────────────────────

/**
 * bob never got his image; alice's application then lost its link to bob. The party that never started is
 * the cause and comes first; alice's connection error is listed after it.
 */
export const MultiParty: Story = {
  args: { job: fresh(imagePullOutranksCrash), onRestart: fn(), onStop: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.multiParty.title });
    await expect(alert).toHaveAttribute('data-family', 'imagePull');
    await expect(alert).toHaveAttribute('data-restart', 'afterFix');
    await expect(listItems(alert, localeOf(globals))).toEqual(text.multiParty.items);
    const families = [...alert.querySelectorAll('[data-part="failure"]')].map((item) =>
      item.getAttribute('data-family'),
    );
    await expect(families).toEqual(['imagePull', 'partnerUnreachable']);
    // The job has failed: Restart (once the image is fixed), no Stop.
    await expect(within(alert).queryByRole('button', { name: text.label.stop })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: text.label.restart }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

// ─── Input shapes ────────────────────────────────────────────────────────────────────────────────────────

/** The raw `/api/v1/job/watch` text (events with no delimiter, heartbeats, another job), read for `jobId`. */
export const FromWatchStream: Story = {
  args: { job: watchStream, jobId: 'job-watch' },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.pythonNotFound.title });
    await expect(alert).toHaveAttribute('data-family', 'appCrash');
  },
};

/** SecretPad's stored job: no tasks, only the `Task[…]-Party[…]` aggregate in `errMsg`. */
export const FromSecretPadJob: Story = {
  args: { job: fresh(secretpadAggregate) },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.secretpadAggregate.title });
    await expect(alert).toHaveAttribute('data-family', 'dataError');
    await expect(listItems(alert, localeOf(globals))).toEqual(text.secretpadAggregate.items);
  },
};

/** An explanation from `explainKusciaJob` (e.g. computed once in a list) is shown as it is. */
export const FromExplanation: Story = {
  args: { job: explainKusciaJob(fresh(approvalRejected)) },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByRole('alert', { name: oracle(globals).approvalRejected.title }),
    ).toBeVisible();
  },
};

// ─── Announcements ───────────────────────────────────────────────────────────────────────────────────────

/** A person stopped the job: nothing failed, so a warning announced politely (`role="status"`). */
export const StoppedByPerson: Story = {
  args: { job: fresh(stopped), onRestart: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const status = within(canvasElement).getByRole('status', { name: text.stopped.title });
    await expect(status).toHaveAccessibleDescription(text.stopped.resolution);
    await expect(status).toHaveAttribute('data-severity', 'warning');
    await expect(status).toHaveAttribute('data-family', 'userAction');
    // The task stopped with the job is listed as a consequence, not as a cause.
    await expect(listItems(status, localeOf(globals))).toEqual(text.stopped.items);
    await expect(within(status).getByRole('button', { name: text.label.restart })).toBeVisible();
  },
};

/** Running, still fine: the alert renders nothing. */
function runningJob() {
  const body = fresh(outOfMemory);
  body.data.status.state = 'Running';
  body.data.status.end_time = '';
  const task = body.data.status.tasks[0];
  if (!task) throw new Error('fixture changed: no task');
  task.state = 'Running';
  for (const party of task.parties) {
    party.state = 'Running';
    party.err_msg = '';
  }
  return body;
}

/** Ignores `job` from the args: the story's own state holds the job, as a console's query would. */
function PolledJob(props: JobAlertProps) {
  const [job, setJob] = useState<unknown>(runningJob);
  return (
    <div className="story-stack">
      <div className="story-row">
        <button
          type="button"
          className="story-button"
          onClick={() => {
            // What the next /api/v1/job/query answers once the container is OOMKilled.
            setJob(fresh(outOfMemory));
          }}
        >
          Refresh job-oom
        </button>
      </div>
      <KusciaJobAlert {...props} job={job} />
    </div>
  );
}

/**
 * A job followed by polling: nothing while it runs, the alert once it fails. Inserted with its content, the
 * live region is announced.
 */
export const AppearsAfterRefresh: Story = {
  render: (args) => <PolledJob {...args} />,
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh job-oom' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAccessibleName(text.outOfMemory.title);
    await expect(alert).toHaveAccessibleDescription(text.outOfMemory.resolution);
  },
};

/** `role="none"` for a job page opened on a job that had already failed: content, not an announcement. */
export const PresentAtLoad: Story = {
  args: { role: 'none', headingLevel: 2 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(
      canvas.getByRole('heading', { level: 2, name: oracle(globals).outOfMemory.title }),
    ).toBeVisible();
  },
};

// ─── Locale and theme ────────────────────────────────────────────────────────────────────────────────────

/** Pinned to zh-CN: the kit's words follow Kuscia's own documentation (任务, 子任务, 重跑任务). */
export const ChineseLocale: Story = {
  globals: { locale: 'zh-CN' },
  args: { job: fresh(imagePullStuck), onStop: fn(), onDismiss: fn() },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAccessibleName(
      'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束',
    );
    await expect(within(alert).getByRole('list', { name: '失败的参与方' })).toBeVisible();
    await expect(
      within(alert)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['日志末尾', '复制日志', '停止任务', '关闭']);
  },
};

/** Dark theme with every part showing and the log open: the contrast check runs on all of it. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { job: fresh(imagePullOutranksCrash), onRestart: fn(), onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.multiParty.title });
    // --kek-color-error-bg and --kek-color-text in dark.
    await expect(getComputedStyle(alert).backgroundColor).toBe('rgb(42, 18, 21)');
    await expect(getComputedStyle(alert).color).toBe('rgb(230, 230, 230)');
    const toggle = within(alert).getByRole('button', { name: text.label.logTail });
    await userEvent.click(toggle);
    await expect(panelOf(toggle)).toBeVisible();
  },
};
