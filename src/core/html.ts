import { toMessage } from './read';

/*
 * Plain text out of an HTML error page (a gateway's 502, an SSO login page): its words, never its markup.
 */

/** How much of an HTML page is read for its text: error pages put their words first. */
const MAX_HTML_SCAN = 16_384;

/** `html` without `<script>` and `<style>` elements, in one forward pass (a regex would backtrack). */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  const next = { '<script': -2, '<style': -2 };
  let kept = '';
  let from = 0;
  for (;;) {
    // Each opening tag is searched again only once the scan has passed it: linear overall.
    for (const tag of ['<script', '<style'] as const) {
      if (next[tag] !== -1 && next[tag] < from) next[tag] = lower.indexOf(tag, from);
    }
    const starts = [next['<script'], next['<style']].filter((at) => at !== -1);
    if (starts.length === 0) return kept + html.slice(from);
    const start = Math.min(...starts);
    const closing = start === next['<script'] ? '</script' : '</style';
    const end = lower.indexOf(closing, start);
    kept += `${html.slice(from, start)} `;
    const afterEnd = end === -1 ? -1 : lower.indexOf('>', end);
    if (afterEnd === -1) return kept;
    from = afterEnd + 1;
  }
}

/**
 * Plain text of an HTML error page: its `<title>`, else its text without tags, whitespace collapsed.
 * The patterns cannot cross a `<`, so a page full of unclosed tags costs linear time, not quadratic.
 */
export function htmlToText(html: string): string | null {
  const head = html.slice(0, MAX_HTML_SCAN);
  const title = /<title\b[^<>]*>([^<]*)/i.exec(head)?.[1];
  const text = title?.trim() ? title : withoutScripts(head).replace(/<[^<>]*>/g, ' ');
  return toMessage(decodeEntities(text).replace(/\s+/g, ' '), 300);
}

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#')) {
      const point =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : match;
    }
    return entities[name.toLowerCase()] ?? match;
  });
}

/** True when a body looks like an HTML document rather than JSON or plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(text);
}
