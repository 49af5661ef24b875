import { useMemo, useState, type SubmitEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  describeKusciaError,
  ErrorCodeBadge,
  KusciaErrorAlert,
  parseKusciaError,
  shouldRetryKusciaError,
} from 'kuscia-error-kit';
import { callKuscia, type Job } from '../api';
import { format, useConsoleLocale, useUiText } from '../i18n';
import { useAction, type ActionState } from '../useAction';
import { useFieldErrors } from '../useFieldErrors';
import { ActionButton, DataTable, Notice, Section, TextField } from '../components/ui';

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
  const [partner, setPartner] = useState('');
  const [input, setInput] = useState('alice-table');
  const [appImage, setAppImage] = useState('secretflow-image');
  const [rows, setRows] = useState<JobRow[]>([]);

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
          <TextField
            label={t.appImage}
            value={appImage}
            onChange={setAppImage}
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
            <CreatedJobRow key={row.job_id} row={row} table={table} onStop={stop.mutateAsync} />
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

/** A created Job: its state, polled until it is final. A Job that ran and failed is a state, not an API error. */
function CreatedJobRow({
  row,
  table,
  onStop,
}: {
  row: JobRow;
  table: ActionState;
  onStop: (id: string) => Promise<unknown>;
}) {
  const t = useUiText();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...jobQuery(row.job_id),
    refetchInterval: (current) => {
      const state = current.state.data?.status?.state;
      return state && FINAL_STATES.has(state) ? false : 1000;
    },
  });
  const state = query.data?.status?.state ?? '';
  const queryCode = query.error ? parseKusciaError(query.error)?.code : null;

  return (
    <tr>
      <td>
        <code>{row.job_id}</code>
      </td>
      <td>{query.data?.initiator ?? row.initiator}</td>
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
      <td className="table__message">{query.data?.status?.err_msg ?? ''}</td>
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
              void table.perform(
                `stop:${row.job_id}`,
                async () => {
                  await onStop(row.job_id);
                  await queryClient.invalidateQueries({ queryKey: ['job', row.job_id] });
                },
                format(t.stoppedJob, { id: row.job_id }),
              );
            }}
          >
            {t.stop}
            <span className="visually-hidden"> {row.job_id}</span>
          </ActionButton>
        </div>
      </td>
    </tr>
  );
}
