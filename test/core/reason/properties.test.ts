/*
 * Property tests (fast-check) of the reason recognizer and its texts. Each `fc.assert` is one property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeKusciaFieldIssues,
  describeKusciaReason,
  readKusciaReason,
  unquoteKusciaMessage,
  type KusciaErrorReason,
  type KusciaFieldIssue,
} from '../../../src/core/reason';
import { readPrepared } from '../../../src/core/reason/read';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';
import { reasons as zhCN } from '../../../src/locales/zh-CN/reasons';
import { FAMILIES } from '../../fixtures/reason/families';
import { kubernetes } from '../../fixtures/reason/kubernetes';
import { kuscia } from '../../fixtures/reason/kuscia';
import { transport } from '../../fixtures/reason/transport';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation } from '../../fixtures/reason/validation';

const RUNS = 1000;

const fixtures: readonly MessageFixture[] = [
  ...Object.values(kubernetes),
  ...Object.values(transport),
  ...Object.values(kuscia),
  ...Object.values(validation),
];

/** Pieces of real messages, so that random texts get deep into the readers. */
const fragment = fc.oneof(
  fc.constantFrom(
    '"',
    '\\"',
    '\\\\\\"',
    ' ',
    '  ',
    ': ',
    ', ',
    ';',
    '[',
    ']',
    'kusciajobs.kuscia.secretflow ',
    'namespaces ',
    '" not found',
    '" already exists',
    '" is invalid',
    ': Invalid value: ',
    ': Required value',
    ': Unsupported value: ',
    'supported values: ',
    ' in body should match ',
    'spec.tasks[0].taskID',
    'Operation cannot be fulfilled on ',
    ' is forbidden: ',
    'User "',
    ' cannot ',
    'Internal error occurred: ',
    'Get "https://127.0.0.1:6443/apis/kuscia.secretflow/v1alpha1/namespaces/',
    'Post "http://kusciaapi.master.svc/api/v1/job/create": ',
    "unexpected error, status_code: '",
    "', msg: ",
    'job: ',
    ' current status is ',
    ' can not be ',
    'suspend.',
    ' can not be empty',
    ' on tasks[',
    ' in parties[',
    ' on index ',
    ' is required when ',
    ' must be set',
    'Field "domain_id" is invalid, invalid value: "',
    '": regex used for validation is "',
    'parse input cpu resource failed: ',
    "can't parse limit memory ",
    'resource min_cpu ',
    ' format is invalid for party domain_id/role ',
    'key[',
    '] length is ',
    "domain's kusciaAPI could only ",
    'initiator ',
    'json: ',
    "invalid character '",
    'EOF',
    'request ',
    'domain id',
    'with err ',
    '\n',
    'a',
    '-',
    '0',
    '/',
  ),
  fc.string({ maxLength: 6 }),
);
const messageLike = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

const codeArb = fc.oneof(
  fc.constantFrom(null, undefined, 11100, 11101, 11103, 11202, 11305, 12101, 2000, 14, -1),
  fc.integer(),
  fc.double(),
);

const REASON_KEYS = /^[A-Za-z]+$/;

function checkShape(reason: KusciaErrorReason, message: string): void {
  expect(FAMILIES).toContain(reason.family);
  for (const [key, value] of Object.entries(reason)) {
    expect(key).toMatch(REASON_KEYS);
    if (key === 'fields') {
      for (const issue of value as readonly KusciaFieldIssue[]) {
        expect(typeof issue.field).toBe('string');
      }
    } else if (key === 'allowed') {
      expect((value as readonly unknown[]).every((item) => typeof item === 'string')).toBe(true);
    } else {
      expect(typeof value).toBe('string');
    }
  }
  if (reason.name !== undefined) expect(unquoteKusciaMessage(message)).toContain(reason.name);
}

describe('readKusciaReason', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, maxDepth: 3 }),
        codeArb,
        (v, c) => {
          const reason = readKusciaReason(v, c);
          expect(reason === null || typeof reason === 'object').toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on any text: never throws, gives string parameters, and a name found in the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), messageLike),
        codeArb,
        (message, code) => {
          const reason = readKusciaReason(message, code);
          if (reason) checkShape(reason, message);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('reads every fixture the same whether field texts go first or last', () => {
    for (const fixture of fixtures) {
      for (const code of [11100, 12100, 2000]) {
        const text = unquoteKusciaMessage(fixture.message);
        expect(readPrepared(text, code, true), fixture.message).toEqual(
          readPrepared(text, code, false),
        );
      }
    }
  });

  it('reads every fixture the same behind any wrapper Kuscia, gRPC or SecretPad puts in front', () => {
    const prefixes = [
      'create job failed: ',
      'rpc error: code = Unknown desc = ',
      'Kuscia grpc error: ',
      '远程调用Kuscia错误: ',
      '节点创建失败: alice node create fail in kuscia :',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.constantFrom(...prefixes), (fixture, prefix) => {
        const plain = readKusciaReason(fixture.message, fixture.code);
        expect(plain).not.toBeNull();
        expect(readKusciaReason(prefix + fixture.message, fixture.code)).toEqual(plain);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads every fixture the same with its quotes escaped, once or twice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.constantFrom('\\"', '\\\\\\"'), (fixture, q) => {
        const escaped = fixture.message.replaceAll('"', q);
        expect(readKusciaReason(escaped, fixture.code)).toEqual(
          readKusciaReason(fixture.message, fixture.code),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('stays fast on hostile texts, long or repetitive', () => {
    const hostile = fc.oneof(
      fragment.chain((part) => fc.integer({ min: 100, max: 4000 }).map((n) => part.repeat(n))),
      fc.array(fragment, { minLength: 200, maxLength: 800 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, codeArb, (message, code) => {
        const start = performance.now();
        const reason = readKusciaReason(message, code);
        // Generous: a loaded CI machine. A super-linear regex takes seconds here, not milliseconds.
        expect(performance.now() - start).toBeLessThan(250);
        if (reason) checkShape(reason, message);
      }),
      { numRuns: 200 },
    );
  });

  it('reads at most 8 KiB of a 1 MB message', () => {
    const tail = 'kusciajobs.kuscia.secretflow "job-1" not found';
    expect(readKusciaReason(`${'a'.repeat(1_000_000)} ${tail}`, 11202)).toBeNull();
    expect(readKusciaReason(`${tail} ${'a'.repeat(1_000_000)}`, 11202)).toMatchObject({
      family: 'notFound',
      name: 'job-1',
    });
  });
});

const word = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/);
const issueArb: fc.Arbitrary<KusciaFieldIssue> = fc.record(
  {
    family: fc.constantFrom(
      'fieldRequired',
      'fieldFormat',
      'fieldEnum',
      'fieldRange',
      'invalidObject',
    ),
    field: word,
    value: word,
    rule: fc.constantFrom(
      'k3sName',
      'pattern',
      'label',
      'max',
      'maxItems',
      'quantity',
      'port',
      'type',
      'duplicate',
      'emptyOr',
      'unknown',
    ),
    allowed: fc.array(word, { maxLength: 3 }),
    limit: word,
    expected: word,
  },
  { requiredKeys: ['family', 'field'] },
);

/** Reasons with any family and any subset of the parameters the texts use. */
const reasonArb: fc.Arbitrary<KusciaErrorReason> = fc
  .record(
    {
      kind: fc.constantFrom('Domain', 'Job', 'DomainData', 'containers'),
      name: word,
      namespace: word,
      field: word,
      value: word,
      allowed: fc.array(word, { maxLength: 3 }),
      detail: word,
      fields: fc.array(issueArb, { maxLength: 3 }),
      rule: fc.constantFrom(
        'rbac',
        'terminating',
        'oneOf',
        'sourceHeader',
        'k3sName',
        'serviceNamePrefix',
        'regex',
        'certificate',
        'reservedMaster',
        'odpsEndpoint',
        'emptyOr',
        'port',
        'quantity',
        'configKeyLength',
        'configSize',
        'ownResource',
        'routeQuery',
        'jobParticipant',
        'initiator',
        'eof',
        'type',
        'invalid',
        'empty',
      ),
      caveat: fc.constantFrom('anyLookupError', 'orNotParticipant'),
      cause: fc.constantFrom('storage', 'timeout', 'throttled', 'unavailable'),
      causeKind: fc.constantFrom('down', 'timeout', 'dns', 'dropped', 'tls', 'cancelled', 'other'),
      target: fc.constantFrom('local', 'master'),
      httpStatus: fc.constantFrom('401', '403', '500', '503'),
      node: fc.constantFrom('lite', 'master'),
      phase: fc.constantFrom('', 'Running', 'Succeeded', 'Weird'),
      action: fc.constantFrom('suspend', 'restart', 'create', 'retrieve'),
      condition: fc.constantFrom('withoutTransit', 'withTransit', 'thirdDomain', 'other'),
      part: fc.constantFrom('resourceName', 'namespace'),
      jobId: word,
      webhook: word,
      verb: word,
      host: word,
      expected: word,
      actual: word,
      domain: word,
      source: word,
      destination: word,
      regex: word,
      char: word,
      jsonType: word,
      minutes: word,
      length: word,
      max: word,
      size: word,
    },
    { requiredKeys: [] },
  )
  .chain((params) => fc.constantFrom(...FAMILIES).map((family) => ({ ...params, family })));

describe('describeKusciaReason and describeKusciaFieldIssues', () => {
  it('never leave a {placeholder} visible and never give an empty text, in either locale', () => {
    fc.assert(
      fc.property(reasonArb, (reason) => {
        for (const texts of [enUS, zhCN]) {
          const text = describeKusciaReason(reason, texts);
          expect(text.title).not.toBe('');
          expect(text.resolution).not.toBe('');
          expect(text.title + text.resolution).not.toMatch(/\{\w+\}/);
          for (const message of Object.values(describeKusciaFieldIssues(reason, texts))) {
            expect(message).not.toBe('');
            expect(message).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('describe every reason the recognizer reads, with no placeholder left', () => {
    fc.assert(
      fc.property(messageLike, codeArb, (message, code) => {
        const reason = readKusciaReason(message, code);
        if (!reason) return;
        for (const texts of [enUS, zhCN]) {
          const text = describeKusciaReason(reason, texts);
          expect(text.title).not.toBe('');
          // Values come from the message; only a {word} the message itself held may remain.
          const leftover = (text.title + text.resolution).match(/\{\w+\}/g) ?? [];
          for (const placeholder of leftover) expect(message).toContain(placeholder);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
