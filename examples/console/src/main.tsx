import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { shouldRetryKusciaError } from 'kuscia-error-kit';
// The console offers Chinese: loading the zh-CN text lets every `locale="zh-CN"` below find it.
import 'kuscia-error-kit/locales/zh-CN';
import 'kuscia-error-kit/styles.css';
import './app.css';
import { App } from './App';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Retry only what may succeed unchanged (11103, network, 502/503/504), at most three times.
      retry: shouldRetryKusciaError,
      retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 2000),
      refetchOnWindowFocus: false,
    },
    // Creating, deleting and stopping are not retried behind the user's back: the alert offers Retry.
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
