/**
 * The cause of a failure, read from the server's own message. The recognizer fills only what the message
 * says; every parameter is a string as it appears in the message (unquoted).
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
  readonly rule?: string;
  readonly allowed?: readonly string[];
}

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
  /** Every field-level cause, when there are several. */
  readonly fields?: readonly KusciaFieldIssue[];
  /** Family-specific parameters (strings): rule, index, phase, action, jobId, node, httpStatus, host … */
  readonly [param: string]: unknown;
}
