import type { SecretPadCode } from './definitions';

/*
 * The kit's own next step for every SecretPad code, in American English (the titles are SecretPad's texts,
 * see upstream-texts.en-US.ts). One or two sentences for an operator: what to check or do. Where the server
 * message embeds Kuscia's reason, say so; where SecretPad hides it, point to the SecretPad server log. Codes
 * that v0.12.0b0 never raises still get a text: other SecretPad versions may send them. SecretPad's own
 * nouns (node, institution, project, training flow, datatable, data source, node route, schedule, approval)
 * name its objects; Kuscia's objects keep their API names (Domain, DomainData, DomainRoute, Job).
 */
export const resolutionsEnUS: Readonly<Record<SecretPadCode, string>> = {
  // SystemErrorCode
  202011100:
    "The text after the colon names the field or value SecretPad rejected; correct it and send the request again. If it starts with “failed to query domain data sources”, Kuscia could not list the node's DomainDataSources: check that node's Kuscia.",
  202011101:
    "SecretPad hit an error it did not anticipate; the text after the colon is the raw exception message. Find the request's time in the SecretPad server log for the cause before trying again.",
  202011102:
    'A page number or index in the request is past the end of the list. Go back to the first page or refresh the list.',
  202011103:
    "SecretPad's error page answered a page request with the HTTP status after the colon. Check the address, and sign in again if your session has ended.",
  202011104:
    'This address does not exist on the SecretPad server. Check the URL, and that the console and the backend are the same SecretPad version.',
  202011105:
    'The SecretPad server failed while serving a page; the HTTP status follows the colon. Check that the SecretPad service is running and read its server log.',
  202011106:
    'SecretPad could not encode the data of a project invitation. Read the SecretPad server log for the cause, then send the invitation again.',
  202011109:
    'Data sync between this SecretPad and the browser or the center (server-sent events) failed; the text after the colon says why. Reload the page to reconnect, and read the SecretPad server log if it persists.',
  202011110:
    'Data sync between SecretPad instances failed; the text after the colon says why. Check that the other SecretPad is reachable, then read both server logs.',
  202011199:
    'A to-do (approval) operation failed; the text after the colon says why. Refresh the message center and handle the item again.',
  2020111011:
    "Another SecretPad (the center or a partner's node) rejected a synchronisation request; the text after the colon is its own message. Act on that message on the other side, or ask its operator.",
  2020111012:
    'SecretPad lets each user create a data source, datatable, feature table or institution token only about once every 12 seconds. Wait a few seconds, then send the same request again.',
  2020111107:
    "SecretPad could not sign the message with this node's private key. Check that the node's certificate and key files exist and are readable, then try again.",
  2020111108:
    "A partner's signature on an approval message did not verify, usually because one side was upgraded or its certificate was replaced. Start a new project invitation; if that fails too, compare the node certificates of both parties.",
  // InstErrorCode
  202011200:
    'The institution in the request is not registered in this SecretPad. Check the institution ID, or register the institution first.',
  202011201:
    "A node in the request does not belong to your institution. Pick one of your own institution's nodes.",
  202011202:
    'Your institution already has the maximum of 10 nodes. Delete a node you no longer use before adding another.',
  202011203:
    "The institution in the request is not the one you are signed in to. Use your own institution's ID, or sign in to that institution's SecretPad.",
  202011204:
    "SecretPad rejected the node registration: the request or the node certificate is invalid, or no connection to the new node's Kuscia could be opened. Check the certificate and the node's KusciaAPI address, then register again.",
  202011205:
    'The registration token is missing, invalid or expired. Generate a new token for the node and use it soon.',
  202011206:
    'This institution is already registered. Use the existing institution instead of registering it again.',
  202011207:
    "SecretPad could not read or write the institution's certificate files. Check the certificate directory's permissions and the free disk space on the SecretPad server.",
  202011208:
    'This registration token has already been used. Generate a new token if another node has to be registered.',
  202011209:
    "In the project invitation, the initiator's node does not belong to the initiator's institution. Check the initiator's institution and node, then send the invitation again.",
  202011210:
    "In the project invitation, an invited node does not belong to its invited institution. Check each invitee's institution and node, then send the invitation again.",
  // DatatableErrorCode
  202011301:
    'The datatable is not in SecretPad, or was deleted. Refresh the datatable list and pick an existing table.',
  202011302:
    "This operation does not accept the datatable's type. Pick a table of a type the component or action supports.",
  202011303:
    "Kuscia could not return the datatable (DomainData); SecretPad writes Kuscia's reason to its server log only. Check that the node is online in Kuscia, then look the query up in the SecretPad server log.",
  202011304:
    "Kuscia did not delete the datatable (DomainData); Kuscia's reason is only in the SecretPad server log. Check that the node is online and read that log before deleting again.",
  202011305:
    'The datatable is still authorized to one or more projects, so it cannot be deleted. Remove its authorization from those projects first.',
  202011306:
    "Kuscia could not return the datatable's grants (DomainDataGrant); the reason is only in the SecretPad server log. Check that both nodes are online and the node route between them is ready.",
  202011307:
    'Kuscia did not create the grant (DomainDataGrant) for the datatable; the reason is only in the SecretPad server log. Check that the receiving node exists in Kuscia and the node route to it is ready.',
  202011308:
    'SecretPad could not create the TEE job for the datatable. Check that the TEE node is online and its node route is ready, then read the SecretPad server log.',
  202011309:
    "Registering the datatable in Kuscia (DomainData) failed on at least one node, which fails the whole request. Check the data source and path on every node, and the SecretPad server log for Kuscia's reason.",
  // NodeErrorCode
  202011401: 'A node with this ID already exists. Use the existing node, or choose another ID.',
  202011402:
    "If the text after the colon contains “node create fail in kuscia”, what follows it is Kuscia's reason for rejecting the Domain, e.g. that it already exists; otherwise SecretPad could not save the node. Remove that cause, then create the node again.",
  202011403:
    'SecretPad has no such node, or it was deleted. Refresh the node list and pick an existing node.',
  202011404:
    "The text after the colon says what blocks the deletion: stop the node's running jobs, settle its projects under review or delete its node routes first. If it reads “kuscia delete domain failed”, check the Domain in Kuscia and the SecretPad server log.",
  202011405:
    'The DomainData behind this datatable is missing in Kuscia. Refresh the datatable list, and register the table again if it was removed from the node.',
  202011406:
    'SecretPad could not update the node; the text after the colon says why. Correct what it names, then save again.',
  202011407:
    "Kuscia did not return the node's deploy token; the text after the colon is the cause. Check that the Domain exists in Kuscia and that Kuscia is reachable, then request the token again.",
  202011408:
    "Kuscia knows the Domain but returned no deploy token for it. Check the Domain's token settings in Kuscia (auth center, token generation method), then request the token again.",
  202011409:
    "The certificate must be the other node's own public-key certificate: not empty, not this node's certificate, and not for this node itself. Upload the partner node's certificate and save again.",
  // ProjectErrorCode
  202011501:
    'The project does not exist or was deleted. Refresh the project list and open an existing project.',
  202011502:
    "The institution does not take part in this project. Check the project's participants, or ask the project owner to invite the institution.",
  202011503:
    "The node does not take part in this project. Pick one of the project's nodes, or add the node to the project first.",
  202011504:
    'The datatable is not authorized to this project. Authorize the table to the project first, or pick one that is.',
  202011505:
    'The project has no such result, or it was cleaned up. Refresh the result list, and run the training flow again if you need the output.',
  202011506:
    'The project still has training flows. Delete its training flows first, then delete the project.',
  202011507:
    'Only the project owner can archive the project directly. Ask the owner to archive it, or start an archive approval instead.',
  202011508: 'Only the project owner can edit the project. Ask the owner to make the change.',
  202011509:
    'Only a project that is still under review can be archived directly. For a project all parties have approved, start an archive approval instead.',
  202011510:
    'An archive approval can only be started for a project all parties have approved. Wait for the project to be approved; a project still under review can be archived directly by its owner.',
  202011511:
    'The model is not in this project, or was deleted. Refresh the model list and pick an existing model.',
  202011512: 'The model serving does not exist or was deleted. Refresh the serving list.',
  202011513:
    'The model serving is not in a successful state, so it cannot be deleted now. Wait until it runs successfully, or take it offline first.',
  202011514:
    'A model serving must be offline before it can be discarded. Take the serving offline first, then discard it.',
  202011515:
    'A model serving must be discarded before it can be deleted. Discard it first, then delete it.',
  202011516:
    'The feature table is not in this project. Authorize the feature table to the project first, or pick one that is.',
  202011517:
    "This was created by another party's node, so you can only view it. Ask the creating party to make the change.",
  202011518:
    "The invited party could not create the project from the invitation, and SecretPad leaves the reason out of the message. Check the invitation and both parties' SecretPad server logs, then invite again.",
  // AuthErrorCode
  202011600:
    'The user name or password is wrong. Check both and try again: after too many wrong attempts the account is locked for a while.',
  202011601:
    'The user name or password (when changing the password: the old password) is wrong. Check it carefully: when no attempts are left, the account is locked for a while.',
  202011602:
    'If the text after the colon mentions login, the session or User-Token, you are not signed in or your session expired: sign in again. If it says No permission, no Permissions or Invalid field, your account may not do this: ask an administrator.',
  202011603:
    'Too many wrong passwords locked the account. Wait until the lock ends, then sign in with the correct password, or ask an administrator to reset it.',
  202011604:
    'Too many failed attempts locked the password reset; signing in still works. Wait until the lock ends before resetting again, or ask an administrator.',
  // GraphErrorCode
  202011701:
    'The training flow uses a component this SecretPad does not provide (named after the colon). Replace it with an available component, or run the SecretPad version the flow was built with.',
  202011702:
    "The training flow does not exist or was deleted. Refresh the project's training flows and open an existing one.",
  202011703:
    'This training flow already exists. Open the existing flow, or create one under another name.',
  202011704:
    "A party's node (named after the colon) is not Ready in Kuscia, or a component input is missing. Check that node's status in Kuscia and the flow's inputs, then run the flow again.",
  202011705:
    'A sample-reading component has no datatable selected. Select a datatable in every read component, then run the flow again.',
  202011706:
    "SecretPad could not load a component's translations; the cause follows the colon. This is a deployment problem: check the component i18n files shipped with SecretPad and its server log.",
  202011707:
    "The training flow cannot be turned into a job; the text after the colon says why, e.g. the parties must include your own node. Fix the flow's parties or components, then run it again.",
  202011708:
    'The component has no output yet, or its output was removed. Run the component and those before it successfully, then open its output again.',
  202011709:
    'This SecretPad cannot show this kind of component output. Check that the console and the backend are the same SecretPad version.',
  202011710:
    'A component this one depends on (named after the colon) has not run successfully yet. Run the upstream components first, or run the whole flow.',
  202011711:
    "The node route between the parties after the colon (source->destination) is not ready in Kuscia. Check that route's status on the node route page and that both nodes are online, then run the flow again.",
  202011712:
    'Only the party that created the training flow can change it. Ask the creating party to make the change.',
  202011713:
    "This training flow was created by another party's node, so you can only view it. Ask the creating party to change or run it.",
  // DataErrorCode
  202011801: 'The upload has no file name. Choose the file again and upload it.',
  202011802:
    'SecretPad only accepts .csv files for upload. Save the data as CSV and upload it again.',
  202011803:
    'SecretPad could not find an unused name for the uploaded file. Upload the file again.',
  202011804:
    'The file is not on the SecretPad server; it may have been cleaned up. Upload it again.',
  202011805:
    "The text after the colon names the invalid parameter, such as a file name or node ID containing a slash or backslash; correct it. If only a placeholder or nothing follows the colon, Kuscia refused to create or query the DomainData: read the SecretPad server log for Kuscia's reason.",
  202011806:
    'A datatable with this name already exists. Use the existing table, or choose another name.',
  // JobErrorCode
  202011901:
    "The job does not exist in this project, or was deleted. Refresh the training flow's job list.",
  202011902:
    "Kuscia rejected the job (CreateJob); the text after the colon is Kuscia's own reason. Fix what it names, e.g. missing DomainData, a node that is not Ready or an AppImage, then run the flow again.",
  202011903:
    "The task (one component's run) is not part of this job. Refresh the job's details and pick a task from it.",
  202011904:
    'SecretPad could not delete the job; the text after the colon says why. Stop the job first if it is still running, then delete it again.',
  202011905:
    "SecretPad could not fetch the task's logs from the cloud log service (SLS); the text after the colon is that service's error. Check SecretPad's SLS settings and credentials, or read the logs on the node.",
  202011906:
    'A node may only read the logs of its own tasks. Ask the party whose node ran the task for its logs.',
  // UserErrorCode
  202012001:
    'The new password and its confirmation differ. Type the same new password in both fields.',
  202012002: 'The new password must differ from the current one. Choose another new password.',
  202012003:
    'The old password is wrong. Type your current password again; too many failures lock the account for a while.',
  // KusciaGrpcErrorCode
  202012101:
    "A call from SecretPad to KusciaAPI failed; the text after the colon is Kuscia's message, or the gRPC error when Kuscia could not be reached. Check that Kuscia is running and reachable from SecretPad, then try again.",
  // VoteErrorCode
  202012201: 'The approval request does not exist or was withdrawn. Refresh the message center.',
  202012202:
    "Your node is not one of the parties asked to approve this request, or you are not signed in as its owner. Handle the request from the invited node's SecretPad.",
  202012203:
    'The signature for this approval has not reached your node yet. Wait a moment and try again.',
  202012204:
    'The project named after the colon has no matching approval on record. Refresh the message center, or start the approval again.',
  202012205:
    'An archive approval for this project is already under review. Wait for the parties to answer it instead of starting another.',
  202012206:
    'A party of the approval request is unknown to this node. Check the invited institutions and nodes, then send the request again.',
  202012207:
    "The initiator's node is listed more than once. Remove the duplicate and send the invitation again.",
  202012208:
    "This node does not know the institution that started the approval. Check that the initiator's institution is registered and a node route to it exists, then ask them to send it again.",
  202012209:
    "The route between the two master nodes after the colon is not ready in Kuscia. Check that route's status and that both master nodes are online, then try again.",
  // FeatureTableErrorCode
  202012301: 'The feature table does not exist or was deleted. Refresh the feature table list.',
  202012302:
    'The address you entered (a data source endpoint such as OSS or MinIO, a feature service URL or an HTTP datatable) is an internal or loopback address, which SecretPad refuses. Use an address that is not internal.',
  202012303:
    'The host in the feature service URL cannot be resolved. Check the URL for typos and that the SecretPad server can resolve the host name.',
  // ModelExportErrorCode
  202012401:
    'SecretPad could not package the model; the text after the colon says why, e.g. the job or a component output is missing. Run the training flow successfully again, then package the model.',
  // DatasourceErrorCode
  202012501:
    'SecretPad could not connect to the OSS endpoint. Check the endpoint address, and that the OSS service is up and reachable from SecretPad.',
  202012502:
    'The text after the colon says why. “all node create datasource failed” means Kuscia rejected the DomainDataSource on every node: check the connection details and the SecretPad server log; otherwise fix the failed connection test it names.',
  202012503:
    'The OSS bucket does not exist at this endpoint. Check the bucket name, or create the bucket first.',
  202012504:
    'The storage service rejected the access key. Check the access key ID and secret, and that they may read the bucket.',
  202012505:
    "Kuscia could not return the data source (DomainDataSource), and SecretPad leaves Kuscia's reason out of the message. Check that the node is online in Kuscia, then look the query up in the SecretPad server log.",
  202012506:
    "The bucket does not belong to this endpoint's region. Use the endpoint of the bucket's own region.",
  202012507:
    "The endpoint's port is not the S3 API port (for example, a MinIO console port). Use the storage service's S3 API address and port.",
  202012508:
    "The S3 service returned an unexpected error; its message follows the colon. Check the endpoint, bucket and credentials against it, and the storage service's own logs.",
  202012509:
    'The text after the colon says why: “has related data table” means datatables still use this data source, so delete them first; if the data source was not found, refresh the list.',
  202012510:
    'The data source is not among those Kuscia lists for the node. Refresh the data source list, and create it again if it was removed.',
  202012511:
    'SecretPad could not update the data source; the text after the colon says why. Correct the connection details it names and save again.',
  // ConcurrentErrorCode
  202012601:
    "SecretPad was interrupted while waiting for the nodes' Kuscia to answer, usually during a restart. Try again once SecretPad is back; after a create, refresh the list first, since some nodes may have finished.",
  202012602:
    "A call to one node's Kuscia failed with an unexpected error; the details are in the SecretPad server log only. Check that every node involved is online, then read that log.",
  202012603:
    "At least one node's Kuscia did not answer within SecretPad's limit of 5 to 10 seconds. Check that the nodes are online and not overloaded, then try again; after a create, refresh the list first, since the slow node may have finished.",
  // NodeRouteErrorCode
  202012901:
    'A node route between these nodes already exists. Use or edit the existing route instead of creating another.',
  202012902:
    "If it says “address format error”, correct the node address (host:port). If it says “create node router failed.”, Kuscia rejected the DomainRoute: check both addresses and the SecretPad server log for Kuscia's reason.",
  202012903:
    'There is no node route between these nodes, or it was deleted. Refresh the node route list, and create the route if the nodes have to communicate.',
  202012904:
    "Kuscia did not delete the DomainRoute; the text that follows is Kuscia's own reason. Fix what it names, then delete the route again.",
  202012905:
    'The route cannot be changed now; the text that follows says why, e.g. a job is running over it. Wait for running jobs to finish, then update the route again.',
  202012906:
    'The source and destination nodes have the same communication address. Give each node its own address (host:port), then save the route again.',
  202012907: 'A node route needs two different nodes. Pick another destination node.',
  // ResultErrorCode
  202013001:
    'The SCQL query returned no result. Check the query and the data it reads, then run it again.',
  202013002:
    "SecretPad could not read the SCQL result; the text after the colon says why, e.g. inconsistent row counts. Run the query again, and read the SCQL engine's logs if it repeats.",
  // ScheduledErrorCode
  202015001:
    'A training flow must have run successfully once before it can be scheduled. Run the flow to completion, then create the schedule.',
  202015002:
    "SecretPad cannot find the training flow's job to schedule. Run the flow again, then create the schedule.",
  202015003: 'The schedule does not exist or was deleted. Refresh the schedule list.',
  202015004:
    'A schedule that is online cannot be deleted. Take the schedule offline first, then delete it.',
  202015005:
    'The schedule has a run in progress, so it cannot be taken offline (the message says “delete”, but this is about going offline). Wait for the run to finish or stop it, then take the schedule offline.',
  202015006:
    'SecretPad could not build the Kuscia job request for this scheduled run. Check that the training flow still runs when started by hand, then read the SecretPad server log.',
  202015007:
    "The scheduled run does not exist or was cleaned up. Refresh the schedule's list of runs.",
  202015008:
    'Only a running scheduled task can be stopped, and this one is in the state after the colon. Nothing needs stopping; refresh the list.',
  202015009:
    "The text after the colon says why: the schedule is offline, the run has not finished, it was already fully rerun, or it is more than 30 days old. Anything else is Kuscia's reason for refusing to delete or restart the Job.",
  202015010: 'Only the party that created the schedule can do this. Ask the initiating party.',
  202015011:
    'The text after the colon says why: the flow already has a schedule, or the settings leave no date to run on. Edit the existing schedule, or choose a start, end and frequency that include at least one run.',
};
