/*
 * The names a message uses, translated into the API's: resource nouns → kinds (MESSAGES.md §5), CRD
 * paths → proto fields (§5.1), field subjects in words → proto fields (§4).
 */
import { describe, expect, it } from 'vitest';
import {
  crdPathToField,
  readInvalidKind,
  readResourceNoun,
} from '../../../src/core/reason/resources';
import { subjectToField } from '../../../src/core/reason/subjects';

describe('resource nouns (§5)', () => {
  it.each([
    ['domains.kuscia.secretflow', 'Domain'],
    ['domain.kuscia.secretflow', 'Domain'],
    ['clusterdomainroutes.kuscia.secretflow', 'DomainRoute'],
    ['domainroutes.kuscia.secretflow', 'DomainRoute'],
    ['domaindatas.kuscia.secretflow', 'DomainData'],
    ['domaindata.kuscia.secretflow', 'DomainData'],
    ['domaindatasources.kuscia.secretflow', 'DomainDataSource'],
    ['domaindatagrants.kuscia.secretflow', 'DomainDataGrant'],
    ['kusciajobs.kuscia.secretflow', 'Job'],
    ['kusciajob.kuscia.secretflow', 'Job'],
    ['kusciatasks.kuscia.secretflow', 'Task'],
    ['kusciadeployments.kuscia.secretflow', 'Serving'],
    ['appimages.kuscia.secretflow', 'AppImage'],
    ['namespaces', 'Domain'],
    ['configmaps', 'ConfigMap'],
    ['configmap', 'ConfigMap'],
    ['nodes', 'Node'],
    ['deployments.apps', 'Deployment'],
    ['services', 'Service'],
    ['pods', 'Pod'],
    ['secrets', 'Secret'],
    ['serving', 'Serving'],
  ])('%s → %s', (noun, kind) => {
    expect(readResourceNoun(noun).kind).toBe(kind);
  });

  it('keeps an unknown noun, or a known one of another group, as written', () => {
    expect(readResourceNoun('containers')).toEqual({ kind: 'containers', resource: 'containers' });
    expect(readResourceNoun('widgets.kuscia.secretflow')).toEqual({
      kind: 'widgets.kuscia.secretflow',
      resource: 'widgets',
      group: 'kuscia.secretflow',
    });
    expect(readResourceNoun('domains.example.com').kind).toBe('domains.example.com');
    expect(readResourceNoun('constructor').kind).toBe('constructor');
  });

  it('reads the Kinds of Invalid texts', () => {
    expect(readInvalidKind('KusciaJob.kuscia.secretflow')).toEqual({
      kind: 'Job',
      group: 'kuscia.secretflow',
    });
    expect(readInvalidKind('ClusterDomainRoute.kuscia.secretflow').kind).toBe('DomainRoute');
    expect(readInvalidKind('KusciaDeployment.kuscia.secretflow').kind).toBe('Serving');
    expect(readInvalidKind('ConfigMap')).toEqual({ kind: 'ConfigMap' });
    expect(readInvalidKind('Deployment.apps').kind).toBe('Deployment');
    expect(readInvalidKind('Widget.example.com').kind).toBe('Widget.example.com');
  });
});

describe('CRD paths (§5.1)', () => {
  it.each([
    ['metadata.name', 'Job', 'job_id'],
    ['metadata.name', 'Domain', 'domain_id'],
    ['metadata.name', 'DomainData', 'domaindata_id'],
    ['metadata.name', 'AppImage', 'name'],
    ['metadata.name', 'DomainRoute', 'metadata.name'],
    ['metadata.labels', 'Job', 'custom_fields'],
    ['metadata.labels', 'DomainDataGrant', 'grant_domain'],
    ['metadata.labels', 'DomainData', 'metadata.labels'],
    ['spec.maxParallelism', 'Job', 'max_parallelism'],
    ['spec.tasks[3].taskID', 'Job', 'tasks[3].task_id'],
    ['spec.tasks', 'Job', 'tasks'],
    ['spec.endpoint.host', 'DomainRoute', 'endpoint.host'],
    ['spec.endpoint.ports[0].port', 'DomainRoute', 'endpoint.ports[0].port'],
    ['spec.tokenConfig.tokenGenMethod', 'DomainRoute', 'token_config.token_gen_method'],
    ['spec.authCenter.tokenGenMethod', 'Domain', 'auth_center.token_gen_method'],
    ['spec.authCenter.authenticationType', 'Domain', 'auth_center.authentication_type'],
    ['spec.transit.transitMethod', 'DomainRoute', 'transit.transit_method'],
    ['spec.bodyEncryption.algorithm', 'DomainRoute', 'body_encryption.algorithm'],
    ['status.phase', 'Job', 'status.phase'],
  ])('%s on %s → %s', (path, kind, field) => {
    expect(crdPathToField(path, kind)).toBe(field);
  });
});

describe('field subjects (§4)', () => {
  it.each([
    [['domain id'], 'domain_id'],
    [['domainID'], 'domain_id'],
    [['domainDataID'], 'domaindata_id'],
    [['domain ids'], 'domain_ids'],
    [['domain id', '4'], 'domain_ids[4]'],
    [['job id'], 'job_id'],
    [['task alias', undefined, '2'], 'tasks[2].alias'],
    [['parties', undefined, '2'], 'tasks[2].parties'],
    [['party domain id'], 'tasks[].parties[].domain_id'],
    [['party domain id', undefined, '1'], 'tasks[1].parties[].domain_id'],
    [['bandwidth limit destination id'], 'tasks[].parties[].bandwidth_limits[].destination_id'],
    [['appimage', undefined, undefined, '0'], 'parties[0].app_image'],
    [['domain id', undefined, undefined, '3'], 'parties[3].domain_id'],
    [['authentication type'], 'authentication_type'],
    [['tranist method'], 'transit.transit_method'],
    [['DomainRoute keys'], 'route_keys'],
    [['relative_uri'], 'relative_uri'],
    [['domain data source id'], 'datasource_id'],
    [['domain bob data source id'], 'datasource_id'],
    [['grantdomain'], 'grant_domain'],
    [['grantdomainid'], 'domaindatagrant_id'],
    [['data[2].key'], 'data[2].key'],
    [['keys[1]'], 'keys[1]'],
    [['serving id'], 'serving_id'],
    [['appimage name'], 'name'],
    [['name', '0'], 'names[0]'],
    [['base image name'], 'image.name'],
    [['container name'], 'deploy_templates[].containers[].name'],
    [['common name'], 'common_name'],
    [['approve result'], 'result'],
    [['kuscia job'], 'kuscia_job'],
    [['someThing else'], 'some_thing_else'],
  ] as const)('%j → %s', (args, field) => {
    const [subject, onIndex, onTask, inParty] = args as readonly (string | undefined)[];
    expect(subjectToField(subject ?? '', onIndex, onTask, inParty)).toBe(field);
  });
});
