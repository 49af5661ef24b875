/*
 * The one retry and severity policy (src/core/policy.ts): what the code table, gRPC and HTTP say, and that
 * an info says the same as the policy the badge reads.
 */
import { describe, expect, it } from 'vitest';
import { kusciaErrorCodes } from '../../src/core/codes';
import { parseKusciaError } from '../../src/core/parse';
import { codePolicy, failurePolicy } from '../../src/core/policy';
import { shouldRetryKusciaError } from '../../src/core/retry';
import type { KusciaErrorSource } from '../../src/core/types';

const ERROR = { retryable: false, severity: 'error' } as const;

describe('codePolicy', () => {
  it('follows the code table for every Kuscia code', () => {
    for (const definition of kusciaErrorCodes) {
      expect(codePolicy(definition.code), String(definition.code)).toEqual({
        retryable: definition.retryable,
        severity: definition.severity,
      });
    }
  });

  it('names the Kuscia codes that differ from a plain error', () => {
    expect(codePolicy(11103)).toEqual({ retryable: true, severity: 'error' });
    expect(codePolicy(11306)).toEqual({ retryable: false, severity: 'warning' });
    expect(codePolicy(11210)).toEqual({ retryable: false, severity: 'warning' });
    expect(codePolicy(11305)).toEqual(ERROR);
  });

  it('retries gRPC UNAVAILABLE (14) only, and calls CANCELLED (1) and ALREADY_EXISTS (6) warnings', () => {
    const expected: Record<number, { retryable: boolean; severity: string }> = {
      1: { retryable: false, severity: 'warning' },
      6: { retryable: false, severity: 'warning' },
      14: { retryable: true, severity: 'error' },
    };
    for (let code = 1; code <= 16; code += 1) {
      expect(codePolicy(code), String(code)).toEqual(expected[code] ?? ERROR);
    }
  });

  it('gives any other code a plain error', () => {
    for (const code of [0, 17, -1, 11999, 202011402, 1.5, Number.NaN]) {
      expect(codePolicy(code), String(code)).toEqual(ERROR);
    }
  });
});

describe('failurePolicy without a code', () => {
  const failure = (source: KusciaErrorSource, httpStatus: number | null = null) =>
    failurePolicy({ code: null, source, httpStatus }, null);

  it('retries what found nobody: network and timeout', () => {
    expect(failure('network')).toEqual({ retryable: true, severity: 'error' });
    expect(failure('timeout')).toEqual({ retryable: true, severity: 'error' });
  });

  it('calls a cancelled request a warning, not retried', () => {
    expect(failure('aborted')).toEqual({ retryable: false, severity: 'warning' });
  });

  it('retries HTTP 408, 429, 502, 503 and 504 only', () => {
    for (const status of [408, 429, 502, 503, 504]) {
      expect(failure('http', status), String(status)).toEqual({
        retryable: true,
        severity: 'error',
      });
    }
    for (const status of [400, 401, 403, 404, 413, 500, 501, 302]) {
      expect(failure('http', status), String(status)).toEqual(ERROR);
    }
  });

  it('does not retry an answer that is not KusciaAPI`s, nor an unknown failure', () => {
    expect(failure('invalidResponse', 200)).toEqual(ERROR);
    expect(failure('unknown')).toEqual(ERROR);
  });

  it('lets a code decide over the transport', () => {
    expect(failurePolicy({ code: 11306, source: 'kuscia', httpStatus: 503 }, null)).toEqual({
      retryable: false,
      severity: 'warning',
    });
  });
});

describe('the info and the policy agree', () => {
  it('gRPC 6 (ALREADY_EXISTS) is a warning in the info as in the policy', () => {
    expect(parseKusciaError({ status: { code: 6, message: 'exists' } })?.severity).toBe('warning');
    expect(codePolicy(6).severity).toBe('warning');
  });

  it('for every code of the table and of gRPC, and for an unknown one', () => {
    const codes = [...kusciaErrorCodes.map((d) => d.code), 1, 5, 6, 14, 16, 11999];
    for (const code of codes) {
      const info = parseKusciaError(code);
      expect({ retryable: info?.retryable, severity: info?.severity }, String(code)).toEqual(
        codePolicy(code),
      );
    }
  });

  it('a final cause under a retryable code is not retried: no Retry under "does not exist"', () => {
    // 11103 (the lite→master proxy) is retryable; the master's answer says the Job is not there.
    const info = parseKusciaError({
      status: { code: 11103, message: 'kusciajobs.kuscia.secretflow "job-1" not found' },
    });
    expect(info?.reason?.family).toBe('notFound');
    expect(info?.retryable).toBe(false);
    expect(shouldRetryKusciaError(0, info)).toBe(false);
  });
});
