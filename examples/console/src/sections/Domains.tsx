import { useState, type SubmitEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KusciaErrorAlert, shouldRetryKusciaError } from 'kuscia-error-kit';
import { callKuscia, type DomainData } from '../api';
import { format, useUiText } from '../i18n';
import { useAction } from '../useAction';
import { useFieldErrors } from '../useFieldErrors';
import { ActionButton, Notice, Section, SelectField, TextField } from '../components/ui';

export function Domains() {
  const t = useUiText();
  const queryClient = useQueryClient();
  const action = useAction();
  // The inputs are named as the API spells its fields (domain_id, role): no mapping needed.
  const field = useFieldErrors(action.failure);
  const [domainId, setDomainId] = useState('alice');
  const [role, setRole] = useState('');
  const [queried, setQueried] = useState<DomainData | null>(null);

  const create = useMutation({
    mutationFn: (body: { domain_id: string; role: string }) =>
      callKuscia<unknown>('domain/create', body),
  });
  const remove = useMutation({
    mutationFn: (body: { domain_id: string }) => callKuscia<unknown>('domain/delete', body),
  });

  const id = domainId.trim();

  const onCreate = (event: SubmitEvent) => {
    event.preventDefault();
    void action.perform(
      'create',
      () => create.mutateAsync({ domain_id: id, role }),
      format(t.createdDomain, { id }),
    );
  };

  const onQuery = () => {
    setQueried(null);
    void action.perform(
      'query',
      async () => {
        const domain = await queryClient.query({
          queryKey: ['domain', id],
          queryFn: ({ signal }) =>
            callKuscia<DomainData>('domain/query', { domain_id: id }, signal),
          retry: shouldRetryKusciaError,
          staleTime: 0,
        });
        setQueried(domain);
      },
      '',
    );
  };

  const onDelete = () => {
    void action.perform(
      'delete',
      async () => {
        await remove.mutateAsync({ domain_id: id });
        setQueried((current) => (current?.domain_id === id ? null : current));
        queryClient.removeQueries({ queryKey: ['domain', id] });
      },
      format(t.deletedDomain, { id }),
    );
  };

  return (
    <Section id="domains" title={t.domains} intro={t.domainsIntro}>
      <KusciaErrorAlert {...action.alertProps} showDetails />
      <form className="form" onSubmit={onCreate}>
        <div className="form__row">
          <TextField
            label={t.domainId}
            value={domainId}
            onChange={setDomainId}
            {...field('domain_id')}
          />
          <SelectField
            label={t.role}
            value={role}
            onChange={setRole}
            {...field('role')}
            options={[
              { value: '', label: t.roleLocal },
              { value: 'partner', label: t.rolePartner },
            ]}
          />
        </div>
        <div className="form__actions">
          <ActionButton type="submit" primary {...action.buttonFor('create')}>
            {t.create}
          </ActionButton>
          <ActionButton {...action.buttonFor('query')} onClick={onQuery}>
            {t.query}
          </ActionButton>
          <ActionButton danger {...action.buttonFor('delete')} onClick={onDelete}>
            {t.delete}
          </ActionButton>
        </div>
        <Notice>{action.notice}</Notice>
      </form>
      {queried && (
        <div className="result" aria-labelledby="domains-result-title">
          <h3 id="domains-result-title">{t.queriedDomain}</h3>
          <dl className="description">
            <dt>{t.domainId}</dt>
            <dd>{queried.domain_id}</dd>
            <dt>{t.role}</dt>
            <dd>{queried.role || t.roleLocal}</dd>
            {queried.master_domain_id ? (
              <>
                <dt>{t.masterDomainId}</dt>
                <dd>{queried.master_domain_id}</dd>
              </>
            ) : null}
            {queried.node_statuses && queried.node_statuses.length > 0 ? (
              <>
                <dt>{t.nodes}</dt>
                <dd>
                  {queried.node_statuses.map((node) => `${node.name} (${node.status})`).join(', ')}
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      )}
    </Section>
  );
}
