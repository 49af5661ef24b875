import { cap, MAX_DETAIL_LENGTH, trimLine } from './go-text';
import { signal, type Signal } from './signal';

/*
 * Task and job texts: what the KusciaTask and KusciaJob controllers write into `status.message`
 * (JOBS.md §2.1, §2.2). Each pattern runs only after a cheap `includes`, and every quantifier is bounded, so
 * one text costs linear time. The party-threshold summary, `Job was stopped` and `This job is restarted
 * by …` are read by the explainer itself, because they point at other texts rather than being causes.
 */

const notScheduled = /not scheduled within (\d{1,9}) seconds/;
const appImageCache = /failed to get appImage \\*"([^"\\\s]{1,253})\\*" from cache/;
const deployTemplate =
  /deploy template from appImage \\*"([^"\\\s]{1,253})\\*" for party ([^\s/,]{1,253})\/([^\s,]{0,253}),/;
const buildKit = /failed to build domain ([^\s,]{1,253}) kit info/;
const allocatedPorts =
  /(?:allocated ports (?:are not enough|not found) for (?:domain|party)|failed to fill allocated ports for party) ([^\s/,]{1,253})/;
const duplicateTask = /Failed to create task (\S{1,253}) because of a task with the same name/;
const resourceCheck =
  /resource-check no node (?:status available for domain|cache to) ([^\s;,]{1,253})/g;
const cdrCheck = /cdr-check (\S{1,253}) to (\S{1,253}) failed with (\w{1,64})/g;
const getCdr = /get cdr (\S{1,253}) failed with /;
const trgCondition = /(TaskResource\w{0,40}|PodAnnotationUpdated) failed: ([^,]{0,500})/g;
const retries = /Kuscia(?:Job|Task) failed after (\d{1,6})x retry, last error: /;
const createResource = /failed to create resource for party '([^'/\s]{1,253})\//;
const userCommand = /Party: (\S{1,253}) execute the cmd: (Stop|Cancel|Suspend)\./;
const partyJobFailed = /party\[([^\]\s]{1,253})\] job failed info: /;

/** Reasons a TaskResourceGroup gives when too few parties could reserve resources. */
const reserveShortfall = ['schedulable threshold', 'min reserved member'];
/** Reasons a TaskResourceGroup gives when a Kubernetes call failed. */
const trgInternal = [
  'Failed to create task resource',
  'Validate task resource group failed',
  'Patch task resource status failed',
  'List task resources failed',
  'Update pod annotation failed',
  'Generate task resource name failed',
];
/** `Validate job failed, %v` and the validation errors that reach a text through the retry wrapper. */
const invalidJob = [
  'validate failed:',
  'Validate job failed',
  "can't find initiator namespace",
  'should include at least one of task',
  'using both bfia and kuscia protocol',
];

/** Deepest nesting of wrappers read (`KusciaJob failed after …, last error: party[bob] job failed info: …`). */
const MAX_DEPTH = 3;

/** The signals of one task or job text, unsorted. `inner` reads a wrapped text with every recognizer. */
export function readControllerText(
  text: string,
  inner: (text: string, depth: number) => Signal[],
  depth: number,
): Signal[] {
  const signals: Signal[] = [];
  const line = (): string => cap(trimLine(text), MAX_DETAIL_LENGTH);

  if (depth < MAX_DEPTH && text.includes('retry, last error: ')) {
    const match = retries.exec(text);
    if (match !== null) {
      const rest = text.slice(match.index + match[0].length);
      const found = inner(rest, depth + 1);
      if (found.length > 0) return found;
      const detail = cap(trimLine(rest), MAX_DETAIL_LENGTH);
      return [
        signal('platformError', 'retries', 'controller', { retries: match[1] ?? '', detail }),
      ];
    }
  }
  if (depth < MAX_DEPTH && text.includes('job failed info: ')) {
    const match = partyJobFailed.exec(text);
    if (match !== null) {
      const domain = match[1] ?? '';
      const rest = text.slice(match.index + match[0].length);
      const found = inner(rest, depth + 1).map((inside) =>
        inside.params.domain === undefined
          ? { ...inside, params: { ...inside.params, domain } }
          : inside,
      );
      if (found.length > 0) return found;
      const detail = cap(trimLine(rest), MAX_DETAIL_LENGTH);
      return [signal('partnerUnreachable', 'partner', 'controller', { domain, detail })];
    }
  }
  if (depth < MAX_DEPTH && text.includes("failed to create resource for party '")) {
    const match = createResource.exec(text);
    if (match !== null) {
      const domain = match[1] ?? '';
      const rest = text.slice(match.index + match[0].length);
      const found = inner(rest, depth + 1);
      if (found.length > 0) {
        return found.map((inside) => ({ ...inside, params: { domain, ...inside.params } }));
      }
      return [signal('platformError', null, 'controller', { domain, detail: line() })];
    }
  }

  if (text.includes('execute the cmd: ')) {
    const match = userCommand.exec(text);
    if (match !== null) {
      const by = match[1] ?? '';
      const action = (match[2] ?? '').toLowerCase();
      signals.push(signal('userAction', action, 'controller', { by, action }));
    }
  }
  if (text.includes('not scheduled within')) {
    const seconds = notScheduled.exec(text)?.[1];
    if (seconds !== undefined) {
      signals.push(
        signal('scheduleTimeout', 'lifecycle', 'controller', { timeoutSeconds: seconds }),
      );
    }
  }
  if (text.includes('appImage')) readAppImage(text, signals);
  if (text.includes('merge ports in deploy template')) {
    signals.push(signal('configError', 'ports', 'controller', kitDomain(text)));
  }
  if (text.includes('allocated ports')) {
    const domain = allocatedPorts.exec(text)?.[1];
    signals.push(
      signal('configError', 'ports', 'controller', domain === undefined ? {} : { domain }),
    );
  }
  if (text.includes('a task with the same name already exists')) {
    const task = duplicateTask.exec(text)?.[1];
    signals.push(
      signal('configError', 'duplicateTask', 'controller', task === undefined ? {} : { task }),
    );
  }
  if (text.includes('resource-check no node')) {
    resourceCheck.lastIndex = 0;
    for (let match = resourceCheck.exec(text); match !== null; match = resourceCheck.exec(text)) {
      signals.push(
        signal('insufficientResources', 'nodeStatus', 'controller', { domain: match[1] ?? '' }),
      );
    }
  }
  if (text.includes('cdr-check ')) {
    cdrCheck.lastIndex = 0;
    for (let match = cdrCheck.exec(text); match !== null; match = cdrCheck.exec(text)) {
      const [, src = '', dst = '', routeReason = ''] = match;
      signals.push(signal('partnerUnreachable', 'route', 'controller', { src, dst, routeReason }));
    }
  }
  if (text.includes('get cdr ')) {
    const route = getCdr.exec(text)?.[1];
    if (route !== undefined) {
      signals.push(signal('partnerUnreachable', null, 'controller', { route, detail: line() }));
    }
  }
  const conditions = text.includes(' failed: ') ? readTrgConditions(text, signals) : 0;
  if (conditions === 0 && reserveShortfall.some((words) => text.includes(words))) {
    // The Pending-path expiry lists the reasons without their condition types.
    signals.push(signal('scheduleTimeout', 'group', 'controller', { detail: line() }));
  } else if (conditions === 0 && trgInternal.some((words) => text.includes(words))) {
    signals.push(signal('platformError', null, 'controller', { detail: line() }));
  }
  if (text.includes('Task resource group status phase is unknown')) {
    signals.push(signal('platformError', null, 'controller'));
  }
  if (text.includes("Restart this job and delete the 'failed' phase task failed")) {
    signals.push(signal('platformError', 'restart', 'controller', { detail: line() }));
  }
  if (invalidJob.some((words) => text.includes(words))) {
    signals.push(signal('jobInvalid', 'detail', 'controller', { detail: line() }));
  }
  if (trimLine(text) === 'create error') {
    // A partner's KusciaAPI refused to create its copy of the job (HTTP 401, reason `create error`).
    signals.push(signal('partnerUnreachable', 'partner', 'controller'));
  }
  return signals;
}

function readAppImage(text: string, signals: Signal[]): void {
  const template = deployTemplate.exec(text);
  if (template !== null) {
    const [, appImage = '', domain = '', role = ''] = template;
    const params: Record<string, string> = { appImage, domain };
    if (role !== '') params.role = role;
    signals.push(signal('configError', 'template', 'controller', params));
    return;
  }
  const appImage = appImageCache.exec(text)?.[1];
  if (appImage !== undefined) {
    signals.push(signal('configError', 'appImage', 'controller', { appImage, ...kitDomain(text) }));
  }
}

/** The domain named by `failed to build domain %v kit info`, the wrapper of the AppImage texts. */
function kitDomain(text: string): Record<string, string> {
  const domain = text.includes('kit info') ? buildKit.exec(text)?.[1] : undefined;
  return domain === undefined ? {} : { domain };
}

/** Reads `<ConditionType> failed: <reason>` texts into `signals`; returns how many there were. */
function readTrgConditions(text: string, signals: Signal[]): number {
  trgCondition.lastIndex = 0;
  let count = 0;
  for (
    let match = trgCondition.exec(text);
    match !== null && count < 8;
    match = trgCondition.exec(text)
  ) {
    count += 1;
    const reason = match[2] ?? '';
    const detail = cap(trimLine(match[0]), MAX_DETAIL_LENGTH);
    const short = reserveShortfall.some((words) => reason.includes(words));
    signals.push(
      short || match[1] === 'TaskResourcesReserved'
        ? signal('scheduleTimeout', 'group', 'controller', { detail })
        : signal('platformError', null, 'controller', { detail }),
    );
  }
  return count;
}
