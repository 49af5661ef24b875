/*
 * Recipe: TanStack Query. `shouldRetryKusciaError` has the signature of the `retry` option: it retries only
 * what may succeed unchanged (11103, network, timeout, 408/429/502/503/504, gRPC UNAVAILABLE), at most three
 * times; not-found, already-exists and validation failures are shown at once. A `QueryCache` `onError`
 * can also send every failed query to one page-level banner.
 */
import { QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { KusciaErrorAlert, shouldRetryKusciaError, useKusciaError } from 'kuscia-error-kit';
import { callKuscia, type Domain } from './fetch';

export function createQueryClient(onError?: (error: Error) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(onError ? { onError } : {}),
    defaultOptions: { queries: { retry: shouldRetryKusciaError } },
  });
}

export function DomainPanel({ domainId }: { domainId: string }) {
  const query = useQuery({
    queryKey: ['domain', domainId],
    queryFn: ({ signal }) => callKuscia<Domain>('domain/query', { domain_id: domainId }, signal),
  });
  if (query.isPending) return <p>Loading Domain {domainId}…</p>;
  return (
    <>
      <KusciaErrorAlert error={query.error} onRetry={() => void query.refetch()} showDetails />
      {query.data && <p>Domain {query.data.domain_id} found</p>}
    </>
  );
}

/** One banner for every failed query below it. */
export function QueryErrorBanner({ children }: { children: ReactNode }) {
  const { alertProps, capture } = useKusciaError();
  const [client] = useState(() => createQueryClient(capture));
  return (
    <QueryClientProvider client={client}>
      <KusciaErrorAlert {...alertProps} variant="banner" />
      {children}
    </QueryClientProvider>
  );
}
