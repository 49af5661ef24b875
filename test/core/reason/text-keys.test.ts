/*
 * Every text key is reachable: for each key a reason that selects it. The locale's own text is replaced
 * (through overrides) by the key's name followed by the key's own placeholders, so the test sees which
 * key won while the choice still depends on the placeholders the reason can fill.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaReason,
  KUSCIA_REASON_TEXT_KEYS,
  type KusciaErrorReason,
  type KusciaReasonTextKey,
  type KusciaReasonTextOverrides,
} from '../../../src/core/reason';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';

const overrides: KusciaReasonTextOverrides = Object.fromEntries(
  KUSCIA_REASON_TEXT_KEYS.map((key) => {
    const text = enUS.texts[key];
    const names = [...`${text.title} ${text.resolution}`.matchAll(/\{\w+\}/g)].map((m) => m[0]);
    return [key, { title: key, resolution: names.join(' ') || '-' }];
  }),
);

const chosen = (reason: KusciaErrorReason) => describeKusciaReason(reason, enUS, overrides).title;

const required = (field: string) => ({ family: 'fieldRequired' as const, field });

const cases: Readonly<Record<KusciaReasonTextKey, KusciaErrorReason>> = {
  notFound: { family: 'notFound' },
  'notFound.kind': { family: 'notFound', kind: 'Job' },
  'notFound.named': { family: 'notFound', kind: 'Job', name: 'j' },
  'notFound.inDomain': { family: 'notFound', kind: 'DomainData', name: 'd', namespace: 'alice' },
  'notFound.lookup': {
    family: 'notFound',
    kind: 'DomainData',
    name: 'd',
    caveat: 'anyLookupError',
  },
  'notFound.lookupUnnamed': { family: 'notFound', kind: 'DomainData', caveat: 'anyLookupError' },
  'notFound.serving': { family: 'notFound', kind: 'Serving', caveat: 'orNotParticipant' },
  'notFound.masterDomain': {
    family: 'notFound',
    kind: 'Domain',
    name: 'm',
    field: 'master_domain_id',
  },
  alreadyExists: { family: 'alreadyExists' },
  'alreadyExists.named': { family: 'alreadyExists', kind: 'Domain', name: 'a' },
  'alreadyExists.route': { family: 'alreadyExists', kind: 'DomainRoute', name: 'a-b' },
  'alreadyExists.config': { family: 'alreadyExists', kind: 'Config', name: 'k' },
  updateConflict: { family: 'updateConflict' },
  'updateConflict.kind': { family: 'updateConflict', kind: 'Job' },
  'updateConflict.named': { family: 'updateConflict', kind: 'Job', name: 'j' },
  invalidObject: { family: 'invalidObject' },
  'invalidObject.named': { family: 'invalidObject', kind: 'Job', name: 'j' },
  'invalidObject.cause': {
    family: 'invalidObject',
    kind: 'Job',
    name: 'j',
    field: 'tasks',
    fields: [{ family: 'fieldRange', field: 'tasks', rule: 'maxItems', limit: '128' }],
  },
  'invalidObject.causes': {
    family: 'invalidObject',
    kind: 'Job',
    name: 'j',
    field: 'tasks',
    fields: [required('tasks'), required('initiator')],
  },
  forbidden: { family: 'forbidden', rule: 'other' },
  'forbidden.rbac': { family: 'forbidden', rule: 'rbac', verb: 'get', kind: 'Domain' },
  'forbidden.rbacInDomain': {
    family: 'forbidden',
    rule: 'rbac',
    verb: 'get',
    kind: 'DomainData',
    namespace: 'alice',
  },
  'forbidden.terminating': { family: 'forbidden', rule: 'terminating', namespace: 'alice' },
  unauthorized: { family: 'unauthorized' },
  serverBusy: { family: 'serverBusy', cause: 'storage' },
  'serverBusy.timeout': { family: 'serverBusy', cause: 'timeout' },
  serverInternal: { family: 'serverInternal' },
  'serverInternal.webhook': { family: 'serverInternal', webhook: 'w' },
  apiserverUnreachable: { family: 'apiserverUnreachable', causeKind: 'other' },
  'apiserverUnreachable.master': {
    family: 'apiserverUnreachable',
    causeKind: 'down',
    target: 'master',
    host: 'apiserver.master.svc',
  },
  'apiserverUnreachable.down': { family: 'apiserverUnreachable', causeKind: 'down' },
  'apiserverUnreachable.timeout': { family: 'apiserverUnreachable', causeKind: 'timeout' },
  'apiserverUnreachable.dns': { family: 'apiserverUnreachable', causeKind: 'dns' },
  'apiserverUnreachable.dropped': { family: 'apiserverUnreachable', causeKind: 'dropped' },
  'apiserverUnreachable.tls': { family: 'apiserverUnreachable', causeKind: 'tls' },
  'apiserverUnreachable.cancelled': { family: 'apiserverUnreachable', causeKind: 'cancelled' },
  masterUnreachable: { family: 'masterUnreachable' },
  'masterUnreachable.httpStatus': { family: 'masterUnreachable', httpStatus: '502' },
  'masterUnreachable.rejected': { family: 'masterUnreachable', httpStatus: '403' },
  'masterUnreachable.transport': { family: 'masterUnreachable', causeKind: 'down' },
  admissionDenied: { family: 'admissionDenied' },
  'admissionDenied.webhook': { family: 'admissionDenied', webhook: 'w', rule: 'noExplanation' },
  'admissionDenied.reason': { family: 'admissionDenied', webhook: 'w', detail: 'no' },
  apiNotSupported: { family: 'apiNotSupported' },
  'apiNotSupported.lite': { family: 'apiNotSupported', node: 'lite' },
  'apiNotSupported.master': { family: 'apiNotSupported', node: 'master' },
  jobState: { family: 'jobState', jobId: 'j', phase: 'Running' },
  'jobState.suspend': { family: 'jobState', jobId: 'j', phase: 'Failed', action: 'suspend' },
  'jobState.restart': { family: 'jobState', jobId: 'j', phase: 'Running', action: 'restart' },
  'jobState.suspendPending': { family: 'jobState', jobId: 'j', phase: '', action: 'suspend' },
  'jobState.restartPending': { family: 'jobState', jobId: 'j', phase: '', action: 'restart' },
  emptyIdentifier: { family: 'emptyIdentifier', part: 'resourceName', rule: 'empty' },
  'emptyIdentifier.namespace': { family: 'emptyIdentifier', part: 'namespace', rule: 'empty' },
  'emptyIdentifier.invalid': {
    family: 'emptyIdentifier',
    part: 'resourceName',
    rule: 'invalid',
    value: 'a/b',
  },
  'emptyIdentifier.invalidNamespace': {
    family: 'emptyIdentifier',
    part: 'namespace',
    rule: 'invalid',
    value: '..',
  },
  fieldRequired: { family: 'fieldRequired' },
  'fieldRequired.field': { family: 'fieldRequired', field: 'job_id' },
  'fieldRequired.withoutTransit': {
    family: 'fieldRequired',
    field: 'endpoint',
    condition: 'withoutTransit',
  },
  'fieldRequired.withTransit': {
    family: 'fieldRequired',
    field: 'transit.transit_method',
    condition: 'withTransit',
  },
  'fieldRequired.thirdDomain': {
    family: 'fieldRequired',
    field: 'transit.domain.domain_id',
    condition: 'thirdDomain',
  },
  'fieldRequired.several': {
    family: 'fieldRequired',
    field: 'a',
    fields: [required('a'), required('b')],
  },
  'fieldRequired.oneOf': {
    family: 'fieldRequired',
    field: 'info_key',
    rule: 'oneOf',
    fields: [required('info_key'), required('info')],
  },
  'fieldRequired.sourceHeader': { family: 'fieldRequired', rule: 'sourceHeader' },
  'fieldRequired.mixed': {
    family: 'fieldRequired',
    field: 'a',
    fields: [required('a'), { family: 'fieldRange', field: 'b', rule: 'positive' }],
  },
  fieldFormat: { family: 'fieldFormat' },
  'fieldFormat.field': { family: 'fieldFormat', field: 'f' },
  'fieldFormat.k3sName': { family: 'fieldFormat', field: 'f', value: 'V', rule: 'k3sName' },
  'fieldFormat.serviceNamePrefix': {
    family: 'fieldFormat',
    field: 'f',
    value: '1',
    rule: 'serviceNamePrefix',
  },
  'fieldFormat.regex': {
    family: 'fieldFormat',
    field: 'f',
    value: 'v',
    rule: 'regex',
    regex: '^a$',
  },
  'fieldFormat.certificate': { family: 'fieldFormat', field: 'cert', rule: 'certificate' },
  'fieldFormat.reservedMaster': {
    family: 'fieldFormat',
    field: 'domain_id',
    rule: 'reservedMaster',
  },
  'fieldFormat.odpsEndpoint': { family: 'fieldFormat', field: 'e', rule: 'odpsEndpoint' },
  'fieldFormat.several': {
    family: 'fieldFormat',
    field: 'a',
    fields: [
      { family: 'fieldFormat', field: 'a' },
      { family: 'fieldFormat', field: 'b' },
    ],
  },
  fieldEnum: { family: 'fieldEnum' },
  'fieldEnum.field': { family: 'fieldEnum', field: 'f' },
  'fieldEnum.value': { family: 'fieldEnum', field: 'f', value: 'v' },
  'fieldEnum.allowed': { family: 'fieldEnum', field: 'f', allowed: ['a', 'b'] },
  'fieldEnum.valueAllowed': { family: 'fieldEnum', field: 'f', value: 'v', allowed: ['a'] },
  'fieldEnum.emptyOr': {
    family: 'fieldEnum',
    field: 'role',
    rule: 'emptyOr',
    allowed: ['partner'],
  },
  'fieldEnum.several': {
    family: 'fieldEnum',
    field: 'a',
    fields: [
      { family: 'fieldEnum', field: 'a' },
      { family: 'fieldEnum', field: 'b' },
    ],
  },
  fieldRange: { family: 'fieldRange' },
  'fieldRange.field': { family: 'fieldRange', field: 'f' },
  'fieldRange.port': { family: 'fieldRange', field: 'f', rule: 'port' },
  'fieldRange.positive': { family: 'fieldRange', field: 'f', rule: 'positive' },
  'fieldRange.nonNegative': { family: 'fieldRange', field: 'f', rule: 'nonNegative' },
  'fieldRange.timeout': { family: 'fieldRange', field: 'f', rule: 'timeout' },
  'fieldRange.replicaIndex': { family: 'fieldRange', field: 'f', rule: 'replicaIndex' },
  'fieldRange.quantity': { family: 'fieldRange', field: 'f', rule: 'quantity' },
  'fieldRange.quantityValue': { family: 'fieldRange', field: 'f', value: '4GB', rule: 'quantity' },
  'fieldRange.quantityUnnamed': { family: 'fieldRange', rule: 'quantity' },
  'fieldRange.configKeyLength': {
    family: 'fieldRange',
    field: 'key',
    rule: 'configKeyLength',
    length: '300',
    max: '256',
  },
  'fieldRange.configSize': { family: 'fieldRange', rule: 'configSize', size: '9', max: '8' },
  'fieldRange.several': {
    family: 'fieldRange',
    field: 'a',
    fields: [
      { family: 'fieldRange', field: 'a' },
      { family: 'fieldRange', field: 'b' },
    ],
  },
  scopeDenied: { family: 'scopeDenied' },
  'scopeDenied.ownResource': {
    family: 'scopeDenied',
    rule: 'ownResource',
    kind: 'Domain',
    expected: 'a',
    actual: 'b',
  },
  'scopeDenied.routeDestination': {
    family: 'scopeDenied',
    rule: 'routeDestination',
    expected: 'a',
    actual: 'b',
  },
  'scopeDenied.routeQuery': {
    family: 'scopeDenied',
    rule: 'routeQuery',
    domain: 'a',
    source: 'b',
    destination: 'c',
  },
  'scopeDenied.jobCreate': { family: 'scopeDenied', rule: 'jobParticipant', action: 'create' },
  'scopeDenied.jobDelete': { family: 'scopeDenied', rule: 'jobParticipant', action: 'delete' },
  'scopeDenied.jobRetrieve': { family: 'scopeDenied', rule: 'jobParticipant', action: 'retrieve' },
  'scopeDenied.jobApprove': { family: 'scopeDenied', rule: 'jobParticipant', action: 'approve' },
  'scopeDenied.serving': { family: 'scopeDenied', rule: 'servingParticipant' },
  'scopeDenied.liteDomainData': {
    family: 'scopeDenied',
    rule: 'liteDomainData',
    expected: 'a',
    actual: 'b',
  },
  'scopeDenied.dataSource': {
    family: 'scopeDenied',
    rule: 'dataSource',
    expected: 'a',
    actual: 'b',
  },
  'scopeDenied.masterDataSource': { family: 'scopeDenied', rule: 'masterDataSource' },
  'scopeDenied.initiator': { family: 'scopeDenied', rule: 'initiator', expected: 'a' },
  'scopeDenied.initiatorActual': {
    family: 'scopeDenied',
    rule: 'initiator',
    expected: 'a',
    actual: 'b',
  },
  'scopeDenied.initiatorNotParty': {
    family: 'scopeDenied',
    rule: 'initiatorNotParty',
    actual: 'c',
  },
  'scopeDenied.grantSelf': { family: 'scopeDenied', rule: 'grantSelf' },
  malformedBody: { family: 'malformedBody' },
  'malformedBody.eof': { family: 'malformedBody', rule: 'eof' },
  'malformedBody.syntax': { family: 'malformedBody', rule: 'syntax', char: '}' },
  'malformedBody.type': { family: 'malformedBody', rule: 'type', field: 'f', jsonType: 'number' },
  'malformedBody.unknownField': { family: 'malformedBody', rule: 'unknownField', field: 'f' },
  sessionExpired: { family: 'sessionExpired' },
  permissionDenied: { family: 'permissionDenied' },
  accountLocked: { family: 'accountLocked' },
  'accountLocked.minutes': { family: 'accountLocked', minutes: '3' },
};

describe('every text key', () => {
  it.each(Object.entries(cases))('%s is chosen for its reason', (key, reason) => {
    expect(chosen(reason)).toBe(key);
  });
});
