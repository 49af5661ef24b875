import { findQuotedObject, objectBefore, readRequestTail, STATUS_NOUN } from './objects';
import {
  isApiKind,
  isSystemNamespace,
  readResourceNoun,
  RESOURCE_NOUN,
  type ResourceNoun,
} from './resources';
import { isBoundary, lastSegment, makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Kubernetes status texts that name an object (apimachinery `pkg/api/errors/errors.go`, MESSAGES.md §2.1,
 * §2.4, §2.5): not found, already exists, conflict, forbidden, unauthorized, admission denial. They reach
 * KusciaAPI messages raw or behind a Kuscia prefix, under almost any code.
 */

/** Kuscia prefixes in front of a Get whose context says which Domain or field the lookup was for. */
const DATASOURCE_LOOKUP = /get domain (\S{1,253}) kuscia data source \S{1,253} failed, $/;
const MASTER_DOMAIN_CHECK = 'check master domain id failed with err ';

const NO_CAVEAT = {};
const INTERNAL = { caveat: 'internal' };

/** `caveat=internal` for an object Kuscia keeps for itself: the user can neither create nor rename it. */
function internalCaveat(object: ResourceNoun): { readonly caveat?: string } {
  return isApiKind(object.kind) ? NO_CAVEAT : INTERNAL;
}

/**
 * `%s %q not found`, with the plural or the lister's singular; `namespaces "bob"` is the Domain, but a
 * namespace of Kuscia's or Kubernetes' own (`cross-domain`) is a broken installation, not a missing Domain.
 */
export function readKubernetesNotFound(text: string): KusciaErrorReason | null {
  const object = findQuotedObject(text, '" not found', RESOURCE_NOUN);
  if (!object) return null;
  const noun = readResourceNoun(object.noun);
  if (noun.kind === 'Domain' && noun.group === undefined && isSystemNamespace(object.name))
    return null;
  const before = text.slice(Math.max(0, object.start - 300), object.start);
  return makeReason('notFound', noun, internalCaveat(noun), {
    name: object.name,
    namespace: DATASOURCE_LOOKUP.exec(before)?.[1],
    field: before.endsWith(MASTER_DOMAIN_CHECK) ? 'master_domain_id' : undefined,
  });
}

/** `%s %q already exists`; Kuscia's `serving "cross-domain/<id>" already exists, …` names the Serving. */
export function readKubernetesAlreadyExists(text: string): KusciaErrorReason | null {
  const object = findQuotedObject(text, '" already exists', RESOURCE_NOUN);
  if (!object) return null;
  const noun = readResourceNoun(object.noun);
  // The namespace part of `cross-domain/<id>` is Kuscia's, not something the user typed.
  return makeReason('alreadyExists', noun, internalCaveat(noun), {
    name: object.name.slice(object.name.lastIndexOf('/') + 1),
  });
}

const CONFLICT = 'Operation cannot be fulfilled on ';
const CONFLICT_OBJECT = /([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*) "([^"\n]{0,320})": ?/y;
const GENERIC_CONFLICT = 'the server reported a conflict';

/**
 * `Operation cannot be fulfilled on %s %q: %v`, or client-go's 409 text with its request tail. An object
 * Kuscia keeps for itself (a TaskResourceGroup, a Gateway) is not one the user can reload: it changed
 * under Kuscia's own controllers.
 */
export function readUpdateConflict(text: string): KusciaErrorReason | null {
  const at = text.indexOf(CONFLICT) + CONFLICT.length;
  if (at >= CONFLICT.length) {
    const match = matchAt(CONFLICT_OBJECT, text, at);
    if (!match) return makeReason('updateConflict');
    const noun = readResourceNoun(match[1] ?? '');
    return makeReason('updateConflict', noun, internalCaveat(noun), {
      name: match[2],
      detail: text.slice(at + match[0].length),
    });
  }
  const generic = text.indexOf(GENERIC_CONFLICT);
  if (generic === -1) return null;
  const tail = readRequestTail(
    text,
    generic + GENERIC_CONFLICT.length,
    'verb kind resource group name',
  );
  const kind = tail.kind;
  return makeReason(
    'updateConflict',
    tail,
    typeof kind === 'string' && !isApiKind(kind) ? INTERNAL : NO_CAVEAT,
  );
}

const RBAC =
  /User "([^"\n]{0,253})" cannot ([a-z]{1,40}) resource "([^"\n]{0,253})" in API group "([^"\n]{0,253})" (?:in the namespace "([^"\n]{0,253})"|at the cluster scope)/y;
const TERMINATING =
  /unable to create new content in namespace ([^\s"]{1,253}) because it is being terminated/y;
/**
 * The ResourceQuota admission plugin (apiserver `pkg/admission/plugin/resourcequota/controller.go`); each
 * list is `prettyPrint`ed as `name=quantity` pairs joined by `,` without spaces. Older releases capitalize.
 */
const QUOTA =
  /[Ee]xceeded quota: ([^\s,]{1,253}), requested: (\S{1,500}), used: (\S{1,500}), limited: (\S{1,500})/y;
const FORBIDDEN = 'forbidden: ';

function rbacReason(
  rbac: RegExpExecArray,
  object: ResourceNoun | undefined,
  name: string | undefined,
): KusciaErrorReason {
  const [, user, verb, apiResource = '', apiGroup = '', namespace] = rbac;
  return makeReason(
    'forbidden',
    { rule: 'rbac' },
    object ?? readResourceNoun(apiGroup === '' ? apiResource : `${apiResource}.${apiGroup}`),
    { name, user, verb, apiResource, apiGroup, namespace },
  );
}

/**
 * `forbidden: %v`, `%s is forbidden: %v`, `%s %q is forbidden: %v`: RBAC refusing Kuscia's own identity,
 * a ResourceQuota used up (not a permission: RBAC advice would mislead), a Domain (namespace) being
 * deleted, or an admission plugin's text. client-go's 403 without a Status
 * is the server's text alone: the RBAC sentence without `forbidden:`.
 */
export function readForbidden(text: string): KusciaErrorReason | null {
  const at = text.indexOf(FORBIDDEN);
  if (at === -1) {
    const user = text.indexOf('User "');
    const rbac = isBoundary(text, user - 1) ? matchAt(RBAC, text, user) : null;
    return rbac && rbacReason(rbac, undefined, undefined);
  }
  let noun: string | undefined;
  let name: string | undefined;
  const beforeIs = at - 4;
  if (text.slice(Math.max(0, beforeIs), at) === ' is ') {
    if (text.charCodeAt(beforeIs - 1) === 34) {
      const object = objectBefore(text, beforeIs - 1, STATUS_NOUN);
      if (!object) return null;
      ({ noun, name } = object);
    } else {
      noun = text.slice(text.lastIndexOf(' ', beforeIs - 1) + 1, beforeIs);
      if (!STATUS_NOUN.test(noun)) return null;
    }
  } else if (!isBoundary(text, at - 1)) {
    return null;
  }
  const reasonAt = at + FORBIDDEN.length;
  const object = noun === undefined ? undefined : readResourceNoun(noun);
  const rbac = matchAt(RBAC, text, reasonAt);
  if (rbac) return rbacReason(rbac, object, name);
  const quota = matchAt(QUOTA, text, reasonAt);
  if (quota) {
    const [, quotaName, requested, used, limited] = quota;
    return makeReason('forbidden', { rule: 'quota' }, object ?? {}, {
      name,
      quota: quotaName,
      requested,
      used,
      limited,
    });
  }
  const terminating = matchAt(TERMINATING, text, reasonAt);
  return makeReason('forbidden', { rule: terminating ? 'terminating' : 'other' }, object ?? {}, {
    name,
    namespace: terminating?.[1],
    detail: terminating ? undefined : text.slice(reasonAt),
  });
}

const CLIENT_UNAUTHORIZED = 'the server has asked for the client to provide credentials';
/** Every text {@link readUnauthorized} reads holds one of these (the reader gate's phrases). */
export const UNAUTHORIZED_PHRASES = [CLIENT_UNAUTHORIZED, 'nauthorized', 'not authorized'];

/**
 * The apiserver's bare `Unauthorized` (or `not authorized`): Kuscia's *internal* credentials were
 * rejected. Only as the whole innermost message: gRPC's `desc = s unauthorized` is another failure.
 */
export function readUnauthorized(text: string): KusciaErrorReason | null {
  return text.includes(CLIENT_UNAUTHORIZED) ||
    (/nauthorized|not authorized/.test(text) &&
      /^(?:Unauthorized|not authorized)$/.test(lastSegment(text)))
    ? makeReason('unauthorized')
    : null;
}

const ADMISSION_TEXT =
  /admission webhook "([^"\n]{1,253})" (?:denied the request(?:(: )| without explanation)|does not support dry run)/y;

/** A cluster admission webhook (Gatekeeper, Kyverno …) refused the object; only on external clusters. */
export function readAdmissionDenied(text: string): KusciaErrorReason | null {
  const at = text.indexOf('admission webhook "');
  const match = matchAt(ADMISSION_TEXT, text, at);
  if (!match) return null;
  const [whole, webhook, colon] = match;
  return makeReason('admissionDenied', {
    webhook,
    rule: colon ? 'denied' : whole.endsWith('without explanation') ? 'noExplanation' : 'dryRun',
    detail: colon ? text.slice(at + whole.length) : undefined,
  });
}
