/**
 * Request Timeout, Too Many Requests, Bad Gateway, Service Unavailable, Gateway Timeout: the HTTP answers a
 * later, unchanged request may get past (AIP-194). The failure policy reads it for HTTP failures, the reason
 * policy for the master's answers to a lite node.
 */
export const RETRYABLE_HTTP: ReadonlySet<number> = /* @__PURE__ */ new Set([
  408, 429, 502, 503, 504,
]);
