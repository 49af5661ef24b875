import { snakeCase } from './text';

/*
 * Resource nouns and CRD paths as Kubernetes prints them, translated into the names KusciaAPI users know
 * (MESSAGES.md §5 and §5.1).
 */

/** Lister singular (and plain) nouns → API kind. Plurals are looked up without their trailing `s`. */
const RESOURCE_KINDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['domain', 'Domain'],
  ['clusterdomainroute', 'DomainRoute'],
  ['domainroute', 'DomainRoute'],
  ['domaindata', 'DomainData'],
  ['domaindatasource', 'DomainDataSource'],
  ['domaindatagrant', 'DomainDataGrant'],
  ['kusciajob', 'Job'],
  ['kusciatask', 'Task'],
  ['kusciadeployment', 'Serving'],
  ['appimage', 'AppImage'],
  // The namespace of a Kuscia object is its Domain.
  ['namespace', 'Domain'],
  ['configmap', 'Config'],
  ['node', 'Node'],
  ['deployment', 'Serving'],
  ['service', 'Serving'],
  // Kuscia's own texts (`serving %q already exists`).
  ['serving', 'Serving'],
]);

/** Kinds as *Invalid* messages print them → API kind. */
const INVALID_KINDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['Domain', 'Domain'],
  ['ClusterDomainRoute', 'DomainRoute'],
  ['DomainRoute', 'DomainRoute'],
  ['DomainData', 'DomainData'],
  ['DomainDataSource', 'DomainDataSource'],
  ['DomainDataGrant', 'DomainDataGrant'],
  ['KusciaJob', 'Job'],
  ['KusciaTask', 'Task'],
  ['KusciaDeployment', 'Serving'],
  ['AppImage', 'AppImage'],
  ['Namespace', 'Domain'],
  ['ConfigMap', 'Config'],
  ['Node', 'Node'],
  ['Deployment', 'Serving'],
  ['Service', 'Serving'],
]);

/** Groups whose resources the maps above describe; a noun of another group keeps its raw name. */
const KNOWN_GROUPS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '',
  'kuscia.secretflow',
  'apps',
]);

export interface ResourceNoun {
  readonly kind: string;
  readonly resource: string;
  readonly group?: string;
}

/** `domains.kuscia.secretflow` → Domain; `configmap` → Config; `container` → `container` (raw). */
export function readResourceNoun(noun: string): ResourceNoun {
  const dot = noun.indexOf('.');
  const resource = dot === -1 ? noun : noun.slice(0, dot);
  const group = dot === -1 ? '' : noun.slice(dot + 1);
  const key = resource.toLowerCase();
  const kind = KNOWN_GROUPS.has(group)
    ? (RESOURCE_KINDS.get(key) ??
      (key.endsWith('s') ? RESOURCE_KINDS.get(key.slice(0, -1)) : undefined))
    : undefined;
  return group === '' ? { kind: kind ?? noun, resource } : { kind: kind ?? noun, resource, group };
}

/** `KusciaJob.kuscia.secretflow` → Job; an unknown Kind keeps its raw name. */
export function readInvalidKind(noun: string): { readonly kind: string; readonly group?: string } {
  const dot = noun.indexOf('.');
  const name = dot === -1 ? noun : noun.slice(0, dot);
  const group = dot === -1 ? '' : noun.slice(dot + 1);
  const kind = KNOWN_GROUPS.has(group) ? INVALID_KINDS.get(name) : undefined;
  return group === '' ? { kind: kind ?? noun } : { kind: kind ?? noun, group };
}

/** The request field that becomes `metadata.name`, per API kind. DomainRoute has none (`<src>-<dst>`). */
const ID_FIELDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['Domain', 'domain_id'],
  ['DomainData', 'domaindata_id'],
  ['DomainDataGrant', 'domaindatagrant_id'],
  ['DomainDataSource', 'datasource_id'],
  ['Job', 'job_id'],
  ['Serving', 'serving_id'],
  ['AppImage', 'name'],
]);

/** The request field that becomes `metadata.labels`, where only one does. */
const LABEL_FIELDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['Job', 'custom_fields'],
  ['DomainDataGrant', 'grant_domain'],
]);

/**
 * A CRD path of an *Invalid* message → the proto field the user filled in (§5.1):
 * - `metadata.name` → the kind's id field; `metadata.labels` → the field copied into labels where it is
 *   a single one (on DomainData both `type` and `vendor` are, so the path stays as written);
 * - `spec.<path>` → `<path>` with each segment in snake_case, indices kept (`spec.tasks[0].taskID` →
 *   `tasks[0].task_id`, `spec.tokenConfig.tokenGenMethod` → `token_config.token_gen_method`);
 * - anything else stays as written.
 */
export function crdPathToField(path: string, kind: string | undefined): string {
  if (path === 'metadata.name' || path.startsWith('metadata.name.')) {
    return (kind && ID_FIELDS.get(kind)) ?? path;
  }
  if (path === 'metadata.labels' || path.startsWith('metadata.labels')) {
    return (kind && LABEL_FIELDS.get(kind)) ?? path;
  }
  if (!path.startsWith('spec.')) return path;
  return path
    .slice('spec.'.length)
    .split('.')
    .map((segment) => {
      const bracket = segment.indexOf('[');
      return bracket === -1
        ? snakeCase(segment)
        : snakeCase(segment.slice(0, bracket)) + segment.slice(bracket);
    })
    .join('.');
}
