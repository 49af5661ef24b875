/*
 * Recipe: useKusciaError. `run` awaits the call and never rejects: it resolves `{ ok: true, value }` or
 * `{ ok: false, error, info }` and shows the failure; `alertProps` wires the alert (the failure, Retry for
 * the last task, Dismiss). Retry runs the task again, so the task itself stores what it fetched.
 */
import { useState } from 'react';
import { KusciaErrorAlert, useKusciaError } from 'kuscia-error-kit';
import { callKuscia, type Domain } from './fetch';

export function DomainLookup({ domainId }: { domainId: string }) {
  const { alertProps, run } = useKusciaError();
  const [domain, setDomain] = useState<Domain | null>(null);

  const lookUp = () =>
    run(async () => {
      setDomain(await callKuscia<Domain>('domain/query', { domain_id: domainId }));
    });

  return (
    <section aria-label={`Domain ${domainId}`}>
      <button type="button" onClick={() => void lookUp()}>
        Query Domain {domainId}
      </button>
      <KusciaErrorAlert {...alertProps} showDetails />
      {domain && <p>Domain {domain.domain_id} found</p>}
    </section>
  );
}

/** `ok` tells a failure from a success, also when the call resolves nothing (a delete). */
export function DeleteDomainButton({
  domainId,
  onDeleted,
}: {
  domainId: string;
  onDeleted: () => void;
}) {
  const { alertProps, run } = useKusciaError();

  const remove = async () => {
    const result = await run(() => callKuscia<undefined>('domain/delete', { domain_id: domainId }));
    if (result.ok) onDeleted();
  };

  return (
    <>
      <button type="button" onClick={() => void remove()}>
        Delete Domain {domainId}
      </button>
      <KusciaErrorAlert {...alertProps} />
    </>
  );
}
