/**
 * The console's dev proxy: the browser calls `/api/**` and `/admin/**` on the console's own origin, and this
 * proxy forwards them to the KusciaAPI-compatible server, adding the `Token` header on the way. The browser
 * never sees the token, and never makes a cross-origin call (KusciaAPI answers CORS preflights with 401).
 *
 * Used by `vite.config.ts` for both `vite` (dev) and `vite preview` (the end-to-end test), so the test drives
 * exactly the proxy a developer gets from `npm start`.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ProxyOptions } from 'vite';

/** KusciaAPI's HTTP port. */
export const DEFAULT_KUSCIA_API_URL = 'http://127.0.0.1:8082';
/** The local server's default development token (`examples/kuscia-api-server`, `KUSCIA_API_TOKEN`). */
export const DEFAULT_KUSCIA_API_TOKEN = 'kuscia-dev-token';

export interface KusciaProxySettings {
  /** Where KusciaAPI listens, e.g. `http://127.0.0.1:8082`. */
  readonly target: string;
  /** Sent as the `Token` header on every `/api` call. */
  readonly token: string;
}

/** Reads `KUSCIA_API_URL` and `KUSCIA_API_TOKEN`, with the local server's defaults. */
export function kusciaProxySettings(env: NodeJS.ProcessEnv = process.env): KusciaProxySettings {
  return {
    target: env.KUSCIA_API_URL || DEFAULT_KUSCIA_API_URL,
    token: env.KUSCIA_API_TOKEN || DEFAULT_KUSCIA_API_TOKEN,
  };
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT']);

/**
 * What the proxy answers when KusciaAPI does not: `502 Bad Gateway` (or `504 Gateway Timeout`) with a
 * one-line plain-text reason.
 *
 * Why a gateway status, and not a dropped connection that the browser would report as a network error:
 * the browser's own connection (to the console) is fine; what failed is the hop behind it. A production
 * console sits behind a backend or an ingress that answers exactly this way, and the kit classifies
 * 502/503/504 as "a gateway in front of KusciaAPI could not reach it", retryable. Telling the user to
 * check their own network would send them the wrong way.
 */
export function answerUnreachableUpstream(
  error: Error,
  res: ServerResponse | Socket,
  target: string,
): void {
  if (!('req' in res)) {
    res.destroy();
    return;
  }
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return;
  }
  const { code } = error as NodeJS.ErrnoException;
  const timedOut = code !== undefined && TIMEOUT_CODES.has(code);
  const reason = code ?? error.message;
  res.writeHead(timedOut ? 504 : 502, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(`The console's proxy could not reach KusciaAPI at ${target} (${reason}).`);
}

function forwardTo(settings: KusciaProxySettings, withToken: boolean): ProxyOptions {
  return {
    target: settings.target,
    changeOrigin: true,
    // Set server-side, lower-case like Node's incoming headers, so a `Token` the browser sent is replaced.
    ...(withToken ? { headers: { token: settings.token } } : {}),
    configure(proxy) {
      // Registered before Vite's own listener, which then only logs (it skips a response already sent).
      proxy.on('error', (error, _req, res) => {
        answerUnreachableUpstream(error, res, settings.target);
      });
      proxy.on('proxyReq', (proxyReq) => {
        // The console's cookies are none of KusciaAPI's business.
        proxyReq.removeHeader('cookie');
      });
    },
  };
}

/**
 * `server.proxy` / `preview.proxy`: `/api` (with the token) and `/admin` (the local server's failure
 * switches, which take no token).
 */
export function kusciaProxy(settings: KusciaProxySettings): Record<string, ProxyOptions> {
  return {
    '/api/': forwardTo(settings, true),
    '/admin/': forwardTo(settings, false),
  };
}
