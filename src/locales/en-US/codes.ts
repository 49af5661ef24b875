import type { KusciaLocaleMessages } from '../../core/messages';

/** One title and next step per Kuscia code. */
export const codes: KusciaLocaleMessages['codes'] = {
  2000: {
    title: 'ConfManager rejected the request',
    resolution:
      'A field is missing or invalid, or a configuration key to be created already exists; the server message says which. Fix that field, or update the existing key instead.',
  },
  2001: {
    title: 'Unexpected ConfManager error',
    resolution:
      'ConfManager hit an error it did not anticipate. Read the server message, then the ConfManager logs of the Kuscia instance that answered.',
  },
  2102: {
    title: 'ConfManager could not create the configuration',
    resolution:
      "The server message carries the error from ConfManager's configuration store. Check it and the ConfManager logs before sending the request again.",
  },
  2103: {
    title: 'ConfManager could not query the configuration',
    resolution:
      "The server message carries the error from ConfManager's configuration store. Check the key in the request, then the ConfManager logs.",
  },
  2104: {
    title: 'ConfManager could not update the configuration',
    resolution:
      "The server message carries the error from ConfManager's configuration store. Check it and the ConfManager logs before sending the request again.",
  },
  2105: {
    title: 'ConfManager could not delete the configuration',
    resolution:
      "The server message carries the error from ConfManager's configuration store. Check the keys in the request, then the ConfManager logs.",
  },
  2106: {
    title: 'ConfManager could not query the configurations',
    resolution:
      "The server message carries the error from ConfManager's configuration store. Check the keys in the request, then the ConfManager logs.",
  },
  2200: {
    title: 'Could not generate the key pair and certificate',
    resolution:
      "ConfManager could not issue a key pair signed by the Domain's certificate. If the server message says `can not find domain cert` or `domain cert is not valid`, check the Domain certificate and key in the Kuscia configuration; otherwise check that key_type is PKCS#1 or PKCS#8 and read the ConfManager logs.",
  },
  3000: {
    title: 'Reporter rejected the request',
    resolution:
      'A field is missing or invalid; the server message names it. Fix that field and send the request again.',
  },
  3001: {
    title: 'Unexpected Reporter error',
    resolution:
      "Kuscia's Reporter hit an error it did not anticipate. Read the server message, then the Reporter logs of the Kuscia instance that answered.",
  },
  11100: {
    title: 'Invalid request',
    resolution:
      "KusciaAPI rejected the request before acting on it. The server message names the field and the rule it broke (IDs, for example, allow only lowercase letters, digits, '-' and '.'); correct that field and send the request again.",
  },
  11101: {
    title: 'Unexpected KusciaAPI error',
    resolution:
      'If the server message is a JSON error such as `unexpected EOF`, the request body is malformed or cut off: send complete, valid JSON. Otherwise KusciaAPI hit an error it did not anticipate; look for it in the KusciaAPI logs.',
  },
  11102: {
    title: 'Not allowed to act for another Domain',
    resolution:
      "The request touches resources of a Domain other than the caller's own (the `Kuscia-Source` identity, or the Domain of the Lite you called). Call the KusciaAPI of the Domain that owns the resource, or correct the domain_id. This is not a token problem: a bad token gets HTTP 401.",
  },
  11103: {
    title: 'Lite could not reach its Master',
    resolution:
      'The Lite forwards this request to its Master and got no usable answer; this is usually temporary. Check that the Master is running and reachable from the Lite (the server message shows the HTTP status or connection error), then retry.',
  },
  11104: {
    title: 'API served only by the Master',
    resolution:
      "The request went to a Lite's KusciaAPI, but this API is served only by the Master. Send it to the Master's KusciaAPI address instead.",
  },
  11105: {
    title: 'API not served by the Master',
    resolution:
      "This API (log queries, for example) is served only by a Lite or an Autonomy deployment, and the request went to the Master. Send it to the KusciaAPI of the Domain's Lite or Autonomy instance instead.",
  },
  11201: {
    title: 'Could not create the Job',
    resolution:
      "If the server message says `already exists`, a Job with this job_id exists: choose another job_id. Otherwise the message carries the underlying Kubernetes error; check the parties' Domains and AppImages named in the request, then the KusciaAPI logs.",
  },
  11202: {
    title: 'Could not query the Job',
    resolution:
      'If the server message says `not found`, no Job has this job_id (Kuscia has no separate Job-not-found code): check the ID and the KusciaAPI you called. Otherwise the message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11203: {
    title: 'Could not query the Job status',
    resolution:
      'If the server message says `not found`, one of the job_ids does not exist: check the IDs. Otherwise the message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11204: {
    title: 'Could not delete the Job',
    resolution:
      'If the server message says `not found`, no Job has this job_id. Otherwise the message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11205: {
    title: 'Could not stop the Job',
    resolution:
      'Query the Job: it may already have finished. Otherwise the server message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11206: {
    title: 'Could not approve the Job',
    resolution:
      "Only a Job waiting for this Domain's approval can be approved or rejected; query the Job to see its state. Otherwise the server message carries the underlying Kubernetes error; check the KusciaAPI logs.",
  },
  11207: {
    title: 'Could not suspend the Job',
    resolution:
      'Only a running Job can be suspended; query the Job to see its state. Otherwise the server message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11208: {
    title: 'Could not restart the Job',
    resolution:
      'Only a suspended or failed Job can be restarted; query the Job to see its state. Otherwise the server message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11209: {
    title: 'Could not cancel the Job',
    resolution:
      'Query the Job: it may already have finished or been cancelled. Otherwise the server message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11210: {
    title: 'Cannot suspend a Job that is not running',
    resolution:
      "Only a running Job can be suspended, and the server message gives this Job's current state. Nothing is broken; a failed Job can be restarted instead.",
  },
  11211: {
    title: 'Can only restart a suspended or failed Job',
    resolution:
      'This Job is in another state; the server message names it (for example, Succeeded or Running). Nothing is broken; to run the same work again after it succeeded, create a new Job.',
  },
  11300: {
    title: 'Could not create the Domain',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id, role and cert in the request, then the KusciaAPI logs.',
  },
  11301: {
    title: 'Could not query the Domain',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id, then the KusciaAPI logs.',
  },
  11302: {
    title: 'Could not query the Domain status',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_ids in the request, then the KusciaAPI logs.',
  },
  11303: {
    title: 'Could not update the Domain',
    resolution:
      'The server message carries the underlying Kubernetes error (a conflict means the Domain changed meanwhile: query it and update again). Check the KusciaAPI logs if the cause is unclear.',
  },
  11304: {
    title: 'Could not delete the Domain',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id, then the KusciaAPI logs.',
  },
  11305: {
    title: 'Domain not found',
    resolution:
      'No Domain has the domain_id in the request. Check the ID for typos (Domain IDs are lowercase) and that the Domain was created on the Kuscia instance you are calling.',
  },
  11306: {
    title: 'Domain already exists',
    resolution:
      'A Domain with this domain_id already exists. To change it, call update instead of create.',
  },
  11400: {
    title: 'Could not create the DomainRoute',
    resolution:
      'The server message carries the underlying error; check the source and destination Domains, the endpoint host and ports, and the authentication_type, then the KusciaAPI logs.',
  },
  11401: {
    title: 'Could not query the DomainRoute',
    resolution:
      'The server message carries the underlying Kubernetes error; check the source and destination Domain IDs, then the KusciaAPI logs.',
  },
  11402: {
    title: 'Could not query the DomainRoute status',
    resolution:
      'The server message carries the underlying Kubernetes error; check the source and destination Domain IDs in the request, then the KusciaAPI logs.',
  },
  11403: {
    title: 'Could not delete the DomainRoute',
    resolution:
      'The server message carries the underlying Kubernetes error; check the source and destination Domain IDs, then the KusciaAPI logs.',
  },
  11404: {
    title: 'DomainRoute not found',
    resolution:
      'No DomainRoute leads from the source to the destination Domain in the request. Routes are one-way: check both Domain IDs and their order, and create the route if it is missing.',
  },
  11405: {
    title: 'DomainRoute already exists',
    resolution:
      'A DomainRoute from this source to this destination already exists, and a DomainRoute cannot be updated in place. To change it, delete it and create it again.',
  },
  11500: {
    title: 'Could not create the DomainData',
    resolution:
      'The server message carries the underlying error; check the domain_id, the datasource_id and the relative_uri in the request, then the KusciaAPI logs.',
  },
  11501: {
    title: 'Could not delete the DomainData',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and domaindata_id, then the KusciaAPI logs.',
  },
  11502: {
    title: 'Could not get the DomainData',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and domaindata_id, then the KusciaAPI logs.',
  },
  11503: {
    title: 'Could not list the DomainData',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and the filters in the request, then the KusciaAPI logs.',
  },
  11504: {
    title: 'Could not merge the DomainData update',
    resolution:
      'KusciaAPI could not merge the changes into the existing DomainData. The server message carries the underlying Kubernetes error (a conflict means it changed meanwhile: query it and update again).',
  },
  11505: {
    title: 'Could not patch the DomainData',
    resolution:
      'KusciaAPI could not write the updated DomainData. The server message carries the underlying Kubernetes error (a conflict means it changed meanwhile: query it and update again).',
  },
  11506: {
    title: 'DomainData not found',
    resolution:
      'No DomainData has the domaindata_id in the request in this Domain. Check the ID and the domain_id.',
  },
  11507: {
    title: 'DomainData already exists',
    resolution:
      'A DomainData with this domaindata_id already exists in the Domain. To change it, call update; otherwise choose another ID.',
  },
  11600: {
    title: 'Could not create the Serving',
    resolution:
      "The server message carries the underlying error; check the serving_id, the parties' Domains and the AppImage named in the request, then the KusciaAPI logs.",
  },
  11601: {
    title: 'Could not query the Serving',
    resolution:
      'If the server message says `not found`, no Serving has this serving_id (there is no separate Serving-not-found code). Otherwise it carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11602: {
    title: 'Could not query the Serving status',
    resolution:
      'If the server message says `not found`, one of the serving_ids does not exist. Otherwise it carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  11603: {
    title: 'Could not update the Serving',
    resolution:
      'The server message carries the underlying error; check the serving_id and the changed fields, then the KusciaAPI logs.',
  },
  11604: {
    title: 'Could not delete the Serving',
    resolution:
      'The server message carries the underlying Kubernetes error; check the serving_id, then the KusciaAPI logs.',
  },
  11700: {
    title: 'Could not create the DomainDataGrant',
    resolution:
      'The server message carries the underlying error; check that the DomainData exists and that grant_domain names the Domain to share it with, then the KusciaAPI logs.',
  },
  11701: {
    title: 'Could not update the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domaindatagrant_id and the changed fields, then the KusciaAPI logs.',
  },
  11702: {
    title: 'Could not query the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and domaindatagrant_id, then the KusciaAPI logs.',
  },
  11703: {
    title: 'Could not delete the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and domaindatagrant_id, then the KusciaAPI logs.',
  },
  11704: {
    title: 'DomainDataGrant already exists',
    resolution:
      'A DomainDataGrant with this domaindatagrant_id already exists. To change it, call update; otherwise choose another ID.',
  },
  11705: {
    title: 'DomainDataGrant not found',
    resolution:
      'No DomainDataGrant has the domaindatagrant_id in the request. Check the ID and the domain_id.',
  },
  11800: {
    title: 'Could not create the DomainDataSource',
    resolution:
      "Check that type is localfs, oss or mysql, that the info block matches that type, or that info_key names an existing configuration. The server message carries the cause; DomainDataSources are managed through the Domain's own KusciaAPI, not the Master's.",
  },
  11801: {
    title: 'Could not update the DomainDataSource',
    resolution:
      'Check that the info block matches the DomainDataSource type and that the datasource_id exists. The server message carries the cause; see the KusciaAPI logs if it is unclear.',
  },
  11802: {
    title: 'Could not query the DomainDataSource',
    resolution:
      'A missing DomainDataSource also gives this code (the server message says `not found`): check the datasource_id and domain_id. Otherwise the message carries the cause; see the KusciaAPI logs.',
  },
  11803: {
    title: 'Could not query the DomainDataSources',
    resolution:
      'If the server message says `not found`, one of the datasource_ids does not exist. Otherwise it carries the cause; see the KusciaAPI logs.',
  },
  11804: {
    title: 'Could not delete the DomainDataSource',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id and datasource_id, then the KusciaAPI logs.',
  },
  11805: {
    title: 'DomainDataSource already exists',
    resolution:
      'A DomainDataSource with this datasource_id already exists in the Domain. To change it, call update; otherwise choose another ID.',
  },
  11806: {
    title: 'DomainDataSource not found',
    resolution:
      'No DomainDataSource has the datasource_id in the request. Check the ID and the domain_id.',
  },
  11807: {
    title: 'Could not encode the DomainDataSource info',
    resolution:
      'KusciaAPI could not encode the info block for storage. Check that the info matches the type (oss info for an oss DomainDataSource, and so on) and that its credential fields are complete; the server message carries the cause.',
  },
  11808: {
    title: 'Could not list the DomainDataSources',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domain_id, then the KusciaAPI logs.',
  },
  11900: {
    title: 'Could not create the configuration',
    resolution:
      "KusciaAPI stores configuration through ConfManager, and the server message carries ConfManager's error. If it says the key already exists, call update instead; otherwise check the ConfManager logs.",
  },
  11901: {
    title: 'Could not query the configuration',
    resolution:
      "KusciaAPI reads configuration through ConfManager, and the server message carries ConfManager's error. Check the key, then the ConfManager logs.",
  },
  11902: {
    title: 'Could not update the configuration',
    resolution:
      "KusciaAPI stores configuration through ConfManager, and the server message carries ConfManager's error. Check it and the ConfManager logs.",
  },
  11903: {
    title: 'Could not delete the configuration',
    resolution:
      "KusciaAPI deletes configuration through ConfManager, and the server message carries ConfManager's error. Check the keys, then the ConfManager logs.",
  },
  11904: {
    title: 'Could not query the configurations',
    resolution:
      "KusciaAPI reads configuration through ConfManager, and the server message carries ConfManager's error. Check the keys, then the ConfManager logs.",
  },
  11907: {
    title: 'Could not encode the DomainDataSource info',
    resolution:
      'The same failure as 11807, sent by Kuscia servers older than v0.9. Check that the info block matches the DomainDataSource type and that its credential fields are complete; the server message carries the cause.',
  },
  12100: {
    title: 'DataMesh rejected the request',
    resolution:
      'A field is missing or invalid; the server message names it. Kuscia v0.4 to v0.9 also send this code from KusciaAPI for invalid requests.',
  },
  12101: {
    title: 'Unexpected DataMesh error',
    resolution:
      'DataMesh hit an error it did not anticipate; read the server message and the DataMesh logs. Kuscia v0.4 to v0.9 also send this code from KusciaAPI, for example for a malformed JSON body.',
  },
  12200: {
    title: 'DataMesh could not create the DomainData',
    resolution:
      "The call came through the Domain's DataMesh service (gRPC or HTTP), usually from an app inside the Domain. The server message carries the underlying Kubernetes error; check it and the DataMesh logs.",
  },
  12201: {
    title: 'DataMesh could not query the DomainData',
    resolution:
      'The server message carries the underlying error; check the domaindata_id, then the DataMesh logs.',
  },
  12202: {
    title: 'DataMesh could not read the DomainData from Kubernetes',
    resolution:
      "DataMesh's lookup of the DomainData in the Kubernetes API server failed. Check the domaindata_id, then the server message and the DataMesh logs for the Kubernetes error.",
  },
  12203: {
    title: 'DataMesh could not merge the DomainData update',
    resolution:
      'The server message carries the underlying Kubernetes error (a conflict means the DomainData changed meanwhile: query it and update again). Check the DataMesh logs if the cause is unclear.',
  },
  12204: {
    title: 'DataMesh could not patch the DomainData',
    resolution:
      'The server message carries the underlying Kubernetes error (a conflict means the DomainData changed meanwhile: query it and update again). Check the DataMesh logs if the cause is unclear.',
  },
  12205: {
    title: 'DataMesh could not delete the DomainData',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domaindata_id, then the DataMesh logs.',
  },
  12300: {
    title: 'DataMesh could not create the DomainDataSource',
    resolution:
      "The call came through the Domain's DataMesh service (gRPC or HTTP). Check that the info block matches the type; the server message carries the cause, and the DataMesh logs the details.",
  },
  12301: {
    title: 'DataMesh could not parse the DomainDataSource',
    resolution:
      "The DomainDataSource's info could not be parsed for its type. Query it through KusciaAPI, check that the info matches the type, and update it if needed.",
  },
  12302: {
    title: 'DataMesh could not query the DomainDataSource',
    resolution:
      'The server message carries the underlying error; check the datasource_id, then the DataMesh logs.',
  },
  12303: {
    title: 'DataMesh could not delete the DomainDataSource',
    resolution:
      'The server message carries the underlying Kubernetes error; check the datasource_id, then the DataMesh logs.',
  },
  12304: {
    title: 'DomainDataSource already exists',
    resolution:
      'DataMesh found a DomainDataSource with this datasource_id in the Domain. Update the existing one, or choose another ID.',
  },
  12305: {
    title: 'DomainDataSource not found',
    resolution:
      'DataMesh found no DomainDataSource with the datasource_id in the request. Check the ID, and create the DomainDataSource if it is missing.',
  },
  12306: {
    title: 'DataMesh could not read the DomainDataSource from Kubernetes',
    resolution:
      "DataMesh's lookup of the DomainDataSource in the Kubernetes API server failed. Check the datasource_id, then the server message and the DataMesh logs for the Kubernetes error.",
  },
  12307: {
    title: 'DataMesh could not decode the DomainDataSource info',
    resolution:
      'The stored info could not be decrypted or decoded; it may be corrupted or written with a different Domain key. Write the info again with an update of the DomainDataSource, and check the DataMesh logs.',
  },
  12308: {
    title: 'DataMesh could not encode the DomainDataSource info',
    resolution:
      'Check that the info block matches the DomainDataSource type and that its credential fields are complete; the server message carries the cause.',
  },
  12309: {
    title: 'DataMesh could not merge the DomainDataSource update',
    resolution:
      'The server message carries the underlying Kubernetes error (a conflict means the DomainDataSource changed meanwhile: query it and update again). Check the DataMesh logs if the cause is unclear.',
  },
  12310: {
    title: 'DataMesh could not patch the DomainDataSource',
    resolution:
      'The server message carries the underlying Kubernetes error (a conflict means the DomainDataSource changed meanwhile: query it and update again). Check the DataMesh logs if the cause is unclear.',
  },
  12400: {
    title: 'DataMesh could not create the DomainDataGrant',
    resolution:
      "The call came through the Domain's DataMesh service (gRPC or HTTP). Check that the DomainData exists and that grant_domain names the Domain to share it with; the server message carries the cause.",
  },
  12401: {
    title: 'DataMesh could not update the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domaindatagrant_id, then the DataMesh logs.',
  },
  12402: {
    title: 'DataMesh could not query the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domaindatagrant_id, then the DataMesh logs.',
  },
  12403: {
    title: 'DataMesh could not delete the DomainDataGrant',
    resolution:
      'The server message carries the underlying Kubernetes error; check the domaindatagrant_id, then the DataMesh logs.',
  },
  12404: {
    title: 'DomainDataGrant already exists',
    resolution:
      'DataMesh found a DomainDataGrant with this domaindatagrant_id. Update the existing one, or choose another ID.',
  },
  12405: {
    title: 'DomainDataGrant not found',
    resolution:
      'DataMesh found no DomainDataGrant with the domaindatagrant_id in the request. Check the ID and the domain_id.',
  },
  13100: {
    title: 'Could not create the AppImage',
    resolution:
      'The server message carries the underlying error; check the AppImage name, the image name and tag, and the deploy templates in the request, then the KusciaAPI logs.',
  },
  13101: {
    title: 'Could not query the AppImage',
    resolution:
      'The server message carries the underlying Kubernetes error; check the AppImage name, then the KusciaAPI logs.',
  },
  13102: {
    title: 'Could not update the AppImage',
    resolution:
      'The server message carries the underlying error; check that the AppImage exists and the fields being changed, then the KusciaAPI logs.',
  },
  13103: {
    title: 'Could not delete the AppImage',
    resolution:
      'The server message carries the underlying Kubernetes error; check the AppImage name, then the KusciaAPI logs.',
  },
  13104: {
    title: 'Could not query the AppImages',
    resolution:
      'If the server message says `not found`, one of the names does not exist. Otherwise it carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  13105: {
    title: 'AppImage not found',
    resolution:
      'No AppImage has the name in the request. Check the name, or list the AppImages to find the right one.',
  },
  13106: {
    title: 'AppImage already exists',
    resolution:
      'An AppImage with this name already exists. To change it, call update instead of create.',
  },
  13107: {
    title: 'Could not list the AppImages',
    resolution:
      'The server message carries the underlying Kubernetes error; check the KusciaAPI logs.',
  },
  13200: {
    title: 'Could not query the logs',
    resolution:
      'If the server message says the Pod is pending or not created yet, wait a moment and query again. Otherwise check the replica index and container name in the request, then the KusciaAPI logs.',
  },
  13201: {
    title: 'Could not find the Kubernetes node running the Pod',
    resolution:
      'If the server message says the Pod is pending or not created yet, wait a moment and query again. Otherwise it carries the error from looking up the Pod or its Kubernetes node; check the KusciaAPI logs.',
  },
};

/** gRPC canonical codes (1-16), which Kuscia's `Status.code` may carry. */
export const grpc: KusciaLocaleMessages['grpc'] = {
  1: {
    title: 'Request cancelled',
    resolution:
      'The call was cancelled before it finished, usually by the caller or a proxy. Send it again if you still need the result.',
  },
  2: {
    title: 'Unknown server error',
    resolution:
      'The server reported an error without a more specific code. Read the server message, then the KusciaAPI logs.',
  },
  3: {
    title: 'Invalid argument',
    resolution:
      'A field in the request is invalid; the server message names it. Fix that field and send the request again.',
  },
  4: {
    title: 'Deadline exceeded',
    resolution:
      'The call did not finish in time, but the operation may still have completed: query the resource before sending it again. If it keeps happening, check the network and the load on KusciaAPI.',
  },
  5: {
    title: 'Not found',
    resolution:
      'The resource or method does not exist. Check the IDs in the request and that the server runs a Kuscia version that has this API.',
  },
  6: {
    title: 'Already exists',
    resolution:
      'The resource already exists. To change it, call update instead of create; otherwise choose another ID.',
  },
  7: {
    title: 'Permission denied',
    resolution:
      "The caller is not allowed to do this. Check that the request acts on the caller's own Domain and that the client certificate or identity is the expected one.",
  },
  8: {
    title: 'Resource exhausted',
    resolution:
      'A quota or limit was reached, such as the message size or the request rate. Send less data per request or fewer requests, and wait before trying again.',
  },
  9: {
    title: 'Precondition failed',
    resolution:
      'The resource is not in a state that allows this operation. Query its current state and change it first; the same request will fail again until then.',
  },
  10: {
    title: 'Operation aborted',
    resolution:
      'The operation was aborted, typically by a concurrent change to the same resource. Query the resource again and repeat the operation on its current state.',
  },
  11: {
    title: 'Value out of range',
    resolution:
      'A value in the request is outside the valid range, such as a page offset past the end. Check the numeric fields of the request.',
  },
  12: {
    title: 'Not implemented',
    resolution:
      'The server does not implement this method. Check that the client and the Kuscia server versions match, and that the call goes to the right service: Master, Lite, DataMesh or ConfManager.',
  },
  13: {
    title: 'Internal server error',
    resolution:
      'The server hit an internal error. Read the server message and the KusciaAPI logs before sending the request again.',
  },
  14: {
    title: 'Service unavailable',
    resolution:
      'The service could not be reached or is briefly overloaded; retry after a short wait. If it persists, check that KusciaAPI is running and its gRPC port (8083 by default) is reachable.',
  },
  15: {
    title: 'Data loss',
    resolution:
      'The server reported data that is lost or corrupted beyond repair. Stop and check the Kuscia logs and storage before going on.',
  },
  16: {
    title: 'Authentication failed',
    resolution:
      "The server did not accept the caller's credentials. Check the token or the client certificate; the token may have been rotated.",
  },
};
