/*
 * Shared helpers of the core tests: the KusciaAPI fixtures (read from `test/fixtures/kusciaapi`, never from
 * outside the project) and a structural check of `KusciaErrorInfo`.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { getKusciaErrorDefinition } from '../../src/core/codes';
import type { KusciaErrorInfo } from '../../src/core/types';
import { MAX_DETAILS_LENGTH, MAX_MESSAGE_LENGTH } from '../../src/core/safe';

const fixturesDir = new URL('../fixtures/kusciaapi/', import.meta.url);

/** The raw text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

/** A JSON fixture, parsed fresh on every call (tests may mutate it). */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

export const SOURCES = ['kuscia', 'http', 'network', 'timeout', 'aborted', 'unknown'] as const;

/**
 * Throws (through `expect`) unless `info` is a well-formed, frozen `KusciaErrorInfo` whose derived fields
 * agree with the code table.
 */
export function assertWellFormed(info: KusciaErrorInfo | null): asserts info is KusciaErrorInfo {
  expect(info).not.toBeNull();
  if (info === null) return;
  expect(typeof info).toBe('object');
  expect(Object.isFrozen(info)).toBe(true);

  const { code } = info;
  expect(code === null || (typeof code === 'number' && Number.isSafeInteger(code))).toBe(true);
  const definition = code === null ? undefined : getKusciaErrorDefinition(code);
  expect(info.known).toBe(definition !== undefined);
  expect(info.definition).toBe(definition);
  if (code === 0) throw new Error('an info never carries code 0 (that is success)');

  expect(SOURCES).toContain(info.source);
  if (code !== null) expect(info.source).toBe('kuscia');

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
  expect(typeof info.retryable).toBe('boolean');
  if (definition) {
    expect(info.retryable).toBe(definition.retryable);
    expect(info.severity).toBe(definition.severity);
  }
  expect(['error', 'warning']).toContain(info.severity);
  expect(typeof info.fingerprint).toBe('string');
  expect(info.fingerprint.length).toBeGreaterThan(0);
  expect('cause' in info).toBe(true);
}
