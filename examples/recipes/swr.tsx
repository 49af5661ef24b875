/*
 * Recipe: SWR. The fetcher throws (`callKuscia` rejects with a `KusciaApiError`), `error` goes straight into
 * the alert, and `mutate()` is the retry. `onErrorRetry` retries only what `shouldRetryKusciaError` allows,
 * waiting `errorRetryInterval`, doubled on each retry.
 */
import useSWR, { type SWRConfiguration } from 'swr';
import { KusciaErrorAlert, shouldRetryKusciaError } from 'kuscia-error-kit';
import { callKuscia, type Domain } from './fetch';

export const kusciaSWRConfig = {
  onErrorRetry: (
    error: unknown,
    _key: string,
    config: { readonly errorRetryInterval: number },
    revalidate: (options: { retryCount: number }) => unknown,
    { retryCount }: { retryCount: number },
  ) => {
    // SWR counts retries from 1; shouldRetryKusciaError counts the failures before this retry from 0.
    if (!shouldRetryKusciaError(retryCount - 1, error)) return;
    setTimeout(
      () => void revalidate({ retryCount }),
      config.errorRetryInterval * 2 ** (retryCount - 1),
    );
  },
} satisfies SWRConfiguration;

export function DomainSummary({ domainId }: { domainId: string }) {
  const { data, error, mutate } = useSWR<Domain, unknown, [path: string, domainId: string]>(
    ['domain/query', domainId],
    ([path, id]) => callKuscia<Domain>(path, { domain_id: id }),
  );
  return (
    <>
      <KusciaErrorAlert error={error} onRetry={() => void mutate()} retryButton="always" />
      {data && <p>Domain {data.domain_id} found</p>}
    </>
  );
}
