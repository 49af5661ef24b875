/*
 * Recipe: Ant Design forms. A validation failure names the fields it rejects (a Kubernetes "is invalid" with
 * several causes, Kuscia's `;`-joined checks); `getKusciaFieldErrors` turns them into `{ field: message }`
 * in the UI's locale, and `Form.setFields` puts each message under its field. The alert above the form
 * still tells the whole failure, so a cause for a field the form does not show is never lost.
 */
import { Button, Form, Input, InputNumber } from 'antd';
import type { FormInstance } from 'antd';
import {
  getKusciaFieldErrors,
  KusciaErrorAlert,
  useKusciaError,
  type KusciaFieldErrorsOptions,
} from 'kuscia-error-kit';

/**
 * Shows each field-level cause of `error` under its `Form.Item`. Returns the names it set, so a caller can
 * tell a failure that names fields from one that names none.
 */
export function showKusciaFieldErrors(
  form: FormInstance,
  error: unknown,
  options?: KusciaFieldErrorsOptions,
): string[] {
  const errors = getKusciaFieldErrors(error, options);
  const names = Object.keys(errors);
  form.setFields(names.map((name) => ({ name, errors: [errors[name] ?? ''] })));
  return names;
}

export interface JobDraft {
  jobId: string;
  maxParallelism: number;
}

/** The form's names for KusciaAPI's fields (`job/create` spells them `job_id`, `max_parallelism`). */
const JOB_FIELDS = { job_id: 'jobId', max_parallelism: 'maxParallelism' };

export function CreateJobForm({
  createJob,
  locale = 'en-US',
}: {
  /** Sends `job/create`; rejects with what failed (e.g. `callKuscia`'s `KusciaApiError`). */
  createJob: (draft: JobDraft) => Promise<unknown>;
  /** The UI's locale, the same the provider gives the alert. @default 'en-US' */
  locale?: string;
}) {
  const [form] = Form.useForm<JobDraft>();
  const { alertProps, run } = useKusciaError();

  const submit = async (draft: JobDraft) => {
    const result = await run(() => createJob(draft));
    if (!result.ok) showKusciaFieldErrors(form, result.error, { locale, fieldName: JOB_FIELDS });
  };

  return (
    <Form form={form} layout="vertical" onFinish={(draft) => void submit(draft)}>
      <KusciaErrorAlert {...alertProps} showDetails />
      <Form.Item name="jobId" label="Job ID">
        <Input />
      </Form.Item>
      <Form.Item name="maxParallelism" label="Max parallelism">
        <InputNumber />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        Create Job
      </Button>
    </Form>
  );
}
