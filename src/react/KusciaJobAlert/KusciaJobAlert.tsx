import { forwardRef, useContext, useId, useMemo, type HTMLAttributes } from 'react';
import type { KusciaJobDescription } from '../../core/job/describe';
import { explainKusciaJob } from '../../core/job/explain';
import type { KusciaJobExplanation } from '../../core/job/types';
import { isKusciaLocaleMessages } from '../../core/locale';
import { readProperty, safeIsArray } from '../../core/read';
import { fillTemplate } from '../../core/template';
import { describeKusciaJob } from '../../i18n/jobs';
import { getKusciaJobTexts } from '../../i18n/jobs';
import {
  resolveLive,
  resolveRole,
  HEADING_TAGS,
  type AlertLive,
  type AlertRole,
} from '../alertSemantics';
import { KusciaErrorContext } from '../context';
import { rootClassName } from '../parts';
import { useLocaleText, type KusciaLocaleProp } from '../useLocaleText';
import { JobLog } from './JobLog';
import { jobAlertParts } from './parts';

/**
 * States in which Kuscia's RestartJob acts (anything else answers 11211), lower-cased: SecretPad stores the
 * state as `FAILED`, and a job it stopped as `STOPPED` (Kuscia's Failed).
 */
const RESTARTABLE = /* @__PURE__ */ new Set(['failed', 'suspended', 'stopped']);
/** States of a job that has not ended, lower-cased (SecretPad: `RUNNING`, `INITIALIZED`): Stop applies. */
const UNFINISHED = /* @__PURE__ */ new Set([
  'running',
  'pending',
  'awaitingapproval',
  'initialized',
  'staging',
]);

export interface KusciaJobAlertProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'role' | 'title'
> {
  /**
   * What KusciaAPI says about a job: a QueryJob response or its `data`, a `JobStatusDetail`, a batch status
   * response or one of its items, a watch event or the raw streamed text, SecretPad's stored job; or an
   * explanation from `explainKusciaJob`. Renders nothing while the job is not failing.
   */
  job: unknown;
  /** In a batch or a watch stream: the job to explain. @default the first failing one */
  jobId?: string;
  /** Overrides the provider's locale: a tag (any loaded locale) or a messages object such as `zhCN`. */
  locale?: KusciaLocaleProp;
  /** Drives `[data-variant]`. @default 'inline' */
  variant?: 'inline' | 'banner' | 'compact';
  /**
   * Shows Restart when a restart can help: the job has failed (or is suspended) and the cause allows it; never
   * for a rejected or invalid job, nor while it still runs.
   */
  onRestart?: () => void;
  /** Shows Stop while the job has not ended, e.g. held by an image that cannot be pulled. */
  onStop?: () => void;
  /** Shows a Dismiss button. */
  onDismiss?: () => void;
  /** Render the title as a heading of this level; by default it is not a heading. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** The live-region role; defaults to `alert`, and `status` for a job someone stopped or cancelled. */
  role?: AlertRole;
  /** Overrides `aria-live`. */
  live?: AlertLive;
  /** Keep the markup but drop the `kek-` classes. @default false */
  unstyled?: boolean;
}

/** An explanation passed in as it is, or the one read from the job. */
function explanationOf(job: unknown, jobId: string | undefined): KusciaJobExplanation | null {
  const failures = readProperty(job, 'failures');
  if (safeIsArray(failures) && typeof readProperty(job, 'restart') === 'string') {
    return job as KusciaJobExplanation;
  }
  return explainKusciaJob(job, typeof jobId === 'string' ? { jobId } : undefined);
}

/**
 * Why a Kuscia Job failed: the primary cause's title and next step, the failing parties and tasks with their
 * causes, the log tail, and Restart or Stop only where they make sense.
 *
 * State: `[data-severity]`, `[data-family]` (the primary cause), `[data-restart]` (`yes` | `afterFix` |
 * `no` | `unknown`), `[data-stuck]` (present for a job that will not end by itself), `[data-variant]`.
 * Parts: `[data-part]` (`title`, `resolution`, `failures`, `failure`, `log`, `log-toggle`,
 * `log-text`, `actions`, `restart`, `stop`, `copy-log`, `dismiss`).
 */
export const KusciaJobAlert = /* @__PURE__ */ forwardRef<HTMLDivElement, KusciaJobAlertProps>(
  function KusciaJobAlert(
    {
      job,
      jobId,
      locale,
      variant = 'inline',
      onRestart,
      onStop,
      onDismiss,
      headingLevel,
      role,
      live,
      unstyled = false,
      className,
      ...rootProps
    },
    ref,
  ) {
    const { messages, labels } = useLocaleText(locale);
    const { overrides } = useContext(KusciaErrorContext);
    const id = useId();
    const explanation = useMemo(() => explanationOf(job, jobId), [job, jobId]);
    const description = useMemo<KusciaJobDescription | null>(
      () =>
        explanation &&
        describeKusciaJob(
          explanation,
          isKusciaLocaleMessages(locale) ? locale : messages,
          overrides,
        ),
      [explanation, locale, messages, overrides],
    );
    if (!explanation || !description) return null;

    const jobLabels = getKusciaJobTexts(messages).labels;
    const parts = jobAlertParts(unstyled);
    const severity = explanation.family === 'userAction' ? 'warning' : 'error';
    const resolvedRole = resolveRole(role, severity);
    const Title = (typeof headingLevel === 'number' && HEADING_TAGS[headingLevel]) || 'div';
    const state = (explanation.state ?? '').toLowerCase();
    const showRestart =
      typeof onRestart === 'function' &&
      explanation.restart !== 'no' &&
      (explanation.state === null || RESTARTABLE.has(state));
    const showStop = typeof onStop === 'function' && UNFINISHED.has(state);
    // The log worth opening is a tail with more in it than the line already listed (an image pull's
    // waiting message is that one line); else the first log there is.
    const log =
      description.failures.find(
        (failure) => failure.log !== null && failure.log !== failure.message,
      )?.log ??
      description.failures.find((failure) => failure.log !== null)?.log ??
      null;
    const titleId = `${id}title`;
    const resolutionId = `${id}resolution`;

    return (
      <div
        {...rootProps}
        {...(resolvedRole === 'none'
          ? {}
          : { 'aria-labelledby': titleId, 'aria-describedby': resolutionId })}
        ref={ref}
        role={resolvedRole === 'none' ? undefined : resolvedRole}
        aria-live={resolveLive(live)}
        className={rootClassName('alert', unstyled, className)}
        data-severity={severity}
        data-family={explanation.family}
        data-restart={explanation.restart}
        data-stuck={explanation.stuck ? '' : undefined}
        data-variant={variant}
      >
        <Title id={titleId} {...parts.title}>
          {description.title}
        </Title>
        <p id={resolutionId} {...parts.resolution}>
          {description.resolution}
        </p>
        <ul aria-label={jobLabels.failingParties} {...parts.failures}>
          {description.failures.map((failure, index) => (
            <li key={index} {...parts.failure} data-family={failure.family}>
              {fillTemplate(failure.message ? jobLabels.failureWithMessage : jobLabels.failure, {
                task: failure.task ?? jobLabels.wholeJob,
                party: failure.party ?? jobLabels.unknownParty,
                cause: failure.collateral ? jobLabels.consequence : failure.familyName,
                message: failure.message,
              })}
            </li>
          ))}
        </ul>
        {log !== null && <JobLog log={log} labels={jobLabels} parts={parts} />}
        {(showRestart || showStop || onDismiss) && (
          <div {...parts.actions}>
            {showRestart && (
              <button
                type="button"
                {...parts.restart}
                onClick={() => {
                  onRestart();
                }}
              >
                {jobLabels.restart}
              </button>
            )}
            {showStop && (
              <button
                type="button"
                {...parts.stop}
                onClick={() => {
                  onStop();
                }}
              >
                {jobLabels.stop}
              </button>
            )}
            {onDismiss && (
              <button
                type="button"
                {...parts.dismiss}
                onClick={() => {
                  onDismiss();
                }}
              >
                {labels.dismiss}
              </button>
            )}
          </div>
        )}
      </div>
    );
  },
);
