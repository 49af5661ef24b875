/*
 * KusciaJobAlert in jsdom: what it says for real failed jobs (test/fixtures/jobs, each naming its source),
 * which actions it offers for which verdicts, the log disclosure, and accessibility. Expected texts are
 * literals.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KusciaErrorProvider, KusciaJobAlert, explainKusciaJob } from 'kuscia-error-kit';
import '../../locales/zh-CN/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { HOSTILE } from '../../../test/fixtures';
import {
  childPartNames,
  classedElements,
  iconElements,
  injectedElements,
  part,
  restoreDomStubs,
  stubClipboard,
} from '../../../test/react/dom';
import { findAnnouncement } from '../../../test/react/announcer';

const fixtures = import.meta.glob<unknown>('../../../test/fixtures/jobs/*.json', {
  eager: true,
  import: 'default',
});

/** A fresh copy of a recorded job body, so that no test can change what another sees. */
const job = (name: string): unknown =>
  structuredClone(fixtures[`../../../test/fixtures/jobs/${name}.json`]);

afterEach(() => {
  restoreDomStubs();
  vi.restoreAllMocks();
});

describe('KusciaJobAlert: what it says', () => {
  it('renders nothing for a job that is not failing', () => {
    const succeeded = job('out-of-memory') as { data: { status: { state: string } } };
    succeeded.data.status.state = 'Succeeded';
    const { container } = render(<KusciaJobAlert job={succeeded} />);
    expect(container).toBeEmptyDOMElement();
    const { container: none } = render(<KusciaJobAlert job={null} />);
    expect(none).toBeEmptyDOMElement();
  });

  it('names the party that cannot pull its image, and offers Stop but not Restart while it hangs', async () => {
    const onStop = vi.fn();
    const onRestart = vi.fn();
    render(<KusciaJobAlert job={job('image-pull-stuck')} onStop={onStop} onRestart={onRestart} />);
    const alert = screen.getByRole('alert', {
      name: 'bob cannot pull the image “secretflow/psi:1.2”: the job will not finish by itself',
    });
    expect(alert).toHaveAttribute('data-family', 'imagePull');
    expect(alert).toHaveAttribute('data-stuck', '');
    expect(within(alert).queryByRole('button', { name: 'Restart' })).not.toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('lists every failing task and party with its cause', () => {
    render(<KusciaJobAlert job={job('image-pull-outranks-crash')} />);
    const list = screen.getByRole('list', { name: 'Failing parties' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toMatch(/^psi · bob — Image pull: /);
    expect(items.some((text) => text.startsWith('psi · alice — '))).toBe(true);
  });

  it('offers no Restart for a rejected job, whatever the caller passes', () => {
    render(<KusciaJobAlert job={job('approval-rejected')} onRestart={vi.fn()} />);
    const alert = screen.getByRole('alert', { name: 'bob rejected the job' });
    expect(alert).toHaveAccessibleDescription(
      'Kuscia does not pass on the reason. Contact bob, agree on the job, then create a new one: a rejected job cannot be restarted.',
    );
    expect(within(alert).queryByRole('button', { name: 'Restart' })).not.toBeInTheDocument();
  });

  it('offers Restart for a failed job whose cause allows it', async () => {
    const onRestart = vi.fn();
    render(<KusciaJobAlert job={job('out-of-memory')} onRestart={onRestart} onStop={vi.fn()} />);
    const alert = screen.getByRole('alert', {
      name: "alice's container was killed for using too much memory",
    });
    expect(within(alert).queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Restart' }));
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('tells the P2P blind spot: the partner failed and only its node knows why', () => {
    render(<KusciaJobAlert job={job('query-391-p2p-blind-spot')} />);
    expect(
      screen.getByRole('alert', { name: 'Task “psi” failed because bob failed' }),
    ).toHaveAccessibleDescription(
      "bob's reason is visible only on bob's node: ask bob's operator for the task log or their QueryJob result, and restart the job once they have fixed it.",
    );
  });

  it('speaks Chinese for a zh-CN tag, inside a provider or on the component', () => {
    render(
      <KusciaErrorProvider locale="zh-CN">
        <KusciaJobAlert job={job('image-pull-stuck')} />
      </KusciaErrorProvider>,
    );
    expect(
      screen.getByRole('alert', { name: 'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束' }),
    ).toBeInTheDocument();
  });

  it('takes an explanation from explainKusciaJob as it is', () => {
    const explanation = explainKusciaJob(job('approval-rejected'));
    render(<KusciaJobAlert job={explanation} />);
    expect(screen.getByRole('alert', { name: 'bob rejected the job' })).toBeInTheDocument();
  });

  it('lets provider overrides replace a family text', () => {
    render(
      <KusciaErrorProvider
        overrides={{ 'en-US': { jobs: { approvalRejected: { title: 'Declined by {domain}' } } } }}
      >
        <KusciaJobAlert job={job('approval-rejected')} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: 'Declined by bob' })).toBeInTheDocument();
  });

  it('is a status, not an alert, for a job someone stopped', () => {
    render(<KusciaJobAlert job={job('stopped-422-collateral')} />);
    expect(screen.getByRole('status')).toHaveAttribute('data-family', 'userAction');
  });
});

describe('KusciaJobAlert: the log tail', () => {
  it('keeps the log in a collapsed disclosure and copies all of it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<KusciaJobAlert job={job('secretpad-254-python-not-found')} />);
    const toggle = screen.getByRole('button', { name: 'Log tail' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('sh: 1: python: not found', { selector: 'pre' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Copy log' }));
    expect(writeText).toHaveBeenCalledWith('sh: 1: python: not found\n');
    // Said through the document's one polite region, outside the alert.
    await findAnnouncement('Copied');
  });

  it('shows the end of a long log and copies the whole', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    const lines = Array.from({ length: 200 }, (_, index) => `line ${String(index)}`);
    const body = job('secretpad-254-python-not-found') as {
      tasks: [{ parties: [{ err_msg: string }] }];
    };
    const log = `${lines.join('\\n')}\\nTraceback: KeyError: 'id'`;
    body.tasks[0].parties[0].err_msg = `container[secretflow] terminated state reason "Error", message: "${log}"`;
    render(<KusciaJobAlert job={body} />);
    await user.click(screen.getByRole('button', { name: 'Log tail' }));
    const shown = screen.getByText(/Traceback: KeyError/, { selector: 'pre' });
    expect(shown.textContent).not.toContain('line 0\n');
    expect(shown.textContent.startsWith('…\n')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Copy log' }));
    expect(writeText.mock.calls[0]?.[0]).toContain('line 0\nline 1\n');
  });

  it('shows hostile log text as text', async () => {
    const user = userEvent.setup();
    const body = job('secretpad-254-python-not-found') as {
      tasks: [{ parties: [{ err_msg: string }] }];
    };
    body.tasks[0].parties[0].err_msg = `container[secretflow] terminated state reason "Error", message: "${HOSTILE.replaceAll('"', '\\"')}"`;
    render(<KusciaJobAlert job={body} />);
    await user.click(screen.getByRole('button', { name: 'Log tail' }));
    expect(injectedElements(document.body)).toEqual([]);
    expect(screen.getByText(HOSTILE, { selector: 'pre' })).toBeInTheDocument();
  });
});

describe('KusciaJobAlert: accessibility', () => {
  it('has no axe violations, expanded or not, in both locales', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <KusciaJobAlert
        job={job('image-pull-outranks-crash')}
        onStop={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Log tail' }));
    await expectNoAxeViolations();
    rerender(<KusciaJobAlert job={job('out-of-memory')} locale="zh-CN" onRestart={vi.fn()} />);
    expect(screen.getByRole('button', { name: '重跑任务' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('keeps the markup and drops the classes when unstyled', () => {
    render(<KusciaJobAlert job={job('out-of-memory')} unstyled />);
    const alert = screen.getByRole('alert');
    expect(classedElements(alert)).toEqual([]);
    expect(part(alert, 'title')).toHaveTextContent(
      "alice's container was killed for using too much memory",
    );
  });

  it('has no icon element (the stylesheet paints it on the root) and starts with its title', () => {
    render(<KusciaJobAlert job={job('out-of-memory')} onRestart={vi.fn()} />);
    const alert = screen.getByRole('alert', {
      name: "alice's container was killed for using too much memory",
    });
    expect(iconElements(alert)).toEqual([]);
    expect(childPartNames(alert)[0]).toBe('title');
    // The job alert keeps its row of actions.
    expect(part(alert, 'actions')).toContainElement(
      within(alert).getByRole('button', { name: 'Restart' }),
    );
  });
});
