// What the benchmark measures. Each candidate is a page (bench/pages/<entry>) and, unless it is a calibration
// row, a "provider + one component" size entry (bench/sizes/<size>.mjs).

/**
 * @typedef {{ id: string, group: 'alert' | 'badge', label: string, entry: string, baseline?: boolean,
 *   size?: string, sizeAlso?: { id: string, label: string }, cssInJs?: boolean, calibration?: boolean,
 *   tooltip?: boolean }} Candidate
 */

/** @type {Candidate[]} */
export const allCandidates = [
  {
    id: 'alert-plain',
    group: 'alert',
    label: 'plain markup (div role=alert)',
    entry: 'alert-plain.mjs',
    baseline: true,
    size: 'alert-plain',
  },
  {
    id: 'alert-kit',
    group: 'alert',
    label: 'KusciaErrorAlert',
    entry: 'alert-kit.mjs',
    size: 'alert-kit',
  },
  {
    id: 'alert-kit-unstyled',
    group: 'alert',
    label: 'KusciaErrorAlert unstyled',
    entry: 'alert-kit-unstyled.mjs',
    size: 'alert-kit-unstyled',
  },
  {
    id: 'alert-kit-markup',
    group: 'alert',
    label: "KusciaErrorAlert's HTML, no component",
    entry: 'alert-kit-markup.mjs',
    calibration: true,
  },
  {
    id: 'alert-antd',
    group: 'alert',
    label: 'antd 5 Alert',
    entry: 'alert-antd.mjs',
    size: 'alert-antd',
    cssInJs: true,
  },
  {
    id: 'alert-mui',
    group: 'alert',
    label: 'MUI 7 Alert + AlertTitle',
    entry: 'alert-mui.mjs',
    size: 'alert-mui',
    cssInJs: true,
  },
  {
    id: 'alert-mantine',
    group: 'alert',
    label: 'Mantine 9 Alert',
    entry: 'alert-mantine.mjs',
    size: 'alert-mantine',
    sizeAlso: { id: 'alert-mantine-all-css', label: 'with all of @mantine/core/styles.css' },
  },
  {
    id: 'badge-span',
    group: 'badge',
    label: '<span title> baseline',
    entry: 'badge-span.mjs',
    baseline: true,
    size: 'badge-span',
  },
  {
    id: 'badge-radix',
    group: 'badge',
    label: 'bare Radix Tooltip (eager)',
    entry: 'badge-radix.mjs',
    size: 'badge-radix',
    tooltip: true,
  },
  {
    id: 'badge-kit',
    group: 'badge',
    label: 'ErrorCodeBadge (lazy Radix)',
    entry: 'badge-kit.mjs',
    size: 'badge-kit',
    tooltip: true,
  },
  {
    id: 'badge-kit-markup',
    group: 'badge',
    label: "ErrorCodeBadge's HTML, no component",
    entry: 'badge-kit-markup.mjs',
    calibration: true,
  },
  {
    id: 'badge-mui',
    group: 'badge',
    label: 'MUI 7 Tooltip + Chip',
    entry: 'badge-mui.mjs',
    size: 'badge-mui',
    cssInJs: true,
  },
  {
    id: 'badge-antd',
    group: 'badge',
    label: 'antd 5 Tooltip + Tag',
    entry: 'badge-antd.mjs',
    size: 'badge-antd',
    cssInJs: true,
  },
];
