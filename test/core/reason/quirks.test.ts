/*
 * Where and how a message arrives: behind Kuscia's, gRPC's and SecretPad's prefixes, with quotes escaped
 * once or twice, with the trailing and double spaces and the typos of the wire format, and messages that
 * must give no reason at all.
 */
import { describe, expect, it } from 'vitest';
import { readKusciaReason, unquoteKusciaMessage } from '../../../src/core/reason';
import { unclassified } from '../../fixtures/reason/unclassified';

const jobNotFound = {
  family: 'notFound',
  kind: 'Job',
  resource: 'kusciajobs',
  group: 'kuscia.secretflow',
  name: 'job-1',
};

describe('prefixes', () => {
  it.each([
    'create job failed: kusciajobs.kuscia.secretflow "job-1" not found',
    'rpc error: code = Unknown desc = kusciajobs.kuscia.secretflow "job-1" not found',
    'Kuscia grpc error: kusciajobs.kuscia.secretflow "job-1" not found',
    '定时任务重跑失败: kusciajobs.kuscia.secretflow "job-1" not found',
  ])('%s', (message) => {
    expect(readKusciaReason(message, null)).toEqual(jobNotFound);
  });

  it("reads the Kuscia message inside SecretPad's node-create text", () => {
    expect(
      readKusciaReason(
        '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
        null,
      ),
    ).toEqual({
      family: 'alreadyExists',
      kind: 'Domain',
      resource: 'domains',
      group: 'kuscia.secretflow',
      name: 'alice',
    });
    expect(
      readKusciaReason(
        '节点创建失败: alice node create fail in kuscia :domain id can not be empty',
        null,
      ),
    ).toMatchObject({ family: 'fieldRequired', field: 'domain_id', subject: 'domain id' });
  });

  it('finds the field subject after a wrapper', () => {
    expect(readKusciaReason('项目任务创建失败: job id can not be empty', null)).toMatchObject({
      family: 'fieldRequired',
      field: 'job_id',
      subject: 'job id',
    });
    expect(
      readKusciaReason('create job failed: task alias can not be empty on tasks[3]'),
    ).toMatchObject({ family: 'fieldRequired', field: 'tasks[3].alias' });
  });
});

describe('escaped quotes', () => {
  it('reads quotes escaped once (11103 bodies, issue texts) and twice (double-encoded JSON)', () => {
    expect(readKusciaReason('kusciajobs.kuscia.secretflow \\"job-1\\" not found', 11202)).toEqual(
      jobNotFound,
    );
    expect(
      readKusciaReason('kusciajobs.kuscia.secretflow \\\\\\"job-1\\\\\\" not found', 11202),
    ).toEqual(jobNotFound);
  });

  it('unquotes by removing each run of backslashes in front of a quote, and nothing else', () => {
    expect(unquoteKusciaMessage('a \\"b\\" c \\\\\\"d\\\\\\" e\\n')).toBe('a "b" c "d" e\\n');
    expect(unquoteKusciaMessage('  plain text  ')).toBe('plain text');
  });
});

describe('spaces and typos of the wire format', () => {
  it('accepts trailing spaces', () => {
    expect(
      readKusciaReason('endpoint port should be positive and less than or equal to 65535 ', 11100),
    ).toMatchObject({ family: 'fieldRange', rule: 'port' });
    expect(readKusciaReason('domains.kuscia.secretflow "bob" not found   ', 11305)).toMatchObject({
      family: 'notFound',
      name: 'bob',
    });
  });

  it('reads the double space of an empty job phase as an empty phase', () => {
    expect(
      readKusciaReason('job: job-1 current status is  can not be restart.', 11211),
    ).toMatchObject({ phase: '', action: 'restart' });
  });

  it('reads `tranist` and `sedconds` as Kuscia spells them', () => {
    expect(
      readKusciaReason('tranist method is required when transit is not empty', 11100),
    ).toMatchObject({ field: 'transit.transit_method' });
    expect(readKusciaReason('duration sedconds must greater than 0', 2000)).toMatchObject({
      field: 'duration_sec',
      rule: 'positive',
    });
  });
});

describe('codes', () => {
  it('reads the Kubernetes texts under any code', () => {
    for (const code of [11100, 11102, 11202, 11305, 11600, 13201, 2000, 14, -1, null]) {
      expect(readKusciaReason('kusciajobs.kuscia.secretflow "job-1" not found', code)).toEqual(
        jobNotFound,
      );
    }
  });

  it('treats a code that is not a finite number as no code', () => {
    expect(readKusciaReason('unexpected EOF', Number.NaN)).toBeNull();
    expect(readKusciaReason('json: unknown field "x"', Number.POSITIVE_INFINITY)).toEqual({
      family: 'malformedBody',
      rule: 'unknownField',
      field: 'x',
    });
  });
});

describe('messages that are no reason', () => {
  it.each(Object.entries(unclassified))('%s', (_name, fixture) => {
    expect(readKusciaReason(fixture.message, fixture.code)).toBeNull();
  });

  it('gives null for the same texts without a code', () => {
    for (const fixture of Object.values(unclassified)) {
      expect(readKusciaReason(fixture.message, null)).toBeNull();
    }
  });

  it('gives null for values that are not a message', () => {
    for (const value of [null, undefined, 42, true, {}, [], '', '   ', Symbol('x'), () => 'x']) {
      expect(readKusciaReason(value, 11305)).toBeNull();
    }
  });
});
