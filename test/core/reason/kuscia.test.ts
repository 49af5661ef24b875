/*
 * Kuscia's own texts: objects that do not exist or exist already, job state, APIs a node does not serve,
 * scope refusals and body-decode errors.
 */
import { describe, expect, it } from 'vitest';
import { readKusciaReason } from '../../../src/core/reason';
import { kuscia as k } from '../../fixtures/reason/kuscia';
import type { MessageFixture } from '../../fixtures/reason/types';

const read = (f: MessageFixture) => readKusciaReason(f.message, f.code);

describe("Kuscia's not-found texts", () => {
  it('reads the data source texts with their Domain', () => {
    expect(read(k.dataSourceNotInDomain)).toEqual({
      family: 'notFound',
      kind: 'DomainDataSource',
      name: 'default-data-source',
      namespace: 'bob',
    });
    expect(read(k.dataSourceDoesNotExist)).toEqual({
      family: 'notFound',
      kind: 'DomainDataSource',
      name: 'ds-1',
      namespace: 'alice',
    });
  });

  it('marks the DomainData texts Kuscia gives for any failed lookup', () => {
    expect(read(k.domainDataNotExists)).toEqual({
      family: 'notFound',
      kind: 'DomainData',
      name: 'alice-table',
      caveat: 'anyLookupError',
    });
    expect(read(k.domainDataCantBeFound)).toEqual({
      family: 'notFound',
      kind: 'DomainData',
      caveat: 'anyLookupError',
    });
  });

  it('marks `serving not found`, which also means "not a participant"', () => {
    expect(read(k.servingNotFound)).toEqual({
      family: 'notFound',
      kind: 'Serving',
      caveat: 'orNotParticipant',
    });
  });

  it('reads a missing info key as a Config entry', () => {
    expect(read(k.infoKeyNotExist)).toEqual({
      family: 'notFound',
      kind: 'Config',
      name: 'oss-secret',
    });
  });
});

describe("Kuscia's already-exists texts", () => {
  it.each([
    { f: k.dataSourceAlreadyExist, kind: 'DomainDataSource', name: 'ds-1' },
    { f: k.grantIsExist, kind: 'DomainDataGrant', name: 'grant-1' },
    { f: k.configKeyExists, kind: 'Config', name: 'db-password' },
  ])('$f.message → $kind', ({ f, kind, name }) => {
    expect(read(f)).toEqual({ family: 'alreadyExists', kind, name });
  });

  it("reads a leftover Deployment as the Deployment, not the Serving, without the prefix's namespace", () => {
    for (const f of [k.deploymentExists, k.deploymentExistsInDomain]) {
      expect(read(f), f.message).toEqual({
        family: 'alreadyExists',
        kind: 'Deployment',
        name: 'serving-1',
        caveat: 'internal',
      });
    }
  });
});

describe('jobState', () => {
  it('reads the job, its phase and the action', () => {
    expect(read(k.jobSuspendSucceeded)).toEqual({
      family: 'jobState',
      kind: 'Job',
      name: 'job-1',
      jobId: 'job-1',
      phase: 'Succeeded',
      action: 'suspend',
    });
    expect(read(k.jobRestartRunning)).toEqual({
      family: 'jobState',
      kind: 'Job',
      name: 'job-psi-2',
      jobId: 'job-psi-2',
      phase: 'Running',
      action: 'restart',
    });
  });

  it('keeps an empty phase (two spaces before `can not`): the job is not processed yet', () => {
    expect(read(k.jobSuspendEmptyPhase)).toEqual({
      family: 'jobState',
      kind: 'Job',
      name: 'job-1',
      jobId: 'job-1',
      phase: '',
      action: 'suspend',
    });
  });
});

describe('apiNotSupported', () => {
  it('names the node kind', () => {
    expect(read(k.liteNotSupported)).toEqual({ family: 'apiNotSupported', node: 'lite' });
    expect(read(k.masterNotSupported)).toEqual({ family: 'apiNotSupported', node: 'master' });
  });
});

describe('scopeDenied', () => {
  it.each([
    {
      f: k.scopeOwnDomain,
      reason: { rule: 'ownResource', kind: 'Domain', expected: 'alice', actual: 'bob' },
    },
    {
      f: k.scopeOwnDomainData,
      reason: { rule: 'ownResource', kind: 'DomainData', expected: 'alice', actual: 'bob' },
    },
    {
      f: k.scopeRouteDestination,
      reason: { rule: 'routeDestination', kind: 'DomainRoute', expected: 'alice', actual: 'bob' },
    },
    {
      f: k.scopeRouteQuery,
      reason: {
        rule: 'routeQuery',
        kind: 'DomainRoute',
        domain: 'alice',
        destination: 'bob',
        source: 'carol',
      },
    },
    { f: k.scopeJobRetrieve, reason: { rule: 'jobParticipant', kind: 'Job', action: 'retrieve' } },
    { f: k.scopeJobCreate, reason: { rule: 'jobParticipant', kind: 'Job', action: 'create' } },
    { f: k.scopeServing, reason: { rule: 'servingParticipant', kind: 'Serving' } },
    {
      f: k.scopeLiteDomainData,
      reason: { rule: 'liteDomainData', kind: 'DomainData', expected: 'alice', actual: 'bob' },
    },
    {
      f: k.scopeDataSource,
      reason: { rule: 'dataSource', kind: 'DomainDataSource', expected: 'alice', actual: 'bob' },
    },
    { f: k.scopeMasterDataSource, reason: { rule: 'masterDataSource', kind: 'DomainDataSource' } },
    { f: k.scopeInitiatorP2P, reason: { rule: 'initiator', actual: 'bob', expected: 'alice' } },
    { f: k.scopeServingInitiator, reason: { rule: 'initiator', expected: 'alice' } },
    { f: k.scopeInitiatorNotParty, reason: { rule: 'initiatorNotParty', actual: 'carol' } },
    { f: k.scopeGrantSelf, reason: { rule: 'grantSelf', kind: 'DomainDataGrant' } },
  ])('$f.message', ({ f, reason }) => {
    expect(read(f)).toEqual({ family: 'scopeDenied', ...reason });
  });
});

describe('malformedBody', () => {
  it.each([
    { f: k.bodyEof, reason: { rule: 'eof' } },
    { f: k.bodyUnexpectedEof, reason: { rule: 'eof' } },
    { f: k.bodyLegacy, reason: { rule: 'eof' } },
    {
      f: k.bodySyntax,
      reason: { rule: 'syntax', char: '}', where: 'looking for beginning of object key string' },
    },
    {
      f: k.bodyType,
      reason: {
        rule: 'type',
        jsonType: 'number',
        goStruct: 'CreateDomainRequest',
        field: 'domain_id',
        goType: 'string',
      },
    },
    { f: k.bodyUnknownField, reason: { rule: 'unknownField', field: 'domainId' } },
  ])('$f.code $f.message', ({ f, reason }) => {
    expect(read(f)).toEqual({ family: 'malformedBody', ...reason });
  });

  it('only under 11101 / 12101; without a code only a decoder text that is the whole message', () => {
    expect(readKusciaReason(k.bodyUnknownField.message, 11100)).toBeNull();
    expect(readKusciaReason(k.bodyUnknownField.message, null)).toEqual({
      family: 'malformedBody',
      rule: 'unknownField',
      field: 'domainId',
    });
    expect(readKusciaReason('unexpected EOF', null)).toBeNull();
    expect(
      readKusciaReason(
        "unmarshal data source info failed, invalid character 'x' looking for beginning of value",
        null,
      ),
    ).toBeNull();
  });
});
