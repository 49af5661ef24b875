/**
 * The cause of a failure, read from the server's own message. The recognizer fills only what the message
 * says; every parameter is a string as it appears in the message (unquoted). `kind` and `field` are the
 * exceptions: they translate the message's resource noun and field wording into the API's own names.
 *
 * Parameters per family (all optional unless marked; `name` is always a substring of the unquoted
 * message):
 * - `notFound`: `kind`*, `resource`, `group`, `name`, `namespace` (the Domain, when the message names it),
 *   `field` (`master_domain_id` when the lookup was the master domain check), `caveat`
 *   (`anyLookupError`: Kuscia reports every lookup failure with this text; `orNotParticipant`: the text
 *   also means "this Domain is not a participant"; `internal`: an object Kuscia keeps for itself, such as
 *   a ConfigMap, Pod, Node or one of Kuscia's own CRDs (Gateway, TaskResourceGroup …), which users do
 *   not create through KusciaAPI; its `kind` is Kubernetes').
 * - `alreadyExists`: `kind`*, `resource`, `group`, `name`, `caveat` (`internal`, as for `notFound`: a
 *   Deployment left over under a Serving's ID).
 * - `updateConflict`: `kind`, `resource`, `group`, `name`, `verb`, `detail`, `caveat` (`internal`, as
 *   for `notFound`: Kuscia's own object, which the user cannot reload).
 * - `invalidObject`: `kind`, `group`, `name`, `field`, `value`, `rule` (of the first cause), `causeCount`
 *   (every cause in the message), `fields` (the causes, at most the first 20), `detail` (the first cause
 *   as written). A cause of rule `type` has the JSON type sent as its `value`.
 * - `forbidden`: `rule`* (`rbac` | `quota` | `terminating` | `other`), `kind`, `resource`, `group`,
 *   `name`, `namespace`, `user`, `verb`, `apiResource`, `apiGroup`, `detail`; for `quota`, `quota` (the
 *   ResourceQuota's name), `requested`, `used`, `limited` (`requests.cpu=2` lists, as written).
 * - `unauthorized`: none.
 * - `serverBusy`: `cause`* (`storage` | `timeout` | `throttled` | `unavailable`), `operation`, `verb`,
 *   `kind`, `resource`, `name`, `detail`.
 * - `serverInternal`: `detail`, `webhook`, `verb`, `kind`, `resource`, `name`.
 * - `apiserverUnreachable`: `causeKind`* (`down` | `timeout` | `dns` | `dropped` | `tls` | `cancelled` |
 *   `other`), `target` (`master` when a lite node calls the master's apiserver, else `local`), `verb`,
 *   `url`, `host`, `path`, `detail` (the transport error), `apiGroup`, `namespace`, `resource`, `kind`,
 *   `name`.
 * - `masterUnreachable`: `httpStatus` and `detail` (the master's body, unquoted), or `causeKind`, `verb`,
 *   `url`, `host`, `path`, `detail` (the transport error).
 * - `admissionDenied`: `webhook`*, `rule` (`denied` | `noExplanation` | `dryRun`), `detail`.
 * - `apiNotSupported`: `node`* (`lite` | `master`).
 * - `jobState`: `kind` (`Job`), `name` and `jobId`*, `phase`* (may be empty: not processed yet),
 *   `action`* (`suspend` | `restart`).
 * - `emptyIdentifier`: `part`* (`resourceName` | `namespace`), `rule`* (`empty` | `invalid`), `value`,
 *   `detail`, `field` (`domain_id` for the namespace).
 * - `fieldRequired`: `field`, `subject` (as written), `index`, `condition` (`withoutTransit` |
 *   `withTransit` | `thirdDomain`), `rule` (`oneOf` | `sourceHeader`), `fields`.
 * - `fieldFormat`: `field`, `value`, `rule` (`k3sName` | `serviceNamePrefix` | `regex` | `certificate` |
 *   `reservedMaster` | `odpsEndpoint`), `regex`, `index`, `fields`.
 * - `fieldEnum`: `field`, `value`, `allowed`, `rule` (`emptyOr`), `party`, `role`, `fields`.
 * - `fieldRange`: `field`, `value`, `rule` (`port` | `positive` | `nonNegative` | `timeout` |
 *   `replicaIndex` | `quantity` | `configKeyLength` | `configSize`), `min`, `max`, `length`, `size`,
 *   `detail`, `party`, `role`, `fields`.
 * - `scopeDenied`: `rule`* (`ownResource` | `routeDestination` | `routeQuery` | `jobParticipant` |
 *   `servingParticipant` | `liteDomainData` | `dataSource` | `masterDataSource` | `initiator` |
 *   `initiatorNotParty` | `grantSelf`), `kind`, `expected` (the caller's own Domain, or the required
 *   initiator), `actual` (what the request named), `action`, `domain`, `source`, `destination`.
 * - `malformedBody`: `rule`* (`eof` | `syntax` | `type` | `unknownField`), `char`, `where`, `jsonType`,
 *   `goStruct`, `field`, `goType`.
 * - `sessionExpired`, `permissionDenied`: none. `accountLocked`: `minutes`.
 */
export type KusciaReasonFamily =
  | 'notFound'
  | 'alreadyExists'
  | 'updateConflict'
  | 'invalidObject'
  | 'forbidden'
  | 'unauthorized'
  | 'serverBusy'
  | 'serverInternal'
  | 'apiserverUnreachable'
  | 'masterUnreachable'
  | 'admissionDenied'
  | 'apiNotSupported'
  | 'jobState'
  | 'emptyIdentifier'
  | 'fieldRequired'
  | 'fieldFormat'
  | 'fieldEnum'
  | 'fieldRange'
  | 'scopeDenied'
  | 'malformedBody'
  // Recognised by extra catalogues (SecretPad's session and login codes).
  | 'sessionExpired'
  | 'permissionDenied'
  | 'accountLocked';

/** One field-level cause; a message may carry several (a multi-field Invalid, `;`-joined validation). */
export interface KusciaFieldIssue {
  readonly family: 'fieldRequired' | 'fieldFormat' | 'fieldEnum' | 'fieldRange' | 'invalidObject';
  /** The request field as the API spells it: `domain_id`, `tasks[0].alias`. */
  readonly field: string;
  readonly value?: string;
  /** Which rule was broken; the same words as the reason's `rule` (plus Kubernetes' `max`, `pattern` …). */
  readonly rule?: string;
  readonly allowed?: readonly string[];
  /** The bound of a range rule (`128` for "at most 128"). */
  readonly limit?: string;
  /** What was expected instead: a regex for `pattern`, a type name for `type`. */
  readonly expected?: string;
}

/** A parameter's value: text, a list of allowed values, or the field causes. */
export type KusciaReasonParam =
  string | readonly string[] | readonly KusciaFieldIssue[] | undefined;

export interface KusciaErrorReason {
  readonly family: KusciaReasonFamily;
  /** The API's resource name (`Domain`, `DomainData`, `Job` …), or the raw noun when the kind is unknown. */
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** The request field as the API spells it, e.g. `domain_id`. */
  readonly field?: string;
  readonly value?: string;
  readonly allowed?: readonly string[];
  readonly detail?: string;
  /** Every field-level cause (one or several), for forms. */
  readonly fields?: readonly KusciaFieldIssue[];
  /** Family-specific parameters (strings), listed per family above. */
  readonly [param: string]: KusciaReasonParam;
}
