import type { KusciaGenericTexts } from '../../core/messages';

/** Failures without a known code: transport, HTTP, unknown codes. */
export const generic: KusciaGenericTexts = {
  unknownCode: {
    title: 'Unrecognized error code {code}',
    resolution:
      "This code is not in this kit's table of Kuscia codes; it may come from a newer Kuscia release or from SecretPad. Read the server message for the cause.",
  },
  unknown: {
    title: 'Something went wrong',
    resolution:
      'The request failed without an error code or a response this kit recognizes. Copy the details and look for the same moment in the KusciaAPI logs.',
  },
  invalidResponse: {
    title: 'The answer is not a KusciaAPI response',
    resolution:
      'The server answered, but not with a KusciaAPI JSON body: often a proxy or single sign-on login page, the wrong port, or a cut-off response. Check the base URL (KusciaAPI serves HTTP on port 8082 under /api/v1/) and any proxy in between.',
  },
  network: {
    title: 'Cannot reach KusciaAPI',
    resolution:
      'No answer came back: the server may be down, the connection refused, the network offline, or a proxy in the way. Check the KusciaAPI address and port and that the service is running, then retry.',
  },
  timeout: {
    title: 'Request timed out',
    resolution:
      'KusciaAPI did not answer in time, but the operation may still have completed: query the resource before sending it again. If timeouts persist, check the network and the load on KusciaAPI.',
  },
  aborted: {
    title: 'Request cancelled',
    resolution:
      'The request was cancelled before it finished, for example because the page changed or a newer request replaced it. Nothing needs fixing; send it again if you still need the result.',
  },
  http401: {
    title: 'Authentication failed',
    resolution:
      'KusciaAPI did not accept the token (it answers 401 with an empty body). Check the `Token` header against the token file of the Kuscia instance; the token may have been rotated. Browsers cannot call KusciaAPI directly: go through your backend or a proxy that adds the token.',
  },
  http403: {
    title: 'Access denied',
    resolution:
      "The server or a proxy in front of it refused the request. Check the proxy's access rules and that this client may use this KusciaAPI.",
  },
  http404: {
    title: 'API path not found',
    resolution:
      'The server does not serve this path, so the base URL or API version is probably wrong. Check the KusciaAPI address, the port (8082 for HTTP) and the path prefix, such as /api/v1/.',
  },
  http413: {
    title: 'Request too large',
    resolution:
      'The request body is larger than the server or a proxy accepts. Send less data per request, or raise the body size limit of the proxy.',
  },
  http429: {
    title: 'Too many requests',
    resolution:
      'The server or a proxy is limiting how often this client may call. Wait a moment before retrying, and send requests less often.',
  },
  httpGateway: {
    title: 'Gateway could not reach KusciaAPI',
    resolution:
      "A proxy or gateway in front of KusciaAPI, such as Envoy or an ingress, could not reach it or gave up waiting. Retry shortly; if it persists, check that KusciaAPI is running and the gateway's upstream settings.",
  },
  http4xx: {
    title: 'Request rejected (HTTP {status})',
    resolution:
      'The server rejected the request with HTTP status {status}. Check the path, the headers and the body of the request.',
  },
  http5xx: {
    title: 'Server error (HTTP {status})',
    resolution:
      'The server or a proxy failed with HTTP status {status}. Check the logs of KusciaAPI and of any gateway in front of it, then retry.',
  },
  httpOther: {
    title: 'Unexpected response (HTTP {status})',
    resolution:
      'The server answered with HTTP status {status}, which is not a success. Check the KusciaAPI address and any proxy in between.',
  },
};
