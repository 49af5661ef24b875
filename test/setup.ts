import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no ResizeObserver; Radix Tooltip (through @radix-ui/react-use-size) needs one.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

afterEach(() => {
  cleanup();
});

// axe-core probes canvas support; jsdom would print "Not implemented: getContext" for every axe run.
HTMLCanvasElement.prototype.getContext = () => null;
