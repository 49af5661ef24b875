/*
 * reasonPolicy: the retry and severity facts a message knows better than its code.
 */
import { describe, expect, it } from 'vitest';
import {
  FINAL_REASON_FAMILIES,
  readKusciaReason,
  reasonPolicy,
  RETRYABLE_REASON_FAMILIES,
  WARNING_REASON_FAMILIES,
  type KusciaErrorReason,
} from '../../../src/core/reason';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import { kuscia as c } from '../../fixtures/reason/kuscia';
import { transport as t } from '../../fixtures/reason/transport';
import { FAMILIES } from '../../fixtures/reason/families';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation as v } from '../../fixtures/reason/validation';

function policyOf(fixture: MessageFixture) {
  const reason = readKusciaReason(fixture.message, fixture.code);
  if (reason === null) throw new Error(`no reason in ${fixture.message}`);
  return reasonPolicy(reason);
}

describe('reasonPolicy', () => {
  it('lists the retryable and warning families', () => {
    expect([...RETRYABLE_REASON_FAMILIES].sort()).toEqual([
      'apiserverUnreachable',
      'masterUnreachable',
      'serverBusy',
      'serverInternal',
      'updateConflict',
    ]);
    expect([...WARNING_REASON_FAMILIES]).toEqual(['alreadyExists']);
  });

  it('gives every family one verdict: retryable, final, or (a job without a phase) retry later', () => {
    const decided = [...RETRYABLE_REASON_FAMILIES, ...FINAL_REASON_FAMILIES].sort();
    expect(decided).toEqual([...FAMILIES].sort());
  });

  it('says retry for what was unavailable or changed meanwhile, whatever the code', () => {
    expect(policyOf(k.conflictJob)).toEqual({ retryable: true });
    expect(policyOf(k.busyStorage)).toEqual({ retryable: true });
    expect(policyOf(k.internalServer)).toEqual({ retryable: true });
    expect(policyOf(t.apiserverRefused)).toEqual({ retryable: true });
    expect(policyOf(t.masterStatus503)).toEqual({ retryable: true });
  });

  it('does not retry the master refusing the lite node: a registration problem, not an outage', () => {
    for (const status of ['401', '403']) {
      const reason = readKusciaReason(
        `unexpected error, status_code: '${status}', msg: "unauthorized."`,
        11103,
      );
      expect(reason).toMatchObject({ family: 'masterUnreachable', httpStatus: status });
      expect(reasonPolicy(reason as KusciaErrorReason)).toEqual({ retryable: false });
    }
  });

  it('says warning, and no retry, for what exists already', () => {
    expect(policyOf(k.alreadyExistsDomain)).toEqual({ retryable: false, severity: 'warning' });
    expect(policyOf(c.grantIsExist)).toEqual({ retryable: false, severity: 'warning' });
  });

  it('says retry later for a job that has no phase yet, and no retry for a job in a phase', () => {
    expect(policyOf(c.jobSuspendEmptyPhase)).toEqual({ retryable: true });
    expect(policyOf(c.jobRestartSucceeded)).toEqual({ retryable: false });
  });

  it('says no retry for what an unchanged request gets again, and leaves the severity to the code', () => {
    expect(policyOf(k.notFoundJob)).toEqual({ retryable: false });
    expect(policyOf(v.domainIdEmpty)).toEqual({ retryable: false });
    expect(policyOf(c.scopeOwnDomain)).toEqual({ retryable: false });
  });

  it('leaves a family it does not know to the code', () => {
    expect(reasonPolicy({ family: 'fromANewerKit' } as unknown as KusciaErrorReason)).toEqual({});
  });

  it('never throws on a value that is not a reason', () => {
    expect(reasonPolicy(null as unknown as KusciaErrorReason)).toEqual({});
    const hostile = Object.defineProperty({}, 'family', {
      get() {
        throw new Error('boom');
      },
    }) as KusciaErrorReason;
    expect(reasonPolicy(hostile)).toEqual({});
  });
});
