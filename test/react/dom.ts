/*
 * Stubs of browser APIs the jsdom tests replace for one test at a time. `restoreDomStubs` (called after each
 * test by the files that use them) puts every original back, also when a test failed half-way.
 */
const restorers: (() => void)[] = [];

function replaceProperty(target: object, key: PropertyKey, value: unknown): void {
  const previous = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  restorers.push(() => {
    if (previous) Object.defineProperty(target, key, previous);
    else Reflect.deleteProperty(target, key);
  });
}

/**
 * Replaces `navigator.clipboard` with `{ writeText }` (or removes the API with `undefined`). Call it after
 * `userEvent.setup()`, which installs a clipboard stub of its own.
 */
export function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  replaceProperty(navigator, 'clipboard', writeText ? { writeText } : undefined);
}

/** Replaces `document.execCommand`, the legacy copy path. */
export function stubExecCommand(execCommand: (command: string) => boolean): void {
  replaceProperty(document, 'execCommand', execCommand);
}

/**
 * Expected render errors (a component throwing into an error boundary) are also reported by React 18 as
 * uncaught window errors, which jsdom prints. Marks them handled for the rest of the test.
 */
export function expectRenderErrors(): void {
  const handled = (event: ErrorEvent) => {
    event.preventDefault();
  };
  window.addEventListener('error', handled);
  restorers.push(() => {
    window.removeEventListener('error', handled);
  });
}

export function restoreDomStubs(): void {
  while (restorers.length > 0) restorers.pop()?.();
}

/*
 * Readers of the components' DOM contract. The public contract includes data-part, data-variant, classes
 * (kek- or none with `unstyled`) and id references, and some checks are about markup that has no role (an
 * aria-hidden icon, an <img> that server text must never create). Only the DOM can answer those; every
 * other query in the tests goes by role and accessible name.
 */

/** The element with `data-part="name"` inside `root`, or null. */
export function part(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

/** Every data-part inside `root`, in document order. */
export function partNames(root: ParentNode): (string | null)[] {
  return [...root.querySelectorAll('[data-part]')].map((node) => node.getAttribute('data-part'));
}

/** The alert's root element (the one carrying data-variant), also when it has no role. */
export function alertRoot(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('[data-variant]');
}

/** `root` and its descendants that have a non-empty class attribute. */
export function classedElements(root: Element): Element[] {
  return [root, ...root.querySelectorAll('[class]')].filter((node) => node.getAttribute('class'));
}

/** Elements that hostile server text could create if it were ever treated as markup. */
export function injectedElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('img, script, iframe, svg image')];
}

/** The elements an id-reference attribute (aria-controls, aria-describedby …) points at; null where missing. */
export function referencedElements(element: Element, attribute: string): (HTMLElement | null)[] {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => element.ownerDocument.getElementById(id));
}

/** Every element inside `root` that references others by id. */
export function idReferencingElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')];
}

/** The hidden textarea of the legacy copy path, while it exists. */
export function copyTextarea(): HTMLTextAreaElement | null {
  return document.querySelector('textarea');
}
