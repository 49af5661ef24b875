import { useId, useState } from 'react';
import type { KusciaErrorDescription } from '../../core/describe';
import type { KusciaUiLabels } from '../../core/messages';
import type { KusciaErrorInfo } from '../../core/types';
import type { AlertParts } from './parts';

export interface AlertDetailsProps {
  info: KusciaErrorInfo;
  text: KusciaErrorDescription;
  labels: KusciaUiLabels;
  parts: AlertParts;
}

/**
 * The server's own words behind a disclosure button, collapsed by default, all of it plain text. When the
 * cause gave the title, the code's own title comes first, so nothing the code says is lost.
 */
export function AlertDetails({ info, text, labels, parts }: AlertDetailsProps) {
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const rows: [string, string][] = [];
  if (text.codeText) rows.push([labels.fields.codeTitle, text.codeText.title]);
  if (info.serverMessage !== null) rows.push([labels.fields.serverMessage, info.serverMessage]);
  if (info.httpStatus !== null) rows.push([labels.fields.httpStatus, String(info.httpStatus)]);
  if (info.details !== null) rows.push([labels.fields.details, info.details]);
  rows.push([labels.fields.source, labels.sources[info.source]]);
  if (info.definition) rows.push([labels.fields.key, info.definition.key]);

  return (
    <div {...parts.details}>
      <button
        type="button"
        {...parts['details-toggle']}
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => {
          setExpanded((value) => !value);
        }}
      >
        {labels.details}
      </button>
      <dl id={panelId} hidden={!expanded} {...parts['details-list']}>
        {rows.map(([name, value]) => (
          <div key={name} {...parts['details-row']}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
