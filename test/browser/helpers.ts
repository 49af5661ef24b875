/*
 * Helpers of the Chromium tests: the two ways a console picks dark mode, real touch taps, clipboard
 * permission and Chrome's own accessibility tree, through the Chrome DevTools Protocol, and what a real
 * screenshot shows. (The axe helper is test/axe.ts, shared with the jsdom tests.)
 */
import { expect } from 'vitest';
import { cdp, page } from 'vitest/browser';

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
  description?: { value?: string };
}

/** The accessible names Chrome itself computed for every node with `role`, from its accessibility tree. */
export async function chromeAccessibleNames(role: string): Promise<string[]> {
  return (await chromeAccessibleNodes(role)).map((node) => node.name);
}

/** The accessible name and description Chrome computed for every node with `role`. */
export async function chromeAccessibleNodes(
  role: string,
): Promise<{ name: string; description: string }[]> {
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
  const found: { name: string; description: string }[] = [];
  for (const frameId of frames) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as {
      nodes: AXNode[];
    };
    for (const node of nodes) {
      if (node.role?.value === role) {
        found.push({ name: node.name?.value ?? '', description: node.description?.value ?? '' });
      }
    }
  }
  return found;
}

/** `colour` (any CSS colour, e.g. `var(--kek-color-error-icon)`) as Chrome resolves it inside `element`. */
export function resolveColour(element: Element, colour: string): [number, number, number] {
  const probe = element.ownerDocument.createElement('span');
  probe.style.color = colour;
  element.append(probe);
  const rgb = getComputedStyle(probe).color.match(/\d+/g)?.map(Number) ?? [];
  probe.remove();
  const [red = NaN, green = NaN, blue = NaN] = rgb;
  return [red, green, blue];
}

/** Where pixels of one colour are painted in an element, in CSS px from its top left corner. */
export interface PaintedBox {
  readonly pixels: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Takes a real screenshot of `element` and finds the pixels painted in `colour` (within a small tolerance
 * for anti-aliasing): how many, and the box around them. What a sighted user sees, whatever CSS drew it.
 */
export async function paintedBox(
  element: Element,
  colour: readonly [number, number, number],
): Promise<PaintedBox> {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  // The test page is a scaled iframe: screenshot pixels are not CSS pixels.
  const scale = width / element.getBoundingClientRect().width;
  const box = { pixels: 0, left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const near = colour.every(
        (value, channel) => Math.abs((data[at + channel] ?? 0) - value) <= 8,
      );
      if (!near) continue;
      box.pixels += 1;
      box.left = Math.min(box.left, x / scale);
      box.right = Math.max(box.right, (x + 1) / scale);
      box.top = Math.min(box.top, y / scale);
      box.bottom = Math.max(box.bottom, (y + 1) / scale);
    }
  }
  return box;
}
