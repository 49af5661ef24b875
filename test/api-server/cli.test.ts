/*
 * `node examples/kuscia-api-server/cli.mjs`, as a developer or a script starts it: a child process,
 * configured by the environment, announcing its URL on exactly one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../examples/kuscia-api-server/cli.mjs');
const URL_LINE = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const SERVER_VARIABLES = new Set([
  'KUSCIA_API_TOKEN',
  'KUSCIA_SIM_MASTER_UNREACHABLE',
  'KUSCIA_SIM_LATENCY_MS',
  'KUSCIA_SIM_GATEWAY_502',
  'KUSCIA_SIM_FLAVOUR',
]);

/** Environment for the child: the test runner's, minus anything that would configure the server. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !SERVER_VARIABLES.has(name));
  return { ...Object.fromEntries(inherited), PORT: '0', ...extra };
}

/** Starts the CLI and waits for its URL line; resolves with the URL and every line printed so far. */
async function startCli(env: Record<string, string> = {}, args: string[] = []) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  const url = await new Promise<string>((found, failed) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const match = URL_LINE.exec(line);
      if (match?.[1]) found(match[1]);
    });
    child.once('exit', (code) => {
      failed(new Error(`the server exited (${code}) before printing its URL: ${lines.join('\n')}`));
    });
  });
  // Let the lines printed right after the URL arrive.
  await new Promise((done) => setTimeout(done, 100));
  return { child, url, lines };
}

describe('the command line', () => {
  it('prints one URL line on PORT=0, with the development token', async () => {
    const { url, lines } = await startCli();
    expect(lines.filter((line) => line.includes('http://'))).toEqual([
      `KusciaAPI-compatible server listening on ${url} (Token: kuscia-dev-token, the development default)`,
    ]);
    const response = await fetch(`${url}/api/v1/domain/query`, {
      method: 'POST',
      headers: { Token: 'kuscia-dev-token' },
      body: JSON.stringify({ domain_id: 'bob' }),
    });
    expect(((await response.json()) as { status: { code: number } }).status.code).toBe(11305);
  });

  it('takes the token from KUSCIA_API_TOKEN, and does not print it', async () => {
    const { url, lines } = await startCli({ KUSCIA_API_TOKEN: 's3cret-token' });
    expect(lines.join('\n')).not.toContain('s3cret-token');
    expect(lines.join('\n')).toContain('Token: from KUSCIA_API_TOKEN');
    const query = (token: string) =>
      fetch(`${url}/api/v1/domain/query`, {
        method: 'POST',
        headers: { Token: token },
        body: '{}',
      });
    expect((await query('kuscia-dev-token')).status).toBe(401);
    expect((await query('s3cret-token')).status).toBe(200);
  });

  it('turns the switches on from the environment', async () => {
    const { url, lines } = await startCli({
      KUSCIA_SIM_GATEWAY_502: '1',
      KUSCIA_SIM_LATENCY_MS: '5',
    });
    expect(lines).toContain(
      'Failure switches: latencyMs=5, gateway502 (GET/POST /admin/switches; no token)',
    );
    expect((await fetch(`${url}/api/v1/domain/query`, { method: 'POST', body: '{}' })).status).toBe(
      502,
    );
    const switches = await fetch(`${url}/admin/switches`);
    expect(await switches.json()).toEqual({
      masterUnreachable: false,
      latencyMs: 5,
      gateway502: true,
      updateConflict: false,
      tokenExpired: false,
      flavour: 'kuscia',
    });
  });

  it('plays SecretPad with --flavour secretpad, which wins over KUSCIA_SIM_FLAVOUR', async () => {
    const { url, lines } = await startCli({ KUSCIA_SIM_FLAVOUR: 'kuscia' }, [
      '--flavour',
      'secretpad',
    ]);
    expect(lines).toContain(
      'Flavour: secretpad (SecretPad backend envelopes; token in User-Token; msg per Accept-Language)',
    );
    const response = await fetch(`${url}/api/v1/domain/query`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: {
        code: 202011602,
        msg: '用户认证失败: The request header does not contain User-Token!',
      },
      data: null,
    });
  });

  it('plays SecretPad with KUSCIA_SIM_FLAVOUR=secretpad', async () => {
    const { url } = await startCli({ KUSCIA_SIM_FLAVOUR: 'secretpad' });
    const switches = await fetch(`${url}/admin/switches`);
    expect(((await switches.json()) as { flavour: string }).flavour).toBe('secretpad');
  });

  it('refuses an unknown flag with exit code 2, naming it', async () => {
    const child = spawn(process.execPath, [CLI, '--flavor', 'secretpad'], {
      env: cleanEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--flavor'");
  });

  it('stops on SIGTERM', async () => {
    const { child, url } = await startCli();
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    await expect(fetch(`${url}/admin/switches`)).rejects.toThrow();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [
      { KUSCIA_SIM_GATEWAY_502: 'maybe' },
      'KUSCIA_SIM_GATEWAY_502 must be 1 or 0 (true or false), got "maybe"',
    ],
    [
      { KUSCIA_SIM_LATENCY_MS: '-5' },
      'KUSCIA_SIM_LATENCY_MS must be a whole number from 0 to 600000, got "-5"',
    ],
    [{ KUSCIA_SIM_FLAVOUR: 'spad' }, 'KUSCIA_SIM_FLAVOUR must be kuscia or secretpad, got "spad"'],
  ])('refuses %j with exit code 2 and a message naming the variable', async (env, message) => {
    const child = spawn(process.execPath, [CLI], {
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(message);
  });
});
