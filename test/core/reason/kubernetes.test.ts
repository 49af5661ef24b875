/*
 * Kubernetes texts inside KusciaAPI messages: each family read from the real upstream formats, with the
 * parameters the message gives and the API names of the resource and field.
 */
import { describe, expect, it } from 'vitest';
import { readKusciaReason } from '../../../src/core/reason';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import type { MessageFixture } from '../../fixtures/reason/types';

const read = (f: MessageFixture) => readKusciaReason(f.message, f.code);

describe('notFound', () => {
  it.each([
    { f: k.notFoundJob, kind: 'Job', resource: 'kusciajobs', name: 'job-psi-1' },
    { f: k.notFoundDomain, kind: 'Domain', resource: 'domains', name: 'bob' },
    { f: k.notFoundRoute, kind: 'DomainRoute', resource: 'clusterdomainroutes', name: 'alice-bob' },
    { f: k.notFoundDomainData, kind: 'DomainData', resource: 'domaindatas', name: 'alice-table' },
    { f: k.notFoundGrant, kind: 'DomainDataGrant', resource: 'domaindatagrants', name: 'grant-1' },
    { f: k.notFoundServing, kind: 'Serving', resource: 'kusciadeployments', name: 'serving-1' },
    { f: k.notFoundTask, kind: 'Task', resource: 'kusciatasks', name: 'task-1' },
  ])('$f.message → $kind', ({ f, kind, resource, name }) => {
    expect(read(f)).toEqual({
      family: 'notFound',
      kind,
      resource,
      group: 'kuscia.secretflow',
      name,
    });
  });

  it('reads `namespaces "bob"` as the Domain bob', () => {
    expect(read(k.notFoundNamespace)).toEqual({
      family: 'notFound',
      kind: 'Domain',
      resource: 'namespaces',
      name: 'bob',
    });
  });

  it("reads the listers' singular nouns", () => {
    expect(read(k.notFoundLister)).toEqual({
      family: 'notFound',
      kind: 'Domain',
      resource: 'domain',
      group: 'kuscia.secretflow',
      name: 'alice',
    });
  });

  it("reads ConfManager's store as the ConfigMap it is, which users do not create, under every config code", () => {
    for (const f of [k.notFoundConfigMap, k.notFoundConfigMapQuery, k.notFoundConfigMapKey]) {
      expect(read(f), f.message).toEqual({
        family: 'notFound',
        kind: 'ConfigMap',
        resource: 'configmap',
        caveat: 'internal',
        name: 'domain-config',
      });
    }
  });

  it('reads core objects Kuscia keeps for itself by their Kubernetes kind, a Service not as a Serving', () => {
    expect(read(k.notFoundPod)).toEqual({
      family: 'notFound',
      kind: 'Pod',
      resource: 'pods',
      caveat: 'internal',
      name: 'job-1-0',
    });
    expect(read(k.notFoundSecret)).toEqual({
      family: 'notFound',
      kind: 'Secret',
      resource: 'secrets',
      caveat: 'internal',
      name: 'alice-cert',
    });
    expect(read(k.notFoundService)).toEqual({
      family: 'notFound',
      kind: 'Service',
      resource: 'services',
      caveat: 'internal',
      name: 'job-1-0-fed',
    });
  });

  it("does not read Kuscia's or Kubernetes' own namespaces as Domains", () => {
    for (const namespace of ['cross-domain', 'kube-system', 'default']) {
      expect(readKusciaReason(`namespaces "${namespace}" not found`, 11201)).toBeNull();
    }
    // The master's own Domain (`kuscia-system` in the examples) is a Domain like any other.
    expect(readKusciaReason('namespaces "kuscia-system" not found', 11305)).toMatchObject({
      kind: 'Domain',
      name: 'kuscia-system',
    });
  });

  it('reads only Kubernetes resource nouns: a plural of the core list, or one with its group', () => {
    for (const message of [
      'image "secretflow/secretflow-lite-anolis8:1.5.0" not found',
      'Error: plugin "cert-manager" not found',
      'Error: secret "domain-cert" not found; using default',
      'task "train" not found in job template',
      'config.yaml "a" not found',
    ]) {
      expect(readKusciaReason(message, 11201), message).toBeNull();
    }
    expect(readKusciaReason('deployments.apps "s-1" not found', 11601)).toMatchObject({
      kind: 'Deployment',
      caveat: 'internal',
    });
  });

  it('takes the Domain from the data source prefix of Kuscia', () => {
    expect(read(k.notFoundDataSourceWrapped)).toEqual({
      family: 'notFound',
      kind: 'DomainDataSource',
      resource: 'domaindatasources',
      group: 'kuscia.secretflow',
      name: 'ds-1',
      namespace: 'alice',
    });
  });

  it('marks the master domain check with its field', () => {
    expect(read(k.notFoundMasterDomain)).toEqual({
      family: 'notFound',
      kind: 'Domain',
      resource: 'domains',
      group: 'kuscia.secretflow',
      name: 'master-a',
      field: 'master_domain_id',
    });
  });

  it('finds the Kubernetes text behind Kuscia prefixes', () => {
    expect(read(k.notFoundAppImageWrapped)).toEqual({
      family: 'notFound',
      kind: 'AppImage',
      resource: 'appimages',
      group: 'kuscia.secretflow',
      name: 'secretflow-image',
    });
    expect(read(k.notFoundNodeWrapped)).toEqual({
      family: 'notFound',
      kind: 'Node',
      resource: 'nodes',
      caveat: 'internal',
      name: 'node-1',
    });
  });

  it("names Kuscia's own CRDs by their Kind, as objects Kuscia keeps for itself", () => {
    expect(read(k.notFoundOtherGroup)).toEqual({
      family: 'notFound',
      kind: 'Gateway',
      resource: 'gateways',
      group: 'kuscia.secretflow',
      caveat: 'internal',
      name: 'alice-gw',
    });
  });
});

describe('alreadyExists', () => {
  it.each([
    { f: k.alreadyExistsDomain, kind: 'Domain', resource: 'domains', name: 'alice' },
    {
      f: k.alreadyExistsRoute,
      kind: 'DomainRoute',
      resource: 'clusterdomainroutes',
      name: 'alice-bob',
    },
    { f: k.alreadyExistsJob, kind: 'Job', resource: 'kusciajobs', name: 'job-1' },
  ])('$f.message → $kind', ({ f, kind, resource, name }) => {
    expect(read(f)).toEqual({
      family: 'alreadyExists',
      kind,
      resource,
      group: 'kuscia.secretflow',
      name,
    });
  });

  it("drops Kuscia's `cross-domain/` namespace from a Serving's name", () => {
    expect(read(k.alreadyExistsServing)).toEqual({
      family: 'alreadyExists',
      kind: 'Serving',
      resource: 'serving',
      name: 'serving-1',
    });
  });
});

describe('updateConflict', () => {
  it('keeps the whole conflict text, `;` included', () => {
    expect(read(k.conflictJob)).toEqual({
      family: 'updateConflict',
      kind: 'Job',
      resource: 'kusciajobs',
      group: 'kuscia.secretflow',
      name: 'job-1',
      detail:
        'the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it('reads a failed delete precondition the same way', () => {
    expect(read(k.conflictStorage)).toMatchObject({
      family: 'updateConflict',
      kind: 'Domain',
      name: 'alice',
    });
  });

  it("reads client-go's 409 text with its request tail", () => {
    expect(read(k.conflictGeneric)).toEqual({
      family: 'updateConflict',
      verb: 'put',
      kind: 'Job',
      resource: 'kusciajobs',
      group: 'kuscia.secretflow',
      name: 'job-1',
    });
  });
});

describe('invalidObject', () => {
  it('maps the CRD path of a schema error to the proto field', () => {
    expect(read(k.invalidMaxParallelism)).toEqual({
      family: 'invalidObject',
      kind: 'Job',
      group: 'kuscia.secretflow',
      name: 'job-psi-1',
      field: 'max_parallelism',
      value: '200',
      rule: 'max',
      causeCount: '1',
      fields: [
        { family: 'fieldRange', field: 'max_parallelism', rule: 'max', limit: '128', value: '200' },
      ],
      detail:
        'spec.maxParallelism: Invalid value: 200: spec.maxParallelism in body should be less than or equal to 128',
    });
  });

  it('keeps every cause of an aggregate', () => {
    const reason = read(k.invalidTwoCauses);
    expect(reason?.causeCount).toBe('2');
    expect(reason?.fields).toEqual([
      { family: 'fieldRange', field: 'max_parallelism', rule: 'max', limit: '128', value: '200' },
      {
        family: 'fieldFormat',
        field: 'tasks[0].task_id',
        rule: 'pattern',
        expected: '[a-z0-9]([-a-z0-9]*[a-z0-9])?',
        value: '---',
      },
    ]);
  });

  it('reads metadata.name as the kind’s id field, and the RFC 1123 text as a format rule', () => {
    expect(read(k.invalidName)).toMatchObject({
      family: 'invalidObject',
      kind: 'Domain',
      name: 'alice..bob',
      field: 'domain_id',
      value: 'alice..bob',
      rule: 'dnsSubdomain',
      fields: [
        { family: 'fieldFormat', field: 'domain_id', rule: 'dnsSubdomain', value: 'alice..bob' },
      ],
    });
  });

  it('keeps `metadata.labels` on DomainData, where both type and vendor become labels', () => {
    expect(read(k.invalidLabel)?.fields).toEqual([
      { family: 'fieldFormat', field: 'metadata.labels', rule: 'label', value: 'my vendor' },
    ]);
  });

  it('reads the allowed values of an enum', () => {
    expect(read(k.invalidRouteEnum)?.fields).toEqual([
      {
        family: 'fieldEnum',
        field: 'token_config.token_gen_method',
        allowed: ['RSA-GEN', 'UID-RSA-GEN'],
        value: 'RAND-GEN',
      },
    ]);
  });

  it('reads "Too many" as an item limit', () => {
    expect(read(k.invalidTooMany)?.fields).toEqual([
      { family: 'fieldRange', field: 'tasks', rule: 'maxItems', limit: '128', value: '200' },
    ]);
  });

  it('reads a type error as the type rule, the JSON type sent as its value', () => {
    expect(read(k.invalidType)?.fields).toEqual([
      {
        family: 'invalidObject',
        field: 'initiator',
        rule: 'type',
        expected: 'string',
        value: 'integer',
      },
    ]);
  });

  it('counts every cause of an aggregate, past the ones it reads', () => {
    const reason = read(k.invalidManyCauses);
    expect(reason?.causeCount).toBe('25');
    expect(reason?.fields).toHaveLength(20);
    // The last cause read ends where the next one starts.
    expect((reason?.fields ?? []).at(-1)).toEqual({
      family: 'fieldFormat',
      field: 'tasks[19].task_id',
      rule: 'pattern',
      expected: '[a-z0-9]([-a-z0-9]*[a-z0-9])?',
      value: '---',
    });
  });

  it("reads client-go's 422 text with its request tail", () => {
    expect(read(k.invalidGeneric)).toEqual({
      family: 'invalidObject',
      kind: 'Job',
      group: 'kuscia.secretflow',
    });
  });
});

describe('forbidden', () => {
  it('reads the RBAC sentence', () => {
    expect(read(k.forbiddenRbac)).toEqual({
      family: 'forbidden',
      rule: 'rbac',
      kind: 'DomainData',
      resource: 'domaindatas',
      group: 'kuscia.secretflow',
      name: 'dd-1',
      user: 'system:serviceaccount:kuscia:kusciaapi',
      verb: 'create',
      apiResource: 'domaindatas',
      apiGroup: 'kuscia.secretflow',
      namespace: 'alice',
    });
    expect(read(k.forbiddenRbacCluster)).toMatchObject({
      rule: 'rbac',
      kind: 'Domain',
      verb: 'get',
    });
    expect(read(k.forbiddenRbacCluster)).not.toHaveProperty('namespace');
  });

  it('reads a used-up ResourceQuota as a quota, not as RBAC', () => {
    expect(read(k.forbiddenQuota)).toEqual({
      family: 'forbidden',
      rule: 'quota',
      kind: 'Job',
      resource: 'kusciajobs',
      group: 'kuscia.secretflow',
      name: 'job-1',
      quota: 'compute',
      requested: 'requests.cpu=2',
      used: 'requests.cpu=8',
      limited: 'requests.cpu=8',
    });
  });

  it('reads a Domain being deleted', () => {
    expect(read(k.forbiddenTerminating)).toEqual({
      family: 'forbidden',
      rule: 'terminating',
      kind: 'DomainData',
      resource: 'domaindatas',
      group: 'kuscia.secretflow',
      name: 'dd-1',
      namespace: 'alice',
    });
  });

  it("reads client-go's 403, the RBAC sentence alone", () => {
    expect(
      readKusciaReason(
        'User "kuscia" cannot list resource "domaindatas" in API group "kuscia.secretflow" in the namespace "alice"',
        11503,
      ),
    ).toMatchObject({ family: 'forbidden', rule: 'rbac', kind: 'DomainData', verb: 'list' });
  });
});

describe('unauthorized', () => {
  it('reads the bare apiserver text and client-go’s 401 text', () => {
    expect(read(k.unauthorized)).toEqual({ family: 'unauthorized' });
    expect(read(k.unauthorizedClientGo)).toEqual({ family: 'unauthorized' });
    expect(readKusciaReason('check master domain id failed with err Unauthorized', 11100)).toEqual({
      family: 'unauthorized',
    });
  });
});

describe('serverBusy', () => {
  it.each([
    {
      f: k.busyStorage,
      params: { cause: 'storage', operation: 'get', kind: 'Domain', resource: 'domains' },
    },
    {
      f: k.busyTimeout,
      params: {
        cause: 'timeout',
        detail: 'request did not complete within requested timeout - context deadline exceeded',
      },
    },
    { f: k.busyTooManyRequests, params: { cause: 'throttled' } },
    {
      f: k.busyUnavailable,
      params: {
        cause: 'unavailable',
        verb: 'get',
        kind: 'DomainData',
        resource: 'domaindatas',
        name: 'dd-001',
      },
    },
    {
      f: k.busyGatewayTimeout,
      params: { cause: 'timeout', verb: 'post', kind: 'Job', resource: 'kusciajobs' },
    },
    { f: k.busyEtcdTimeout, params: { cause: 'timeout' } },
    { f: k.busyEtcdLeader, params: { cause: 'unavailable' } },
  ])('$f.message', ({ f, params }) => {
    expect(read(f)).toEqual({ family: 'serverBusy', ...params });
  });
});

describe('serverInternal', () => {
  it('wins over the transport error inside it and names the webhook', () => {
    expect(read(k.internalWebhook)).toEqual({
      family: 'serverInternal',
      webhook: 'validate.kyverno.svc',
      detail:
        'failed calling webhook "validate.kyverno.svc": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate?timeout=10s": dial tcp 10.43.0.12:443: connect: connection refused',
    });
  });

  it("reads client-go's ≥ 500 text with the server's own text", () => {
    expect(read(k.internalServer)).toEqual({
      family: 'serverInternal',
      detail: 'unknown',
      verb: 'get',
      kind: 'Domain',
      resource: 'domains',
      name: 'alice',
    });
  });
});

describe('admissionDenied', () => {
  it("keeps the policy's own words", () => {
    expect(read(k.admissionDenied)).toEqual({
      family: 'admissionDenied',
      webhook: 'validation.gatekeeper.sh',
      rule: 'denied',
      detail: '[require-labels] you must provide labels: {"owner"}',
    });
    expect(read(k.admissionNoExplanation)).toEqual({
      family: 'admissionDenied',
      webhook: 'policy.example.com',
      rule: 'noExplanation',
    });
  });
});

describe('emptyIdentifier', () => {
  it("reads client-go's preflight refusals; the namespace is the Domain ID", () => {
    expect(read(k.emptyResourceName)).toEqual({
      family: 'emptyIdentifier',
      part: 'resourceName',
      rule: 'empty',
    });
    expect(read(k.emptyNamespace)).toEqual({
      family: 'emptyIdentifier',
      part: 'namespace',
      rule: 'empty',
      field: 'domain_id',
    });
    expect(read(k.invalidResourceName)).toEqual({
      family: 'emptyIdentifier',
      part: 'resourceName',
      rule: 'invalid',
      value: 'a/b',
      detail: "[may not contain '/']",
    });
    expect(read(k.invalidNamespaceName)).toEqual({
      family: 'emptyIdentifier',
      part: 'namespace',
      rule: 'invalid',
      value: '..',
      detail: "[may not be '..']",
      field: 'domain_id',
    });
  });
});
