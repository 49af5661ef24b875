import type { KusciaErrorSeverity } from '../../core/types';

/** The severity icon: decorative, since the severity word is announced with the title. */
export function AlertIcon({
  severity,
  className,
}: {
  severity: KusciaErrorSeverity;
  className?: string | undefined;
}) {
  return (
    <svg
      className={className}
      data-part="icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
    >
      {severity === 'warning' ? (
        <path
          fill="currentColor"
          d="M8.87 1.5a1 1 0 0 0-1.74 0L.2 13.5A1 1 0 0 0 1.07 15h13.86a1 1 0 0 0 .87-1.5L8.87 1.5ZM7.25 5.5h1.5v4.75h-1.5V5.5Zm0 6.25h1.5v1.5h-1.5v-1.5Z"
        />
      ) : (
        <path
          fill="currentColor"
          d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.83 8.77-1.06 1.06L8 9.06l-1.77 1.77-1.06-1.06L6.94 8 5.17 6.23l1.06-1.06L8 6.94l1.77-1.77 1.06 1.06L9.06 8l1.77 1.77Z"
        />
      )}
    </svg>
  );
}
