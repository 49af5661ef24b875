import { makeReason } from './text';
import type { KusciaErrorReason } from './types';

/*
 * A Domain acting on what is not its own, or breaking a P2P rule (MESSAGES.md §7.2 `scopeDenied`). Only
 * callers with a `Kuscia-Source` identity (internal port, lite nodes) meet most of these; 11102 is not a
 * token failure. `expected` is the caller's own Domain (or the required initiator), `actual` what the
 * request named.
 */

type Reader = (text: string) => KusciaErrorReason | null;

const OWN_RESOURCE =
  /could only operate its own (Domain|DomainData), request\.DomainID must be (\S{0,253}) not (\S{0,253})/;
const ROUTE_DESTINATION =
  /could only operate DomainRoute with destination is itself, request\.Destination must be (\S{0,253}) not (\S{0,253})/;
const ROUTE_QUERY =
  /could only query DomainRoute with itself, domain:(\S{0,253}) ?,destination:([^,\s]{0,253}),source:(\S{0,253})/;
const JOB_PARTICIPANT =
  /could only (create|delete|retrieve|approve) the job that the domain as a participant in the job/;
const SERVING_PARTICIPANT =
  'could only handle the serving that the domain as a participant in the serving';
const LITE_DOMAINDATA =
  /kuscia lite api could only operate it's own domaindata, the domainid of request must be ([^,\s]{0,253}), not (\S{0,253})/;
const DATASOURCE_DOMAIN = /domain (\S{1,253}) can't operate domain (\S{1,253}) data source/;
const MASTER_DATASOURCE = "master's kuscia api can't operate domain data source";
const INITIATOR_P2P = /initiator is (\S{0,253}), but initiator must be (\S{0,253}) in P2P/;
const INITIATOR_MUST = /initiator must be (\S{0,253}) in P2P/;
const INITIATOR_PARTY = /initiator (\S{1,253}) should be one of the parties/;

const readers: readonly Reader[] = [
  (text) => {
    if (!text.includes('could only')) return null;
    const own = OWN_RESOURCE.exec(text);
    if (own) {
      return makeReason('scopeDenied', {
        rule: 'ownResource',
        kind: own[1],
        expected: own[2],
        actual: own[3],
      });
    }
    const destination = ROUTE_DESTINATION.exec(text);
    if (destination) {
      return makeReason('scopeDenied', {
        rule: 'routeDestination',
        kind: 'DomainRoute',
        expected: destination[1],
        actual: destination[2],
      });
    }
    const query = ROUTE_QUERY.exec(text);
    if (query) {
      return makeReason('scopeDenied', {
        rule: 'routeQuery',
        kind: 'DomainRoute',
        domain: query[1],
        destination: query[2],
        source: query[3],
      });
    }
    const job = JOB_PARTICIPANT.exec(text);
    if (job)
      return makeReason('scopeDenied', { rule: 'jobParticipant', kind: 'Job', action: job[1] });
    if (text.includes(SERVING_PARTICIPANT)) {
      return makeReason('scopeDenied', { rule: 'servingParticipant', kind: 'Serving' });
    }
    const lite = LITE_DOMAINDATA.exec(text);
    if (lite) {
      return makeReason('scopeDenied', {
        rule: 'liteDomainData',
        kind: 'DomainData',
        expected: lite[1],
        actual: lite[2],
      });
    }
    return null;
  },
  (text) => {
    if (!text.includes("can't operate domain")) return null;
    if (text.includes(MASTER_DATASOURCE)) {
      return makeReason('scopeDenied', { rule: 'masterDataSource', kind: 'DomainDataSource' });
    }
    const datasource = DATASOURCE_DOMAIN.exec(text);
    return datasource
      ? makeReason('scopeDenied', {
          rule: 'dataSource',
          kind: 'DomainDataSource',
          expected: datasource[1],
          actual: datasource[2],
        })
      : null;
  },
  (text) => {
    if (!text.includes('initiator')) return null;
    const p2p = INITIATOR_P2P.exec(text);
    if (p2p) {
      return makeReason('scopeDenied', { rule: 'initiator', actual: p2p[1], expected: p2p[2] });
    }
    const must = INITIATOR_MUST.exec(text);
    if (must) return makeReason('scopeDenied', { rule: 'initiator', expected: must[1] });
    const party = INITIATOR_PARTY.exec(text);
    return party
      ? makeReason('scopeDenied', { rule: 'initiatorNotParty', actual: party[1] })
      : null;
  },
  (text) =>
    text.includes("grantdomain can't be self")
      ? makeReason('scopeDenied', { rule: 'grantSelf', kind: 'DomainDataGrant' })
      : null,
];

export function readScopeDenied(text: string): KusciaErrorReason | null {
  for (const read of readers) {
    const reason = read(text);
    if (reason) return reason;
  }
  return null;
}
