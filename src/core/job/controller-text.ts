import { capAtWord, MAX_DETAIL_LENGTH, trimLine } from './go-text';
import { signal, type Signal } from './signal';

/*
 * Task and job texts: what the KusciaTask and KusciaJob controllers write into `status.message`
 * (JOBS.md §2.1, §2.2). Every such text starts with its own words (wrappers such as `KusciaTask failed after
 * 3x retry, last error: ` put the inner text right after them), so the recognizer picks its patterns by the
 * text's first word instead of searching the whole text for each of them. Every quantifier is bounded.
 * The party-threshold summary, `Job was stopped` and `This job is restarted by …` are read by the explainer
 * itself, because they point at other texts rather than being causes.
 */

type Reader = (text: string, inner: Inner, depth: number) => Signal[];
type Inner = (text: string, depth: number) => Signal[];

/** Deepest nesting of wrappers read (`KusciaJob failed after …, last error: party[bob] job failed info: …`). */
const MAX_DEPTH = 3;

const retries = /^Kuscia(?:Job|Task) failed after (\d{1,6})x retry, last error: /;
const partyJobFailed = /^party\[([^\]\s]{1,253})\] job failed info: /;
const createResource = /^failed to create resource for party '([^'/\s]{1,253})\/[^']{0,253}', /;
/** Kubernetes' quota refusal (`exceeded quota: %s, requested: %s, used: %s, limited: %s`). */
const exceededQuota = /exceeded quota: ([\w.-]{1,253}), (requested: [^\n;]{1,500})/;
const userCommand = /^Party: (\S{1,253}) execute the cmd: (Stop|Cancel|Suspend)\./;
const notScheduled = /^The task was not scheduled within (\d{1,9}) seconds/;
const buildKit = /^failed to build domain ([^\s,]{1,253}) kit info, /;
const appImageCache = /^failed to get appImage \\*"([^"\\\s]{1,253})\\*" from cache/;
const deployTemplate =
  /^failed to select appropriate deploy template from appImage \\*"([^"\\\s]{1,253})\\*" for party ([^\s/,]{1,253})\/([^\s,]{0,253}),/;
const allocatedPorts =
  /^(?:allocated ports (?:are not enough|not found) for (?:domain|party)|failed to fill allocated ports for party) ([^\s/,]{1,253})/;
const duplicateTask = /^Failed to create task (\S{1,253}) because of a task with the same name/;
const resourceCheck =
  /resource-check no node (status available for domain|cache to) ([^\s;,]{1,253})/g;
const cdrCheck = /cdr-check (\S{1,253}) to (\S{1,253}) failed with (\w{1,64})/g;
const getCdr = /get cdr (\S{1,253}) failed with /;
const trgCondition = /(TaskResource\w{0,40}|PodAnnotationUpdated) failed: ([^,]{0,500})/g;

/** Reasons a TaskResourceGroup gives when too few parties could reserve resources. */
const reserveShortfall = ['schedulable threshold', 'min reserved member'];

const line = (text: string): string => capAtWord(trimLine(text), MAX_DETAIL_LENGTH);

/** A wrapper: read the inner text with every recognizer, else fall back to `outer`. */
function unwrap(
  pattern: RegExp,
  text: string,
  inner: Inner,
  depth: number,
  outer: (match: RegExpExecArray, rest: string) => Signal,
  adjust: (found: Signal, match: RegExpExecArray) => Signal = (found) => found,
): Signal[] {
  const match = pattern.exec(text);
  if (match === null) return [];
  const rest = text.slice(match[0].length);
  const found = depth < MAX_DEPTH ? inner(rest, depth + 1) : [];
  return found.length > 0 ? found.map((item) => adjust(item, match)) : [outer(match, rest)];
}

const withDomain =
  (domain: string) =>
  (found: Signal): Signal =>
    found.params.domain === undefined ? { ...found, params: { ...found.params, domain } } : found;

const readRetries: Reader = (text, inner, depth) =>
  unwrap(retries, text, inner, depth, (match, rest) =>
    signal('platformError', 'retries', 'controller', {
      retries: match[1] ?? '',
      detail: line(rest),
    }),
  );

const readPartyJobFailed: Reader = (text, inner, depth) =>
  unwrap(
    partyJobFailed,
    text,
    inner,
    depth,
    (match, rest) =>
      signal('partnerUnreachable', 'partner', 'controller', {
        domain: match[1] ?? '',
        detail: line(rest),
      }),
    (found, match) => withDomain(match[1] ?? '')(found),
  );

/**
 * The Domain's namespace quota (Kuscia's `resource-limitation`, `pkg/controllers/domain/resource_quota.go`)
 * refused the pod: the Domain is full, Kuscia lost nothing.
 */
const readQuota = (text: string): Signal[] => {
  const match = exceededQuota.exec(text);
  if (match === null) return [];
  const [, quota = '', detail = ''] = match;
  return [signal('insufficientResources', 'quota', 'controller', { quota, detail: line(detail) })];
};

const readCreateResource: Reader = (text, inner, depth) =>
  unwrap(
    createResource,
    text,
    (rest, next) => {
      const quota = readQuota(rest);
      return quota.length > 0 ? quota : inner(rest, next);
    },
    depth,
    (match) =>
      signal('platformError', null, 'controller', { domain: match[1] ?? '', detail: line(text) }),
    (found, match) => withDomain(match[1] ?? '')(found),
  );

const readUserCommand: Reader = (text) => {
  const match = userCommand.exec(text);
  if (match === null) return [];
  const action = (match[2] ?? '').toLowerCase();
  return [signal('userAction', action, 'controller', { by: match[1] ?? '', action })];
};

const readNotScheduled: Reader = (text) => {
  const seconds = notScheduled.exec(text)?.[1];
  return seconds === undefined
    ? []
    : [signal('scheduleTimeout', 'lifecycle', 'controller', { timeoutSeconds: seconds })];
};

/** `failed to build domain %v kit info, %v`: the AppImage texts, with the Domain they concern. */
const readBuildKit: Reader = (text) => {
  const match = buildKit.exec(text);
  if (match === null) return [];
  const domain = match[1] ?? '';
  const found = readAppImage(text.slice(match[0].length));
  return found.length > 0
    ? found.map(withDomain(domain))
    : [signal('configError', null, 'controller', { domain, detail: line(text) })];
};

const readAppImage = (text: string): Signal[] => {
  const template = deployTemplate.exec(text);
  if (template !== null) {
    const [, appImage = '', domain = '', role = ''] = template;
    const params: Record<string, string> = { appImage, domain };
    if (role !== '') params.role = role;
    return [signal('configError', 'template', 'controller', params)];
  }
  const appImage = appImageCache.exec(text)?.[1];
  if (appImage !== undefined)
    return [signal('configError', 'appImage', 'controller', { appImage })];
  if (text.startsWith('failed to merge ports in deploy template')) {
    return [signal('configError', 'ports', 'controller', { detail: line(text) })];
  }
  return [];
};

const readPorts: Reader = (text) => {
  const domain = allocatedPorts.exec(text)?.[1];
  return [signal('configError', 'ports', 'controller', domain === undefined ? {} : { domain })];
};

const readDuplicateTask: Reader = (text) => {
  const task = duplicateTask.exec(text)?.[1];
  return task === undefined ? [] : [signal('configError', 'duplicateTask', 'controller', { task })];
};

/** Pre-check plugins (`createTaskResources`), their errors joined with `"; "`. */
const readPreChecks: Reader = (text) => {
  const signals: Signal[] = [];
  resourceCheck.lastIndex = 0;
  for (let match = resourceCheck.exec(text); match !== null; match = resourceCheck.exec(text)) {
    // `no node status available`: no Ready node has the requested CPU and memory free.
    // `no node cache`: Kuscia knows no node of that Domain at all (offline, never registered).
    const variant = match[1] === 'cache to' ? 'nodeStatus' : 'cpuMemory';
    signals.push(
      signal('insufficientResources', variant, 'controller', { domain: match[2] ?? '' }),
    );
  }
  cdrCheck.lastIndex = 0;
  for (let match = cdrCheck.exec(text); match !== null; match = cdrCheck.exec(text)) {
    const [, src = '', dst = '', routeReason = ''] = match;
    signals.push(signal('partnerUnreachable', 'route', 'controller', { src, dst, routeReason }));
  }
  const route = getCdr.exec(text)?.[1];
  if (route !== undefined) {
    signals.push(signal('partnerUnreachable', null, 'controller', { route, detail: line(text) }));
  }
  return signals;
};

/** `<ConditionType> failed: <reason>,…` of a failed TaskResourceGroup. */
const readTrgConditions: Reader = (text) => {
  const signals: Signal[] = [];
  trgCondition.lastIndex = 0;
  for (
    let match = trgCondition.exec(text);
    match !== null && signals.length < 8;
    match = trgCondition.exec(text)
  ) {
    const reason = match[2] ?? '';
    const detail = line(match[0]);
    const short = reserveShortfall.some((words) => reason.includes(words));
    signals.push(
      short || match[1] === 'TaskResourcesReserved'
        ? signal('scheduleTimeout', 'group', 'controller', { detail })
        : signal('platformError', null, 'controller', { detail }),
    );
  }
  return signals;
};

/** The same reasons without condition types: the TaskResourceGroup expired while the task was Pending. */
const readTrgReasons: Reader = (text) => {
  const short = reserveShortfall.some((words) => text.includes(words));
  return [
    short
      ? signal('scheduleTimeout', 'group', 'controller', { detail: line(text) })
      : signal('platformError', null, 'controller', { detail: line(text) }),
  ];
};

const readCreateError: Reader = (text) =>
  trimLine(text) === 'create error' ? [signal('partnerUnreachable', 'partner', 'controller')] : [];

const fixed =
  (family: Signal['family'], variant: string | null, withDetail = false): Reader =>
  (text) => [signal(family, variant, 'controller', withDetail ? { detail: line(text) } : {})];

/** Texts by the words they start with. */
const readers = (): readonly (readonly [prefix: string, read: Reader])[] => [
  ['KusciaTask failed after ', readRetries],
  ['KusciaJob failed after ', readRetries],
  ['party[', readPartyJobFailed],
  ['failed to create resource for party ', readCreateResource],
  ['Party: ', readUserCommand],
  ['The task was not scheduled within ', readNotScheduled],
  ['failed to build domain ', readBuildKit],
  ['failed to get appImage ', (text) => readAppImage(text)],
  ['failed to select appropriate deploy template ', (text) => readAppImage(text)],
  ['failed to merge ports in deploy template', (text) => readAppImage(text)],
  ['allocated ports ', readPorts],
  ['failed to fill allocated ports ', readPorts],
  ['Failed to create task resource', readTrgReasons],
  ['Failed to create task ', readDuplicateTask],
  ['resource-check ', readPreChecks],
  ['cdr-check ', readPreChecks],
  ['get cdr ', readPreChecks],
  ['TaskResource', readTrgConditions],
  ['PodAnnotationUpdated failed: ', readTrgConditions],
  ['The remaining no-failed parties count ', readTrgReasons],
  ['Task resource group min reserved member ', readTrgReasons],
  ['Task resource group status phase is unknown', fixed('platformError', null)],
  ['Validate task resource group failed', readTrgReasons],
  ['Patch task resource', readTrgReasons],
  ['List task resources failed', readTrgReasons],
  ['Update pod annotation failed', readTrgReasons],
  ['Generate task resource name failed', readTrgReasons],
  [
    "Restart this job and delete the 'failed' phase task failed",
    fixed('platformError', 'restart', true),
  ],
  ['Validate job failed', fixed('jobInvalid', 'detail', true)],
  ['validate failed: ', fixed('jobInvalid', 'detail', true)],
  ["can't find initiator namespace ", fixed('jobInvalid', 'detail', true)],
  ['kuscia job should include at least one of task', fixed('jobInvalid', 'detail', true)],
  [
    "can't create a job with partners using both bfia and kuscia protocol",
    fixed('jobInvalid', 'detail', true),
  ],
  // A partner's KusciaAPI refused to create its copy of the job (HTTP 401, reason `create error`).
  ['create error', readCreateError],
];

// Built on first use: as a module-level statement it would stay in every bundle of the package's core
// chunk, whether it explains jobs or not.
let byFirstChar: Map<string, (readonly [string, Reader])[]> | undefined;

function readersByFirstChar(): Map<string, (readonly [string, Reader])[]> {
  if (byFirstChar === undefined) {
    byFirstChar = new Map();
    for (const entry of readers()) {
      const first = entry[0].charAt(0);
      const list = byFirstChar.get(first) ?? [];
      list.push(entry);
      byFirstChar.set(first, list);
    }
  }
  return byFirstChar;
}

/**
 * The signals of one task or job text, or null when it does not start like a controller text (then it is
 * read as a pod text). `inner` reads a wrapped text with every recognizer.
 */
export function readControllerText(text: string, inner: Inner, depth: number): Signal[] | null {
  const start = text.charCodeAt(0) <= 0x20 ? text.trimStart() : text;
  const candidates = readersByFirstChar().get(start.charAt(0));
  if (candidates === undefined) return null;
  for (const [prefix, read] of candidates) {
    if (start.startsWith(prefix)) return read(start, inner, depth);
  }
  return null;
}
