#!/usr/bin/env node
// `npm start`: the local KusciaAPI-compatible server and the demo console, in one command.
//
//   npm start                            the server answers as KusciaAPI
//   npm start -- --flavour secretpad     as SecretPad's backend (the console's Backend switch changes it live)
//
// Arguments go to the server (examples/kuscia-api-server/cli.mjs), which checks them.
//
//   PORT              the server's HTTP port (default 8082, KusciaAPI's)
//   KUSCIA_API_TOKEN  the server's token, which the console's proxy sends (default: the server's dev token)
//   CONSOLE_PORT      the console's port (default 5173, or the next free one)
//
// Ctrl-C (SIGINT) or SIGTERM stops both. When either child dies, the other is stopped too; the one
// exception is the server stopping cleanly through the console's "Shut down" failure switch, which leaves the
// console running so that it can show the failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const repo = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

const apiPort = process.env.PORT || '8082';
const consolePort = process.env.CONSOLE_PORT || '5173';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);

const children = new Map();
let stopping = false;
let exitCode = 0;

function run(name, args, env, onLine) {
  const child = spawn(process.execPath, args, {
    cwd: repo,
    env: { ...process.env, ...(colour ? { FORCE_COLOR: '1' } : {}), ...env },
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  children.set(name, child);
  const label = paint('2', `${name.padEnd(7)} │ `);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      (stream === child.stderr ? process.stderr : process.stdout).write(`${label}${line}\n`);
      onLine?.(stripVTControlCharacters(line));
    });
  }
  child.on('error', (error) => {
    console.error(`${label}could not start: ${error.message}`);
    stop(1);
  });
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping && name === 'api' && code === 0) {
      // The console's "Shut down" failure switch (POST /admin/shutdown) stops the server cleanly, on
      // purpose: keep the console up so it can show how it reports a KusciaAPI that is gone.
      console.log(
        `${label}stopped (the shutdown switch). The console stays up to show the failure; ` +
          'Ctrl-C stops it, npm start brings both back.',
      );
      return;
    }
    if (!stopping) {
      console.error(`${label}exited (${signal ?? `code ${code}`}); stopping the rest.`);
      stop(code === 0 || code === null ? 1 : code);
    } else if (children.size === 0) {
      process.exit(exitCode);
    }
  });
  return child;
}

function stop(code, signal = 'SIGTERM') {
  if (!stopping) exitCode = code;
  stopping = true;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill(signal);
  // Whatever ignores the signal gets SIGKILL after a grace period.
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(exitCode);
  }, 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    console.log(`\n${signal}: stopping the console and the server…`);
    // 130 / 143: the conventional "stopped by SIGINT / SIGTERM" exit codes.
    stop(signal === 'SIGINT' ? 130 : 143, signal);
  });
}

run('api', ['examples/kuscia-api-server/cli.mjs', ...process.argv.slice(2)], { PORT: apiPort });

let announced = false;
run(
  'console',
  [
    viteBin,
    '--config',
    'examples/console/vite.config.ts',
    '--port',
    consolePort,
    '--strictPort',
    'false',
  ],
  { KUSCIA_API_URL: process.env.KUSCIA_API_URL || apiUrl },
  (line) => {
    const match = /Local:\s+(https?:\/\/\S+)/.exec(line);
    if (!match || announced) return;
    announced = true;
    const url = match[1];
    const rule = '─'.repeat(url.length + 22);
    console.log(
      [
        '',
        paint('36', `┌${rule}┐`),
        paint('36', '│ ') + paint('1', `Kuscia console:  ${url}`) + paint('36', '    │'),
        paint('36', `└${rule}┘`),
        `  KusciaAPI-compatible server at ${process.env.KUSCIA_API_URL || apiUrl} (proxied as /api and /admin)`,
        "  Switch it between KusciaAPI and SecretPad's backend in the console's Failure switches.",
        '  Press Ctrl-C to stop both.',
        '',
      ].join('\n'),
    );
  },
);
