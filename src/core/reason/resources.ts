import { snakeCase, wordMap } from './text';

/*
 * Resource nouns and CRD paths as Kubernetes prints them, translated into the names KusciaAPI users know
 * (MESSAGES.md §5 and §5.1).
 */

/**
 * Kinds as *Invalid* messages print them → API kind. The namespace of a Kuscia object is its Domain. The
 * core and apps objects Kuscia keeps for itself keep their Kubernetes kind: a ConfigMap is the store behind
 * Configs, not a Config, and a Deployment or Service is not the Serving it was made for. So do Kuscia's
 * own CRDs that KusciaAPI never touches (kuscia `crds/v1alpha1/`; the `KusciaBeta*` ones before v0.6), so
 * that a message naming one shows a kind, never `<plural>.kuscia.secretflow`.
 */
const INVALID_KINDS = /* @__PURE__ */ wordMap(
  'Domain,ClusterDomainRoute=DomainRoute,DomainRoute,DomainData,DomainDataSource,DomainDataGrant,' +
    'KusciaJob=Job,KusciaTask=Task,KusciaDeployment=Serving,AppImage,Namespace=Domain,ConfigMap,' +
    'Node,Deployment,Service,Pod,Secret,DomainAppImage,Gateway,InteropConfig,KusciaJobSummary,' +
    'KusciaTaskSummary,KusciaDeploymentSummary,TaskResource,TaskResourceGroup,KusciaBetaJob,' +
    'KusciaBetaTask,KusciaBetaDeployment',
);

/** The kinds a KusciaAPI user creates or names by ID; every other object is Kuscia's own business. */
const API_KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'Domain DomainRoute DomainData DomainDataSource DomainDataGrant Job Task Serving AppImage Config'.split(
    ' ',
  ),
);

/** Whether users create or name objects of `kind` through KusciaAPI (a `ConfigMap` or `Pod` is not). */
export function isApiKind(kind: string): boolean {
  return API_KINDS.has(kind);
}

/** Lower-case resource nouns of status texts: `domains.kuscia.secretflow`, `configmap`, `namespaces`. */
export const STATUS_NOUN = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*$/;

/**
 * Nouns without a group that are Kubernetes resources as the apiserver spells them: the core plurals,
 * ConfManager's lister singular `configmap`, and Kuscia's own `serving`. `image`, `plugin`, `task` or the
 * singular `secret` in front of `"…" not found` are other programs' words, not a Kubernetes object.
 */
const CORE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'namespaces nodes pods services secrets configmaps endpoints events serviceaccounts ' +
    'persistentvolumes persistentvolumeclaims resourcequotas limitranges replicationcontrollers ' +
    'podtemplates configmap serving'
  ).split(' '),
);

/** Groups without a dot (the built-in API groups); any other group is a DNS name. */
const PLAIN_GROUPS = /^(?:apps|batch|autoscaling|policy)$/;

/** `<plural>.<group>` of a Kubernetes status text, or a core resource; anything else is not one. */
function isResourceNoun(noun: string): boolean {
  if (!STATUS_NOUN.test(noun)) return false;
  const [resource, group] = splitGroup(noun);
  return group === '' ? CORE_NOUNS.has(resource) : group.includes('.') || PLAIN_GROUPS.test(group);
}

/** A noun pattern (for `findQuotedObject`) that accepts only Kubernetes resource nouns. */
export const RESOURCE_NOUN = { test: isResourceNoun } as const;

/** Whether `resource` is a core plural a `/api/v1/…` path can name. */
export function isCoreResource(resource: string): boolean {
  return CORE_NOUNS.has(resource) && resource.endsWith('s');
}

/**
 * Namespaces that hold Kuscia's or Kubernetes' own objects, not a Domain's: KusciaJobs, KusciaTasks and
 * KusciaDeployments live in `cross-domain` (kuscia `pkg/common/constants.go` `KusciaCrossDomain`).
 */
const SYSTEM_NAMESPACES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'cross-domain kube-system kube-public kube-node-lease default'.split(' '),
);

export function isSystemNamespace(namespace: string): boolean {
  return SYSTEM_NAMESPACES.has(namespace);
}

/**
 * Lister singular (and plain) nouns → API kind: the same words in lower case, and Kuscia's own
 * `serving` (`serving %q already exists`). Plurals are looked up without their trailing `s`.
 */
const RESOURCE_KINDS: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map([
    ...[...INVALID_KINDS].map(([noun, kind]) => [noun.toLowerCase(), kind] as const),
    ['serving', 'Serving'],
  ]))();

/** Groups whose resources the maps above describe; a noun of another group keeps its raw name. */
const KNOWN_GROUP = /^(?:kuscia\.secretflow|apps)?$/;

export type ResourceNoun = {
  readonly kind: string;
  readonly resource: string;
  readonly group?: string;
};

/** `domains.kuscia.secretflow` → Domain; `configmap` → ConfigMap; `container` → `container` (raw). */
export function readResourceNoun(noun: string): ResourceNoun {
  const [resource, group] = splitGroup(noun);
  const key = resource.toLowerCase();
  const kind = KNOWN_GROUP.test(group)
    ? (RESOURCE_KINDS.get(key) ??
      (key.endsWith('ies')
        ? RESOURCE_KINDS.get(`${key.slice(0, -3)}y`)
        : key.endsWith('s')
          ? RESOURCE_KINDS.get(key.slice(0, -1))
          : undefined))
    : undefined;
  return group === '' ? { kind: kind ?? noun, resource } : { kind: kind ?? noun, resource, group };
}

/** `KusciaJob.kuscia.secretflow` → Job; an unknown Kind keeps its raw name. */
export function readInvalidKind(noun: string): { readonly kind: string; readonly group?: string } {
  const [name, group] = splitGroup(noun);
  const kind = (KNOWN_GROUP.test(group) && INVALID_KINDS.get(name)) || noun;
  return group === '' ? { kind } : { kind, group };
}

/** `<name>.<group>` at the first dot. */
function splitGroup(noun: string): readonly [string, string] {
  const dot = noun.indexOf('.');
  return dot === -1 ? [noun, ''] : [noun.slice(0, dot), noun.slice(dot + 1)];
}

/** The request field that becomes `metadata.name`, per API kind. DomainRoute has none (`<src>-<dst>`). */
const ID_FIELDS = /* @__PURE__ */ wordMap(
  'Domain=domain_id,DomainData=domaindata_id,DomainDataGrant=domaindatagrant_id,' +
    'DomainDataSource=datasource_id,Job=job_id,Serving=serving_id,AppImage=name',
);

/** The request field that becomes `metadata.labels`, where only one does. */
const LABEL_FIELDS = /* @__PURE__ */ wordMap('Job=custom_fields,DomainDataGrant=grant_domain');

/**
 * CRD segments the proto does not have, per kind, matched on the snake_case path: an AppImage's
 * DeployTemplate nests its containers and restart policy in a PodSpec under `spec`, KusciaAPI's
 * DeployTemplate holds them itself (kuscia `appimage_service.go:326-341`, `appimage.proto`).
 */
const EXTRA_SEGMENTS: ReadonlyMap<string, RegExp> = /* @__PURE__ */ new Map([
  ['AppImage', /^(deploy_templates(?:\[\d+\])?)\.spec(?=[.[]|$)/],
]);

/**
 * A CRD path of an *Invalid* message → the proto field the user filled in (§5.1):
 * - `metadata.name` → the kind's id field; `metadata.labels` → the field copied into labels where it is
 *   a single one (on DomainData both `type` and `vendor` are, so the path stays as written);
 * - `spec.<path>` → `<path>` with each segment in snake_case, indices kept (`spec.tasks[0].taskID` →
 *   `tasks[0].task_id`, `spec.tokenConfig.tokenGenMethod` → `token_config.token_gen_method`), without
 *   the segments the proto lacks (`spec.deployTemplates[0].spec.containers` →
 *   `deploy_templates[0].containers`);
 * - anything else stays as written.
 */
export function crdPathToField(path: string, kind: string | undefined): string {
  const ids = /^metadata\.name(?:\.|$)/.test(path)
    ? ID_FIELDS
    : path.startsWith('metadata.labels')
      ? LABEL_FIELDS
      : undefined;
  if (ids) return (kind && ids.get(kind)) ?? path;
  if (!path.startsWith('spec.')) return path;
  const field = path
    .slice(5)
    .replace(/(^|\.)([^.[]+)/g, (_, dot: string, word: string) => dot + snakeCase(word));
  const extra = kind === undefined ? undefined : EXTRA_SEGMENTS.get(kind);
  return extra ? field.replace(extra, '$1') : field;
}
