// @ts-check
/**
 * `/admin/*`: controls that exist only in this development server, never in Kuscia. They take no token, so
 * a demo can flip a switch while the API itself is refusing every call.
 *
 * - `GET /admin/switches`: the current switches, as JSON.
 * - `POST /admin/switches`: update some switches (`{"latencyMs": 3000}`); answers the switches after it.
 * - `POST /admin/reset`: forget every resource and turn every switch off; answers the switches.
 * - `POST /admin/shutdown`: answer 202, then close the server, so a client meets a refused connection.
 */
import { readBody } from './body.mjs';
import { sendJson, sendNotFound } from './respond.mjs';
import { switchesPatchError } from './switches.mjs';

/**
 * @typedef {object} AdminControls
 * @property {import('./switches.mjs').Switches} switches live: updated in place
 * @property {() => void} reset
 * @property {() => void} shutdown
 */

/** Admin calls carry tiny bodies. */
const MAX_ADMIN_BODY_BYTES = 16 * 1024;

/** @type {Record<string, string>} */
const METHODS = {
  '/admin/switches': 'GET, POST',
  '/admin/reset': 'POST',
  '/admin/shutdown': 'POST',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} statusCode
 * @param {string} error
 */
const sendError = (res, statusCode, error) => sendJson(res, statusCode, { error });

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {AdminControls} controls
 */
export async function handleAdmin(req, res, pathname, controls) {
  const allowed = METHODS[pathname];
  if (!allowed) {
    sendNotFound(res);
    return;
  }
  const method = req.method ?? 'GET';
  if (!allowed.split(', ').includes(method)) {
    res.setHeader('Allow', allowed);
    sendError(res, 405, `${method} is not allowed on ${pathname}; use ${allowed}`);
    return;
  }
  if (method === 'GET') {
    sendJson(res, 200, controls.switches);
    return;
  }

  // Read the body even where it is ignored: a connection closed on unread data may lose the response.
  const body = await readBody(req, MAX_ADMIN_BODY_BYTES);
  if (!body.ok) {
    sendError(res, 413, body.message);
    return;
  }
  if (pathname === '/admin/reset') {
    controls.reset();
    sendJson(res, 200, controls.switches);
  } else if (pathname === '/admin/shutdown') {
    res.setHeader('Connection', 'close');
    res.on('finish', controls.shutdown);
    sendJson(res, 202, { shuttingDown: true });
  } else {
    let patch;
    try {
      patch = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch (error) {
      sendError(
        res,
        400,
        `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const invalid = switchesPatchError(patch);
    if (invalid) {
      sendError(res, 400, invalid);
      return;
    }
    Object.assign(controls.switches, patch);
    sendJson(res, 200, controls.switches);
  }
}
