// @ts-check
/**
 * A local server that speaks KusciaAPI's HTTP protocol, with real in-memory state, so a console and its
 * tests meet the failures a real deployment produces. See README.md for what it serves and answers.
 */
import { createServer } from 'node:http';
import { handleAdmin } from './admin.mjs';
import { handleApi } from './api.mjs';
import { sendNotFound } from './respond.mjs';
import { clearStore, createStore } from './store.mjs';
import { switchesOff, switchesPatchError } from './switches.mjs';

/** The token expected when none is configured. A development default, printed at start: never a secret. */
export const DEFAULT_TOKEN = 'kuscia-dev-token';

/** @type {import('./routes/index.mjs').JobTimings} */
export const DEFAULT_JOB_TIMINGS = Object.freeze({ pendingMs: 1000, runningMs: 3000 });

/** KusciaAPI's `heartBeatDuration`: a job watch quiet this long gets `{"type":4}`. */
export const DEFAULT_WATCH_HEARTBEAT_MS = 10_000;

/**
 * @typedef {object} KusciaApiServerOptions
 * @property {string} [token] the expected `Token` header (default {@link DEFAULT_TOKEN})
 * @property {string} [host] default `127.0.0.1`: this server is for one developer's machine
 * @property {number} [port] default 0, a free port
 * @property {boolean} [masterUnreachable] initial switch, default off
 * @property {number} [latencyMs] initial switch, default 0
 * @property {boolean} [gateway502] initial switch, default off
 * @property {boolean} [updateConflict] initial switch, default off
 * @property {boolean} [tokenExpired] initial switch, default off
 * @property {import('./switches.mjs').Flavour} [flavour] whose backend to play, default `kuscia`; kept by
 *   a reset
 * @property {import('./routes/index.mjs').JobTimings} [jobTimings] default {@link DEFAULT_JOB_TIMINGS}
 * @property {() => number} [now] the clock jobs progress by, epoch milliseconds (default `Date.now`)
 * @property {number} [watchHeartbeatMs] default {@link DEFAULT_WATCH_HEARTBEAT_MS}
 */

/**
 * Starts a server and resolves once it listens.
 * @param {KusciaApiServerOptions} [options]
 */
export async function createKusciaApiServer(options = {}) {
  const {
    token = DEFAULT_TOKEN,
    host = '127.0.0.1',
    port = 0,
    masterUnreachable = false,
    latencyMs = 0,
    gateway502 = false,
    updateConflict = false,
    tokenExpired = false,
    flavour = 'kuscia',
    jobTimings = DEFAULT_JOB_TIMINGS,
    now = Date.now,
    watchHeartbeatMs = DEFAULT_WATCH_HEARTBEAT_MS,
  } = options;
  /** @type {import('./switches.mjs').Switches} */
  const switches = {
    masterUnreachable,
    latencyMs,
    gateway502,
    updateConflict,
    tokenExpired,
    flavour,
  };
  const invalid = switchesPatchError(switches);
  if (invalid) throw new TypeError(invalid);
  if (token === '') throw new TypeError('token must not be empty');
  if (!(watchHeartbeatMs > 0 && watchHeartbeatMs <= 2 ** 31 - 1)) {
    throw new TypeError('watchHeartbeatMs must be a positive number of milliseconds');
  }

  const store = createStore();
  // Aborted on close, so responses held back by `latencyMs` do not keep the server open.
  const lifetime = new AbortController();

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function respond(req, res) {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname, {
        store,
        switches,
        token,
        now,
        jobTimings,
        signal: lifetime.signal,
        heartbeatMs: watchHeartbeatMs,
      });
    } else if (pathname.startsWith('/admin/')) {
      await handleAdmin(req, res, pathname, { switches, reset, shutdown: () => void close() });
    } else {
      sendNotFound(res);
    }
  }

  const server = createServer((req, res) => {
    respond(req, res).catch(() => {
      // Every failure a client can cause is answered above; what lands here is a broken connection.
      res.destroy();
    });
  });

  function reset() {
    clearStore(store);
    Object.assign(switches, switchesOff(flavour));
  }

  /** @type {Promise<void> | undefined} */
  let closing;
  function close() {
    closing ??= new Promise((resolve) => {
      lifetime.abort();
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    });
    return closing;
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    server,
    url: `http://${hostname}:${address.port}`,
    token,
    /** The resources, by kind; see store.mjs. */
    state: store,
    /** The failure switches, live. */
    switches,
    reset,
    close,
  };
}
