import type { KusciaReasonTexts } from '../../core/reason';

/**
 * American English text for the reasons read from KusciaAPI messages.
 *
 * Titles say what is wrong with the message's own values filled in; resolutions give the next step in
 * one or two sentences. Resources are named as the API names them; fields as the API spells them, which
 * is what an operator compares with the request (apps map them to their form labels through `fields`).
 */
export const reasons: KusciaReasonTexts = {
  texts: {
    notFound: {
      title: 'The object does not exist',
      resolution:
        'Check the ID in the request, or create the object first. A Job or Serving may have been deleted in the meantime.',
    },
    'notFound.kind': {
      title: '{kind} does not exist',
      resolution: 'Check the ID in the request, or create the {kind} first.',
    },
    'notFound.named': {
      title: '{kind} “{name}” does not exist',
      resolution:
        'Check the ID in the request, or create the {kind} first; it may also have been deleted in the meantime.',
    },
    'notFound.inDomain': {
      title: '{kind} “{name}” does not exist in Domain {namespace}',
      resolution:
        'Check the ID and the Domain in the request, or create the {kind} in Domain {namespace} first.',
    },
    'notFound.lookup': {
      title: '{kind} “{name}” could not be found',
      resolution:
        "Check the ID. Kuscia reports every failed lookup this way, so if the ID is right, check that Kuscia's Kubernetes API is up and try again.",
    },
    'notFound.lookupUnnamed': {
      title: '{kind} could not be found',
      resolution:
        "Check the ID. Kuscia reports every failed lookup this way, so if the ID is right, check that Kuscia's Kubernetes API is up and try again.",
    },
    'notFound.serving': {
      title: 'The Serving does not exist, or this Domain is not one of its participants',
      resolution:
        'Check the Serving ID. Only the participants of a Serving can query, update or delete it.',
    },
    'notFound.masterDomain': {
      title: 'Master Domain “{name}” does not exist',
      resolution:
        'Check master_domain_id: it must be the ID of an existing Domain, the master this Domain belongs to.',
    },
    'notFound.internal': {
      title: '{kind} “{name}” does not exist',
      resolution:
        'Kuscia creates and manages this Kubernetes object itself; it cannot be created through KusciaAPI. It may not be ready yet or may have been removed: try again in a moment, and if the error persists, check the Kuscia logs.',
    },
    'notFound.task': {
      title: 'Task “{name}” does not exist',
      resolution:
        'Check task_id in the request. Tasks cannot be created through KusciaAPI: Kuscia creates them when it runs a Job, so query the Job for its tasks and their IDs. The task may not have started yet, or its Job may have been deleted.',
    },
    alreadyExists: {
      title: 'The object already exists',
      resolution: 'Use another ID, or query or update the existing object instead.',
    },
    'alreadyExists.named': {
      title: '{kind} “{name}” already exists',
      resolution: 'Use another ID, or query or update the existing {kind} instead.',
    },
    'alreadyExists.route': {
      title: 'DomainRoute “{name}” already exists',
      resolution:
        'A DomainRoute cannot be changed in place: delete it, then create it again with the new settings.',
    },
    'alreadyExists.config': {
      title: 'Configuration key “{name}” already exists',
      resolution: 'Use another key, or update the existing one instead of creating it.',
    },
    'alreadyExists.internal': {
      title: '{kind} “{name}” already exists',
      resolution:
        'Kuscia manages this Kubernetes object itself and will not replace it; it is probably left over from an earlier object with the same ID. Use another ID, or ask an administrator to delete the leftover {kind}.',
    },
    updateConflict: {
      title: 'The object was changed by someone else at the same time',
      resolution:
        "Reload it and try again. Kuscia's controllers update objects constantly, so a second attempt usually succeeds.",
    },
    'updateConflict.kind': {
      title: '{kind} was changed by someone else at the same time',
      resolution:
        "Reload the {kind} and try again. Kuscia's controllers update objects constantly, so a second attempt usually succeeds.",
    },
    'updateConflict.named': {
      title: '{kind} “{name}” was changed by someone else at the same time',
      resolution:
        "Reload the {kind} and try again. Kuscia's controllers update objects constantly, so a second attempt usually succeeds.",
    },
    'updateConflict.internal': {
      title: '{kind} “{name}” was being updated at the same time',
      resolution:
        'Kuscia manages this object itself, and it changed while the request was being handled. Try again; a second attempt usually succeeds.',
    },
    invalidObject: {
      title: 'Kubernetes rejected the object',
      resolution:
        "A value breaks a rule of Kuscia's Kubernetes resources. Read the server message, correct the field and submit again.",
    },
    'invalidObject.named': {
      title: '{kind} “{name}” was rejected',
      resolution:
        'A value breaks a rule of the {kind} resource. Read the server message, correct the field and submit again.',
    },
    'invalidObject.cause': {
      title: '{kind} “{name}” was rejected: {field} is not valid',
      resolution: '{issue}. Correct {field} and submit again.',
    },
    'invalidObject.required': {
      title: '{kind} “{name}” was rejected: {field} is required',
      resolution: 'Fill in {field} and submit again.',
    },
    'invalidObject.causes': {
      title: '{kind} “{name}” was rejected: {count} fields are not valid',
      resolution: '{issueList}. Correct these fields and submit again.',
    },
    forbidden: {
      title: "Kubernetes refused Kuscia's request",
      resolution:
        "Kuscia's own identity is not allowed to do this. An administrator must check Kuscia's Kubernetes permissions (RBAC) and cluster policies.",
    },
    'forbidden.rbac': {
      title: 'Kuscia is not allowed to {verb} {kind}',
      resolution:
        "Kuscia's internal identity lacks this Kubernetes permission (RBAC). An administrator must grant it; retrying will not help.",
    },
    'forbidden.rbacInDomain': {
      title: 'Kuscia is not allowed to {verb} {kind} in Domain {namespace}',
      resolution:
        "Kuscia's internal identity lacks this Kubernetes permission (RBAC). An administrator must grant it; retrying will not help.",
    },
    'forbidden.rbacNamed': {
      title: 'Kuscia is not allowed to {verb} {kind} “{name}”',
      resolution:
        "Kuscia's internal identity lacks this Kubernetes permission (RBAC). An administrator must grant it; retrying will not help.",
    },
    'forbidden.rbacNamedInDomain': {
      title: 'Kuscia is not allowed to {verb} {kind} “{name}” in Domain {namespace}',
      resolution:
        "Kuscia's internal identity lacks this Kubernetes permission (RBAC). An administrator must grant it; retrying will not help.",
    },
    'forbidden.quota': {
      title: 'The resource quota “{quota}” would be exceeded',
      resolution:
        'The quota allows {limited}; {used} is in use and {requested} was requested. Free resources (stop or delete Jobs and Servings that are no longer needed), or ask the cluster administrator to raise the quota.',
    },
    'forbidden.terminating': {
      title: 'Domain {namespace} is being deleted',
      resolution:
        'Nothing new can be created in a Domain that is being deleted. Wait until the deletion finishes, then create the Domain again if you still need it.',
    },
    unauthorized: {
      title: 'Kuscia could not authenticate to its internal Kubernetes API',
      resolution:
        "Check Kuscia's kubeconfig and certificates (on a lite node, its token for the master) and restart Kuscia after rotating them. Your own KusciaAPI token is not the problem.",
    },
    serverBusy: {
      title: "Kuscia's Kubernetes API is busy",
      resolution:
        'Wait a few seconds and try again. If it persists, check the load on the Kuscia (k3s) instance.',
    },
    'serverBusy.timeout': {
      title: "Kuscia's Kubernetes API timed out",
      resolution:
        'The operation may still complete. Check whether it took effect (query the object) before trying again.',
    },
    serverInternal: {
      title: "Kuscia's Kubernetes API reported an internal error",
      resolution: 'Try again. If it persists, check the Kuscia (k3s) logs.',
    },
    'serverInternal.webhook': {
      title: 'The cluster webhook “{webhook}” could not be called',
      resolution:
        'Kubernetes could not reach an admission webhook of the cluster. Ask the cluster administrator to check it, then try again.',
    },
    apiserverUnreachable: {
      title: 'Kuscia cannot reach its Kubernetes API',
      resolution: 'Check that Kuscia (its embedded k3s) is running, then try again.',
    },
    'apiserverUnreachable.master': {
      title: "This node cannot reach the master's Kubernetes API ({host})",
      resolution:
        "Check the network route from this lite node to the master and the master's health, then try again.",
    },
    'apiserverUnreachable.down': {
      title: "Kuscia's Kubernetes API is not running",
      resolution:
        'The connection was refused: the embedded k3s is down or restarting. Check the Kuscia container and its logs, then try again.',
    },
    'apiserverUnreachable.timeout': {
      title: "Kuscia's Kubernetes API did not answer in time",
      resolution:
        'It may be overloaded or unreachable. Wait a moment and try again; if it persists, check the Kuscia (k3s) logs.',
    },
    'apiserverUnreachable.dns': {
      title: "The address of Kuscia's Kubernetes API could not be resolved",
      resolution:
        'Check the DNS and network configuration of the Kuscia deployment, then try again.',
    },
    'apiserverUnreachable.dropped': {
      title: "The connection to Kuscia's Kubernetes API was dropped",
      resolution: 'Try again. If it keeps happening, check the network and whether k3s restarts.',
    },
    'apiserverUnreachable.tls': {
      title: 'Kuscia could not set up a secure connection to its Kubernetes API',
      resolution:
        "A certificate was rejected. Check Kuscia's certificates and kubeconfig, and restart Kuscia after rotating them.",
    },
    'apiserverUnreachable.cancelled': {
      title: "The request to Kuscia's Kubernetes API was cancelled",
      resolution:
        'The caller gave up before the answer came. Try again, with a longer deadline if you set one.',
    },
    masterUnreachable: {
      title: 'This lite node could not reach the Kuscia master',
      resolution:
        "Check the route from this node to the master and the master's health, then try again.",
    },
    'masterUnreachable.httpStatus': {
      title: 'The Kuscia master answered HTTP {httpStatus} to this lite node',
      resolution:
        "The master or its gateway is unavailable or failing. Check the master's health and the route to it, then try again.",
    },
    'masterUnreachable.rejected': {
      title: 'The Kuscia master refused this lite node (HTTP {httpStatus})',
      resolution:
        "The master's gateway does not accept this node. Check the node's registration, certificates and token on the master.",
    },
    'masterUnreachable.notSupported': {
      title: 'The Kuscia master does not serve this API (HTTP {httpStatus})',
      resolution:
        'This lite node and the master most likely run different Kuscia versions. Upgrade them to the same version; retrying will not help.',
    },
    'masterUnreachable.tooLarge': {
      title: "The request is too large for the Kuscia master's gateway (HTTP {httpStatus})",
      resolution:
        "Send a smaller request, or ask the master's administrator to raise the gateway's request size limit; retrying will not help.",
    },
    'masterUnreachable.clientError': {
      title: 'The Kuscia master rejected the request (HTTP {httpStatus})',
      resolution:
        "The master or its gateway refused the request as it was sent; retrying will not help. Check the master's logs, and that this lite node and the master run the same Kuscia version.",
    },
    'masterUnreachable.transport': {
      title: 'This lite node cannot connect to the Kuscia master',
      resolution:
        "Check DNS, the network route to the master and the master's health, then try again.",
    },
    admissionDenied: {
      title: 'A cluster policy blocked the object',
      resolution:
        'An admission webhook of the Kubernetes cluster rejected it. Ask the cluster administrator which policy applies.',
    },
    'admissionDenied.webhook': {
      title: 'Blocked by cluster policy “{webhook}”',
      resolution:
        'An admission webhook of the Kubernetes cluster rejected the object without saying why. Ask the cluster administrator about this policy.',
    },
    'admissionDenied.reason': {
      title: 'Blocked by cluster policy “{webhook}”',
      resolution:
        'The policy says: {detail}. Change the object to satisfy it, or ask the cluster administrator.',
    },
    apiNotSupported: {
      title: 'This API is not available on this node',
      resolution: 'Call it on a node that serves it.',
    },
    'apiNotSupported.lite': {
      title: 'This API is not available on a lite node',
      resolution: "Call the master's KusciaAPI, or an autonomy node's, instead.",
    },
    'apiNotSupported.master': {
      title: 'This API is not available on the master',
      resolution: 'Call the KusciaAPI of the node that runs the task.',
    },
    jobState: {
      title: 'The Job cannot do this in its current phase',
      resolution:
        'Only running Jobs can be suspended; only failed or suspended Jobs can be restarted. Query the Job to see its phase.',
    },
    'jobState.suspend': {
      title: 'Job “{jobId}” {state}; only running Jobs can be suspended',
      resolution: 'Query the Job to see its phase. A Job that has finished cannot be suspended.',
    },
    'jobState.restart': {
      title: 'Job “{jobId}” {state}; only failed or suspended Jobs can be restarted',
      resolution:
        'Query the Job to see its phase. Suspend a running Job before restarting it; to run a finished Job again, create a new Job.',
    },
    'jobState.suspendPending': {
      title: 'Job “{jobId}” has not been scheduled yet, so it cannot be suspended',
      resolution: 'Kuscia has not processed the Job yet. Wait a few seconds and try again.',
    },
    'jobState.restartPending': {
      title: 'Job “{jobId}” has not been scheduled yet, so it cannot be restarted',
      resolution: 'Kuscia has not processed the Job yet. Wait a few seconds and try again.',
    },
    emptyIdentifier: {
      title: 'A required ID is missing',
      resolution: "Fill in the ID (lowercase letters, digits, '-' and '.').",
    },
    'emptyIdentifier.namespace': {
      title: 'The Domain ID is missing',
      resolution: "Fill in domain_id (lowercase letters, digits, '-' and '.').",
    },
    'emptyIdentifier.invalid': {
      title: 'ID “{value}” contains a character that is not allowed',
      resolution:
        "Use only lowercase letters, digits, '-' and '.'. '/' and '%' are not allowed, nor '.' or '..' on their own.",
    },
    'emptyIdentifier.invalidNamespace': {
      title: 'Domain ID “{value}” contains a character that is not allowed',
      resolution:
        "Use only lowercase letters, digits, '-' and '.'. '/' and '%' are not allowed, nor '.' or '..' on their own.",
    },
    fieldRequired: {
      title: 'A required field is empty',
      resolution: 'The server message names the field. Fill it in and send the request again.',
    },
    'fieldRequired.field': {
      title: 'Field {field} is required',
      resolution: 'Fill it in and send the request again.',
    },
    'fieldRequired.withoutTransit': {
      title: 'Field {field} is required when no transit is set',
      resolution: 'Fill in {field}, or configure a transit route.',
    },
    'fieldRequired.withTransit': {
      title: 'Field {field} is required when a transit is set',
      resolution: 'Fill in {field}, or remove the transit.',
    },
    'fieldRequired.thirdDomain': {
      title: 'Field {field} is required when the transit goes through a third Domain',
      resolution: 'Fill in the Domain that relays the traffic.',
    },
    'fieldRequired.several': {
      title: '{count} required fields are empty: {fieldList}',
      resolution: 'Fill them in and send the request again.',
    },
    'fieldRequired.oneOf': {
      title: 'One of {fieldList} is required',
      resolution: 'Fill in one of them and send the request again.',
    },
    'fieldRequired.sourceHeader': {
      title: 'The request has no Kuscia-Source header',
      resolution:
        'Calls on this port must name the calling Domain in the Kuscia-Source header. Configure the client to send it.',
    },
    'fieldRequired.mixed': {
      title: '{count} fields are missing or not valid: {fieldList}',
      resolution: '{issueList}. Correct them and send the request again.',
    },
    fieldFormat: {
      title: 'A field has an invalid format',
      resolution: 'The server message names the field. Correct it and send the request again.',
    },
    'fieldFormat.field': {
      title: 'Field {field} has an invalid format',
      resolution: 'Correct it and send the request again.',
    },
    'fieldFormat.k3sName': {
      title:
        "Field {field}: only lowercase letters, digits, '-' and '.' are allowed (got “{value}”)",
      resolution:
        'Use 1 to 63 characters that start and end with a lowercase letter or digit, for example alice-1.',
    },
    'fieldFormat.serviceNamePrefix': {
      title:
        "Field {field}: must start with a lowercase letter and use only lowercase letters, digits and '-' (got “{value}”)",
      resolution: 'Use at most 48 characters, ending with a letter or digit.',
    },
    'fieldFormat.regex': {
      title: 'Field {field}: “{value}” does not have the required format',
      resolution: 'The value must match {regex}.',
    },
    'fieldFormat.certificate': {
      title: 'Field {field} is not a valid certificate',
      resolution: 'Provide a base64-encoded PEM X.509 certificate.',
    },
    'fieldFormat.reservedMaster': {
      title: 'Field {field}: “master” is a reserved Domain ID',
      resolution: 'Choose another ID.',
    },
    'fieldFormat.odpsEndpoint': {
      title: 'Field {field}: the ODPS endpoint must start with http:// or https://',
      resolution: 'Add the scheme, for example https://service.odps.aliyun.com/api.',
    },
    'fieldFormat.several': {
      title: '{count} fields are not valid: {fieldList}',
      resolution: '{issueList}. Correct them and send the request again.',
    },
    fieldEnum: {
      title: 'A field has a value that is not supported',
      resolution:
        'The server message names the field and the allowed values. Correct it and send the request again.',
    },
    'fieldEnum.field': {
      title: 'Field {field} has a value that is not supported',
      resolution: 'Check the allowed values in the API reference and send the request again.',
    },
    'fieldEnum.value': {
      title: 'Field {field}: “{value}” is not supported',
      resolution: 'Check the allowed values in the API reference and send the request again.',
    },
    'fieldEnum.allowed': {
      title: 'Field {field} must be one of {allowed}',
      resolution: 'Choose one of these values and send the request again.',
    },
    'fieldEnum.valueAllowed': {
      title: 'Field {field}: “{value}” is not supported; use one of {allowed}',
      resolution: 'Choose one of these values and send the request again.',
    },
    'fieldEnum.emptyOr': {
      title: 'Field {field} must be empty or {allowed}',
      resolution: 'Leave it empty, or set it to {allowed}.',
    },
    'fieldEnum.several': {
      title: '{count} fields are not valid: {fieldList}',
      resolution: '{issueList}. Correct them and send the request again.',
    },
    fieldRange: {
      title: 'A value is out of range',
      resolution: 'The server message names the field. Correct it and send the request again.',
    },
    'fieldRange.field': {
      title: 'Field {field} is out of range',
      resolution: 'Correct it and send the request again.',
    },
    'fieldRange.port': {
      title: 'Field {field}: the port must be between 1 and 65535',
      resolution: 'Correct the port and send the request again.',
    },
    'fieldRange.positive': {
      title: 'Field {field} must be greater than 0',
      resolution: 'Correct it and send the request again.',
    },
    'fieldRange.nonNegative': {
      title: 'Field {field} must not be negative',
      resolution: 'Correct it and send the request again.',
    },
    'fieldRange.timeout': {
      title: 'Field {field} must be between 0 and 2147483647 seconds',
      resolution: 'Correct it and send the request again.',
    },
    'fieldRange.replicaIndex': {
      title: 'Field {field} is not a valid replica index',
      resolution: 'Use the index of an existing replica of the task, counting from 0.',
    },
    'fieldRange.quantity': {
      title: 'Field {field} is not a valid resource quantity',
      resolution:
        'Use a Kubernetes quantity such as 2, 500m, 4Gi or 512Mi (not "4GB" or "2cores").',
    },
    'fieldRange.quantityValue': {
      title: 'Field {field}: “{value}” is not a valid resource quantity',
      resolution:
        'Use a Kubernetes quantity such as 2, 500m, 4Gi or 512Mi (not "4GB" or "2cores").',
    },
    'fieldRange.quantityUnnamed': {
      title: 'A resource quantity is not valid',
      resolution:
        'Check the CPU and memory values: use Kubernetes quantities such as 2, 500m, 4Gi or 512Mi.',
    },
    'fieldRange.configKeyLength': {
      title: 'Field {field}: the configuration key is too long ({length} bytes; at most {max})',
      resolution: 'Use a shorter key.',
    },
    'fieldRange.configSize': {
      title: "The Domain's configuration is too large ({size} bytes; at most {max})",
      resolution:
        'Delete configuration entries that are no longer needed, or keep large values elsewhere.',
    },
    'fieldRange.several': {
      title: '{count} fields are not valid: {fieldList}',
      resolution: '{issueList}. Correct them and send the request again.',
    },
    scopeDenied: {
      title: 'This Domain may not act on that resource',
      resolution:
        "A Domain may only act on its own resources, or on the Jobs and Servings it takes part in. Call the right Domain's KusciaAPI.",
    },
    'scopeDenied.ownResource': {
      title: 'Domain {expected} may only operate on its own {kind} (the request named {actual})',
      resolution: 'Call the KusciaAPI of Domain {actual}, or correct domain_id.',
    },
    'scopeDenied.routeDestination': {
      title:
        'Domain {expected} may only manage DomainRoutes whose destination is itself (the request named {actual})',
      resolution: 'Call the KusciaAPI of Domain {actual}, or correct the destination.',
    },
    'scopeDenied.routeQuery': {
      title:
        'Domain {domain} may only query its own DomainRoutes (the request named {source} → {destination})',
      resolution:
        "Query a route that starts or ends at Domain {domain}, or call the right Domain's KusciaAPI.",
    },
    'scopeDenied.jobCreate': {
      title: 'This Domain may only create Jobs it takes part in',
      resolution:
        'Add this Domain to the parties of the Job, or create the Job from a participant.',
    },
    'scopeDenied.jobDelete': {
      title: 'This Domain may only delete Jobs it takes part in',
      resolution: 'Ask a participant of the Job to delete it.',
    },
    'scopeDenied.jobRetrieve': {
      title: 'This Domain may only query Jobs it takes part in',
      resolution: 'Check the Job ID, or ask a participant of the Job.',
    },
    'scopeDenied.jobApprove': {
      title: 'This Domain may only approve Jobs it takes part in',
      resolution: 'Only a participant of the Job can approve or reject it.',
    },
    'scopeDenied.serving': {
      title: 'This Domain may only manage Servings it takes part in',
      resolution:
        "Add this Domain to the parties of the Serving, or call a participant's KusciaAPI.",
    },
    'scopeDenied.liteDomainData': {
      title:
        'This lite node may only manage DomainData of Domain {expected} (the request named {actual})',
      resolution: 'Set domain_id to {expected}, or call the KusciaAPI of Domain {actual}.',
    },
    'scopeDenied.dataSource': {
      title: 'Domain {expected} may not manage the data sources of Domain {actual}',
      resolution: 'Set domain_id to {expected}, or call the KusciaAPI of Domain {actual}.',
    },
    'scopeDenied.masterDataSource': {
      title: "The master's KusciaAPI cannot manage data sources",
      resolution:
        'Call the KusciaAPI of the Domain (autonomy or lite node) that owns the data source.',
    },
    'scopeDenied.initiator': {
      title: 'In P2P mode the initiator must be {expected}',
      resolution: 'Set initiator to {expected}, the Domain whose KusciaAPI you are calling.',
    },
    'scopeDenied.initiatorActual': {
      title: 'In P2P mode the initiator must be {expected}, not {actual}',
      resolution: 'Set initiator to {expected}, the Domain whose KusciaAPI you are calling.',
    },
    'scopeDenied.initiatorNotParty': {
      title: 'Initiator {actual} is not one of the parties',
      resolution: 'Add Domain {actual} to the parties, or choose the initiator among them.',
    },
    'scopeDenied.grantSelf': {
      title: 'A Domain cannot grant data to itself',
      resolution: 'Set grant_domain to another Domain.',
    },
    malformedBody: {
      title: 'The request body is not valid JSON for this API',
      resolution: 'Fix the request body; this is a client bug, not a server problem.',
    },
    'malformedBody.eof': {
      title: 'The request body is empty or cut short',
      resolution: 'Send the whole JSON object as the request body.',
    },
    'malformedBody.syntax': {
      title: 'The request body is not valid JSON (unexpected character “{char}”)',
      resolution: 'Fix the JSON syntax of the request body.',
    },
    'malformedBody.type': {
      title: 'Field {field} in the request body has the wrong type ({jsonType} given)',
      resolution: 'Send the value with the type the API expects, for example a string in quotes.',
    },
    'malformedBody.unknownField': {
      title: 'Unknown field {field} in the request body',
      resolution:
        'Remove the field or correct its name. KusciaAPI spells fields in snake_case, such as domain_id.',
    },
    sessionExpired: {
      title: 'Your session has expired',
      resolution: 'Sign in again to continue.',
    },
    permissionDenied: {
      title: 'You are not allowed to do this',
      resolution: 'Ask an administrator for access if you need it.',
    },
    accountLocked: {
      title: 'Sign-in is locked',
      resolution: 'There were too many failed attempts. Wait a while, then try again.',
    },
    'accountLocked.minutes': {
      title: 'Sign-in is locked; try again in {minutes} minutes',
      resolution:
        'There were too many failed attempts. Wait, or ask an administrator to unlock the account.',
    },
  },
  issues: {
    fieldRequired: 'Required',
    fieldFormat: 'Invalid format',
    'fieldFormat.value': 'Invalid format (got “{value}”)',
    'fieldFormat.k3sName':
      "Only lowercase letters, digits, '-' and '.' are allowed (got “{value}”)",
    'fieldFormat.serviceNamePrefix':
      "Must start with a lowercase letter and use only lowercase letters, digits and '-' (got “{value}”)",
    'fieldFormat.regex': 'Must match {expected} (got “{value}”)',
    'fieldFormat.certificate': 'Must be a base64-encoded PEM X.509 certificate',
    'fieldFormat.reservedMaster': '“master” is reserved; choose another ID',
    'fieldFormat.odpsEndpoint': 'Must start with http:// or https://',
    'fieldFormat.dnsSubdomain':
      "Only lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (got “{value}”)",
    'fieldFormat.dnsLabel':
      "Only lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (got “{value}”)",
    'fieldFormat.label':
      "Only letters, digits, '-', '_' and '.', starting and ending with a letter or digit, at most 63 characters (got “{value}”)",
    'fieldFormat.pattern': 'Must match {expected} (got “{value}”)',
    fieldEnum: 'Not a supported value',
    'fieldEnum.value': '“{value}” is not supported',
    'fieldEnum.allowed': 'Must be one of {allowed}',
    'fieldEnum.valueAllowed': '“{value}” is not supported; use one of {allowed}',
    'fieldEnum.emptyOr': 'Must be empty or {allowed}',
    fieldRange: 'Out of range',
    'fieldRange.port': 'Must be between 1 and 65535',
    'fieldRange.positive': 'Must be greater than 0',
    'fieldRange.nonNegative': 'Must not be negative',
    'fieldRange.timeout': 'Must be between 0 and 2147483647',
    'fieldRange.replicaIndex': 'Not a valid replica index',
    'fieldRange.quantity': 'Not a valid quantity (for example 2, 500m, 4Gi)',
    'fieldRange.quantityValue': '“{value}” is not a valid quantity (for example 2, 500m, 4Gi)',
    'fieldRange.configKeyLength': 'Too long (at most {limit} bytes)',
    'fieldRange.max': 'Must be at most {limit}',
    'fieldRange.min': 'Must be at least {limit}',
    'fieldRange.maxLength': 'Must be at most {limit} characters long',
    'fieldRange.minLength': 'Must be at least {limit} characters long',
    'fieldRange.maxItems': 'Must have at most {limit} items',
    'fieldRange.minItems': 'Must have at least {limit} items',
    invalidObject: 'Not valid',
    'invalidObject.value': '“{value}” is not valid',
    'invalidObject.type': 'Must be of type {expected}',
    'invalidObject.typeValue': 'Must be {expectedType} (got {actualType})',
    'invalidObject.duplicate': '“{value}” appears more than once',
    'invalidObject.forbidden': 'Must not be set',
  },
  kinds: {
    Domain: 'Domain',
    DomainRoute: 'DomainRoute',
    DomainData: 'DomainData',
    DomainDataGrant: 'DomainDataGrant',
    DomainDataSource: 'DomainDataSource',
    Job: 'Job',
    Task: 'Task',
    Serving: 'Serving',
    AppImage: 'AppImage',
    Config: 'Config',
    Node: 'Node',
  },
  fields: {},
  jsonTypes: {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    array: 'an array',
    object: 'an object',
    null: 'null',
  },
  phases: {
    Pending: 'is still pending',
    Running: 'is running',
    Succeeded: 'has already succeeded',
    Failed: 'has failed',
    Cancelled: 'was cancelled',
    Suspended: 'is already suspended',
    AwaitingApproval: 'is awaiting approval',
    ApprovalReject: 'was rejected by a participant',
    initialized: 'is still being initialized',
    other: 'is in phase “{phase}”',
  },
  lists: { separator: ', ', issue: '{field}: {issue}', issueSeparator: '; ' },
};
