/*
 * Real texts an outside probe found misread: each reads as the API names it, says what the user can do,
 * and retries only where a retry can help.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaFieldIssues,
  describeKusciaReason,
  readKusciaReason,
  reasonPolicy,
  type KusciaErrorReason,
} from '../../../src/core/reason';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';
import { reasons as zhCN } from '../../../src/locales/zh-CN/reasons';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import { transport as t } from '../../fixtures/reason/transport';
import type { MessageFixture } from '../../fixtures/reason/types';
import { unclassified as u } from '../../fixtures/reason/unclassified';
import { validation as v } from '../../fixtures/reason/validation';

function reasonOf(fixture: MessageFixture): KusciaErrorReason {
  const reason = readKusciaReason(fixture.message, fixture.code);
  if (reason === null) throw new Error(`no reason in ${fixture.message}`);
  return reason;
}

const texts = (reason: KusciaErrorReason) => [
  describeKusciaReason(reason, enUS),
  describeKusciaReason(reason, zhCN),
];

describe("an AppImage's deploy template", () => {
  it('names the proto field, without the PodSpec segment the proto lacks', () => {
    const reason = reasonOf(k.invalidAppImageRequired);
    expect(reason).toMatchObject({
      family: 'invalidObject',
      kind: 'AppImage',
      name: 'fate-image',
      field: 'deploy_templates[0].containers[0].working_dir',
      rule: 'required',
    });
    expect(describeKusciaFieldIssues(reason, enUS)).toEqual({
      'deploy_templates[0].containers[0].working_dir': 'Required',
    });
  });

  it('says "required" in the title too, in both locales', () => {
    const reason = reasonOf(k.invalidAppImageRequired);
    expect(describeKusciaReason(reason, enUS)).toEqual({
      title:
        'AppImage “fate-image” was rejected: deploy_templates[0].containers[0].working_dir is required',
      resolution: 'Fill in deploy_templates[0].containers[0].working_dir and submit again.',
    });
    expect(describeKusciaReason(reason, zhCN)).toEqual({
      title:
        '应用镜像“fate-image”被拒绝：字段 deploy_templates[0].containers[0].working_dir 为必填项',
      resolution: '请填写 deploy_templates[0].containers[0].working_dir 后重新提交。',
    });
  });
});

describe("Kuscia's own CRDs", () => {
  it('reads an update conflict on one as internal, still retryable, without the raw resource noun', () => {
    const reason = reasonOf(k.conflictInternal);
    expect(reason).toMatchObject({
      family: 'updateConflict',
      kind: 'TaskResourceGroup',
      name: 'job-1-psi',
      caveat: 'internal',
    });
    expect(reasonPolicy(reason)).toEqual({ retryable: true });
    expect(describeKusciaReason(reason, enUS)).toEqual({
      title: 'TaskResourceGroup “job-1-psi” was being updated at the same time',
      resolution:
        'Kuscia manages this object itself, and it changed while the request was being handled. Try again; a second attempt usually succeeds.',
    });
    expect(describeKusciaReason(reason, zhCN)).toEqual({
      title: 'TaskResourceGroup“job-1-psi”同时被更新',
      resolution:
        '该对象由 Kuscia 自行管理，处理请求期间它发生了变化。请重试；再试一次通常即可成功。',
    });
  });

  it.each([
    [k.alreadyExistsGateway, 'alreadyExists', 'Gateway'],
    [k.notFoundInteropConfig, 'notFound', 'InteropConfig'],
    [k.notFoundBetaJob, 'notFound', 'KusciaBetaJob'],
    [k.notFoundOtherGroup, 'notFound', 'Gateway'],
  ])('$message names the Kind, as internal', (fixture, family, kind) => {
    const reason = reasonOf(fixture);
    expect(reason).toMatchObject({ family, kind, caveat: 'internal' });
    for (const text of texts(reason)) {
      expect(`${text.title} ${text.resolution}`).not.toMatch(/\.kuscia\.secretflow/);
    }
  });

  it('says so for an InteropConfig that does not exist', () => {
    expect(describeKusciaReason(reasonOf(k.notFoundInteropConfig), enUS).title).toBe(
      'InteropConfig “alice-bob” does not exist',
    );
  });
});

describe('a lite node proxying to a master that answers 4xx', () => {
  it.each([
    [
      t.masterStatus404,
      'The Kuscia master does not serve this API (HTTP 404)',
      'This lite node and the master most likely run different Kuscia versions. Upgrade them to the same version; retrying will not help.',
      'Kuscia Master 不提供此接口（HTTP 404）',
      '本 Lite 节点与 Master 的 Kuscia 版本很可能不一致。请将两者升级到同一版本；重试无济于事。',
    ],
    [
      t.masterStatus405,
      'The Kuscia master does not serve this API (HTTP 405)',
      'This lite node and the master most likely run different Kuscia versions. Upgrade them to the same version; retrying will not help.',
      'Kuscia Master 不提供此接口（HTTP 405）',
      '本 Lite 节点与 Master 的 Kuscia 版本很可能不一致。请将两者升级到同一版本；重试无济于事。',
    ],
    [
      t.masterStatus413,
      "The request is too large for the Kuscia master's gateway (HTTP 413)",
      "Send a smaller request, or ask the master's administrator to raise the gateway's request size limit; retrying will not help.",
      '请求超出了 Kuscia Master 网关的大小限制（HTTP 413）',
      '请减小请求，或请 Master 的管理员调高网关的请求大小限制；重试无济于事。',
    ],
    [
      t.masterStatus400,
      'The Kuscia master rejected the request (HTTP 400)',
      "The master or its gateway refused the request as it was sent; retrying will not help. Check the master's logs, and that this lite node and the master run the same Kuscia version.",
      'Kuscia Master 拒绝了该请求（HTTP 400）',
      'Master 或其网关拒绝了按原样发送的请求，重试无济于事。请查看 Master 的日志，并确认本 Lite 节点与 Master 的 Kuscia 版本一致。',
    ],
  ])('$message: final, with its own text', (fixture, title, resolution, zhTitle, zhResolution) => {
    const reason = reasonOf(fixture);
    expect(reason.family).toBe('masterUnreachable');
    expect(reasonPolicy(reason)).toEqual({ retryable: false });
    expect(describeKusciaReason(reason, enUS)).toEqual({ title, resolution });
    expect(describeKusciaReason(reason, zhCN)).toEqual({
      title: zhTitle,
      resolution: zhResolution,
    });
  });

  it('keeps 5xx, 408 and 429 retryable', () => {
    for (const httpStatus of ['500', '502', '503', '408', '429']) {
      expect(reasonPolicy({ family: 'masterUnreachable', httpStatus }), httpStatus).toEqual({
        retryable: true,
      });
    }
    expect(reasonPolicy({ family: 'masterUnreachable', httpStatus: '422' })).toEqual({
      retryable: false,
    });
  });
});

describe('Serving in zh-CN', () => {
  it('keeps the doc’s word, in the kinds table and in sentences', () => {
    expect(zhCN.kinds.Serving).toBe('Serving');
    expect(
      describeKusciaReason({ family: 'notFound', kind: 'Serving', name: 's-1' }, zhCN).title,
    ).toBe('Serving“s-1”不存在');
    const all = JSON.stringify(zhCN.texts);
    expect(all.replace(/服务端/g, '')).not.toContain('服务');
  });
});

describe('a Task that does not exist', () => {
  it('points to task_id and the Job, never to creating the Task', () => {
    const reason = reasonOf(k.notFoundTaskLog);
    expect(reason).toMatchObject({ family: 'notFound', kind: 'Task', name: 'job-1-psi' });
    expect(describeKusciaReason(reason, enUS)).toEqual({
      title: 'Task “job-1-psi” does not exist',
      resolution:
        'Check task_id in the request. Tasks cannot be created through KusciaAPI: Kuscia creates them when it runs a Job, so query the Job for its tasks and their IDs. The task may not have started yet, or its Job may have been deleted.',
    });
    expect(describeKusciaReason(reason, zhCN)).toEqual({
      title: '子任务“job-1-psi”不存在',
      resolution:
        '请检查请求中的 task_id。子任务无法通过 KusciaAPI 创建，由 Kuscia 在运行任务时创建：请查询所属任务，确认其子任务及 ID。子任务可能尚未启动，或所属任务已被删除。',
    });
  });
});

describe("DataMesh's grant ID", () => {
  it.each([v.grantIdNull, v.grantIdEmptyHandler])('$message → domaindatagrant_id', (fixture) => {
    expect(reasonOf(fixture)).toMatchObject({
      family: 'fieldRequired',
      field: 'domaindatagrant_id',
    });
  });
});

describe('a dial that is not to the apiserver', () => {
  it("is not the apiserver's failure", () => {
    expect(readKusciaReason(u.grpcurlDial.message)).toBeNull();
  });

  it('still is when the dial was to the apiserver', () => {
    expect(
      readKusciaReason('Failed to dial target host "127.0.0.1:6443": context deadline exceeded'),
    ).toMatchObject({ family: 'apiserverUnreachable', causeKind: 'timeout' });
  });
});
