/*
 * Helpers of the Chromium tests: the two ways a console picks dark mode, real touch taps, clipboard
 * permission and Chrome's own accessibility tree, through the Chrome DevTools Protocol. (The axe helper is
 * test/axe.ts, shared with the jsdom tests.)
 */
import { expect } from 'vitest';
import { cdp } from 'vitest/browser';

/** The theme set-ups a console can have: the OS preference, and `data-theme` pinning either way. */
export const THEMES = {
  light: { attribute: undefined, media: 'light' },
  'dark (data-theme)': { attribute: 'dark', media: 'light' },
  'dark (prefers-color-scheme)': { attribute: undefined, media: 'dark' },
  'light (data-theme, dark OS)': { attribute: 'light', media: 'dark' },
} as const;
export type ThemeName = keyof typeof THEMES;

export async function setTheme(name: ThemeName): Promise<void> {
  const { attribute, media } = THEMES[name];
  if (attribute) document.documentElement.dataset.theme = attribute;
  else delete document.documentElement.dataset.theme;
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: media }],
  });
  expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(media === 'dark');
}

export async function resetTheme(): Promise<void> {
  delete document.documentElement.dataset.theme;
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
}

/** Where `element`'s centre is in the top-level page (the test runs in a scaled iframe). */
function pageCentre(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  const frame = window.frameElement?.getBoundingClientRect();
  const scale = frame ? frame.width / window.innerWidth : 1;
  return {
    x: (frame?.left ?? 0) + (box.left + box.width / 2) * scale,
    y: (frame?.top ?? 0) + (box.top + box.height / 2) * scale,
  };
}

/**
 * A real touch tap: Chromium gets touchStart/touchEnd from the DevTools Protocol and makes the pointer
 * events (pointerType "touch"), the focus and the click itself. (Vitest's userEvent has no tap.)
 */
export async function tap(element: Element): Promise<void> {
  const point = pageCentre(element);
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Lets the page read the clipboard (writing needs no grant once the page has focus). */
export async function grantClipboard(): Promise<void> {
  const { targetInfo } = (await cdp().send('Target.getTargetInfo')) as {
    targetInfo: { browserContextId?: string };
  };
  await cdp().send('Browser.grantPermissions', {
    permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
  });
}

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
}

/** The accessible names Chrome itself computed for every node with `role`, from its accessibility tree. */
export async function chromeAccessibleNames(role: string): Promise<string[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string }; childFrames?: unknown[] };
  };
  type FrameTree = { frame: { id: string }; childFrames?: FrameTree[] };
  const frames: string[] = [];
  const walk = (tree: FrameTree) => {
    frames.push(tree.frame.id);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree as FrameTree);
  const names: string[] = [];
  for (const frameId of frames) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as {
      nodes: AXNode[];
    };
    for (const node of nodes) if (node.role?.value === role) names.push(node.name?.value ?? '');
  }
  return names;
}
