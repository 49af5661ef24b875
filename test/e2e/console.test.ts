/**
 * The demo console end to end, nothing mocked between the browser and the server:
 * - the KusciaAPI-compatible server, started in this process (`createKusciaApiServer`) on a free port;
 * - the console, built with Vite's JS API and served by `vite preview` with the console's own proxy config
 *   (`examples/console/vite.config.ts`, the same `/api` and `/admin` proxy `npm start` uses);
 * - Debian's Chromium, driven by Playwright.
 *
 * Assertions go through roles, accessible names and ARIA attributes. Every expected text is a literal
 * written here: the kit's locale texts filled with the values the server's real messages carry (the
 * server's texts are Kuscia's and SecretPad's, see examples/kuscia-api-server/README.md).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.config';
import {
  createKusciaApiServer,
  type RunningKusciaApiServer,
} from '../../examples/kuscia-api-server/server.mjs';

const repo = resolve(import.meta.dirname, '../..');
const configFile = resolve(repo, 'examples/console/vite.config.ts');
const screenshotPath = resolve(repo, 'test-results/console.png');
const darkScreenshotPath = resolve(repo, 'test-results/console-dark.png');
const docsScreenshotPath = resolve(repo, 'docs/console.png');

// --- the server, through its public module ---

function startApiServer(): Promise<RunningKusciaApiServer> {
  // Port 0: a free one. Jobs move on quickly (Pending 0.3 s, Running 0.7 s, against 1 s and 3 s by
  // default), so a failing one reaches `Failed` within about two of the console's 1 s polls.
  return createKusciaApiServer({ port: 0, jobTimings: { pendingMs: 300, runningMs: 700 } });
}

// --- state shared by the steps below, which run in order against one page ---

let api: RunningKusciaApiServer | undefined;
let outDir: string | undefined;
let consoleServer: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
/** Every code (or source) an alert showed, for the report at the end. */
const seen: string[] = [];

beforeAll(async () => {
  api = await startApiServer();
  // Read by examples/console/vite.config.ts when it loads, exactly as `npm start` passes them.
  process.env.KUSCIA_API_URL = api.url;
  process.env.KUSCIA_API_TOKEN = api.token;

  outDir = await mkdtemp(join(tmpdir(), 'kuscia-console-'));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  consoleServer = await preview({
    configFile,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const consoleUrl = consoleServer.resolvedUrls?.local[0];
  if (!consoleUrl) throw new Error('vite preview reported no URL');

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  // Every step waits for what the server answers at once; 10 s leaves room for the retried failures.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(consoleUrl);
});

afterAll(async () => {
  await browser?.close();
  await consoleServer?.close();
  await api?.close(); // idempotent: the shutdown switch may have closed it already
  if (outDir) await rm(outDir, { recursive: true, force: true });
  console.info(`e2e: alerts seen: ${seen.join(', ')}`);
});

// --- the console's chrome and the kit's labels, per locale ---

const ui = {
  'en-US': {
    domains: 'Domains',
    jobs: 'Jobs',
    domainId: 'Domain ID',
    jobId: 'Job ID',
    create: 'Create',
    query: 'Query',
    language: 'Language',
    details: 'Details',
  },
  'zh-CN': {
    domains: '节点（Domain）',
    jobs: '任务（Job）',
    domainId: '节点 ID',
    jobId: '任务 ID',
    create: '创建',
    query: '查询',
    language: '语言',
    details: '详情',
  },
} as const;
type Locale = keyof typeof ui;
let locale: Locale = 'en-US';

const region = (name: string): Locator => page.getByRole('region', { name, exact: true });
const domains = (): Locator => region(ui[locale].domains);
const jobs = (): Locator => region(ui[locale].jobs);
const switches = (): Locator => page.getByRole('complementary', { name: 'Failure switches' });
const domainIdInput = (): Locator => domains().getByLabel(ui[locale].domainId, { exact: true });

async function domainAction(action: 'create' | 'query', domainId: string): Promise<void> {
  await domainIdInput().fill(domainId);
  await domains().getByRole('button', { name: ui[locale][action], exact: true }).click();
}

async function queryJob(jobId: string): Promise<void> {
  await jobs().getByLabel(ui[locale].jobId, { exact: true }).fill(jobId);
  await jobs().getByRole('button', { name: ui[locale].query, exact: true }).click();
}

async function setLocale(next: Locale): Promise<void> {
  await page.getByLabel(ui[locale].language).selectOption(next);
  locale = next;
  await page.waitForFunction((tag) => document.documentElement.lang === tag, next);
}

/**
 * The kit's alert with this role, named by its title, its severity (which paints the icon) the one its role
 * says. Returns it with the code its chip shows, if any.
 */
async function findAlert(
  scope: Locator,
  role: 'alert' | 'status',
  title: string,
): Promise<{ alert: Locator; code: string | null }> {
  const alert = scope.getByRole(role, { name: title, exact: true });
  await alert.waitFor({ state: 'visible' });
  expect(await alert.getAttribute('data-severity')).toBe(role === 'alert' ? 'error' : 'warning');
  const chip = alert.locator('[data-part="badge"]');
  const code =
    (await chip.count()) > 0 ? ((await chip.textContent()) ?? '').replace(/\D/g, '') : null;
  seen.push(
    code ? `${code} (${role})` : `${(await alert.getAttribute('data-source')) ?? '?'} (${role})`,
  );
  return { alert, code };
}

/** Opens the alert's details and returns the text of each row, by its term. */
async function openDetails(alert: Locator): Promise<Record<string, string>> {
  const toggle = alert.getByRole('button', { name: ui[locale].details, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const rows: Record<string, string> = {};
  for (const row of await alert.locator('[data-part="details-row"]').all()) {
    rows[(await row.locator('dt').textContent()) ?? ''] =
      (await row.locator('dd').textContent()) ?? '';
  }
  return rows;
}

/**
 * The input is marked invalid, and tied to a visible error text that says `message`: by aria-errormessage,
 * and by aria-describedby so that every screen reader reads it.
 */
async function expectFieldError(input: Locator, message: string): Promise<void> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const errorId = await input.getAttribute('aria-errormessage');
  expect(errorId).toBeTruthy();
  expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
  const error = page.locator(`[id="${errorId ?? ''}"]`);
  expect(await error.textContent()).toBe(message);
  expect(await error.isVisible()).toBe(true);
}

async function expectNoFieldError(input: Locator): Promise<void> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBeNull();
  expect(await input.getAttribute('aria-errormessage')).toBeNull();
}

async function setSwitch(name: string, on: boolean): Promise<void> {
  const toggle = switches().getByRole('switch', { name, exact: true });
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  // The switch shows the server's state: it flips once the server has acknowledged the change.
  await expect.poll(() => toggle.getAttribute('aria-checked')).toBe(String(on));
}

async function setBackend(name: 'KusciaAPI' | 'SecretPad', says: string): Promise<void> {
  const radio = switches().getByRole('radio', { name, exact: true });
  await radio.check();
  // Said once the server has switched (a status region, announced).
  await switches().getByRole('status').filter({ hasText: says }).waitFor();
  expect(await radio.isChecked()).toBe(true);
}

/** axe-core in the page, once: later steps run it again on what they opened. */
async function loadAxe(): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ content: await readFile(axePath, 'utf8') });
}

/** The Jobs form: the Job ID, its input, and the failure the local server is to simulate. */
async function createJob(jobId: string, input: string, failure: string): Promise<void> {
  await jobs().getByLabel('Job ID', { exact: true }).fill(jobId);
  await jobs().getByLabel('Input DomainData ID', { exact: true }).fill(input);
  await jobs().getByLabel('Failure to simulate', { exact: true }).selectOption(failure);
  await jobs().getByRole('button', { name: 'Create', exact: true }).click();
}

/** A row of the Jobs table, by its Job ID cell. */
const jobRow = (jobId: string): Locator =>
  jobs()
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: jobId, exact: true }) });

/** The state tag in a Job's row (`Running`, `Failed`, …), once the row shows `state`. */
async function expectJobState(jobId: string, state: string): Promise<void> {
  await jobRow(jobId).locator('.tag').filter({ hasText: state }).waitFor();
}

/**
 * The kit's explanation of a failing Job, named by its title, in the Jobs section. Resolves once it shows;
 * `role` is `status` for a Job a person ended, `alert` for any other failure.
 */
async function findJobAlert(title: string, role: 'alert' | 'status' = 'alert'): Promise<Locator> {
  const alert = jobs().getByRole(role, { name: title, exact: true });
  await alert.waitFor({ state: 'visible' });
  return alert;
}

/** The explanation's buttons, by name, in order. */
async function jobAlertButtons(alert: Locator): Promise<string[]> {
  return alert.getByRole('button').allInnerTexts();
}

/** The failing parties list of an explanation, one text per item. */
async function failingParties(alert: Locator, name = 'Failing parties'): Promise<string[]> {
  return alert.getByRole('list', { name, exact: true }).getByRole('listitem').allTextContents();
}

async function expectNoAxeViolations(): Promise<void> {
  await loadAxe();
  const result = await page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    }
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } })
      .axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  const violations = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(10);
}

// --- the steps ---

describe('the demo console against the KusciaAPI-compatible server', () => {
  it('loads with landmarks, a level-one heading and the four sections', async () => {
    await page.getByRole('heading', { level: 1, name: 'Kuscia console' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBe(1);
    for (const name of ['Domains', 'DomainRoutes', 'DomainData', 'Jobs']) {
      await region(name).getByRole('heading', { level: 2, name }).waitFor();
    }
  });

  it('creating a Domain twice: a warning titled by the cause, the code (11306) and its own text kept', async () => {
    await domainAction('create', 'alice');
    await domains().getByText('Domain alice created.').waitFor();

    await domains().getByRole('button', { name: 'Create', exact: true }).click();
    const { alert, code } = await findAlert(domains(), 'status', 'Domain “alice” already exists');
    expect(code).toBe('11306');
    expect(await alert.getAttribute('data-severity')).toBe('warning');
    // An "already exists" is not retried.
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    const details = await openDetails(alert);
    expect(details['Code title']).toBe('Domain already exists');
    expect(details['Server message']).toBe('domains.kuscia.secretflow "alice" already exists');
  });

  it('creating a Domain "Alice_1" marks the Domain ID input invalid with the field message; the alert says the same', async () => {
    await domainAction('create', 'Alice_1');
    const { code } = await findAlert(
      domains(),
      'alert',
      "Field domain_id: only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
    );
    expect(code).toBe('11100');
    await expectFieldError(
      domainIdInput(),
      "Only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
    );
    // Only the field the failure names.
    await expectNoFieldError(domains().getByLabel('Role', { exact: true }));
  });

  it('has no axe violations (WCAG 2.2 AA tags) in the light and dark themes, with alerts and an invalid field', async () => {
    await mkdir(resolve(repo, 'test-results'), { recursive: true });

    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      await expectNoAxeViolations();
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: theme === 'light' ? screenshotPath : darkScreenshotPath });
    }
    // docs/console.png (the README's picture) is refreshed on request, so `npm test` leaves the tree clean.
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docsScreenshotPath)) {
      await mkdir(resolve(repo, 'docs'), { recursive: true });
      await copyFile(screenshotPath, docsScreenshotPath);
    }
    await page.getByLabel('Theme').selectOption('light');
  });

  it('editing the invalid field clears its mark; the alert above stays', async () => {
    await domainIdInput().fill('alice-1');
    await expectNoFieldError(domainIdInput());
    await domains()
      .getByRole('alert', {
        name: "Field domain_id: only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
      })
      .waitFor();
  });

  it('querying a missing Domain: "Domain “bob” does not exist", the server message in the details', async () => {
    await domainAction('query', 'bob');
    const { alert, code } = await findAlert(domains(), 'alert', 'Domain “bob” does not exist');
    expect(code).toBe('11305');
    expect(await alert.getAttribute('data-severity')).toBe('error');
    const details = await openDetails(alert);
    expect(details['Code title']).toBe('Domain not found');
    expect(details['Server message']).toBe('domains.kuscia.secretflow "bob" not found');
    // A failure that names no field leaves the form unmarked.
    await expectNoFieldError(domainIdInput());
  });

  it('a Job refused at create shows its code in the table, the cause beside it', async () => {
    const data = region('DomainData');
    await data.getByRole('button', { name: 'Create', exact: true }).click();
    await data.getByText('DomainData alice-table created.').waitFor();
    await data.getByRole('cell', { name: 'alice-table', exact: true }).waitFor();

    // Its input DomainData does not exist: KusciaAPI refuses the create with 11201 and a not-found text.
    await createJob('job-missing-input', 'missing-table', '');
    const { alert, code } = await findAlert(
      jobs(),
      'alert',
      'DomainData “missing-table” does not exist',
    );
    expect(code).toBe('11201');
    expect((await openDetails(alert))['Server message']).toBe(
      'domaindatas.kuscia.secretflow "missing-table" not found',
    );
    const refused = jobRow('job-missing-input');
    // The row says the cause in the console's language, not the server's raw text.
    await refused
      .getByRole('cell', { name: 'DomainData “missing-table” does not exist' })
      .waitFor();
    const badge = refused.getByRole('button', { name: 'Error code 11201', exact: true });
    // In view first: focusing an off-screen badge scrolls the page, and Radix closes a tooltip whose trigger
    // scrolls, so the tooltip would flash and close (reported; a kit issue, not the console's).
    await badge.scrollIntoViewIfNeeded();
    await badge.focus();
    // Focus opens the kit's tooltip with the code's localized title.
    await page
      .getByRole('tooltip')
      .filter({ hasText: 'Could not create the Job' })
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
  });

  it('the failure to simulate writes the image tag the local server fails by, and None puts the plain tag back', async () => {
    const simulate = jobs().getByLabel('Failure to simulate', { exact: true });
    const image = jobs().getByLabel('AppImage', { exact: true });
    expect(await image.inputValue()).toBe('secretflow/psi:1.0');
    await simulate.selectOption('fail-oom-pre-v1');
    expect(await image.inputValue()).toBe('secretflow/psi:fail-oom-pre-v1');
    await simulate.selectOption('');
    expect(await image.inputValue()).toBe('secretflow/psi:1.0');
    // Typing a tag the server scripts picks it in the select, the server's aliases included.
    await image.fill('registry.example:5000/secretflow/psi:hang');
    expect(await simulate.inputValue()).toBe('fail-image-pull');
    await image.fill('secretflow/psi:1.2');
    expect(await simulate.inputValue()).toBe('');
    await simulate.selectOption('fail-data');
    await simulate.selectOption('');
    expect(await image.inputValue()).toBe('secretflow/psi:1.2');
  });

  it('a Job that runs out of memory is followed until the explanation shows: alice’s container killed for memory, Restart and no Stop, the log behind a disclosure', async () => {
    await createJob('job-oom', 'alice-table', 'fail-oom');
    expect(await jobs().getByLabel('AppImage', { exact: true }).inputValue()).toBe(
      'secretflow/psi:fail-oom',
    );
    await jobs().getByText('Job job-oom created.').waitFor();
    const started = Date.now();
    const alert = await findJobAlert("alice's container was killed for using too much memory");
    console.info(`e2e: job-oom explained ${String(Date.now() - started)} ms after its create`);
    await expectJobState('job-oom', 'Failed');
    // Not an API error: a state, with Kuscia's own aggregate text (Task[<alias>]-Party[<domain>]: …) in the
    // row, and no code.
    await jobRow('job-oom')
      .getByText(
        /^Task\[job-oom-task\]-Party\[alice\]: container\[secretflow\] terminated state reason "OOMKilled", message: "/,
      )
      .waitFor();
    expect(
      await jobRow('job-oom')
        .getByRole('button', { name: /^Error code/ })
        .count(),
    ).toBe(0);

    expect(await alert.locator('[data-part="resolution"]').textContent()).toBe(
      "Raise the memory of alice's party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.",
    );
    expect(await alert.getAttribute('data-family')).toBe('outOfMemory');
    expect(await alert.getAttribute('data-restart')).toBe('afterFix');
    // The log holds only info lines: none of them is quoted as the cause (it is under "Log tail").
    expect(await failingParties(alert)).toEqual(['job-oom-task · alice — Out of memory']);
    // A Failed job: Restart, and no Stop.
    expect(await jobAlertButtons(alert)).toEqual(['Log tail', 'Copy log', 'Restart', 'Dismiss']);

    const toggle = alert.getByRole('button', { name: 'Log tail', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const log = page.locator(`[id="${(await toggle.getAttribute('aria-controls')) ?? ''}"]`);
    expect(await log.textContent()).toBe(
      '2025-01-01 00:00:03,126\tINFO psi.py:186 -- psi protocol PROTOCOL_RR22, input rows 80000000\n2025-01-01 00:00:03,874\tINFO psi.py:203 -- building the oprf table\n',
    );
    expect(await log.isVisible()).toBe(true);
  });

  it('has no axe violations with the explanation and its log open, in the light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expectNoAxeViolations();
    }
    await page.getByLabel('Theme').selectOption('light');
  });

  it('in zh-CN the explanation reads in Chinese, with 重跑任务 and no 停止任务', async () => {
    await setLocale('zh-CN');
    const alert = await findJobAlert('alice 的容器因内存不足被终止');
    expect(await alert.locator('[data-part="resolution"]').textContent()).toBe(
      '请调大 alice 参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
    );
    expect(await jobAlertButtons(alert)).toEqual(['日志末尾', '复制日志', '重跑任务', '关闭']);
    await setLocale('en-US');
  });

  it('Restart reruns the Job through job/restart: it fails the same way, and Kuscia’s message now only says who restarted it', async () => {
    const alert = await findJobAlert("alice's container was killed for using too much memory");
    await alert.getByRole('button', { name: 'Restart', exact: true }).click();
    await jobs().getByText('Job job-oom restarted.').waitFor();
    await jobRow('job-oom').getByText('This job is restarted by alice', { exact: true }).waitFor();
    // Followed again until it ends; the kit reads the cause from the party, not the job's message.
    await expectJobState('job-oom', 'Failed');
    await findJobAlert("alice's container was killed for using too much memory");
  });

  it('a Job whose partner cannot pull the image hangs Running: the kit says it will not finish, offers Stop and not Restart; a refused Stop is an error alert, and Stop ends it', async () => {
    await createJob('job-pull', 'alice-table', 'fail-image-pull');
    await jobs().getByText('Job job-pull created.').waitFor();
    const alert = await findJobAlert(
      'bob cannot pull the image “secretflow/psi:fail-image-pull”: the job will not finish by itself',
    );
    await expectJobState('job-pull', 'Running');
    expect(await alert.getAttribute('data-stuck')).toBe('');
    expect(await alert.locator('[data-part="resolution"]').textContent()).toBe(
      "Kuscia keeps retrying the pull and never fails the task. Stop the job, check the AppImage's image name and tag and that bob's node can reach the registry (or load the image there with `kuscia image load`), then restart the job.",
    );
    expect(await failingParties(alert)).toEqual([
      'job-pull-task · bob — Image pull: Back-off pulling image "secretflow/psi:fail-image-pull"',
    ]);
    // Still running: Stop, and no Restart.
    expect(await jobAlertButtons(alert)).toEqual(['Log tail', 'Copy log', 'Stop', 'Dismiss']);

    // The Stop's own failure is an API error: the table's alert, with Retry.
    await setSwitch('Update conflict', true);
    await alert.getByRole('button', { name: 'Stop', exact: true }).click();
    const { alert: conflict, code } = await findAlert(
      jobs(),
      'alert',
      'Job “job-pull” was changed by someone else at the same time',
    );
    expect(code).toBe('11205');
    // Refused: the Job still hangs, and its explanation says so.
    await expectJobState('job-pull', 'Running');
    await conflict.getByRole('button', { name: 'Retry', exact: true }).click();
    await jobs().getByText('Job job-pull stopped.').waitFor();

    // Stopped: the Job has ended, and the explanation is now who stopped it (a warning, not an error).
    await expectJobState('job-pull', 'Failed');
    const stopped = await findJobAlert('alice stopped the job', 'status');
    // bob's pull back-off was a real failure: the stop does not hide it.
    expect(await stopped.locator('[data-part="resolution"]').textContent()).toBe(
      'The job also shows a failure (listed below): fix its cause, then restart the job.',
    );
    // First the stop itself; bob's pull back-off stays listed below it (how it is labelled is reported).
    expect((await failingParties(stopped))[0]).toBe(
      'Whole job · alice — Ended by a person: Party: alice execute the cmd: Stop.',
    );
    expect(await jobAlertButtons(stopped)).toEqual(['Log tail', 'Copy log', 'Restart', 'Dismiss']);
    expect(
      await jobs()
        .getByRole('alert', { name: /cannot pull the image/ })
        .count(),
    ).toBe(0);
    await stopped.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await stopped.waitFor({ state: 'detached' });
  });

  it('a Job whose partner fails on its own node (P2P): the task failed because bob failed, and bob’s reason is on bob’s node', async () => {
    await createJob('job-p2p', 'alice-table', 'fail-partner');
    await jobs().getByText('Job job-p2p created.').waitFor();
    const alert = await findJobAlert('Task “job-p2p-task” failed because bob failed');
    await expectJobState('job-p2p', 'Failed');
    expect(await alert.locator('[data-part="resolution"]').textContent()).toBe(
      "bob's reason is visible only on bob's node: ask bob's operator for the task log or their QueryJob result, and restart the job once they have fixed it.",
    );
    expect(await failingParties(alert)).toEqual([
      'job-p2p-task · bob — Another party failed: The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[alice], successful party[], failed party[bob]',
    ]);
    // Kuscia's job message is empty: all there is to read is the task's threshold sentence.
    expect(await jobRow('job-p2p').locator('.table__message').textContent()).toBe('');
    expect(await jobAlertButtons(alert)).toEqual(['Restart', 'Dismiss']);
  });

  it('querying a missing Job: "Job “job-404” does not exist" under 11202, whose own text says only "could not query"', async () => {
    await queryJob('job-404');
    const { alert, code } = await findAlert(jobs(), 'alert', 'Job “job-404” does not exist');
    expect(code).toBe('11202');
    expect((await openDetails(alert))['Code title']).toBe('Could not query the Job');
  });

  it('with the Master switched off, a query shows a retryable 11103 whose Retry succeeds once it is back', async () => {
    await setSwitch('Master unreachable', true);
    await domainAction('query', 'alice');
    // TanStack Query retries 11103 three times on its own (shouldRetryKusciaError) before the alert shows.
    const { alert, code } = await findAlert(
      domains(),
      'alert',
      'The Kuscia master answered HTTP 503 to this lite node',
    );
    expect(code).toBe('11103');
    const retry = alert.getByRole('button', { name: 'Retry', exact: true });
    await retry.waitFor();

    await setSwitch('Master unreachable', false);
    await retry.click();
    await domains().getByRole('heading', { name: 'Queried Domain' }).waitFor();
    expect(await domains().getByRole('alert').count()).toBe(0);
    expect(await domains().getByRole('definition').first().textContent()).toBe('alice');
  });

  it('in zh-CN: the missing Job and the invalid Domain ID read in Chinese', async () => {
    await setLocale('zh-CN');
    await page.getByRole('heading', { level: 1, name: 'Kuscia 控制台' }).waitFor();

    await queryJob('job-404');
    const job = await findAlert(jobs(), 'alert', '任务“job-404”不存在');
    expect(job.code).toBe('11202');
    expect((await openDetails(job.alert))['错误码描述']).toBe('查询任务失败');

    await domainAction('create', 'Alice_1');
    await findAlert(
      domains(),
      'alert',
      '字段 domain_id：只能包含小写字母、数字、“-”和“.”（当前值“Alice_1”）',
    );
    await expectFieldError(domainIdInput(), '只能包含小写字母、数字、“-”和“.”（当前值“Alice_1”）');

    await setLocale('en-US');
    // The mark follows the UI's language.
    await expectFieldError(
      domainIdInput(),
      "Only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
    );
  });

  it("as SecretPad's backend: the Kuscia cause inside 202011402, the server's msg in the console's language, and the sign-in offer for an expired session", async () => {
    await setBackend(
      'SecretPad',
      "The console talks to SecretPad's backend (codes 202xxxxxx, messages in English).",
    );

    await domainAction('create', 'alice');
    const exists = await findAlert(domains(), 'status', 'Domain “alice” already exists');
    expect(exists.code).toBe('202011402');
    expect(await exists.alert.getAttribute('data-source')).toBe('secretpad');
    // Accept-Language: en-US, so SecretPad's msg is its English text; the kit's title is the cause's.
    expect((await openDetails(exists.alert))['Server message']).toBe(
      'Node create error: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
    );

    // In zh-CN the console asks for Chinese, and SecretPad answers in it.
    await setLocale('zh-CN');
    await domains().getByRole('button', { name: '创建', exact: true }).click();
    const existsZh = await findAlert(domains(), 'status', '节点“alice”已存在');
    expect(existsZh.code).toBe('202011402');
    expect((await openDetails(existsZh.alert))['服务端信息']).toBe(
      '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
    );
    await setLocale('en-US');

    // The console's token is refused: SecretPad's 202011602 with LoginInterceptor's "login is expire".
    await setSwitch('Token expired', true);
    await domainAction('query', 'alice');
    const expired = await findAlert(domains(), 'alert', 'Your session has expired');
    expect(expired.code).toBe('202011602');
    await expired.alert.getByRole('button', { name: 'Sign in again', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Signed out', exact: true });
    await dialog.waitFor();
    await dialog
      .getByText('A real console would now take you to its sign-in page', { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // "Signed in" again: the same query succeeds.
    await setSwitch('Token expired', false);
    await domainAction('query', 'alice');
    await domains().getByRole('heading', { name: 'Queried Domain' }).waitFor();

    await setBackend('KusciaAPI', "The console talks to KusciaAPI (Kuscia's own codes, 11xxx).");
  });

  it('after the shutdown switch, the proxy answers 502 and the console says the gateway cannot reach KusciaAPI', async () => {
    page.once('dialog', (dialog) => {
      void dialog.accept();
    });
    await switches().getByRole('button', { name: 'Shut down', exact: true }).click();

    await domainAction('query', 'alice');
    // The browser reached the console's proxy; the proxy could not reach KusciaAPI (ECONNREFUSED) and
    // answered 502 Bad Gateway, which the kit reads as a gateway failure: retryable, source "http".
    const { alert } = await findAlert(domains(), 'alert', 'Gateway could not reach KusciaAPI');
    expect(await alert.getAttribute('data-source')).toBe('http');
    await alert.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    const details = await openDetails(alert);
    expect(details['HTTP status']).toBe('502');
    expect(details['Server message']).toMatch(/ECONNREFUSED/);
  });

  it('with the console server stopped as well, the browser cannot connect and the console shows the network alert', async () => {
    // The page stays loaded; its next call finds nobody listening, so fetch itself rejects, as it does when
    // a console is cut off from its backend.
    await consoleServer?.close();
    consoleServer = undefined;

    await domainAction('query', 'alice');
    // A network failure is retryable: TanStack Query retries it three times before the alert shows.
    const { alert } = await findAlert(domains(), 'alert', 'Cannot reach KusciaAPI');
    expect(await alert.getAttribute('data-source')).toBe('network');
    await alert.getByRole('button', { name: 'Retry', exact: true }).waitFor();
  });

  it('threw no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
