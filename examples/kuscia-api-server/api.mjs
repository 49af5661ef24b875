// @ts-check
/**
 * One KusciaAPI call, through the layers a real one crosses, in their order:
 *
 * 1. a gateway in front (the `gateway502` switch answers here, before Kuscia sees anything);
 * 2. Kuscia's HTTP interceptor: a missing or wrong `Token` header is HTTP 401 with an empty body, CORS
 *    preflights included;
 * 3. the router: an unknown path, or a method other than POST, is Gin's plain-text 404;
 * 4. the binder: a body that does not decode into the request message is 11101 with Go's error text;
 * 5. on a Lite node, the hop to the Master (the `masterUnreachable` switch answers here);
 * 6. the service, which answers HTTP 200 with `status.code` 0 or a KusciaAPI error code.
 *
 * `latencyMs` holds every response back, whatever it is.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { readBody } from './body.mjs';
import { Code } from './codes.mjs';
import { fail, handBuiltFailure, responseMessage } from './envelope.mjs';
import { decodeJson } from './gojson.mjs';
import { sendEmpty, sendJson, sendNotFound, sendText } from './respond.mjs';
import { operations } from './routes/index.mjs';
import { bind } from './schema.mjs';

/** nginx's page, the most common gateway in front of a KusciaAPI. */
const BAD_GATEWAY_PAGE = [
  '<html>',
  '<head><title>502 Bad Gateway</title></head>',
  '<body>',
  '<center><h1>502 Bad Gateway</h1></center>',
  '<hr><center>nginx</center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

/** What Kuscia's Master client reports when the Master's gateway (Envoy) has no healthy upstream. */
const MASTER_UNREACHABLE = `unexpected error, status_code: '503', msg: "no healthy upstream"`;

/**
 * @typedef {import('./routes/index.mjs').Context & {
 *   switches: import('./switches.mjs').Switches,
 *   token: string,
 *   signal: AbortSignal,
 * }} ApiContext
 */

/** @param {string} value */
const digest = (value) => createHash('sha256').update(value).digest();

/**
 * Compares digests, not the strings, so the time taken says nothing about how much of a guess was right.
 * @param {string | string[] | undefined} presented
 * @param {string} expected
 */
const tokenMatches = (presented, expected) =>
  typeof presented === 'string' && timingSafeEqual(digest(presented), digest(expected));

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {ApiContext} context
 */
export async function handleApi(req, res, pathname, context) {
  const { switches, signal } = context;
  if (switches.latencyMs > 0) {
    try {
      await sleep(switches.latencyMs, undefined, { signal });
    } catch {
      // The server is shutting down: drop the call as a dying server would.
      res.destroy();
      return;
    }
  }
  if (switches.gateway502) {
    sendText(res, 502, BAD_GATEWAY_PAGE, 'text/html');
    return;
  }
  if (!tokenMatches(req.headers.token, context.token)) {
    sendEmpty(res, 401);
    return;
  }
  const operation = req.method === 'POST' ? operations.get(pathname) : undefined;
  if (!operation) {
    sendNotFound(res);
    return;
  }

  const body = await readBody(req);
  const decoded = body.ok ? decodeJson(body.text) : body;
  const bound = decoded.ok ? bind(decoded.value, operation.request) : decoded;
  if (!bound.ok) {
    sendJson(res, 200, handBuiltFailure(Code.ForUnexpected, bound.message));
    return;
  }
  if (switches.masterUnreachable) {
    sendJson(
      res,
      200,
      responseMessage(fail(Code.RequestMasterFailed, MASTER_UNREACHABLE), operation.hasData),
    );
    return;
  }
  try {
    sendJson(res, 200, responseMessage(operation.handle(bound.body, context), operation.hasData));
  } catch (error) {
    // Kuscia recovers a panicking handler into 11101; a bug here should look the same to a client.
    const reason = error instanceof Error ? error.message : String(error);
    sendJson(res, 200, handBuiltFailure(Code.ForUnexpected, `doBizProcess panic, err: ${reason}`));
  }
}
