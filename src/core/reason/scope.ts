import { patternTable } from './patterns';

/*
 * A Domain acting on what is not its own, or breaking a P2P rule (MESSAGES.md §7.2 `scopeDenied`). Only
 * callers with a `Kuscia-Source` identity (internal port, lite nodes) meet most of these; 11102 is not a
 * token failure. `expected` is the caller's own Domain (or the required initiator), `actual` what the
 * request named.
 */

export const SCOPE_DENIED = /* @__PURE__ */ patternTable('scopeDenied', [
  [
    /could only operate its own (Domain|DomainData), request\.DomainID must be (\S{0,253}) not (\S{0,253})/,
    'rule=ownResource kind expected actual',
  ],
  [
    /could only operate DomainRoute with destination is itself, request\.Destination must be (\S{0,253}) not (\S{0,253})/,
    'rule=routeDestination kind=DomainRoute expected actual',
  ],
  [
    /could only query DomainRoute with itself, domain:(\S{0,253}) ?,destination:([^,\s]{0,253}),source:(\S{0,253})/,
    'rule=routeQuery kind=DomainRoute domain destination source',
  ],
  [
    /could only (create|delete|retrieve|approve) the job that the domain as a participant in the job/,
    'rule=jobParticipant kind=Job action',
  ],
  [
    'could only handle the serving that the domain as a participant in the serving',
    'rule=servingParticipant kind=Serving',
  ],
  [
    /kuscia lite api could only operate it's own domaindata, the domainid of request must be ([^,\s]{0,253}), not (\S{0,253})/,
    'rule=liteDomainData kind=DomainData expected actual',
  ],
  [
    "master's kuscia api can't operate domain data source",
    'rule=masterDataSource kind=DomainDataSource',
  ],
  [
    /domain (\S{1,253}) can't operate domain (\S{1,253}) data source/,
    'rule=dataSource kind=DomainDataSource expected actual',
  ],
  [
    /initiator is (\S{0,253}), but initiator must be (\S{0,253}) in P2P/,
    'rule=initiator actual expected',
  ],
  [/initiator must be (\S{0,253}) in P2P/, 'rule=initiator expected'],
  [/initiator (\S{1,253}) should be one of the parties/, 'rule=initiatorNotParty actual'],
  ["grantdomain can't be self", 'rule=grantSelf kind=DomainDataGrant'],
]);
