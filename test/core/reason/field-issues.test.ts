/*
 * describeKusciaFieldIssues turns the field causes of a reason into form errors: one message per form
 * field, every cause of a multi-field message, the app's own field names.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaFieldIssues,
  readKusciaReason,
  type KusciaErrorReason,
  type KusciaReasonTexts,
} from '../../../src/core/reason';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';
import { reasons as zhCN } from '../../../src/locales/zh-CN/reasons';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation as v } from '../../fixtures/reason/validation';

function reasonOf(fixture: MessageFixture): KusciaErrorReason {
  const reason = readKusciaReason(fixture.message, fixture.code);
  if (reason === null) throw new Error(`no reason in ${fixture.message}`);
  return reason;
}

describe('describeKusciaFieldIssues', () => {
  it('gives one message per field, in the locale', () => {
    expect(describeKusciaFieldIssues(reasonOf(v.nameRegexDomainId), enUS)).toEqual({
      domain_id: "Only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
    });
    expect(describeKusciaFieldIssues(reasonOf(v.nameRegexDomainId), zhCN)).toEqual({
      domain_id: '只能包含小写字母、数字、“-”和“.”（当前值“Alice_1”）',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.taskAliasOnTask), enUS)).toEqual({
      'tasks[0].alias': 'Required',
    });
  });

  it('keeps every cause of a `;`-joined message', () => {
    expect(describeKusciaFieldIssues(reasonOf(v.certificateJoined), enUS)).toEqual({
      common_name: 'Required',
      duration_sec: 'Must be greater than 0',
      key_type: 'Must be one of PKCS#1, PKCS#8',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.certificateJoined), zhCN)).toEqual({
      common_name: '必填',
      duration_sec: '必须大于 0',
      key_type: '必须是 PKCS#1、PKCS#8 之一',
    });
  });

  it('keeps every cause of a Kubernetes Invalid', () => {
    expect(describeKusciaFieldIssues(reasonOf(k.invalidTwoCauses), enUS)).toEqual({
      max_parallelism: 'Must be at most 128',
      'tasks[0].task_id': 'Must match [a-z0-9]([-a-z0-9]*[a-z0-9])? (got “---”)',
    });
    expect(describeKusciaFieldIssues(reasonOf(k.invalidRouteEnum), zhCN)).toEqual({
      'token_config.token_gen_method': '不支持“RAND-GEN”，请使用 RSA-GEN、UID-RSA-GEN 之一',
    });
  });

  it('words each rule', () => {
    expect(describeKusciaFieldIssues(reasonOf(v.roleInvalid), enUS)).toEqual({
      role: 'Must be empty or partner',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.routePort), enUS)).toEqual({
      'endpoint.ports[].port': 'Must be between 1 and 65535',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.servingQuantity), enUS)).toEqual({
      'parties[].resources[].min_memory':
        '“4GB” is not a valid quantity (for example 2, 500m, 4Gi)',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.configKeyLength), zhCN)).toEqual({
      key: '过长（最多 256 字节）',
    });
    expect(describeKusciaFieldIssues(reasonOf(v.reservedMaster), enUS)).toEqual({
      domain_id: '“master” is reserved; choose another ID',
    });
    expect(describeKusciaFieldIssues(reasonOf(k.invalidName), enUS)).toEqual({
      domain_id:
        "Only lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (got “alice..bob”)",
    });
  });

  it('gives the Domain ID of an emptyIdentifier whose field is known', () => {
    expect(describeKusciaFieldIssues(reasonOf(k.emptyNamespace), enUS)).toEqual({
      domain_id: 'Required',
    });
    expect(describeKusciaFieldIssues(reasonOf(k.invalidNamespaceName), enUS)).toEqual({
      domain_id: 'Invalid format (got “..”)',
    });
    expect(describeKusciaFieldIssues(reasonOf(k.emptyResourceName), enUS)).toEqual({});
  });

  it('reads a reason built by hand, without `fields`', () => {
    expect(
      describeKusciaFieldIssues(
        { family: 'fieldEnum', field: 'type', value: 'ftp', allowed: ['oss', 'mysql'] },
        enUS,
      ),
    ).toEqual({ type: '“ftp” is not supported; use one of oss, mysql' });
  });

  it('maps API fields to form fields, by record (indices generalized) or function', () => {
    const reason = reasonOf(v.handlerValidateJoined);
    expect(
      describeKusciaFieldIssues(reason, enUS, { fieldName: { domain_id: 'domainId' } }),
    ).toEqual({ domainId: 'Required', domaindata_id: 'Required' });
    expect(
      describeKusciaFieldIssues(reasonOf(v.taskAliasOnTask), enUS, {
        fieldName: { 'tasks[].alias': 'taskName' },
      }),
    ).toEqual({ taskName: 'Required' });
    expect(
      describeKusciaFieldIssues(reason, enUS, {
        fieldName: (field) => (field === 'domaindata_id' ? 'table' : undefined),
      }),
    ).toEqual({ domain_id: 'Required', table: 'Required' });
  });

  it('keeps the first cause when two land on the same form field', () => {
    expect(
      describeKusciaFieldIssues(reasonOf(v.handlerValidateJoined), enUS, { fieldName: () => 'id' }),
    ).toEqual({ id: 'Required' });
  });

  it('uses the locale’s field labels only in titles, not as form keys', () => {
    const texts: KusciaReasonTexts = { ...enUS, fields: { domain_id: 'Domain ID' } };
    expect(describeKusciaFieldIssues(reasonOf(v.domainIdEmpty), texts)).toEqual({
      domain_id: 'Required',
    });
  });

  it('gives {} for reasons that are not about fields, and never throws', () => {
    expect(describeKusciaFieldIssues(reasonOf(k.notFoundJob), enUS)).toEqual({});
    expect(describeKusciaFieldIssues(reasonOf(v.sourceHeaderSet), enUS)).toEqual({});
    expect(describeKusciaFieldIssues(null as unknown as KusciaErrorReason, enUS)).toEqual({});
    expect(
      describeKusciaFieldIssues(reasonOf(v.domainIdEmpty), enUS, {
        fieldName: () => {
          throw new Error('boom');
        },
      }),
    ).toEqual({ domain_id: 'Required' });
    expect(
      describeKusciaFieldIssues(
        { family: 'fieldRequired', fields: [{ family: 'fieldRequired', field: '__proto__' }] },
        enUS,
      ),
    ).toEqual({});
  });
});
