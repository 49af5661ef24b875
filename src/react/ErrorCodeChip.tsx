import type { KusciaUiLabels } from '../core/messages';
import { splitTemplate } from '../core/template';
import { VisuallyHidden } from './VisuallyHidden';

export interface ErrorCodeChipProps {
  code: number;
  labels: KusciaUiLabels;
  unstyled?: boolean | undefined;
}

/**
 * The code as a compact chip, without a tooltip: inside an alert the title is already on screen, so it needs
 * no Radix. Screen readers hear the whole label ("Error code 11305"); sighted users see the code.
 */
export function ErrorCodeChip({ code, labels, unstyled }: ErrorCodeChipProps) {
  const [before, after] = splitTemplate(labels.codeBadge, 'code');
  return (
    <span className={unstyled ? undefined : 'kek-badge'} data-part="code">
      {before && <VisuallyHidden>{before}</VisuallyHidden>}
      {code}
      {after && <VisuallyHidden>{after}</VisuallyHidden>}
    </span>
  );
}
