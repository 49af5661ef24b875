/**
 * Puts `text` on the clipboard: the async Clipboard API where the page may use it, else a hidden textarea
 * and `execCommand('copy')` (plain HTTP consoles, older embedded browsers). Resolves to whether it worked.
 */
export async function copyText(text: string, doc: Document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or document not focused: try the legacy path.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  try {
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only fallback where the Clipboard API is absent
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previousFocus?.focus();
  }
}
