import { patternTable } from './patterns';
import { matchAt } from './text';

/*
 * Operations Kuscia refuses for what they are, not for their input: a job action in the wrong phase
 * (11210 / 11211), an API the node does not serve (11104 / 11105).
 */

/**
 * `job: %s current status is %s can not be suspend.` / `… restart.` (`job_service.go:523,573`). The phase
 * is empty for a job the controller has not seen yet, which prints two spaces before `can not`.
 */
const STATUS = ' current status is ';
const JOB_STATE = /job: (\S{1,253}) current status is (\S{0,40}) ?can not be (suspend|restart)\b/y;

export const JOB_STATE_TEXTS = /* @__PURE__ */ patternTable('jobState', [
  [
    STATUS,
    (_, text) => {
      const match = matchAt(JOB_STATE, text, text.lastIndexOf('job: ', text.indexOf(STATUS)));
      if (!match) return null;
      const [, jobId, phase = '', action] = match;
      return { kind: 'Job', name: jobId, jobId, phase, action };
    },
  ],
]);

/** `kuscia lite api not support this interface now` (11104), `kuscia master api …` (11105). */
export const API_NOT_SUPPORTED = /* @__PURE__ */ patternTable('apiNotSupported', [
  [/kuscia (lite|master) api not support this interface now/, 'node'],
]);
