/*
 * Recipe: react-error-boundary. Whatever a child throws while rendering (a `KusciaApiError` from a suspense
 * query, say) becomes the alert; Retry (shown for failures an unchanged retry may fix) resets the boundary.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { KusciaErrorAlert } from 'kuscia-error-kit';

export function KusciaErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error, resetErrorBoundary }) => (
        <KusciaErrorAlert error={error} onRetry={resetErrorBoundary} showDetails />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
