// @ts-check
/**
 * The texts of Kubernetes API errors. Kuscia keeps its resources in Kubernetes and passes the API server's
 * error text through unchanged (`err.Error()`), so a console meets exactly these strings in `status.message`.
 */

/** Kuscia's custom resources, as `<plural>.<group>`. */
export const Resource = Object.freeze({
  domain: 'domains.kuscia.secretflow',
  route: 'clusterdomainroutes.kuscia.secretflow',
  domainData: 'domaindatas.kuscia.secretflow',
  dataSource: 'domaindatasources.kuscia.secretflow',
  job: 'kusciajobs.kuscia.secretflow',
  // Domains live in namespaces of the same name: creating inside a missing domain fails on the namespace.
  namespace: 'namespaces',
});

/**
 * @param {string} resource
 * @param {string} name
 */
export const notFound = (resource, name) => `${resource} ${JSON.stringify(name)} not found`;

/**
 * @param {string} resource
 * @param {string} name
 */
export const alreadyExists = (resource, name) =>
  `${resource} ${JSON.stringify(name)} already exists`;
