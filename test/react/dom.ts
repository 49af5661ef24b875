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

/**
 * Puts every original back and removes the document's shared live region (see `announcers`), which lives on
 * <body>, outside the containers Testing Library cleans up: left there, one test's "Copied" would answer the
 * next test's `getByRole('status')`.
 */
export function restoreDomStubs(): void {
  while (restorers.length > 0) restorers.pop()?.();
  removeAnnouncers();
}

/**
 * The document's shared polite live regions (`[data-kek-announcer]`, src/react/announce.ts), through which
 * every alert says "Copied". There is one at most; none before the first announcement.
 */
export function announcers(doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('[data-kek-announcer]')];
}

/** Whether `element` is a child of its document's <body> (outside every component's markup). */
export function isChildOfBody(element: Element): boolean {
  return element.parentElement === element.ownerDocument.body;
}

/** Removes the shared live regions; the kit makes a new one at the next announcement. */
export function removeAnnouncers(doc: Document = document): void {
  for (const region of announcers(doc)) region.remove();
}

/*
 * Readers of the components' DOM contract. The public contract includes data-part, data-variant, classes
 * (kek- or none with `unstyled`) and id references, and some checks are about markup that has no role (an
 * icon element that must not be there, an <img> that server text must never create). Only the DOM can answer those; every
 * other query in the tests goes by role and accessible name.
 */

/** The element with `data-part="name"` inside `root`, or null. */
export function part(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

/** The data-part of each of `root`'s own children, in order (null for a child that is no part). */
export function childPartNames(root: Element): (string | null)[] {
  return [...root.children].map((child) => child.getAttribute('data-part'));
}

/** Elements inside `root` that could be an icon: an icon part, an aria-hidden glyph, an svg, img or i. */
export function iconElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('[data-part="icon"], [aria-hidden], svg, img, i')];
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
