/*
 * One pass that rules out most messages no reader can match. It runs after the Kubernetes status readers
 * (each a cheap `indexOf`, and the commonest failures) and before all the others, each of which needs at
 * least one of these phrases in the text. A reader added without its phrase here would never run, which
 * its fixture tests would show.
 */

const TRIGGER_PHRASES: readonly string[] = [
  // body decoding
  'json: ',
  "invalid character '",
  'EOF',
  'unexpected end of JSON input',
  // lite → master proxy
  "status_code: '",
  'kusciaapi.master.svc',
  // Kubernetes status texts
  'Internal error occurred: ',
  'an error on the server (',
  'admission webhook "',
  'Operation cannot be fulfilled on ',
  'the server reported a conflict',
  '" is invalid',
  'the server rejected our request',
  'forbidden: ',
  'User "',
  '" not found',
  '" already exists',
  'could not be completed at this time',
  'Timeout: ',
  'Too many requests',
  'the server has received too many',
  'the server is currently unable',
  'the server was unable to return',
  'provide credentials',
  'nauthorized',
  'not authorized',
  // transport
  '"http',
  'client rate limiter',
  'context deadline exceeded',
  'context canceled',
  'client connection lost',
  'TLS handshake timeout',
  // client-go preflight
  'may not be empty',
  'an empty namespace',
  'invalid resource name "',
  'invalid namespace "',
  // Kuscia's objects and operations
  'not exist',
  "doesn't exist",
  "can't be found",
  'serving not found',
  'already exist',
  ' is exist',
  ' current status is ',
  'api not support this interface',
  // scope
  'could only',
  "can't operate domain",
  'initiator',
  "grantdomain can't be self",
  // field format, enum, range
  'is invalid, invalid value: "',
  'cert must be encoded',
  'cert format is invalid',
  "can not be 'master'",
  "'endpoint' is invalid",
  'role is invalid',
  "doesn't support",
  'not support, only support',
  'invalid datasource',
  'update strategy type',
  'key type must be',
  'Port Protocol',
  'result must be legal',
  'endpoint port should be',
  'kbps can not be zero',
  'replicas can not be less',
  'timeout seconds must',
  'sedconds must greater',
  'replicate index invalid',
  'parse input',
  'format is invalid for party',
  "can't parse",
  ' length is ',
  'config data size',
  'quantit',
  // field required
  ' be empty',
  ' be null',
  ' be nil',
  ' is empty',
  ' is nil',
  'info all empty',
  ' is required when ',
  ' must be set',
];

/** An alternation of literals: V8 checks it in one linear pass with a first-character quick check. */
const TRIGGERS = /* @__PURE__ */ new RegExp(
  TRIGGER_PHRASES.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/** False when no reader can match `text`: none of their phrases occurs in it. */
export function mayHaveReason(text: string): boolean {
  return TRIGGERS.test(text);
}
