import {
  cap,
  capAtWord,
  lastMeaningfulLine,
  MAX_DETAIL_LENGTH,
  quoteLevel,
  readGoQuoted,
  trimLine,
} from './go-text';
import { readLogTail } from './log-tail';
import { signal, type Signal } from './signal';

/*
 * Party texts: what `buildJobStatus` makes of a task's pods (JOBS.md §2.3). Per pod, `"<pod message>;"`
 * then the termination log, pods joined with `,`. The pod message is a waiting container
 * (`container[%v] waiting state reason: %q, message: %q`, note the colon), a scheduler text
 * (`0/N nodes are available: …`) or a Kuscia / kubelet sentence; the termination log is
 * `container[%v] (last )terminated state reason %q, message: %q` with the log tail as message.
 * Every pattern has bounded quantifiers and runs only after a cheap `includes`.
 */

/** Most container forms read in one text (one per pod; a party rarely has more than two). */
const MAX_FORMS = 16;

const containerForm =
  /container\[([^\]\s]{0,253})\] (waiting|(?:last )?terminated) state reason:? \\*"([A-Za-z]{0,64})\\*", message: \\*"/g;

const imageReasons = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'ImageInspectError',
  'RegistryUnavailable',
]);
/** Reasons that always point at the pod spec (a missing ConfigMap or Secret, a failing hook). */
const containerSetupReasons = new Set([
  'CreateContainerConfigError',
  'PreStartHookError',
  'PostStartHookError',
]);
/**
 * CreateContainerError is whatever the container runtime failed on: the spec only when its message names a
 * part of the spec (a mount, a path, the command, a config file); a full disk; else the runtime itself (a
 * containerd deadline, a name still reserved by an earlier attempt), never the job's settings by default.
 */
const diskFull = /no space left on device/i;
/** Runtime faults whose message may also quote names (a container name that says `config`). */
const runtimeFault = /deadline exceeded|failed to reserve container name|is reserved for/i;
/**
 * The node's copy of the image lacks content the runtime needs (containerd's `error unpacking image: failed
 * to resolve rootfs: content digest sha256:…: not found`): only pulling or loading the image again helps.
 */
const imageContent =
  /error unpacking image|failed to resolve rootfs|content digest sha256:[0-9a-f]{0,64}[^\s:]{0,8}: not found/i;
const specFault =
  /mount|volume|subpath|path|no such file|not a directory|executable file not found|exec format error|exec:|permission denied|config|no command specified/i;
/** PSI's key check (`Paxos error, Duplicate keys were detected`, `duplicate key found in file …`). */
const duplicateKeys =
  /duplicated? keys? (?:(?:were|was|is|are) )?(?:detected|found)|duplicated keys?\b/i;
const crashReasons = new Set(['Error', 'StartError', 'ContainerCannotRun']);

/** The image named in a pull message: `Back-off pulling image "x"`, `default image tag "x"`, containerd's `reference "x"`. */
const quotedImage = /(?:image|tag|reference) \\*"([^"\\\s]{1,512})\\*"/;
const registryImage = /image pull failed for (\S{1,512}) because/;
/** Pull texts outside a waiting form (serving reasons, the image-security hook's `image %q ID mismatch`). */
const loosePull =
  /(?:Back-off pulling image|Failed to inspect image|Container image|Failed to apply default image tag) \\*"([^"\\\s]{1,512})\\*"|image \\*"([^"\\\s]{1,512})\\*" ID mismatch/;

const schedulerNodes = /(\d{1,6})\/(\d{1,6}) nodes are available/;
const insufficient = /Insufficient ([\w./-]{1,64})/;
const pressureTaint = /node\.kubernetes\.io\/(disk|memory|pid)-pressure/;
const lowOnResource = /low on resource: \[?([\w./-]{1,64})/;
const backOffContainer = /restarting failed container=([^\s,]{1,253})/;

/** Pod messages, searched for only outside container forms (an application's log may say anything). */
const podMessage =
  /nodes are available|task resource|Does not find the pod|could not be located when the pod was terminated|was denied|low on resource|restarting failed container=|image/;

/** The signals of one party (or pod, or serving) text, unsorted. */
export function readPodText(text: string): Signal[] {
  const signals: Signal[] = [];
  const outside = text.includes('state reason') ? readContainerForms(text, signals) : text;
  // `forms` read: what is left are the pods' own messages (`"<pod message>;"` before each log).
  if (outside.length > 0 && podMessage.test(outside)) {
    readPodMessages(outside, signals, outside.length === text.length);
  }
  return signals;
}

function readPodMessages(text: string, signals: Signal[], noForms: boolean): void {
  if (text.includes('nodes are available') || text.includes('task resource')) {
    readScheduler(text, signals);
  }
  if (text.includes('Does not find the pod')) {
    signals.push(signal('platformError', 'podMissing', 'pod'));
  }
  if (text.includes('could not be located when the pod was terminated')) {
    signals.push(signal('platformError', null, 'pod'));
  }
  if (text.includes('Pod was denied by provider') || text.includes('Request was denied')) {
    signals.push(signal('configError', 'admission', 'pod', {}, sentenceWith(text, 'denied')));
  }
  if (text.includes('low on resource')) {
    const resource = lowOnResource.exec(text)?.[1];
    signals.push(resourceSignal(resource, 'pod', sentenceWith(text, 'low on resource')));
  }
  if (text.includes('restarting failed container=')) {
    const container = backOffContainer.exec(text)?.[1];
    signals.push(
      signal('appCrash', 'backOff', 'pod', container === undefined ? {} : { container }),
    );
  }
  // Pull texts outside a waiting form: serving reasons and the image-security hook.
  if (noForms && text.includes('image')) {
    const match = loosePull.exec(text);
    const image = match?.[1] ?? match?.[2];
    if (image !== undefined) signals.push(signal('imagePull', null, 'pod', { image }));
  }
}

/**
 * Reads every container form into `signals`, and returns the text outside them (the pod messages), each
 * form from `container[` to the closing quote of its message.
 */
function readContainerForms(text: string, signals: Signal[]): string {
  containerForm.lastIndex = 0;
  let outside = '';
  let from = 0;
  for (let count = 0; count < MAX_FORMS; count += 1) {
    const match = containerForm.exec(text);
    if (match === null) break;
    const [whole, container = '', form = '', reason = ''] = match;
    const quote = match.index + whole.length - 1;
    const message = readGoQuoted(text, quote, quoteLevel(text, quote));
    const params: Record<string, string> = { reason };
    if (container !== '') params.container = container;
    const found =
      form === 'waiting'
        ? readWaiting(reason, message.text, params)
        : readTerminated(reason, message.text, params);
    if (found !== null) signals.push(found);
    outside += text.slice(from, match.index);
    from = message.end;
    // The next form starts after this message: a log line quoting a form is not one.
    containerForm.lastIndex = message.end;
  }
  return from === 0 ? text : outside + text.slice(from);
}

function readWaiting(
  reason: string,
  message: string,
  params: Record<string, string>,
): Signal | null {
  const detail = lastMeaningfulLine(message);
  if (imageReasons.has(reason)) {
    const image = quotedImage.exec(message)?.[1] ?? registryImage.exec(message)?.[1];
    if (image !== undefined) params.image = image;
    return signal('imagePull', null, 'waiting', params, detail, message);
  }
  if (containerSetupReasons.has(reason)) {
    return signal('configError', 'container', 'waiting', params, detail, message);
  }
  if (reason === 'CreateContainerError') {
    const head = message.length > 4096 ? message.slice(0, 4096) : message;
    if (diskFull.test(head)) {
      params.resource = 'disk';
      return signal('insufficientResources', 'disk', 'waiting', params, detail, message);
    }
    if (imageContent.test(head)) {
      return signal('imagePull', 'content', 'waiting', params, detail, message);
    }
    const family =
      !runtimeFault.test(head) && specFault.test(head) ? 'configError' : 'platformError';
    const variant = family === 'configError' ? 'container' : 'runtime';
    return signal(family, variant, 'waiting', params, detail, message);
  }
  if (reason === 'CrashLoopBackOff') {
    return signal('appCrash', 'backOff', 'waiting', params, detail, message);
  }
  // ContainerCreating, PodInitializing …: the container is on its way.
  return null;
}

function readTerminated(
  reason: string,
  message: string,
  params: Record<string, string>,
): Signal | null {
  const form = 'terminated';
  if (reason === 'OOMKilled') {
    // The kill is the cause: the log's last lines are whatever ran at the time, worth quoting only when
    // one of them reports an error.
    return signal('outOfMemory', null, form, params, lastMeaningfulLine(message, true), message);
  }
  if (reason === 'ContainerStatusUnknown') {
    return signal('platformError', null, form, params, lastMeaningfulLine(message), message);
  }
  if (!crashReasons.has(reason)) return null;
  const { families, detail } = readLogTail(message);
  const family = families[0] ?? 'appCrash';
  const variant =
    family === 'partnerUnreachable'
      ? 'log'
      : family === 'platformError'
        ? 'localService'
        : detail === null
          ? null
          : family === 'dataError' && duplicateKeys.test(detail)
            ? 'duplicateKeys'
            : 'detail';
  if (detail !== null) params.detail = capAtWord(detail, MAX_DETAIL_LENGTH);
  // The weaker readings of the same tail travel with it as "also seen".
  const also = families.length > 1 ? families.slice(1) : null;
  // A tail with no line that reads like an error still lists its last line; only the title keeps quiet.
  return signal(
    family,
    variant,
    form,
    params,
    detail ?? lastMeaningfulLine(message),
    message,
    also,
  );
}

function readScheduler(text: string, signals: Signal[]): void {
  const at = text.indexOf('nodes are available');
  const sentence = at === -1 ? null : sentenceAround(text, at);
  if (sentence !== null) {
    const nodes = schedulerNodes.exec(sentence)?.[2];
    const resource = insufficient.exec(sentence)?.[1] ?? pressureTaint.exec(sentence)?.[1];
    if (resource !== undefined) {
      const found = resourceSignal(resource, 'scheduler', sentence);
      if (nodes !== undefined) found.params.nodes = nodes;
      signals.push(found);
      return;
    }
  }
  const waiting =
    text.includes('waiting for task resource') ||
    text.includes('can not find related task resource') ||
    text.includes('failed to get task resource');
  if (waiting) {
    signals.push(signal('scheduleTimeout', 'waiting', 'scheduler', {}, sentence));
  } else if (sentence !== null) {
    // No node fits for another reason (affinity, taints): still no node that can run the task.
    signals.push(signal('insufficientResources', null, 'scheduler', {}, sentence));
  }
}

/** insufficientResources, worded by resource: cpu, memory, disk, pid, or another one named. */
function resourceSignal(
  resource: string | undefined,
  form: Signal['form'],
  detail: string | null,
): Signal {
  if (resource === undefined) return signal('insufficientResources', null, form, {}, detail);
  // `Insufficient cpu.` ends the scheduler's sentence; names such as `nvidia.com/gpu` keep their dots.
  let end = resource.length;
  while (end > 0 && resource[end - 1] === '.') end -= 1;
  const name = resource.slice(0, end);
  if (name === '') return signal('insufficientResources', null, form, {}, detail);
  const word = name.toLowerCase();
  const kind =
    word === 'cpu'
      ? 'cpu'
      : word === 'memory'
        ? 'memory'
        : word === 'disk' || word === 'ephemeral-storage' || word === 'nodefs' || word === 'imagefs'
          ? 'disk'
          : word === 'pid' || word === 'pids'
            ? 'pid'
            : 'other';
  return signal('insufficientResources', kind, form, { resource: name }, detail);
}

/** The pod message around `at`: from the previous `,`-joined pod boundary to its closing `;`. */
function sentenceAround(text: string, at: number): string {
  let start = text.lastIndexOf(';', at) + 1;
  // The previous pod's text ends with `;` and the pods are joined with `,`.
  while (start < at && (text[start] === ',' || text[start] === ' ')) start += 1;
  const semicolon = text.indexOf(';', at);
  const end = semicolon === -1 ? text.length : semicolon;
  return cap(trimLine(text.slice(start, end)), 2000);
}

function sentenceWith(text: string, word: string): string | null {
  const at = text.indexOf(word);
  return at === -1 ? null : sentenceAround(text, at);
}
