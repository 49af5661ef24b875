import { useId, useState } from 'react';
import type { KusciaJobLabels } from '../../core/job/texts';
import { announce } from '../announce';
import { copyText } from '../copyText';
import type { JobAlertParts } from './parts';

/** The most a log disclosure shows: the end of the tail, where the cause usually is. */
const SHOWN_LINES = 40;
const SHOWN_CHARACTERS = 4000;

/** The end of a log, at most `SHOWN_LINES` lines and `SHOWN_CHARACTERS` characters; whether it was cut. */
export function logTail(log: string): { text: string; cut: boolean } {
  let text = log.length > SHOWN_CHARACTERS ? log.slice(-SHOWN_CHARACTERS) : log;
  const lines = text.split('\n');
  if (lines.length > SHOWN_LINES) text = lines.slice(-SHOWN_LINES).join('\n');
  return { text, cut: text.length < log.length };
}

export interface JobLogProps {
  log: string;
  labels: KusciaJobLabels;
  parts: JobAlertParts;
}

/**
 * A container's log tail behind a disclosure, collapsed by default: plain text, its end shown when it is
 * long, and "Copy log" for the whole of it.
 */
export function JobLog({ log, labels, parts }: JobLogProps) {
  const [expanded, setExpanded] = useState(false);
  const panelId = useId();
  const { text, cut } = logTail(log);
  return (
    <div {...parts.log}>
      <button
        type="button"
        {...parts['log-toggle']}
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => {
          setExpanded((value) => !value);
        }}
      >
        {labels.logTail}
      </button>
      <pre id={panelId} hidden={!expanded} {...parts['log-text']}>
        {cut ? `…\n${text}` : text}
      </pre>
      <button
        type="button"
        {...parts['copy-log']}
        onClick={(event) => {
          const doc = event.currentTarget.ownerDocument;
          void copyText(log, doc).then((copied) => {
            if (copied) announce(doc, labels.copied);
          });
        }}
      >
        {labels.copyLog}
      </button>
    </div>
  );
}
