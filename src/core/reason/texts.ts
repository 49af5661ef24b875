import type { KusciaErrorText } from '../types';

/*
 * The shape of a locale's reason texts: plain data, so that an app can override any entry. Placeholders
 * are `{name}`; which ones a key may use is listed beside it. Every family's own key (`notFound`) uses
 * none: it is the last resort when the message gave no parameters, so a placeholder is never left
 * visible.
 */

/** Every key of {@link KusciaReasonTexts.texts}, with the placeholders it may use. */
export const KUSCIA_REASON_TEXT_KEYS = [
  'notFound',
  'notFound.kind', // {kind}
  'notFound.named', // {kind} {name}
  'notFound.inDomain', // {kind} {name} {namespace}
  'notFound.lookup', // {kind} {name}: Kuscia gives this text for any failed lookup
  'notFound.lookupUnnamed', // {kind}
  'notFound.serving', // (or this Domain is not a participant)
  'notFound.masterDomain', // {name}
  'notFound.internal', // {kind} {name}: an object Kuscia keeps for itself (a ConfigMap, a Pod …)
  'notFound.task', // {name}: Kuscia creates Tasks from a Job; there is no API to create one
  'alreadyExists',
  'alreadyExists.named', // {kind} {name}
  'alreadyExists.route', // {name}
  'alreadyExists.config', // {name}
  'alreadyExists.internal', // {kind} {name}: an object Kuscia keeps for itself (a leftover Deployment)
  'updateConflict',
  'updateConflict.kind', // {kind}
  'updateConflict.named', // {kind} {name}
  'updateConflict.internal', // {kind} {name}: an object Kuscia keeps for itself; nothing to reload
  'invalidObject',
  'invalidObject.named', // {kind} {name}
  'invalidObject.cause', // {kind} {name} {field} {issue}
  'invalidObject.required', // {kind} {name} {field}: the one cause is a required field left empty
  'invalidObject.causes', // {kind} {name} {field} {issue} {more}
  'forbidden',
  'forbidden.rbac', // {verb} {kind}
  'forbidden.rbacInDomain', // {verb} {kind} {namespace}
  'forbidden.rbacNamed', // {verb} {kind} {name}
  'forbidden.rbacNamedInDomain', // {verb} {kind} {name} {namespace}
  'forbidden.quota', // {quota} {requested} {used} {limited}
  'forbidden.terminating', // {namespace}
  'unauthorized',
  'serverBusy',
  'serverBusy.timeout',
  'serverInternal',
  'serverInternal.webhook', // {webhook}
  'apiserverUnreachable',
  'apiserverUnreachable.master', // {host}
  'apiserverUnreachable.down',
  'apiserverUnreachable.timeout',
  'apiserverUnreachable.dns',
  'apiserverUnreachable.dropped',
  'apiserverUnreachable.tls',
  'apiserverUnreachable.cancelled',
  'masterUnreachable',
  'masterUnreachable.httpStatus', // {httpStatus}
  'masterUnreachable.rejected', // {httpStatus}: 401 / 403
  'masterUnreachable.notSupported', // {httpStatus}: 404 / 405, the master lacks this API
  'masterUnreachable.tooLarge', // {httpStatus}: 413
  'masterUnreachable.clientError', // {httpStatus}: any other 4xx but 408 / 429
  'masterUnreachable.transport',
  'admissionDenied',
  'admissionDenied.webhook', // {webhook}
  'admissionDenied.reason', // {webhook} {detail}
  'apiNotSupported',
  'apiNotSupported.lite',
  'apiNotSupported.master',
  'jobState',
  'jobState.suspend', // {jobId} {state}
  'jobState.restart', // {jobId} {state}
  'jobState.suspendPending', // {jobId}
  'jobState.restartPending', // {jobId}
  'emptyIdentifier',
  'emptyIdentifier.namespace',
  'emptyIdentifier.invalid', // {value}
  'emptyIdentifier.invalidNamespace', // {value}
  'fieldRequired',
  'fieldRequired.field', // {field}
  'fieldRequired.withoutTransit', // {field}
  'fieldRequired.withTransit', // {field}
  'fieldRequired.thirdDomain', // {field}
  'fieldRequired.several', // {fieldList} {count}
  'fieldRequired.oneOf', // {fieldList}
  'fieldRequired.sourceHeader',
  'fieldRequired.mixed', // {fieldList} {count} {issueList}
  'fieldFormat',
  'fieldFormat.field', // {field}
  'fieldFormat.k3sName', // {field} {value}
  'fieldFormat.serviceNamePrefix', // {field} {value}
  'fieldFormat.regex', // {field} {value} {regex}
  'fieldFormat.certificate', // {field}
  'fieldFormat.reservedMaster', // {field}
  'fieldFormat.odpsEndpoint', // {field}
  'fieldFormat.several', // {fieldList} {count} {issueList}
  'fieldEnum',
  'fieldEnum.field', // {field}
  'fieldEnum.value', // {field} {value}
  'fieldEnum.allowed', // {field} {allowed}
  'fieldEnum.valueAllowed', // {field} {value} {allowed}
  'fieldEnum.emptyOr', // {field} {allowed}
  'fieldEnum.several', // {fieldList} {count} {issueList}
  'fieldRange',
  'fieldRange.field', // {field}
  'fieldRange.port', // {field}
  'fieldRange.positive', // {field}
  'fieldRange.nonNegative', // {field}
  'fieldRange.timeout', // {field}
  'fieldRange.replicaIndex', // {field}
  'fieldRange.quantity', // {field}
  'fieldRange.quantityValue', // {field} {value}
  'fieldRange.quantityUnnamed',
  'fieldRange.configKeyLength', // {field} {length} {max}
  'fieldRange.configSize', // {size} {max}
  'fieldRange.several', // {fieldList} {count} {issueList}
  'scopeDenied',
  'scopeDenied.ownResource', // {kind} {expected} {actual}
  'scopeDenied.routeDestination', // {expected} {actual}
  'scopeDenied.routeQuery', // {domain} {source} {destination}
  'scopeDenied.jobCreate',
  'scopeDenied.jobDelete',
  'scopeDenied.jobRetrieve',
  'scopeDenied.jobApprove',
  'scopeDenied.serving',
  'scopeDenied.liteDomainData', // {expected} {actual}
  'scopeDenied.dataSource', // {expected} {actual}
  'scopeDenied.masterDataSource',
  'scopeDenied.initiator', // {expected}
  'scopeDenied.initiatorActual', // {expected} {actual}
  'scopeDenied.initiatorNotParty', // {actual}
  'scopeDenied.grantSelf',
  'malformedBody',
  'malformedBody.eof',
  'malformedBody.syntax', // {char}
  'malformedBody.type', // {field} {jsonType}
  'malformedBody.unknownField', // {field}
  'sessionExpired',
  'permissionDenied',
  'accountLocked',
  'accountLocked.minutes', // {minutes}
] as const;

export type KusciaReasonTextKey = (typeof KUSCIA_REASON_TEXT_KEYS)[number];

/**
 * Every key of {@link KusciaReasonTexts.issues}: one field's problem, as a form shows it under the input
 * and as `invalidObject` quotes it. Placeholders: {value}, {allowed}, {limit}, {expected}, {field};
 * {expectedType} and {actualType} for a type error, from {@link KusciaReasonTexts.jsonTypes}.
 */
export const KUSCIA_FIELD_ISSUE_KEYS = [
  'fieldRequired',
  'fieldFormat',
  'fieldFormat.value', // {value}
  'fieldFormat.k3sName', // {value}
  'fieldFormat.serviceNamePrefix', // {value}
  'fieldFormat.regex', // {value} {expected}
  'fieldFormat.certificate',
  'fieldFormat.reservedMaster',
  'fieldFormat.odpsEndpoint',
  'fieldFormat.dnsSubdomain', // {value}
  'fieldFormat.dnsLabel', // {value}
  'fieldFormat.label', // {value}
  'fieldFormat.pattern', // {value} {expected}
  'fieldEnum',
  'fieldEnum.value', // {value}
  'fieldEnum.allowed', // {allowed}
  'fieldEnum.valueAllowed', // {value} {allowed}
  'fieldEnum.emptyOr', // {allowed}
  'fieldRange',
  'fieldRange.port',
  'fieldRange.positive',
  'fieldRange.nonNegative',
  'fieldRange.timeout',
  'fieldRange.replicaIndex',
  'fieldRange.quantity',
  'fieldRange.quantityValue', // {value}
  'fieldRange.configKeyLength', // {limit}
  'fieldRange.max', // {limit}
  'fieldRange.min', // {limit}
  'fieldRange.maxLength', // {limit}
  'fieldRange.minLength', // {limit}
  'fieldRange.maxItems', // {limit}
  'fieldRange.minItems', // {limit}
  'invalidObject',
  'invalidObject.value', // {value}
  'invalidObject.type', // {expected}
  'invalidObject.typeValue', // {expectedType} {actualType}: the JSON types in this locale's words
  'invalidObject.duplicate', // {value}
  'invalidObject.forbidden',
] as const;

export type KusciaFieldIssueKey = (typeof KUSCIA_FIELD_ISSUE_KEYS)[number];

/** The KusciaJob phases Kuscia prints in its job-state texts, plus `other` for anything else. */
export const KUSCIA_JOB_PHASES = [
  'Pending',
  'Running',
  'Succeeded',
  'Failed',
  'Cancelled',
  'Suspended',
  'AwaitingApproval',
  'ApprovalReject',
  'initialized',
  'other', // {phase}
] as const;

export type KusciaJobPhaseKey = (typeof KUSCIA_JOB_PHASES)[number];

/** One locale's text for reasons. Plain data. */
export interface KusciaReasonTexts {
  /** Title and next step per text key (a family, or `family.variant` where the wording differs). */
  readonly texts: Readonly<Record<KusciaReasonTextKey, KusciaErrorText>>;
  /** One field's problem, for forms and for `invalidObject`'s `{issue}`. */
  readonly issues: Readonly<Record<KusciaFieldIssueKey, string>>;
  /** API resource name (`Domain`, `Job` …) → the noun this locale uses; unknown kinds show as they are. */
  readonly kinds: Readonly<Record<string, string>>;
  /**
   * API field (`domain_id`, `tasks[].alias`) → the label this locale uses; a field not listed shows as
   * the API spells it, which is what an operator compares with the request. `tasks[0].alias` is looked
   * up as written, then as `tasks[].alias`.
   */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * Kubernetes verbs (`get`, `create` …) → how `{verb}` reads in this locale; a verb not listed shows as
   * Kubernetes spells it.
   */
  readonly verbs?: Readonly<Record<string, string>>;
  /**
   * JSON types as OpenAPI names them (`string`, `integer` …) → how a type error reads them ("a string");
   * without an entry the error names the type as the server does.
   */
  readonly jsonTypes?: Readonly<Record<string, string>>;
  /** A job phase → how `{state}` reads in the job-state texts ("has already succeeded"). */
  readonly phases: Readonly<Record<KusciaJobPhaseKey, string>>;
  /** How lists are joined: allowed values and field names (`separator`), causes (`issue`, `issues`). */
  readonly lists: {
    readonly separator: string;
    /** One cause in `{issueList}`: placeholders {field} and {issue}. */
    readonly issue: string;
    readonly issueSeparator: string;
  };
}

/** Per text key, the parts of a locale's text to replace. */
export type KusciaReasonTextOverrides = Readonly<
  Partial<Record<KusciaReasonTextKey, Partial<KusciaErrorText>>>
>;
