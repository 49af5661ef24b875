import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorCodeBadge } from '../../index';
import { secretpad } from '../../secretpad/index';
import { ORACLE, badgeName, localeOf, unknownCodeTitle } from '../../../test/fixtures';

const meta = {
  title: 'React/ErrorCodeBadge',
  component: ErrorCodeBadge,
  tags: ['autodocs'],
  args: { code: 11305 },
  parameters: {
    docs: {
      description: {
        component:
          'A compact, focusable chip with the code. Hover, keyboard focus or a tap shows the localized title and next step in a Radix tooltip (Escape closes it); the title is always the accessible description of the button (`aria-description`), so screen readers hear it on touch too. Radix is mounted lazily on first use, so a table of a hundred badges costs a hundred buttons, and `data-state` appears only then.',
      },
    },
  },
} satisfies Meta<typeof ErrorCodeBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The expected texts of the toolbar's locale (literals in test/fixtures, never the kit's own output). */
const oracle = (globals: Record<string, unknown>) => ORACLE[localeOf(globals)];
const nameOf = (code: number, globals: Record<string, unknown>) =>
  badgeName(code, localeOf(globals));

/** Tab to the badge: the tooltip opens at once; Escape closes it and focus stays on the badge. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);

    const before = canvas.getByRole('button', { name: nameOf(11305, globals) });
    // No state of its own until first used; the essential text is there before any tooltip exists.
    await expect(before).not.toHaveAttribute('data-state');
    await expect(before).toHaveAccessibleDescription(text.title[11305]);

    await userEvent.tab();
    // The first focus mounts Radix and replaces the button; focus moves to the new one.
    const badge = canvas.getByRole('button', { name: nameOf(11305, globals) });
    await waitFor(() => expect(badge).toHaveFocus());
    const tooltip = await body.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(text.title[11305]);
    await expect(tooltip).toHaveTextContent(text.resolution[11305]);
    await expect(badge).toHaveAttribute('data-state', 'instant-open');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
    await expect(canvas.getByRole('button', { name: nameOf(11305, globals) })).toHaveFocus();
  },
};

/** Hover opens the tooltip after the provider's delay; moving the pointer away closes it. */
export const Hover: Story = {
  render: (args) => (
    <div className="story-stack">
      <p>
        Domain <code>bob</code> failed: <ErrorCodeBadge {...args} />
      </p>
      <p data-testid="elsewhere">Somewhere else on the page.</p>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.hover(canvas.getByRole('button', { name: nameOf(11305, globals) }));
    const tooltip = await body.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(oracle(globals).title[11305]);

    const badge = canvas.getByRole('button', { name: nameOf(11305, globals) });
    await userEvent.unhover(badge);
    // Radix keeps the tooltip open in its pointer grace area until the pointer moves on (TOOLCHAIN F13).
    await userEvent.hover(canvas.getByTestId('elsewhere'));
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

/** A code no table knows (a newer Kuscia): generic text that names it. */
export const UnknownCode: Story = {
  args: { code: 99999 },
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByRole('button', { name: nameOf(99999, globals) });
    await expect(badge).not.toHaveAttribute('data-known');
    await expect(badge).toHaveAttribute('data-severity', 'error');
    await expect(badge).toHaveAccessibleDescription(unknownCodeTitle(99999, localeOf(globals)));
  },
};

/** A warning code ("already exists") gets the warning colour, from the same policy as the alert. */
export const WarningCode: Story = {
  args: { code: 11306 },
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByRole('button', { name: nameOf(11306, globals) });
    await expect(badge).toHaveAttribute('data-severity', 'warning');
    await expect(badge).toHaveAccessibleDescription(oracle(globals).title[11306]);
  },
};

/** gRPC ALREADY_EXISTS (6) is a warning too, as the alert for it says. */
export const GrpcWarningCode: Story = {
  args: { code: 6 },
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByRole('button', { name: nameOf(6, globals) });
    await expect(badge).toHaveAttribute('data-severity', 'warning');
    await expect(badge).toHaveAccessibleDescription(oracle(globals).title[6]);
  },
};

/** `showTooltip={false}`: no tooltip on focus, but the description is still there for screen readers. */
export const WithoutTooltip: Story = {
  args: { showTooltip: false },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const badge = canvas.getByRole('button', { name: nameOf(11305, globals) });
    await expect(badge).toHaveFocus();
    await expect(badge).toHaveAccessibleDescription(oracle(globals).title[11305]);
    // Nothing was mounted around it: the focused button is still the original one, with no state.
    await expect(badge).not.toHaveAttribute('data-state');
    await expect(canvasElement.ownerDocument.querySelector('[data-part="tooltip"]')).toBeNull();
  },
};

/** A tap toggles the tooltip (Radix alone never opens on touch). */
export const Tap: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const name = nameOf(11305, globals);
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button', { name }) });
    await expect(await body.findByRole('tooltip')).toHaveTextContent(oracle(globals).title[11305]);
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button', { name }) });
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

const jobs = [
  { id: 'job-psi-alice-bob', party: 'alice', status: 'Failed', code: 11201 },
  { id: 'job-train-7', party: 'bob', status: 'Failed', code: 11103 },
  { id: 'job-eval-3', party: 'carol', status: 'Failed', code: 11305 },
  { id: 'job-1', party: 'alice', status: 'Succeeded', code: 11210 },
  { id: 'job-legacy', party: 'dave', status: 'Failed', code: 11907 },
  { id: 'job-next', party: 'erin', status: 'Failed', code: 99999 },
] as const;

/** Inside a dense table: the badge keeps the row height (24px) and the code's tabular digits. */
export const InDenseTable: Story = {
  render: (args) => (
    <table className="story-table story-table--dense">
      <caption>Jobs</caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Initiator</th>
          <th scope="col">Status</th>
          <th scope="col">Error</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <td>
              <code>{job.id}</code>
            </td>
            <td>{job.party}</td>
            <td>{job.status}</td>
            <td>
              <ErrorCodeBadge {...args} code={job.code} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.getAllByRole('button').map((badge) => badge.textContent)).toEqual(
      jobs.map((job) => String(job.code)),
    );
    // Tab into the table, then on to the second badge.
    await userEvent.tab();
    await userEvent.tab();
    const second = canvas.getByRole('button', { name: nameOf(11103, globals) });
    await waitFor(() => expect(second).toHaveFocus());
    await expect(await body.findByRole('tooltip')).toHaveTextContent(oracle(globals).title[11103]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
    // Rows stay dense: no badge is taller than 24px.
    for (const badge of canvas.getAllByRole('button')) {
      await expect(badge.getBoundingClientRect().height).toBeLessThanOrEqual(24);
    }
  },
};

/**
 * On a disabled row (a stopped Job whose actions are disabled) the badge stays reachable: the reason the
 * row is disabled is exactly what the user needs to read.
 */
export const OnDisabledRow: Story = {
  args: { code: 11205 },
  render: (args) => (
    <table className="story-table">
      <caption>Jobs</caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Status</th>
          <th scope="col">Error</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        <tr data-disabled="">
          <td>
            <code>job-train-7</code>
          </td>
          <td>Stopped</td>
          <td>
            <ErrorCodeBadge {...args} />
          </td>
          <td>
            <button type="button" className="story-button" disabled>
              Restart
            </button>
          </td>
        </tr>
      </tbody>
    </table>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.getByRole('button', { name: 'Restart' })).toBeDisabled();
    await userEvent.tab();
    const badge = canvas.getByRole('button', { name: nameOf(11205, globals) });
    await waitFor(() => expect(badge).toHaveFocus());
    await expect(await body.findByRole('tooltip')).toHaveTextContent(oracle(globals).title[11205]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

/** The tooltip in the dark theme (portalled to `<body>`; it follows `data-theme` on `<html>`). */
export const DarkTooltip: Story = {
  globals: { theme: 'dark' },
  args: { code: 11103 },
  play: async ({ canvasElement, globals }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.tab();
    // Left open on purpose: the axe run after play checks the open tooltip's contrast.
    await expect(await body.findByRole('tooltip')).toHaveTextContent(oracle(globals).title[11103]);
  },
};

/** zh-CN text in the tooltip, left open for the axe run. */
export const ChineseTooltip: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.getByRole('button', { name: '错误码 11305' })).toBeVisible();
    await userEvent.tab();
    const tooltip = await body.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent('节点不存在异常');
    await expect(tooltip).toHaveTextContent('节点不存在异常，确认节点是否存在');
  },
};

/** The retired 11907 still describes itself and counts as known. */
export const RetiredCode: Story = {
  args: { code: 11907 },
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByRole('button', { name: nameOf(11907, globals) });
    await expect(badge).toHaveAttribute('data-known', '');
    await expect(badge).toHaveAccessibleDescription(oracle(globals).title[11907]);
  },
};

/** SecretPad's codes are known once its catalogue is plugged in (`catalogs={[secretpad]}`). */
export const SecretPadCode: Story = {
  name: 'SecretPad code (catalogue registered)',
  args: { code: 2020111012 },
  parameters: { kuscia: { catalogs: [secretpad] } },
  play: async ({ canvasElement, globals }) => {
    const badge = within(canvasElement).getByRole('button', { name: nameOf(2020111012, globals) });
    await expect(badge).toHaveAttribute('data-known', '');
    // A rate limit is a warning in SecretPad's catalogue.
    await expect(badge).toHaveAttribute('data-severity', 'warning');
    await expect(badge).toHaveAccessibleDescription(oracle(globals).title[2020111012]);
  },
};
