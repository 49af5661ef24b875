/*
 * Shared helpers of the core tests: the KusciaAPI fixtures (read from `test/fixtures/kusciaapi`, never from
 * outside the project) and a structural check of `KusciaErrorInfo`.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { getKusciaErrorDefinition } from '../../src/core/codes';
import { MAX_DETAILS_LENGTH, MAX_MESSAGE_LENGTH } from '../../src/core/read';
import { getRegisteredDefinition } from '../../src/core/registry';
import type { KusciaErrorInfo } from '../../src/core/types';

const fixturesDir = new URL('../fixtures/kusciaapi/', import.meta.url);

/** The raw text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

/** A JSON fixture, parsed fresh on every call (tests may mutate it). */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export const SOURCES = [
  'kuscia',
  'secretpad',
  'http',
  'network',
  'timeout',
  'aborted',
  'invalidResponse',
  'unknown',
] as const;

/**
 * The enumerable own keys of every info, in the order the parser writes them (`definition` only when there
 * is one). `reason`, `retryable` and `severity` are getters, read on first access: not own keys.
 */
const INFO_KEYS = [
  'code',
  'known',
  'source',
  'serverMessage',
  'details',
  'httpStatus',
  'fingerprint',
  'input',
];

/**
 * Throws (through `expect`) unless `info` is a well-formed, frozen `KusciaErrorInfo` whose derived fields
 * agree with the code table (or the registered catalogue that defines its code).
 */
export function assertWellFormed(info: KusciaErrorInfo | null): asserts info is KusciaErrorInfo {
  expect(info).not.toBeNull();
  if (info === null) return;
  expect(typeof info).toBe('object');
  expect(Object.isFrozen(info)).toBe(true);
  expect(Object.keys(info).filter((key) => key !== 'definition')).toEqual(INFO_KEYS);

  const { code } = info;
  expect(code === null || (typeof code === 'number' && Number.isSafeInteger(code))).toBe(true);
  const kuscia = code === null ? undefined : getKusciaErrorDefinition(code);
  const registered = code === null || kuscia ? undefined : getRegisteredDefinition(code);
  const definition = kuscia ?? registered;
  expect(info.known).toBe(definition !== undefined);
  expect(info.definition).toBe(definition);
  if (code === 0) throw new Error('an info never carries code 0 (that is success)');

  expect(SOURCES).toContain(info.source);
  // A code is Kuscia's, or its catalogue's when a registered catalogue (not Kuscia's table) defines it; a
  // code neither knows is the envelope's: Kuscia's, or SecretPad's when the status spells its message `msg`.
  if (registered) expect(info.source).toBe(registered.catalog);
  else if (kuscia) expect(info.source).toBe('kuscia');
  else if (code !== null) expect(['kuscia', 'secretpad']).toContain(info.source);

  const { serverMessage } = info;
  expect(serverMessage === null || typeof serverMessage === 'string').toBe(true);
  if (serverMessage !== null) {
    expect(serverMessage.length).toBeGreaterThan(0);
    expect(serverMessage.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH + 1);
    expect(serverMessage).toBe(serverMessage.trim());
  }
  expect(info.details === null || typeof info.details === 'string').toBe(true);
  if (info.details !== null)
    expect(info.details.length).toBeLessThanOrEqual(MAX_DETAILS_LENGTH + 1);

  const { httpStatus } = info;
  expect(
    httpStatus === null || (typeof httpStatus === 'number' && Number.isSafeInteger(httpStatus)),
  ).toBe(true);
  expect(info.reason === null || typeof info.reason === 'object').toBe(true);
  expect(typeof info.retryable).toBe('boolean');
  // A reason read from the message may overrule the code's policy; without one the code decides.
  if (definition && info.reason === null) {
    expect(info.retryable).toBe(definition.retryable);
    expect(info.severity).toBe(definition.severity);
  }
  expect(['error', 'warning']).toContain(info.severity);
  expect(typeof info.fingerprint).toBe('string');
  expect(info.fingerprint.length).toBeGreaterThan(0);
  expect('input' in info).toBe(true);
  expect('cause' in info).toBe(false);
}
