import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { describeKusciaError, ErrorCodeBadge, getKusciaErrorDefinition } from '../../src';
import { labelsOf, localeOf } from '../fixtures';

const meta = {
  title: 'React/ErrorCodeBadge',
  component: ErrorCodeBadge,
  tags: ['autodocs'],
  args: { code: 11305 },
  parameters: {
    docs: {
      description: {
        component:
          'A compact, focusable chip with the code. Hover, keyboard focus or a tap shows the localized title and next step in a Radix tooltip (Escape closes it); the title is always available to screen readers through `aria-describedby`. The Radix tooltip is mounted lazily on first use, so a table of a hundred badges costs a hundred buttons.',
      },
    },
  },
} satisfies Meta<typeof ErrorCodeBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The badge's accessible name in the toolbar's locale, e.g. "Error code 11305". */
const badgeName = (code: number, globals: Record<string, unknown>): string =>
  labelsOf(globals).codeBadge.replace('{code}', String(code));

/** Tab to the badge: the tooltip opens at once; Escape closes it and focus stays on the badge. */
export const Default: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const text = describeKusciaError(args.code, localeOf(globals));

    const before = canvas.getByRole('button', { name: badgeName(args.code, globals) });
    await expect(before).toHaveAttribute('data-state', 'inactive');
    // The essential text is there before any tooltip exists.
    await expect(before).toHaveAccessibleDescription(text.title);

    await userEvent.tab();
    // The first focus mounts Radix and replaces the button; focus moves to the new one.
    const badge = canvas.getByRole('button', { name: badgeName(args.code, globals) });
    await waitFor(() => expect(badge).toHaveFocus());
    const tooltip = await body.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(text.title);
    await expect(tooltip).toHaveTextContent(text.resolution);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
    await expect(canvas.getByRole('button', { name: badgeName(args.code, globals) })).toHaveFocus();
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
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.hover(canvas.getByRole('button', { name: badgeName(args.code, globals) }));
    const tooltip = await body.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(
      describeKusciaError(args.code, localeOf(globals)).title,
    );

    const badge = canvas.getByRole('button', { name: badgeName(args.code, globals) });
    await userEvent.unhover(badge);
    // Radix keeps the tooltip open in its pointer grace area until the pointer moves on (TOOLCHAIN F13).
    await userEvent.hover(canvas.getByTestId('elsewhere'));
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

/** A code the table does not know (a newer Kuscia, or SecretPad): generic text that names it. */
export const UnknownCode: Story = {
  args: { code: 99999 },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const badge = canvas.getByRole('button', { name: badgeName(args.code, globals) });
    await expect(badge).not.toHaveAttribute('data-known');
    await expect(badge).toHaveAccessibleDescription(
      describeKusciaError(99999, localeOf(globals)).title,
    );
    await expect(badge).toHaveAccessibleDescription(/99999/);
  },
};

/** A warning code ("already exists") gets the warning colour. */
export const WarningCode: Story = {
  args: { code: 11306 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAttribute(
      'data-severity',
      'warning',
    );
  },
};

/** `showTooltip={false}`: no tooltip on focus, but the description is still there for screen readers. */
export const WithoutTooltip: Story = {
  args: { showTooltip: false },
  play: async ({ canvasElement, args, globals }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.tab();
    const badge = within(canvasElement).getByRole('button');
    await expect(badge).toHaveFocus();
    await expect(badge).toHaveAccessibleDescription(
      describeKusciaError(args.code, localeOf(globals)).title,
    );
    // Give a tooltip time to appear if it wrongly would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(body.queryByRole('tooltip')).not.toBeInTheDocument();
  },
};

/** A tap toggles the tooltip (Radix alone never opens on touch). */
export const Tap: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const name = badgeName(args.code, globals);
    await userEvent.pointer({ keys: '[TouchA]', target: canvas.getByRole('button', { name }) });
    await expect(await body.findByRole('tooltip')).toBeInTheDocument();
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
  { id: 'job-secretpad', party: 'erin', status: 'Failed', code: 202011402 },
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
    await expect(canvas.getAllByRole('button')).toHaveLength(jobs.length);
    // Tab into the table, then on to the second badge.
    await userEvent.tab();
    await userEvent.tab();
    const second = canvas.getByRole('button', { name: badgeName(11103, globals) });
    await waitFor(() => expect(second).toHaveFocus());
    await expect(await body.findByRole('tooltip')).toHaveTextContent(
      describeKusciaError(11103, localeOf(globals)).title,
    );
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
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.getByRole('button', { name: 'Restart' })).toBeDisabled();
    await userEvent.tab();
    const badge = canvas.getByRole('button', { name: badgeName(args.code, globals) });
    await waitFor(() => expect(badge).toHaveFocus());
    await expect(await body.findByRole('tooltip')).toHaveTextContent(
      describeKusciaError(args.code, localeOf(globals)).title,
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

/** The tooltip in the dark theme (portalled to `<body>`; it follows `data-theme` on `<html>`). */
export const DarkTooltip: Story = {
  globals: { theme: 'dark' },
  args: { code: 11103 },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.tab();
    // Left open on purpose: the axe run after play checks the open tooltip's contrast.
    await expect(await body.findByRole('tooltip')).toBeInTheDocument();
  },
};

/** zh-CN text in the tooltip, left open for the axe run. */
export const ChineseTooltip: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.getByRole('button', { name: `错误码 ${String(args.code)}` })).toBeVisible();
    await userEvent.tab();
    await expect(await body.findByRole('tooltip')).toHaveTextContent(
      describeKusciaError(args.code, 'zh-CN').title,
    );
  },
};

/** The retired 11907 still describes itself; the table names its replacement. */
export const RetiredCode: Story = {
  args: { code: 11907 },
  play: async ({ canvasElement }) => {
    await expect(getKusciaErrorDefinition(11907)?.supersededBy).toBe(11807);
    await expect(within(canvasElement).getByRole('button')).toHaveAttribute('data-known');
  },
};
