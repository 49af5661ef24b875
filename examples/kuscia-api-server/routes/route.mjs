// @ts-check
/**
 * `/api/v1/route/*`: DomainRoutes, how one domain reaches another. Kuscia stores each as a cluster-wide
 * ClusterDomainRoute named `<source>-<destination>`, which is the name its error texts quote.
 */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, alreadyExists, notFound } from '../k8s.mjs';
import { message, repeated, request } from '../schema.mjs';
import { text } from '../validate.mjs';

/** Port protocols Kuscia accepts; the `S` variants turn TLS on. */
const PROTOCOLS = new Map([
  ['HTTP', { protocol: 'HTTP', isTLS: false }],
  ['HTTPS', { protocol: 'HTTP', isTLS: true }],
  ['GRPC', { protocol: 'GRPC', isTLS: false }],
  ['GRPCS', { protocol: 'GRPC', isTLS: true }],
]);

/**
 * @param {string} source
 * @param {string} destination
 */
const routeName = (source, destination) => `${source}-${destination}`;

/** @param {Record<string, any>} body */
function keyError(body) {
  if (text(body.source) === '') return 'source can not be empty';
  if (text(body.destination) === '') return 'destination can not be empty';
  return undefined;
}

/**
 * The credentials block matching the authentication type; the other one stays `null`.
 * @param {string} authenticationType
 * @param {Record<string, any>} body
 */
function credentials(authenticationType, body) {
  if (authenticationType === 'Token') {
    return {
      token_config: {
        source_public_key: text(body.token_config?.source_public_key),
        destination_public_key: text(body.token_config?.destination_public_key),
        // int64: protojson writes it as a string.
        rolling_update_period: String(body.token_config?.rolling_update_period ?? 0),
        token_gen_method: text(body.token_config?.token_gen_method) || 'RSA-GEN',
      },
      mtls_config: null,
    };
  }
  if (authenticationType === 'MTLS') {
    return {
      token_config: null,
      mtls_config: {
        tls_ca: text(body.mtls_config?.tls_ca),
        source_client_private_key: text(body.mtls_config?.source_client_private_key),
        source_client_cert: text(body.mtls_config?.source_client_cert),
      },
    };
  }
  return { token_config: null, mtls_config: null };
}

/**
 * Kuscia's port check (`domain_route_service.go`), trailing space included.
 * @param {Array<Record<string, any> | null>} ports
 */
function portRangeError(ports) {
  const outOfRange = ports.some((port) => {
    const value = Number(port?.port ?? 0);
    return !(value > 0 && value <= 65535);
  });
  return outOfRange
    ? 'endpoint port should be positive and less than or equal to 65535 '
    : undefined;
}

/** @type {import('./index.mjs').Operation['handle']} */
function createRoute(body, { store }) {
  const invalid =
    keyError(body) ??
    (text(body.authentication_type) === '' ? 'authentication type can not be empty' : undefined) ??
    // The demo has no transit routes, so an endpoint is always required.
    (!body.endpoint?.ports?.length
      ? 'endpoint can not be empty when transit is not set'
      : undefined) ??
    portRangeError(body.endpoint.ports);
  if (invalid) return fail(Code.RequestValidate, invalid);

  const source = text(body.source);
  const destination = text(body.destination);
  // Kuscia looks both domains up first and passes the lookup's failure through unchanged.
  for (const domainId of [source, destination]) {
    if (!store.domains.has(domainId)) {
      return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));
    }
  }

  const ports = [];
  for (const port of /** @type {Array<Record<string, any> | null>} */ (body.endpoint.ports)) {
    const converted = PROTOCOLS.get(text(port?.protocol).toUpperCase());
    if (!converted) {
      return fail(
        Code.CreateDomainRoute,
        'DomainRoute Port Protocol should be HTTP or HTTPS or GRPC or GRPCS',
      );
    }
    ports.push({
      name: text(port?.name),
      port: Number(port?.port ?? 0),
      protocol: converted.protocol,
      isTLS: converted.isTLS || port?.isTLS === true,
    });
  }

  const name = routeName(source, destination);
  if (store.routes.has(name)) {
    return fail(Code.DomainRouteExists, alreadyExists(Resource.route, name));
  }
  const authenticationType = text(body.authentication_type);
  store.routes.set(name, {
    name,
    authentication_type: authenticationType,
    source,
    destination,
    endpoint: { host: text(body.endpoint.host), ports },
    ...credentials(authenticationType, body),
  });
  // CreateDomainRouteResponse declares `data`, but Kuscia never fills it in.
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function queryRoute(body, { store }) {
  const invalid = keyError(body);
  if (invalid) return fail(Code.RequestValidate, invalid);
  const name = routeName(text(body.source), text(body.destination));
  const record = store.routes.get(name);
  if (!record) return fail(Code.DomainRouteNotExists, notFound(Resource.route, name));
  // Kuscia reports a route ready once both gateways have shaken hands; here there is nobody to refuse.
  return ok({ ...record, status: { status: 'Succeeded', reason: '' } });
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteRoute(body, { store }) {
  const invalid = keyError(body);
  if (invalid) return fail(Code.RequestValidate, invalid);
  const name = routeName(text(body.source), text(body.destination));
  if (!store.routes.delete(name)) {
    return fail(Code.DomainRouteNotExists, notFound(Resource.route, name));
  }
  return ok();
}

/** @type {Record<string, import('../schema.mjs').FieldType>} */
const RouteKey = { source: 'string', destination: 'string' };

/** @type {Record<string, import('./index.mjs').Operation>} */
export const routeOperations = {
  'route/create': {
    request: request('CreateDomainRouteRequest', {
      ...RouteKey,
      authentication_type: 'string',
      endpoint: message('RouteEndpoint', {
        host: 'string',
        ports: repeated(
          message('EndpointPort', {
            name: 'string',
            port: 'int32',
            protocol: 'string',
            isTLS: 'bool',
          }),
        ),
      }),
      token_config: message('TokenConfig', {
        source_public_key: 'string',
        destination_public_key: 'string',
        token_gen_method: 'string',
        rolling_update_period: 'int64',
      }),
      mtls_config: message('MTLSConfig', {
        tls_ca: 'string',
        source_client_private_key: 'string',
        source_client_cert: 'string',
      }),
    }),
    hasData: true,
    handle: createRoute,
  },
  'route/query': {
    request: request('QueryDomainRouteRequest', RouteKey),
    hasData: true,
    handle: queryRoute,
  },
  'route/delete': {
    request: request('DeleteDomainRouteRequest', RouteKey),
    hasData: false,
    handle: deleteRoute,
  },
};
