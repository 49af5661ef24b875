import { isBoundary, makeReason } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Kuscia's own "does not exist" and "already exists" texts (MESSAGES.md §7.2 `notFound`,
 * `alreadyExists`), with their typos, which are part of the wire format (`is not exists`, `is exist`,
 * `already exist`).
 */

const DATASOURCE_NOT_IN_DOMAIN =
  /domain data source `([^`\n]{0,253})` is not exists in domain `([^`\n]{0,253})`/;
const DATASOURCE_MISSING = /domain (\S{1,253}) data source (\S{1,253}) doesn't exist/;
const DOMAINDATA_MISSING = /domaindata \[([^\]\n]{0,253})\] not exists/;
const INFO_KEY_MISSING = /domain data source info key (\S{1,253}) not exist\b/;

export function readKusciaNotFound(text: string): KusciaErrorReason | null {
  if (text.includes('is not exists in domain')) {
    const match = DATASOURCE_NOT_IN_DOMAIN.exec(text);
    if (match) {
      return makeReason('notFound', {
        kind: 'DomainDataSource',
        name: match[1],
        namespace: match[2],
      });
    }
  }
  if (text.includes("doesn't exist")) {
    const match = DATASOURCE_MISSING.exec(text);
    if (match) {
      return makeReason('notFound', {
        kind: 'DomainDataSource',
        name: match[2],
        namespace: match[1],
      });
    }
  }
  if (text.includes('domaindata')) {
    // Kuscia answers these two for *any* failed Get, an unreachable apiserver included.
    const match = DOMAINDATA_MISSING.exec(text);
    if (match) {
      return makeReason('notFound', {
        kind: 'DomainData',
        name: match[1],
        caveat: 'anyLookupError',
      });
    }
    if (text.includes("domaindata can't be found")) {
      return makeReason('notFound', { kind: 'DomainData', caveat: 'anyLookupError' });
    }
  }
  const serving = text.indexOf('serving not found');
  if (serving !== -1 && isBoundary(text, serving - 1)) {
    // Also what a Domain that is not one of the Serving's participants is told.
    return makeReason('notFound', { kind: 'Serving', caveat: 'orNotParticipant' });
  }
  if (text.includes('info key')) {
    const match = INFO_KEY_MISSING.exec(text);
    if (match) return makeReason('notFound', { kind: 'Config', name: match[1] });
  }
  return null;
}

const DATASOURCE_EXISTS = /domain data source (\S{1,253}) already exist\b/;
const GRANT_EXISTS = /domaindatagrant (\S{1,253}) is exist\b/;
const DEPLOYMENT_EXISTS =
  /k8s deployment "([^"\n]{0,253})" of sub resources for serving already exists/;
const CONFIG_KEY_EXISTS = /key\[([^\]\n]{0,253})\] already exist\b/;

export function readKusciaAlreadyExists(text: string): KusciaErrorReason | null {
  if (text.includes('already exist')) {
    const datasource = DATASOURCE_EXISTS.exec(text);
    if (datasource)
      return makeReason('alreadyExists', { kind: 'DomainDataSource', name: datasource[1] });
    const deployment = DEPLOYMENT_EXISTS.exec(text);
    if (deployment) return makeReason('alreadyExists', { kind: 'Serving', name: deployment[1] });
    const key = CONFIG_KEY_EXISTS.exec(text);
    if (key) return makeReason('alreadyExists', { kind: 'Config', name: key[1] });
  }
  if (text.includes(' is exist')) {
    const grant = GRANT_EXISTS.exec(text);
    if (grant) return makeReason('alreadyExists', { kind: 'DomainDataGrant', name: grant[1] });
  }
  return null;
}
