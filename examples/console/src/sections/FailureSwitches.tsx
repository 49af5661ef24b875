import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KusciaErrorAlert, readKusciaResponse } from 'kuscia-error-kit';
import { useUiText } from '../i18n';
import { useAction } from '../useAction';

/** Whose backend the local server plays. */
type Flavour = 'kuscia' | 'secretpad';

/** The local server's failure switches (`GET`/`POST /admin/switches`). */
interface Switches {
  masterUnreachable: boolean;
  latencyMs: number;
  gateway502: boolean;
  updateConflict: boolean;
  tokenExpired: boolean;
  flavour: Flavour;
}

type Toggle = 'masterUnreachable' | 'gateway502' | 'tokenExpired' | 'updateConflict';

async function callAdmin<T>(
  path: string,
  init?: { body?: unknown; signal?: AbortSignal },
): Promise<T> {
  const response = await fetch(`/admin/${path}`, {
    method: init?.body === undefined ? 'GET' : 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    ...(init?.signal ? { signal: init.signal } : {}),
  });
  // The admin endpoints answer plain JSON, not KusciaAPI envelopes: only the HTTP status tells a failure.
  if (!response.ok) return readKusciaResponse<T>(response);
  return (await response.json()) as T;
}

export function FailureSwitches() {
  const t = useUiText();
  const queryClient = useQueryClient();
  const action = useAction();
  const latencyId = useId();
  const backendId = useId();
  const switches = useQuery({
    queryKey: ['admin', 'switches'],
    queryFn: ({ signal }) => callAdmin<Switches>('switches', { signal }),
  });
  // What the user typed, until applied; otherwise the server's value.
  const [latencyDraft, setLatencyDraft] = useState<string | null>(null);
  const latency = latencyDraft ?? String(switches.data?.latencyMs ?? 0);

  const update = useMutation({
    mutationFn: (patch: Partial<Switches>) => callAdmin<Switches>('switches', { body: patch }),
    onSuccess: (next) => {
      queryClient.setQueryData(['admin', 'switches'], next);
    },
  });
  const shutdown = useMutation({ mutationFn: () => callAdmin<unknown>('shutdown', { body: {} }) });

  const set = (name: string, patch: Partial<Switches>) => {
    void action.perform(name, () => update.mutateAsync(patch), '');
  };
  const busy = action.pending !== null || switches.isPending;
  const current = switches.data;
  // The radio shows the choice at once; the line below it says what the server plays, once it does.
  const chosenFlavour =
    (update.isPending ? update.variables.flavour : undefined) ?? current?.flavour;

  const toggles: { key: Toggle; label: string; hint: string }[] = [
    { key: 'masterUnreachable', label: t.masterUnreachable, hint: t.masterUnreachableHint },
    { key: 'gateway502', label: t.gateway502, hint: t.gateway502Hint },
    { key: 'tokenExpired', label: t.tokenExpired, hint: t.tokenExpiredHint },
    { key: 'updateConflict', label: t.updateConflict, hint: t.updateConflictHint },
  ];
  const flavours: { value: Flavour; label: string }[] = [
    { value: 'kuscia', label: t.backendKuscia },
    { value: 'secretpad', label: t.backendSecretpad },
  ];

  return (
    <section id="failure-switches" className="card" aria-labelledby="failure-switches-title">
      <header className="card__header">
        <h2 id="failure-switches-title">{t.switches}</h2>
        <p className="card__intro">{t.switchesIntro}</p>
      </header>
      <div className="card__body">
        <KusciaErrorAlert
          error={switches.error}
          onRetry={() => {
            void switches.refetch();
          }}
        />
        <KusciaErrorAlert {...action.alertProps} />
        <div className="switches">
          <fieldset className="switch switch--choice" aria-describedby={`${backendId}-hint`}>
            <legend className="switch__label">{t.backend}</legend>
            <span className="choices">
              {flavours.map((flavour) => (
                <label className="choice" key={flavour.value}>
                  <input
                    type="radio"
                    name={backendId}
                    value={flavour.value}
                    checked={chosenFlavour === flavour.value}
                    disabled={busy}
                    onChange={() => {
                      set('flavour', { flavour: flavour.value });
                    }}
                  />
                  {flavour.label}
                </label>
              ))}
            </span>
            {/* Announced when it changes: the switch above only says what was asked. */}
            <span className="switch__hint switch__state" role="status">
              {current
                ? current.flavour === 'secretpad'
                  ? t.backendIsSecretpad
                  : t.backendIsKuscia
                : ''}
            </span>
            <span className="switch__hint" id={`${backendId}-hint`}>
              {t.backendHint}
            </span>
          </fieldset>
          {toggles.map((item) => (
            <div className="switch" key={item.key}>
              <span className="switch__label" id={`switch-${item.key}`}>
                {item.label}
              </span>
              <button
                type="button"
                role="switch"
                className="toggle"
                aria-checked={current?.[item.key] ?? false}
                aria-labelledby={`switch-${item.key}`}
                aria-describedby={`switch-${item.key}-hint`}
                disabled={busy}
                onClick={() => {
                  set(item.key, { [item.key]: !(current?.[item.key] ?? false) });
                }}
              />
              <span className="switch__hint" id={`switch-${item.key}-hint`}>
                {item.hint}
              </span>
            </div>
          ))}
          <form
            className="switch"
            onSubmit={(event) => {
              event.preventDefault();
              const latencyMs = Math.max(0, Number.parseInt(latency, 10) || 0);
              void action
                .perform('latency', () => update.mutateAsync({ latencyMs }), '')
                .then((ok) => {
                  if (ok) setLatencyDraft(null);
                });
            }}
          >
            <label className="switch__label" htmlFor={latencyId}>
              {t.latency}
            </label>
            <span className="latency">
              <input
                id={latencyId}
                type="number"
                min={0}
                step={100}
                value={latency}
                aria-describedby={`${latencyId}-hint`}
                onChange={(event) => {
                  setLatencyDraft(event.target.value);
                }}
              />
              <span aria-hidden="true">{t.latencyUnit}</span>
              <button type="submit" className="btn" disabled={busy}>
                {t.apply}
              </button>
            </span>
            <span className="switch__hint" id={`${latencyId}-hint`}>
              {t.latencyHint}
            </span>
          </form>
          <div className="switch">
            <span className="switch__label">{t.server}</span>
            <button
              type="button"
              className="btn btn--danger"
              aria-describedby="switch-shutdown-hint"
              disabled={busy}
              onClick={() => {
                if (!window.confirm(t.shutdownConfirm)) return;
                void action.perform('shutdown', () => shutdown.mutateAsync(), '');
              }}
            >
              {t.shutdown}
            </button>
            <span className="switch__hint" id="switch-shutdown-hint">
              {t.shutdownHint}
            </span>
          </div>
        </div>
      </div>
    </section>
  );
}
