#!/usr/bin/env node
// @ts-check
/**
 * `node examples/kuscia-api-server/cli.mjs [--flavour secretpad]` (or `npm run api-server`): the server,
 * configured from the environment and that flag (see config.mjs). Prints exactly one line with the URL, `… listening on http://127.0.0.1:<port>
 * …`, for scripts to parse. SIGINT and SIGTERM stop it; so does `POST /admin/shutdown`.
 */
import { optionsFromEnv } from './config.mjs';
import { createKusciaApiServer } from './server.mjs';

/** @type {ReturnType<typeof optionsFromEnv>} */
let config;
try {
  config = optionsFromEnv(process.env, process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

/** @type {Awaited<ReturnType<typeof createKusciaApiServer>>} */
let api;
try {
  api = await createKusciaApiServer(config.options);
} catch (error) {
  console.error(
    `Cannot listen on 127.0.0.1:${config.options.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const tokenNote = config.tokenFromEnv
  ? 'from KUSCIA_API_TOKEN'
  : `${api.token}, the development default`;
console.log(`KusciaAPI-compatible server listening on ${api.url} (Token: ${tokenNote})`);
const { masterUnreachable, latencyMs, gateway502, flavour } = api.switches;
const on = [
  masterUnreachable && 'masterUnreachable',
  latencyMs > 0 && `latencyMs=${latencyMs}`,
  gateway502 && 'gateway502',
].filter(Boolean);
console.log(
  `Failure switches: ${on.length > 0 ? on.join(', ') : 'all off'} (GET/POST /admin/switches; no token)`,
);
if (flavour === 'secretpad') {
  console.log(
    'Flavour: secretpad (SecretPad backend envelopes; token in User-Token; msg per Accept-Language)',
  );
}

api.server.on('close', () => {
  console.log('KusciaAPI-compatible server stopped.');
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    void api.close();
  });
}
