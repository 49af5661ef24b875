import { describe, expect, it, vi } from 'vitest';
import { rememberByText } from '../../../src/core/job/remember';

describe('rememberByText', () => {
  it('reads a text once while it is among the last ones read, null results included', () => {
    const read = vi.fn((text: string) => (text === 'none' ? null : text.length));
    const remembered = rememberByText(read, 2);
    expect(remembered('abc')).toBe(3);
    expect(remembered('abc')).toBe(3);
    expect(remembered('none')).toBeNull();
    expect(remembered('none')).toBeNull();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest text once full', () => {
    const read = vi.fn((text: string) => text.toUpperCase());
    const remembered = rememberByText(read, 2);
    remembered('a');
    remembered('b');
    remembered('c'); // 'a' goes
    remembered('b');
    expect(read).toHaveBeenCalledTimes(3);
    remembered('a');
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('keeps no text longer than 8192 characters', () => {
    const read = vi.fn((text: string) => text.length);
    const remembered = rememberByText(read);
    const long = 'x'.repeat(8193);
    remembered(long);
    remembered(long);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
