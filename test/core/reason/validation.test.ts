/*
 * Kuscia's field validation texts: the field named in words becomes the request field as the API spells
 * it (MESSAGES.md §4), and every cause of a `;`-joined message is kept.
 */
import { describe, expect, it } from 'vitest';
import { readKusciaReason } from '../../../src/core/reason';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation as v } from '../../fixtures/reason/validation';

const read = (f: MessageFixture) => readKusciaReason(f.message, f.code);

describe('fieldRequired', () => {
  it.each([
    { f: v.domainIdEmpty, field: 'domain_id' },
    { f: v.requestDomainIdEmpty, field: 'domain_id' },
    { f: v.domainIdOnIndex, field: 'domain_ids[2]' },
    { f: v.appImageNameOnIndex, field: 'names[0]' },
    { f: v.taskAliasOnTask, field: 'tasks[0].alias' },
    { f: v.partiesOnTask, field: 'tasks[1].parties' },
    { f: v.partyDomainId, field: 'tasks[].parties[].domain_id' },
    { f: v.servingAppImageInParty, field: 'parties[1].app_image' },
    { f: v.configDataKey, field: 'data[0].key' },
    { f: v.dataSourceIdOfDomain, field: 'datasource_id' },
    { f: v.grantBatchData, field: 'data' },
    { f: v.ossBucketEmpty, field: 'info.oss.bucket' },
    { f: v.damengDatabaseEmpty, field: 'info.database.database' },
    { f: v.odpsInfoNil, field: 'info.odps' },
    { f: v.approveResultSet, field: 'result' },
  ])('$f.message → $field', ({ f, field }) => {
    const reason = read(f);
    expect(reason).toMatchObject({ family: 'fieldRequired', field });
    expect(reason?.fields).toEqual([{ family: 'fieldRequired', field }]);
  });

  it('keeps the subject as written and the index', () => {
    expect(read(v.taskAliasOnTask)).toEqual({
      family: 'fieldRequired',
      field: 'tasks[0].alias',
      subject: 'task alias',
      index: '0',
      fields: [{ family: 'fieldRequired', field: 'tasks[0].alias' }],
    });
  });

  it('reads the conditions, `tranist` (sic) included', () => {
    expect(read(v.endpointWithoutTransit)).toMatchObject({
      field: 'endpoint',
      condition: 'withoutTransit',
    });
    expect(read(v.transitMethodTypo)).toMatchObject({
      field: 'transit.transit_method',
      subject: 'tranist method',
      condition: 'withTransit',
    });
    expect(read(v.transitDomain)).toMatchObject({
      field: 'transit.domain.domain_id',
      condition: 'thirdDomain',
    });
  });

  it('reads "info key and info all empty" as one of two fields', () => {
    expect(read(v.infoKeyAndInfoEmpty)).toEqual({
      family: 'fieldRequired',
      field: 'info_key',
      rule: 'oneOf',
      fields: [
        { family: 'fieldRequired', field: 'info_key' },
        { family: 'fieldRequired', field: 'info' },
      ],
    });
  });

  it('reads the missing Kuscia-Source header as the caller’s configuration, not a form field', () => {
    expect(read(v.sourceHeaderSet)).toEqual({
      family: 'fieldRequired',
      rule: 'sourceHeader',
      subject: 'source domain header',
    });
  });
});

describe('`;`-joined validation', () => {
  it('keeps every cause on the framework path (11100)', () => {
    expect(read(v.handlerValidateJoined)).toEqual({
      family: 'fieldRequired',
      field: 'domain_id',
      subject: 'domainID',
      fields: [
        { family: 'fieldRequired', field: 'domain_id' },
        { family: 'fieldRequired', field: 'domaindata_id' },
      ],
    });
  });

  it("keeps ConfManager's mixed causes (2000), typo included", () => {
    expect(read(v.certificateJoined)?.fields).toEqual([
      { family: 'fieldRequired', field: 'common_name' },
      { family: 'fieldRange', field: 'duration_sec', rule: 'positive' },
      { family: 'fieldEnum', field: 'key_type', allowed: ['PKCS#1', 'PKCS#8'] },
    ]);
  });

  it('does not split under other codes', () => {
    expect(readKusciaReason(v.handlerValidateJoined.message, 11502)?.fields).toEqual([
      { family: 'fieldRequired', field: 'domain_id' },
    ]);
  });

  it('does not split when a part is not a field text', () => {
    expect(
      readKusciaReason('domain id can not be empty;something else went wrong', 11100)?.fields,
    ).toEqual([{ family: 'fieldRequired', field: 'domain_id' }]);
  });
});

describe('fieldFormat', () => {
  it('reads the K3s name regex, trailing space and all', () => {
    expect(read(v.nameRegexDomainId)).toEqual({
      family: 'fieldFormat',
      field: 'domain_id',
      value: 'Alice_1',
      rule: 'k3sName',
      regex: '^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$',
      fields: [
        {
          family: 'fieldFormat',
          field: 'domain_id',
          value: 'Alice_1',
          rule: 'k3sName',
          expected: '^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$',
        },
      ],
    });
  });

  it("reads Kuscia's `appimage_id` as the request field `name`", () => {
    expect(read(v.nameRegexAppImage)).toMatchObject({ field: 'name', value: 'SecretFlow' });
  });

  it('reads the service name prefix of a party', () => {
    expect(read(v.serviceNamePrefix)).toMatchObject({
      family: 'fieldFormat',
      field: 'parties[0].service_name_prefix',
      value: '1abc',
      rule: 'serviceNamePrefix',
      index: '0',
    });
  });

  it.each([
    { f: v.certNotBase64, field: 'cert', rule: 'certificate' },
    { f: v.reservedMaster, field: 'domain_id', rule: 'reservedMaster' },
    { f: v.odpsEndpoint, field: 'info.odps.endpoint', rule: 'odpsEndpoint' },
  ])('$f.message → $rule', ({ f, field, rule }) => {
    expect(read(f)).toMatchObject({ family: 'fieldFormat', field, rule });
  });
});

describe('fieldEnum', () => {
  it.each([
    { f: v.roleInvalid, reason: { field: 'role', rule: 'emptyOr', allowed: ['partner'] } },
    {
      f: v.dataSourceType,
      reason: {
        field: 'type',
        value: 'ftp',
        allowed: ['localfs', 'oss', 'mysql', 'odps', 'postgresql', 'hive', 'dameng'],
      },
    },
    {
      f: v.dataSourceTypeRelease,
      reason: {
        field: 'type',
        value: 'dameng',
        allowed: ['localfs', 'oss', 'mysql', 'odps', 'postgresql', 'hive'],
      },
    },
    {
      f: v.routeProtocol,
      reason: { field: 'endpoint.ports[].protocol', allowed: ['HTTP', 'HTTPS', 'GRPC', 'GRPCS'] },
    },
    {
      f: v.updateStrategy,
      reason: {
        field: 'parties[].update_strategy.type',
        allowed: ['Recreate', 'RollingUpdate'],
        party: 'alice',
        role: 'server',
      },
    },
    { f: v.keyType, reason: { field: 'key_type', allowed: ['PKCS#1', 'PKCS#8'] } },
    { f: v.approveResultLegal, reason: { field: 'result' } },
  ])('$f.message', ({ f, reason }) => {
    expect(read(f)).toMatchObject({ family: 'fieldEnum', ...reason });
  });

  it('leaves out an empty value', () => {
    expect(read(v.dataSourceTypeEmpty)).toEqual({
      family: 'fieldEnum',
      field: 'type',
      fields: [{ family: 'fieldEnum', field: 'type' }],
    });
  });
});

describe('fieldRange', () => {
  it.each([
    {
      f: v.routePort,
      reason: { field: 'endpoint.ports[].port', rule: 'port', min: '1', max: '65535' },
    },
    {
      f: v.bandwidthKbps,
      reason: { field: 'tasks[].parties[].bandwidth_limits[].limit_kbps', rule: 'positive' },
    },
    { f: v.replicas, reason: { field: 'deploy_templates[].replicas', rule: 'nonNegative' } },
    { f: v.durationTypo, reason: { field: 'duration_sec', rule: 'positive' } },
    { f: v.replicaIndex, reason: { field: 'replica_idx', rule: 'replicaIndex' } },
    {
      f: v.inputCpuQuantity,
      reason: { field: 'tasks[].parties[].resources.cpu', rule: 'quantity' },
    },
    {
      f: v.servingQuantity,
      reason: {
        field: 'parties[].resources[].min_memory',
        value: '4GB',
        rule: 'quantity',
        party: 'alice',
        role: 'server',
      },
    },
    {
      f: v.appImageCpuQuantity,
      reason: {
        field: 'deploy_templates[].containers[].resources.requests.cpu',
        value: '5mi',
        rule: 'quantity',
        detail: "unable to parse quantity's suffix",
      },
    },
    {
      f: v.configKeyLength,
      reason: {
        field: 'key',
        value: 'a-very-long-key',
        rule: 'configKeyLength',
        length: '300',
        max: '256',
      },
    },
  ])('$f.message', ({ f, reason }) => {
    expect(read(f)).toMatchObject({ family: 'fieldRange', ...reason });
  });

  it('does not echo the CPU value that upstream prints for a memory field', () => {
    const reason = read(v.appImageMemoryQuantity);
    expect(reason).toMatchObject({
      family: 'fieldRange',
      field: 'deploy_templates[].containers[].resources.limits.memory',
      rule: 'quantity',
    });
    expect(reason).not.toHaveProperty('value');
  });

  it('reads a bare quantity text, which names no field', () => {
    expect(read(v.bareQuantity)).toEqual({
      family: 'fieldRange',
      rule: 'quantity',
      detail: "unable to parse quantity's suffix",
    });
  });

  it('prints the config size threshold as the integer Go formatted as a float', () => {
    expect(read(v.configSize)).toEqual({
      family: 'fieldRange',
      rule: 'configSize',
      size: '3670100',
      max: '3670016',
    });
  });
});
