import { patternTable } from './patterns';
import { isBoundary } from './text';

/*
 * Kuscia's own "does not exist" and "already exists" texts (MESSAGES.md §7.2 `notFound`,
 * `alreadyExists`), with their typos, which are part of the wire format (`is not exists`, `is exist`,
 * `already exist`).
 */

const SERVING_NOT_FOUND = 'serving not found';

export const KUSCIA_NOT_FOUND = /* @__PURE__ */ patternTable('notFound', [
  [
    /domain data source `([^`\n]{0,253})` is not exists in domain `([^`\n]{0,253})`/,
    'kind=DomainDataSource name namespace',
  ],
  [
    /domain (\S{1,253}) data source (\S{1,253}) doesn't exist/,
    ([, namespace, name]) => ({ kind: 'DomainDataSource', name, namespace }),
  ],
  // Kuscia answers these two for *any* failed Get, an unreachable apiserver included.
  [/domaindata \[([^\]\n]{0,253})\] not exists/, 'kind=DomainData name caveat=anyLookupError'],
  ["domaindata can't be found", 'kind=DomainData caveat=anyLookupError'],
  // Also what a Domain that is not one of the Serving's participants is told.
  [
    SERVING_NOT_FOUND,
    (_, text) =>
      isBoundary(text, text.indexOf(SERVING_NOT_FOUND) - 1)
        ? { kind: 'Serving', caveat: 'orNotParticipant' }
        : null,
  ],
  [/domain data source info key (\S{1,253}) not exist\b/, 'kind=Config name'],
]);

export const KUSCIA_ALREADY_EXISTS = /* @__PURE__ */ patternTable('alreadyExists', [
  [/domain data source (\S{1,253}) already exist\b/, 'kind=DomainDataSource name'],
  // A Deployment left behind under the Serving's ID, not the Serving. The prefix of `cross-domain/<id>` is
  // the Serving's namespace (serving_service.go:97), not the Domain the Deployment is in.
  [
    /k8s deployment "([^"\n]{0,253})" of sub resources for serving already exists/,
    ([, id = '']) => ({
      kind: 'Deployment',
      name: id.slice(id.lastIndexOf('/') + 1),
      caveat: 'internal',
    }),
  ],
  [/key\[([^\]\n]{0,253})\] already exist\b/, 'kind=Config name'],
  [/domaindatagrant (\S{1,253}) is exist\b/, 'kind=DomainDataGrant name'],
]);
