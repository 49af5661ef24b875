import { useState, type SubmitEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KusciaErrorAlert } from 'kuscia-error-kit';
import { callKuscia, type DomainDataColumn, type DomainDataItem } from '../api';
import { format, useUiText } from '../i18n';
import { useAction } from '../useAction';
import { useFieldErrors } from '../useFieldErrors';
import { ActionButton, DataTable, Notice, Section, TextField } from '../components/ui';

/** Any column's field (`columns[2].name`) marks the one Columns input; the others match the API's names. */
const domainDataField = (apiField: string): string | undefined =>
  apiField.startsWith('columns[') || apiField === 'columns' ? 'columns' : undefined;

function parseColumns(text: string): DomainDataColumn[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', type = 'str'] = part.split(':').map((piece) => piece.trim());
      return { name, type: type || 'str' };
    });
}

export function DomainDataSection() {
  const t = useUiText();
  const queryClient = useQueryClient();
  const form = useAction();
  const table = useAction();
  const field = useFieldErrors(form.failure, domainDataField);
  const [domainId, setDomainId] = useState('alice');
  const [domainDataId, setDomainDataId] = useState('alice-table');
  const [name, setName] = useState('alice.csv');
  const [relativeUri, setRelativeUri] = useState('alice.csv');
  const [columns, setColumns] = useState('id:str, age:int');
  // The Domain whose DomainData the table lists; set by List (and by a successful create).
  const [listed, setListed] = useState<string | null>(null);

  const list = useQuery({
    queryKey: ['domaindata', listed],
    queryFn: ({ signal }) =>
      callKuscia<{ domaindata_list?: DomainDataItem[] | null } | null>(
        'domaindata/list',
        { data: { domain_id: listed, domaindata_type: '', domaindata_vendor: '' } },
        signal,
      ),
    enabled: listed !== null,
  });

  const create = useMutation({
    mutationFn: (item: Omit<DomainDataItem, 'datasource_id'>) =>
      callKuscia<{ domaindata_id: string } | null>('domaindata/create', {
        ...item,
        datasource_id: '',
      }),
  });
  const remove = useMutation({
    mutationFn: (item: { domain_id: string; domaindata_id: string }) =>
      callKuscia<unknown>('domaindata/delete', item),
  });

  const onCreate = (event: SubmitEvent) => {
    event.preventDefault();
    const item = {
      domain_id: domainId.trim(),
      domaindata_id: domainDataId.trim(),
      name: name.trim(),
      type: 'table',
      relative_uri: relativeUri.trim(),
      columns: parseColumns(columns),
    };
    void form.perform(
      'create',
      async () => {
        await create.mutateAsync(item);
        setListed(item.domain_id);
        await queryClient.invalidateQueries({ queryKey: ['domaindata', item.domain_id] });
      },
      format(t.createdDomainData, { id: item.domaindata_id }),
    );
  };

  const onDelete = (item: DomainDataItem) => {
    void table.perform(
      `delete:${item.domaindata_id}`,
      async () => {
        await remove.mutateAsync({ domain_id: item.domain_id, domaindata_id: item.domaindata_id });
        await queryClient.invalidateQueries({ queryKey: ['domaindata', item.domain_id] });
      },
      format(t.deletedDomainData, { id: item.domaindata_id }),
    );
  };

  const rows = list.data?.domaindata_list ?? [];

  return (
    <Section id="domain-data" title={t.domainData} intro={t.domainDataIntro}>
      <KusciaErrorAlert {...form.alertProps} showDetails />
      <form className="form" onSubmit={onCreate}>
        <div className="form__row">
          <TextField
            label={t.domainId}
            value={domainId}
            onChange={setDomainId}
            {...field('domain_id')}
          />
          <TextField
            label={t.domainDataId}
            value={domainDataId}
            onChange={setDomainDataId}
            {...field('domaindata_id')}
          />
          <TextField label={t.name} value={name} onChange={setName} {...field('name')} />
          <TextField
            label={t.relativeUri}
            value={relativeUri}
            onChange={setRelativeUri}
            {...field('relative_uri')}
          />
          <TextField
            label={t.columns}
            value={columns}
            onChange={setColumns}
            hint={t.columnsHint}
            {...field('columns')}
          />
        </div>
        <div className="form__actions">
          <ActionButton type="submit" primary {...form.buttonFor('create')}>
            {t.create}
          </ActionButton>
          <ActionButton
            busy={list.isFetching}
            onClick={() => {
              const id = domainId.trim();
              if (id === listed) void list.refetch();
              else setListed(id);
            }}
          >
            {t.list}
          </ActionButton>
        </div>
        <Notice>{form.notice}</Notice>
      </form>

      <KusciaErrorAlert
        error={list.error}
        onRetry={() => {
          void list.refetch();
        }}
        showDetails
      />
      <KusciaErrorAlert {...table.alertProps} showDetails />
      <DataTable
        caption={`${t.domainDataTable}${listed ? `: ${listed}` : ''}`}
        columns={[t.domainDataId, t.name, t.type, t.relativeUri, t.columns, t.actions]}
        rows={rows}
        busy={list.isFetching}
        renderRow={(item) => (
          <tr key={item.domaindata_id}>
            <td>
              <code>{item.domaindata_id}</code>
            </td>
            <td>{item.name}</td>
            <td>{item.type}</td>
            <td>
              <code>{item.relative_uri}</code>
            </td>
            <td>
              {(item.columns ?? []).map((column) => `${column.name}:${column.type}`).join(', ')}
            </td>
            <td>
              <ActionButton
                danger
                {...table.buttonFor(`delete:${item.domaindata_id}`)}
                onClick={() => {
                  onDelete(item);
                }}
              >
                {t.delete}
                <span className="visually-hidden"> {item.domaindata_id}</span>
              </ActionButton>
            </td>
          </tr>
        )}
      />
      <Notice>{table.notice}</Notice>
    </Section>
  );
}
