/*
 * The same files run in two projects: `unit` (React 19, the dev dependency) and `react18` (React 18.3, the
 * oldest peer, aliased from test/react18/node_modules). This checks that each project really renders with
 * its React, and that react, react-dom and the libraries rendering through them agree.
 */
import { render, screen } from '@testing-library/react';
import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';
import { KusciaErrorAlert } from '../../src';

it('renders with the React of this project, one copy only', ({ task }) => {
  const major = task.file.projectName === 'react18' ? '18.' : '19.';
  expect(version.startsWith(major)).toBe(true);
  expect(domVersion).toBe(version);

  function WithHooks() {
    const [error] = useState<unknown>(11305);
    return <KusciaErrorAlert error={error} />;
  }
  render(<WithHooks />);
  expect(screen.getByRole('alert')).toHaveAttribute('data-source', 'kuscia');
});
