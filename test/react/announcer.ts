/*
 * The kit says "Copied" through one polite live region per document (src/react/announce.ts), appended to
 * <body>. The jsdom tests find it as a screen reader does, by its role and its words.
 */
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { announcers, isChildOfBody } from './dom';

/**
 * Waits for the document's shared live region to say `words`, and checks that it is a polite status, the
 * only one, and a child of <body> rather than part of any alert.
 */
export async function findAnnouncement(words: string): Promise<HTMLElement> {
  const region = await screen.findByText(words, { selector: '[role="status"]' });
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(announcers()).toEqual([region]);
  expect(isChildOfBody(region)).toBe(true);
  return region;
}
