/*
 * reasonPolicy: the retry and severity facts a message knows better than its code.
 */
import { describe, expect, it } from 'vitest';
import {
  readKusciaReason,
  reasonPolicy,
  RETRYABLE_REASON_FAMILIES,
  WARNING_REASON_FAMILIES,
  type KusciaErrorReason,
} from '../../../src/core/reason';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import { kuscia as c } from '../../fixtures/reason/kuscia';
import { transport as t } from '../../fixtures/reason/transport';
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

  it('says warning for what exists already', () => {
    expect(policyOf(k.alreadyExistsDomain)).toEqual({ severity: 'warning' });
    expect(policyOf(c.grantIsExist)).toEqual({ severity: 'warning' });
  });

  it('says retry later for a job that has no phase yet, and nothing for a job in a phase', () => {
    expect(policyOf(c.jobSuspendEmptyPhase)).toEqual({ retryable: true });
    expect(policyOf(c.jobRestartSucceeded)).toEqual({});
  });

  it('leaves everything else to the code', () => {
    expect(policyOf(k.notFoundJob)).toEqual({});
    expect(policyOf(v.domainIdEmpty)).toEqual({});
    expect(policyOf(c.scopeOwnDomain)).toEqual({});
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
