/*
 * Recipe: axios. KusciaAPI reports business failures with HTTP 200, so a response interceptor makes them
 * reject with `unwrapKusciaResponse`. Transport failures (401, a gateway's 502, network, timeout) already
 * reject as an `AxiosError`, which the kit reads as it is.
 */
import axios, { type AxiosInstance, type AxiosResponse, type CreateAxiosDefaults } from 'axios';
import { useState } from 'react';
import { KusciaErrorAlert, unwrapKusciaResponse, useKusciaError } from 'kuscia-error-kit';
import { KUSCIA_API, type Domain } from './fetch';

/** Resolves with the KusciaAPI `data`, or rejects with a `KusciaApiError` for `status.code != 0`. */
function unwrapData(response: AxiosResponse<unknown>): AxiosResponse<unknown> {
  return { ...response, data: unwrapKusciaResponse(response.data) };
}

export function createKusciaClient(config: CreateAxiosDefaults = {}): AxiosInstance {
  const client = axios.create({ baseURL: KUSCIA_API, ...config });
  client.interceptors.response.use(unwrapData);
  return client;
}

export function DomainDetails({ client, domainId }: { client: AxiosInstance; domainId: string }) {
  const { alertProps, run } = useKusciaError();
  const [domain, setDomain] = useState<Domain | null>(null);

  const load = () =>
    run(async () => {
      const response = await client.post<Domain>('domain/query', { domain_id: domainId });
      setDomain(response.data);
    });

  return (
    <section aria-label={`Domain ${domainId}`}>
      <button type="button" onClick={() => void load()}>
        Load Domain {domainId}
      </button>
      <KusciaErrorAlert {...alertProps} showDetails />
      {domain && <p>Domain {domain.domain_id} loaded</p>}
    </section>
  );
}
