import { makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Operations Kuscia refuses for what they are, not for their input: a job action in the wrong phase
 * (11210 / 11211), an API the node does not serve (11104 / 11105).
 */

/**
 * `job: %s current status is %s can not be suspend.` / `… restart.` (`job_service.go:523,573`). The phase
 * is empty for a job the controller has not seen yet, which prints two spaces before `can not`.
 */
const JOB_STATE = /job: (\S{1,253}) current status is (\S{0,40}) ?can not be (suspend|restart)\b/y;

export function readJobState(text: string): KusciaErrorReason | null {
  const status = text.indexOf(' current status is ');
  if (status === -1) return null;
  const match = matchAt(JOB_STATE, text, text.lastIndexOf('job: ', status));
  if (!match) return null;
  const [, jobId, phase = '', action] = match;
  return makeReason('jobState', { kind: 'Job', name: jobId, jobId, phase, action }, 'phase');
}

const NOT_SUPPORTED = /kuscia (lite|master) api not support this interface now/;

/** `kuscia lite api not support this interface now` (11104), `kuscia master api …` (11105). */
export function readApiNotSupported(text: string): KusciaErrorReason | null {
  if (!text.includes('api not support this interface')) return null;
  const node = NOT_SUPPORTED.exec(text)?.[1];
  return node ? makeReason('apiNotSupported', { node }) : null;
}
