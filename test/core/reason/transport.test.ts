/*
 * Transport failures: the Kubernetes API server unreachable (any code), the master unreachable from a
 * lite node (11103 only).
 */
import { describe, expect, it } from 'vitest';
import { readKusciaReason } from '../../../src/core/reason';
import { transport as t } from '../../fixtures/reason/transport';
import type { MessageFixture } from '../../fixtures/reason/types';

const read = (f: MessageFixture) => readKusciaReason(f.message, f.code);

describe('apiserverUnreachable', () => {
  it('reads the URL of a Go url.Error into the object it was about', () => {
    expect(read(t.apiserverRefused)).toEqual({
      family: 'apiserverUnreachable',
      causeKind: 'down',
      target: 'local',
      verb: 'Get',
      url: 'https://127.0.0.1:6443/apis/kuscia.secretflow/v1alpha1/namespaces/alice/domaindatas/dd-1',
      host: '127.0.0.1:6443',
      path: '/apis/kuscia.secretflow/v1alpha1/namespaces/alice/domaindatas/dd-1',
      detail: 'dial tcp 127.0.0.1:6443: connect: connection refused',
      apiGroup: 'kuscia.secretflow',
      namespace: 'alice',
      resource: 'domaindatas',
      kind: 'DomainData',
      name: 'dd-1',
    });
  });

  it("marks the master's apiserver, which lite nodes call directly", () => {
    expect(read(t.apiserverLiteDns)).toMatchObject({
      family: 'apiserverUnreachable',
      causeKind: 'dns',
      target: 'master',
      host: 'apiserver.master.svc',
      namespace: 'alice',
      kind: 'DomainData',
    });
    expect(read(t.apiserverLiteDns)).not.toHaveProperty('name');
  });

  it.each([
    { f: t.apiserverTimeout, causeKind: 'timeout' },
    { f: t.apiserverTls, causeKind: 'tls' },
    { f: t.apiserverEof, causeKind: 'dropped' },
    { f: t.apiserverReset, causeKind: 'dropped' },
    { f: t.apiserverNode, causeKind: 'timeout' },
    { f: t.apiserverList, causeKind: 'cancelled' },
  ])('$f.message → $causeKind', ({ f, causeKind }) => {
    expect(read(f)).toMatchObject({ family: 'apiserverUnreachable', causeKind });
  });

  it('reads core paths and list queries', () => {
    expect(read(t.apiserverNode)).toMatchObject({
      resource: 'nodes',
      kind: 'Node',
      name: 'node-1',
    });
    expect(read(t.apiserverList)).toMatchObject({
      path: '/apis/kuscia.secretflow/v1alpha1/namespaces/alice/domaindatas',
      resource: 'domaindatas',
      namespace: 'alice',
    });
  });

  it('reads the rate limiter and bare tails', () => {
    expect(read(t.rateLimiter)).toEqual({
      family: 'apiserverUnreachable',
      causeKind: 'timeout',
      detail: 'context deadline exceeded',
    });
    expect(read(t.bareDeadline)).toEqual({
      family: 'apiserverUnreachable',
      causeKind: 'timeout',
      detail: 'context deadline exceeded',
    });
    expect(read(t.bareConnectionLost)).toEqual({
      family: 'apiserverUnreachable',
      causeKind: 'dropped',
      detail: 'http2: client connection lost',
    });
  });

  it('is not the master proxy: a url.Error to kusciaapi.master.svc under another code is nothing', () => {
    expect(readKusciaReason(t.masterTransport.message, 11202)).toBeNull();
    expect(readKusciaReason(t.masterTransportOtherHost.message, 11202)).toBeNull();
  });

  it("never reads KusciaAPI's `/api/v1/<resource>/<action>` as a core path", () => {
    expect(
      readKusciaReason(
        'Get "https://127.0.0.1:6443/api/v1/domain/query": dial tcp 127.0.0.1:6443: connect: connection refused',
        11301,
      ),
    ).toEqual({
      family: 'apiserverUnreachable',
      causeKind: 'down',
      target: 'local',
      verb: 'Get',
      url: 'https://127.0.0.1:6443/api/v1/domain/query',
      host: '127.0.0.1:6443',
      path: '/api/v1/domain/query',
      detail: 'dial tcp 127.0.0.1:6443: connect: connection refused',
    });
    expect(
      readKusciaReason(
        'Get "https://127.0.0.1:6443/api/v1/namespaces/alice/configmaps/domain-config": EOF',
        11901,
      ),
    ).toMatchObject({ namespace: 'alice', kind: 'ConfigMap', name: 'domain-config' });
  });
});

describe('masterUnreachable', () => {
  it('reads the HTTP status and the unquoted body', () => {
    expect(read(t.masterStatus503)).toEqual({
      family: 'masterUnreachable',
      httpStatus: '503',
      detail:
        'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    });
    expect(read(t.masterStatus401)).toEqual({
      family: 'masterUnreachable',
      httpStatus: '401',
      detail: 'unauthorized.',
    });
  });

  it('unescapes a Go-quoted JSON body', () => {
    expect(read(t.masterStatusJson)).toEqual({
      family: 'masterUnreachable',
      httpStatus: '500',
      detail: '{"status":{"code":11301,"message":"query domain failed"}}',
    });
  });

  it('reads the transport error to kusciaapi.master.svc', () => {
    expect(read(t.masterTransport)).toEqual({
      family: 'masterUnreachable',
      causeKind: 'dns',
      verb: 'Post',
      url: 'http://kusciaapi.master.svc/api/v1/job/create',
      host: 'kusciaapi.master.svc',
      path: '/api/v1/job/create',
      detail: 'dial tcp: lookup kusciaapi.master.svc on 127.0.0.11:53: no such host',
    });
  });

  it("reads a KusciaAPI path under 11103 as the master's, whatever address the master has", () => {
    expect(read(t.masterTransportOtherHost)).toEqual({
      family: 'masterUnreachable',
      causeKind: 'down',
      verb: 'Post',
      url: 'http://kuscia-master.kuscia-master.svc:1080/api/v1/domain/query',
      host: 'kuscia-master.kuscia-master.svc:1080',
      path: '/api/v1/domain/query',
      detail: 'dial tcp 10.96.3.4:1080: connect: connection refused',
    });
    // Without the proxy's code, another host with a KusciaAPI path is nobody's: not the master, not k3s.
    expect(readKusciaReason(t.masterTransportOtherHost.message, null)).toBeNull();
  });

  it('needs 11103 when a code is given, and reads without one (a SecretPad-embedded message)', () => {
    expect(readKusciaReason(t.masterStatus503.message, 11201)).toBeNull();
    expect(readKusciaReason(t.masterStatus503.message, null)).toMatchObject({
      family: 'masterUnreachable',
      httpStatus: '503',
    });
    expect(readKusciaReason(t.masterStatus503.message)).toMatchObject({
      family: 'masterUnreachable',
    });
  });
});
