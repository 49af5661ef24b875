// @ts-check
/**
 * One API call, through the layers a real one crosses, in their order:
 *
 * 1. a gateway in front (the `gateway502` switch answers here, before Kuscia sees anything);
 * 2. Kuscia's HTTP interceptor: a missing or wrong `Token` header is HTTP 401 with an empty body, CORS
 *    preflights included (the `tokenExpired` switch refuses the right token too); a `Kuscia-Source` header
 *    makes the call a domain's, as on Kuscia's internal port;
 * 3. the router: an unknown path, or a method other than POST, is Gin's plain-text 404;
 * 4. the binder: a body that does not decode into the request message is 11101 with Go's error text;
 * 5. the handler's `Validate()`, where it has one: 11100 in the same hand-built body;
 * 6. on a Lite node, the hop to the Master (the `masterUnreachable` switch answers here);
 * 7. the service, which answers HTTP 200 with `status.code` 0 or a KusciaAPI error code.
 *
 * In the SecretPad flavour, SecretPad's login check replaces step 2, and steps 4 to 7 end in SecretPad's
 * envelope (see secretpad/flavour.mjs). `latencyMs` holds every response back, whatever it is.
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
import {
  authFailure,
  localeOf,
  loginRefusal,
  translate,
  unreadableBody,
} from './secretpad/flavour.mjs';

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

const API_PREFIX = '/api/v1/';

/**
 * @typedef {Omit<import('./routes/index.mjs').Context, 'caller'> & {
 *   token: string,
 *   signal: AbortSignal,
 *   heartbeatMs: number,
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
 * Kuscia's internal port identifies the calling domain by `Kuscia-Source`; the external one makes every
 * caller `master`.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {import('./routes/index.mjs').Caller}
 */
function callerOf(headers) {
  const source = headers['kuscia-source'];
  return typeof source === 'string' && source !== ''
    ? { role: 'domain', domain: source }
    : { role: 'master', domain: 'master' };
}

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
  const secretpad = switches.flavour === 'secretpad';
  const locale = localeOf(req.headers['accept-language']);
  if (secretpad) {
    // SecretPad's login interceptor lets preflights through; the router then has nothing for them.
    const refusal =
      req.method === 'OPTIONS'
        ? undefined
        : loginRefusal(req.headers, context.token, switches.tokenExpired);
    if (refusal) {
      sendJson(res, 200, authFailure(refusal, locale));
      return;
    }
  } else if (switches.tokenExpired || !tokenMatches(req.headers.token, context.token)) {
    sendEmpty(res, 401);
    return;
  }
  const operation = req.method === 'POST' ? operations.get(pathname) : undefined;
  if (!operation) {
    sendNotFound(res);
    return;
  }
  const name = pathname.slice(API_PREFIX.length);

  const body = await readBody(req);
  const decoded = body.ok ? decodeJson(body.text) : body;
  const bound = decoded.ok ? bind(decoded.value, operation.request) : decoded;
  // SecretPad calls Kuscia as itself, never as a domain.
  const handlerContext = { ...context, caller: callerOf(secretpad ? {} : req.headers) };

  if ('stream' in operation) {
    // Gin's own binder reads the watch request: what it cannot read is HTTP 400 with nothing in the body.
    if (!bound.ok) {
      sendEmpty(res, 400);
    } else if (switches.masterUnreachable) {
      // The Lite node's proxied stream fails before its first event: headers, then the end.
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end();
    } else {
      await operation.serve(req, res, bound.body, handlerContext);
    }
    return;
  }

  /**
   * @param {import('./envelope.mjs').Outcome} outcome
   * @param {boolean} handBuilt the framework's own body rather than the response message
   */
  const answer = (outcome, handBuilt) => {
    if (secretpad) {
      sendJson(res, 200, translate(name, outcome, bound.ok ? bound.body : {}, locale));
    } else if (handBuilt) {
      sendJson(res, 200, handBuiltFailure(outcome.code, outcome.message));
    } else {
      sendJson(
        res,
        200,
        operation.render?.(outcome) ?? responseMessage(outcome, operation.hasData),
      );
    }
  };

  if (!bound.ok) {
    if (secretpad) sendJson(res, 200, unreadableBody(bound.message, locale));
    else answer(fail(Code.ForUnexpected, bound.message), true);
    return;
  }
  const invalid = operation.validate?.(bound.body) ?? [];
  if (invalid.length > 0) {
    answer(fail(Code.RequestValidate, invalid.join(';')), true);
    return;
  }
  if (switches.masterUnreachable) {
    answer(fail(Code.RequestMasterFailed, MASTER_UNREACHABLE), false);
    return;
  }
  let outcome;
  try {
    outcome = operation.handle(bound.body, handlerContext);
  } catch (error) {
    // Kuscia recovers a panicking handler into 11101; a bug here should look the same to a client.
    const reason = error instanceof Error ? error.message : String(error);
    answer(fail(Code.ForUnexpected, `doBizProcess panic, err: ${reason}`), true);
    return;
  }
  answer(outcome, false);
}
