// @ts-check
/**
 * Reads a request body, up to a cap.
 *
 * Past the cap the read stops and the call fails as a Go server with `http.MaxBytesReader` fails it: the
 * binder's error, `http: request body too large`, answered like any undecodable body (HTTP 200, code 11101).
 * Kuscia itself sets no limit; one is needed here so a runaway client cannot exhaust a developer's machine.
 */

/** 1 MiB: KusciaAPI requests are small; the largest real ones (certificates, task configs) are a few KiB. */
const MAX_BODY_BYTES = 1024 * 1024;

/** @typedef {{ ok: true, text: string } | { ok: false, message: string }} Body */

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Body>}
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        // Discard the rest rather than pausing: a paused upload would never let the response through.
        req.resume();
        resolve({ ok: false, message: 'http: request body too large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    // The upload broke off: to a Go server that is a truncated body.
    req.on('error', () => {
      resolve({ ok: false, message: 'unexpected EOF' });
    });
  });
}
