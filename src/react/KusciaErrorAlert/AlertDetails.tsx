import { useId, useState } from 'react';
import type { KusciaUiLabels } from '../../core/messages';
import type { KusciaErrorInfo } from '../../core/types';

export interface AlertDetailsProps {
  info: KusciaErrorInfo;
  labels: KusciaUiLabels;
  unstyled: boolean;
}

/** The server's own words behind a disclosure button, collapsed by default. All of it is plain text. */
export function AlertDetails({ info, labels, unstyled }: AlertDetailsProps) {
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const cls = (name: string) => (unstyled ? undefined : name);
  const rows: [string, string][] = [];
  if (info.serverMessage !== null) rows.push([labels.fields.serverMessage, info.serverMessage]);
  if (info.httpStatus !== null) rows.push([labels.fields.httpStatus, String(info.httpStatus)]);
  if (info.details !== null) rows.push([labels.fields.details, info.details]);
  rows.push([labels.fields.source, labels.sources[info.source]]);
  if (info.definition) rows.push([labels.fields.key, info.definition.key]);

  return (
    <div className={cls('kek-alert__details')} data-part="details">
      <button
        type="button"
        className={cls('kek-alert__disclosure')}
        data-part="details-toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => {
          setExpanded((value) => !value);
        }}
      >
        {labels.details}
      </button>
      <dl
        id={panelId}
        hidden={!expanded}
        className={cls('kek-alert__details-list')}
        data-part="details-list"
      >
        {rows.map(([name, value]) => (
          <div key={name} className={cls('kek-alert__details-row')}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
