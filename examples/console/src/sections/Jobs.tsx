import { useMemo, useState, type SubmitEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  describeKusciaError,
  ErrorCodeBadge,
  explainKusciaJob,
  KusciaErrorAlert,
  KusciaJobAlert,
  parseKusciaError,
  shouldRetryKusciaError,
  type KusciaJobExplanation,
} from 'kuscia-error-kit';
import { callKuscia, type Job } from '../api';
import { format, useConsoleLocale, useUiText, type UiText } from '../i18n';
import { useAction, type ActionState } from '../useAction';
import { useFieldErrors } from '../useFieldErrors';
import {
  PRE_V1_FAILURES,
  SIMULATED_FAILURES,
  simulatedFailureOf,
  splitImage,
  withSimulatedFailure,
  type SimulatedFailure,
} from '../simulatedFailure';
import { ActionButton, DataTable, Notice, Section, SelectField, TextField } from '../components/ui';

/** A Job submitted from this console: created (then polled), or refused at create time. */
interface JobRow {
  job_id: string;
  initiator: string;
  /** Why `job/create` failed; the row then shows the code instead of a state. */
  createError?: unknown;
}

/**
 * The API's job fields as this form names them. The form sends one task whose parties are the initiator
 * and the partner, in that order, and whose alias and task_id derive from the Job ID: a bad task ID is
 * fixed in the Job ID. job_id and initiator match the API's names.
 */
function jobField(apiField: string): string | undefined {
  if (apiField === 'tasks[0].parties[0].domain_id') return 'initiator';
  if (apiField === 'tasks[0].parties[1].domain_id') return 'partner';
  if (/^tasks\[\d*\]\.(?:alias|task_id)$/.test(apiField)) return 'job_id';
  if (/^tasks\[\d*\]\.app_image$/.test(apiField)) return 'app_image';
  if (/^tasks\[\d*\]\.task_input_config$/.test(apiField)) return 'input';
  return undefined;
}

// Kuscia's final job states.
const FINAL_STATES = new Set(['Succeeded', 'Failed', 'Cancelled', 'ApprovalReject']);

/** How often a Job that has not ended is queried again. */
const POLL_MS = 1000;

/**
 * Follow a Job until it ends. A stuck one (an image that cannot be pulled) stays Running and is still
 * followed: the user is expected to stop it, and the row must see that happen.
 */
function pollInterval(job: Job | undefined): number | false {
  const state = job?.status?.state;
  return state !== undefined && FINAL_STATES.has(state) ? false : POLL_MS;
}

/** The label of each simulated failure, in the console's language. */
function failureLabel(t: UiText, failure: SimulatedFailure): string {
  switch (failure) {
    case 'fail-oom':
      return t.simulateOom;
    case 'fail-data':
      return t.simulateData;
    case 'fail-crash':
      return t.simulateCrash;
    case 'fail-partner':
      return t.simulatePartner;
    case 'fail-image-pull':
      return t.simulateImagePull;
    case 'fail-reject':
      return t.simulateReject;
  }
}

const jobQuery = (jobId: string) => ({
  queryKey: ['job', jobId],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    callKuscia<Job>('job/query', { job_id: jobId }, signal),
});

export function Jobs() {
  const t = useUiText();
  const queryClient = useQueryClient();
  const form = useAction();
  const table = useAction();
  const field = useFieldErrors(form.failure, jobField);
  const [jobId, setJobId] = useState('job-1');
  const [initiator, setInitiator] = useState('alice');
  // A partner by default, so that the partner's failures (image pull, rejection, P2P) have someone to name.
  const [partner, setPartner] = useState('bob');
  const [input, setInput] = useState('alice-table');
  const [appImage, setAppImage] = useState('secretflow/psi:1.0');
  // The last tag typed that scripts no failure, put back when the user chooses "None".
  const [plainTag, setPlainTag] = useState('1.0');
  const [rows, setRows] = useState<JobRow[]>([]);
  const failure = simulatedFailureOf(appImage);

  const onAppImage = (image: string) => {
    setAppImage(image);
    if (simulatedFailureOf(image) === '') setPlainTag(splitImage(image.trim()).tag);
  };

  const upsert = (row: JobRow) => {
    setRows((current) => [row, ...current.filter((r) => r.job_id !== row.job_id)]);
  };

  const create = useMutation({
    mutationFn: (body: unknown) => callKuscia<{ job_id: string } | null>('job/create', body),
  });
  const stop = useMutation({
    mutationFn: (id: string) =>
      callKuscia<unknown>('job/stop', { job_id: id, reason: 'stopped from the console' }),
  });
  const restart = useMutation({
    mutationFn: (id: string) =>
      callKuscia<unknown>('job/restart', { job_id: id, reason: 'restarted from the console' }),
  });

  const onCreate = (event: SubmitEvent) => {
    event.preventDefault();
    const id = jobId.trim();
    const parties = [initiator.trim(), partner.trim()]
      .filter(Boolean)
      .map((domain_id) => ({ domain_id }));
    const body = {
      job_id: id,
      initiator: initiator.trim(),
      max_parallelism: 1,
      tasks: [
        {
          app_image: appImage.trim(),
          parties,
          alias: `${id}-task`,
          task_id: `${id}-task`,
          dependencies: [],
          task_input_config: JSON.stringify({ sf_input_ids: [input.trim()].filter(Boolean) }),
          priority: 100,
        },
      ],
    };
    void form.perform(
      'create',
      async () => {
        try {
          await create.mutateAsync(body);
        } catch (failure) {
          upsert({ job_id: id, initiator: body.initiator, createError: failure });
          throw failure;
        }
        upsert({ job_id: id, initiator: body.initiator });
        await queryClient.invalidateQueries({ queryKey: ['job', id] });
      },
      format(t.createdJob, { id }),
    );
  };

  const onQuery = () => {
    const id = jobId.trim();
    void form.perform(
      'query',
      async () => {
        const job = await queryClient.query({
          ...jobQuery(id),
          retry: shouldRetryKusciaError,
          staleTime: 0,
        });
        upsert({ job_id: job.job_id || id, initiator: job.initiator });
      },
      '',
    );
  };

  return (
    <Section id="jobs" title={t.jobs} intro={t.jobsIntro}>
      <KusciaErrorAlert {...form.alertProps} showDetails />
      <form className="form" onSubmit={onCreate}>
        <div className="form__row">
          <TextField label={t.jobId} value={jobId} onChange={setJobId} {...field('job_id')} />
          <TextField
            label={t.initiator}
            value={initiator}
            onChange={setInitiator}
            {...field('initiator')}
          />
          <TextField
            label={t.partner}
            value={partner}
            onChange={setPartner}
            optional
            {...field('partner')}
          />
          <TextField
            label={t.inputDomainData}
            value={input}
            onChange={setInput}
            {...field('input')}
          />
          <SelectField
            label={t.simulate}
            name="simulate"
            value={failure}
            hint={t.simulateHint}
            wide
            onChange={(next) => {
              setAppImage(withSimulatedFailure(appImage, next, plainTag));
            }}
            options={[
              { value: '', label: t.simulateNone },
              ...SIMULATED_FAILURES.map((tag) => ({ value: tag, label: failureLabel(t, tag) })),
            ]}
            groups={[
              {
                label: t.simulatePreV1,
                options: PRE_V1_FAILURES.map((tag) => ({
                  value: `${tag}-pre-v1`,
                  label: format(t.simulatePreV1Option, { outcome: failureLabel(t, tag) }),
                })),
              },
            ]}
          />
          <TextField
            label={t.appImage}
            value={appImage}
            onChange={onAppImage}
            hint={t.appImageHint}
            {...field('app_image')}
          />
        </div>
        <div className="form__actions">
          <ActionButton type="submit" primary {...form.buttonFor('create')}>
            {t.create}
          </ActionButton>
          <ActionButton {...form.buttonFor('query')} onClick={onQuery}>
            {t.query}
          </ActionButton>
        </div>
        <Notice>{form.notice}</Notice>
      </form>

      <KusciaErrorAlert {...table.alertProps} showDetails />
      <DataTable
        caption={t.jobsTable}
        columns={[t.jobId, t.initiator, t.status, t.message, t.actions]}
        rows={rows}
        renderRow={(row) =>
          row.createError === undefined ? (
            <CreatedJobRow
              key={row.job_id}
              row={row}
              table={table}
              onStop={stop.mutateAsync}
              onRestart={restart.mutateAsync}
            />
          ) : (
            <RefusedJobRow key={row.job_id} row={row} />
          )
        }
      />
      <Notice>{table.notice}</Notice>
    </Section>
  );
}

/**
 * A create that KusciaAPI refused: the code, as a badge whose tooltip explains it, and the cause in the
 * console's language (the server's own words are in the alert's details).
 */
function RefusedJobRow({ row }: { row: JobRow }) {
  const t = useUiText();
  const locale = useConsoleLocale();
  const info = useMemo(() => parseKusciaError(row.createError), [row.createError]);
  const cause = info ? describeKusciaError(info, locale).title : '';
  return (
    <tr>
      <td>
        <code>{row.job_id}</code>
      </td>
      <td>{row.initiator}</td>
      <td>
        <span className="status">
          {info?.code != null ? <ErrorCodeBadge code={info.code} /> : null}
          <span className="tag tag--muted">{t.notCreated}</span>
        </span>
      </td>
      <td className="table__message">{cause}</td>
      <td />
    </tr>
  );
}

/** What an explanation says, for remembering which one the user dismissed. */
const explanationKey = (explanation: KusciaJobExplanation): string =>
  [explanation.state, explanation.family, explanation.stuck, explanation.failures.length].join('|');

/**
 * A created Job: its state, followed until it ends, and under it the kit's explanation once it fails or
 * hangs, with Stop and Restart where the explanation allows them. A Job that ran and failed is a state, not
 * an API error; a Stop or Restart that KusciaAPI refuses is one, and shows in the table's alert.
 */
function CreatedJobRow({
  row,
  table,
  onStop,
  onRestart,
}: {
  row: JobRow;
  table: ActionState;
  onStop: (id: string) => Promise<unknown>;
  onRestart: (id: string) => Promise<unknown>;
}) {
  const t = useUiText();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...jobQuery(row.job_id),
    refetchInterval: (current) => pollInterval(current.state.data),
  });
  const job = query.data;
  const state = job?.status?.state ?? '';
  const queryCode = query.error ? parseKusciaError(query.error)?.code : null;
  // TanStack Query keeps `data` when a poll brings the same JSON, so this runs only when the Job changed.
  const explanation = useMemo(() => (job ? explainKusciaJob(job) : null), [job]);
  const key = explanation ? explanationKey(explanation) : null;
  // Dismiss hides this explanation only: a new one (the Job stopped, restarted, failed again) shows.
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (dismissed !== null && dismissed !== key) setDismissed(null);

  const command = (name: 'stop' | 'restart') => {
    // The alert's buttons do not know the table is busy: one command at a time.
    if (table.pending !== null) return;
    void table.perform(
      `${name}:${row.job_id}`,
      async () => {
        await (name === 'stop' ? onStop : onRestart)(row.job_id);
        await queryClient.invalidateQueries({ queryKey: ['job', row.job_id] });
      },
      format(name === 'stop' ? t.stoppedJob : t.restartedJob, { id: row.job_id }),
    );
  };

  return (
    <>
      <tr className={explanation && dismissed !== key ? 'table__row--explained' : undefined}>
        <td>
          <code>{row.job_id}</code>
        </td>
        <td>{job?.initiator ?? row.initiator}</td>
        <td>
          <span className="status">
            {queryCode != null ? <ErrorCodeBadge code={queryCode} /> : null}
            {state ? (
              <span className="tag" data-state={state.toLowerCase()}>
                {state}
              </span>
            ) : null}
          </span>
        </td>
        <td className="table__message">
          {/* Kuscia's own words, clamped: the explanation below says what they mean. */}
          <span className="table__message-text">{job?.status?.err_msg ?? ''}</span>
        </td>
        <td>
          <div className="row-actions">
            <ActionButton
              {...table.buttonFor(`query:${row.job_id}`)}
              onClick={() => {
                void table.perform(
                  `query:${row.job_id}`,
                  () => queryClient.query({ ...jobQuery(row.job_id), staleTime: 0 }),
                  '',
                );
              }}
            >
              {t.query}
              <span className="visually-hidden"> {row.job_id}</span>
            </ActionButton>
            <ActionButton
              danger
              busy={table.pending === `stop:${row.job_id}`}
              disabled={table.pending !== null || FINAL_STATES.has(state)}
              onClick={() => {
                command('stop');
              }}
            >
              {t.stop}
              <span className="visually-hidden"> {row.job_id}</span>
            </ActionButton>
          </div>
        </td>
      </tr>
      {explanation && dismissed !== key && (
        <tr className="table__detail">
          <td colSpan={5}>
            <KusciaJobAlert
              job={explanation}
              onStop={() => {
                command('stop');
              }}
              onRestart={() => {
                command('restart');
              }}
              onDismiss={() => {
                setDismissed(key);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
