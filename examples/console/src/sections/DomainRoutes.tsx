import { useState, type SubmitEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { KusciaErrorAlert } from 'kuscia-error-kit';
import { callKuscia } from '../api';
import { format, useUiText } from '../i18n';
import { useAction } from '../useAction';
import { useFieldErrors } from '../useFieldErrors';
import { ActionButton, DataTable, Notice, Section, SelectField, TextField } from '../components/ui';

interface RouteRow {
  source: string;
  destination: string;
  host: string;
  port: number;
  authentication_type: string;
}

/** The API's route fields this form shows under another name; source, destination, authentication_type match. */
const ROUTE_FIELDS: Readonly<Record<string, string>> = {
  'endpoint.host': 'host',
  'endpoint.ports[].port': 'port',
};

const routeName = (route: { source: string; destination: string }) =>
  `${route.source}-${route.destination}`;

export function DomainRoutes() {
  const t = useUiText();
  const form = useAction();
  const table = useAction();
  const field = useFieldErrors(form.failure, ROUTE_FIELDS);
  const [source, setSource] = useState('alice');
  const [destination, setDestination] = useState('bob');
  const [host, setHost] = useState('bob.example.internal');
  const [port, setPort] = useState('1080');
  const [authentication, setAuthentication] = useState('Token');
  const [routes, setRoutes] = useState<RouteRow[]>([]);

  const create = useMutation({
    mutationFn: (route: RouteRow) =>
      callKuscia<unknown>('route/create', {
        source: route.source,
        destination: route.destination,
        authentication_type: route.authentication_type,
        endpoint: {
          host: route.host,
          ports: [{ name: 'http', port: route.port, protocol: 'HTTP', isTLS: false }],
        },
        token_config: { token_gen_method: 'RSA-GEN' },
      }),
  });
  const remove = useMutation({
    mutationFn: (route: { source: string; destination: string }) =>
      callKuscia<unknown>('route/delete', { source: route.source, destination: route.destination }),
  });

  const onCreate = (event: SubmitEvent) => {
    event.preventDefault();
    const route: RouteRow = {
      source: source.trim(),
      destination: destination.trim(),
      host: host.trim(),
      port: Number.parseInt(port, 10) || 0,
      authentication_type: authentication,
    };
    void form.perform(
      'create',
      async () => {
        await create.mutateAsync(route);
        setRoutes((current) => [
          ...current.filter((r) => routeName(r) !== routeName(route)),
          route,
        ]);
      },
      format(t.createdRoute, { id: routeName(route) }),
    );
  };

  const onDelete = (route: RouteRow) => {
    void table.perform(
      `delete:${routeName(route)}`,
      async () => {
        await remove.mutateAsync(route);
        setRoutes((current) => current.filter((r) => routeName(r) !== routeName(route)));
      },
      format(t.deletedRoute, { id: routeName(route) }),
    );
  };

  return (
    <Section id="domain-routes" title={t.domainRoutes} intro={t.domainRoutesIntro}>
      <KusciaErrorAlert {...form.alertProps} showDetails />
      <form className="form" onSubmit={onCreate}>
        <div className="form__row">
          <TextField label={t.source} value={source} onChange={setSource} {...field('source')} />
          <TextField
            label={t.destination}
            value={destination}
            onChange={setDestination}
            {...field('destination')}
          />
          <TextField label={t.host} value={host} onChange={setHost} {...field('host')} />
          <TextField
            label={t.port}
            type="number"
            value={port}
            onChange={setPort}
            {...field('port')}
          />
          <SelectField
            label={t.authentication}
            value={authentication}
            onChange={setAuthentication}
            {...field('authentication_type')}
            options={[
              { value: 'Token', label: 'Token' },
              { value: 'MTLS', label: 'MTLS' },
              { value: 'None', label: 'None' },
            ]}
          />
        </div>
        <div className="form__actions">
          <ActionButton type="submit" primary {...form.buttonFor('create')}>
            {t.create}
          </ActionButton>
        </div>
        <Notice>{form.notice}</Notice>
      </form>

      <KusciaErrorAlert {...table.alertProps} showDetails />
      <DataTable
        caption={t.routesTable}
        columns={[t.source, t.destination, t.host, t.authentication, t.actions]}
        rows={routes}
        renderRow={(route) => (
          <tr key={routeName(route)}>
            <td>{route.source}</td>
            <td>{route.destination}</td>
            <td>
              <code>
                {route.host}:{route.port}
              </code>
            </td>
            <td>{route.authentication_type}</td>
            <td>
              <ActionButton
                danger
                {...table.buttonFor(`delete:${routeName(route)}`)}
                onClick={() => {
                  onDelete(route);
                }}
              >
                {t.delete}
                <span className="visually-hidden"> {routeName(route)}</span>
              </ActionButton>
            </td>
          </tr>
        )}
      />
      <Notice>{table.notice}</Notice>
    </Section>
  );
}
