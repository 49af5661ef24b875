/// <reference types="vite/client" />
/*
 * The theming table of the introduction, read from src/styles.css itself so it can never drift from the
 * stylesheet: every --kek-* custom property, where it is set, and its light and dark defaults.
 */
import stylesheet from '../../src/styles.css?raw';

interface Variable {
  name: string;
  light: string;
  dark: string;
  /** For component variables that are only read: what they fall back to. */
  fallback: string;
}

function splitLightDark(value: string): { light: string; dark: string } {
  const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  return pair ? { light: pair[1] ?? value, dark: pair[2] ?? value } : { light: value, dark: value };
}

/** The text from `from` up to the `)` that closes the enclosing var(): the fallback, nested var()s and all. */
function readFallback(css: string, from: number): string {
  let depth = 0;
  for (let i = from; i < css.length; i += 1) {
    const char = css[i];
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) return css.slice(from, i).trim();
      depth -= 1;
    }
  }
  return '';
}

function readVariables(css: string): { tokens: Variable[]; component: Variable[] } {
  const rootBlock = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const tokens = [...rootBlock.matchAll(/(--kek-[\w-]+):\s*([^;]+);/g)].map(
    ([, name = '', value = '']) => ({
      name,
      ...splitLightDark(value.trim()),
      fallback: '',
    }),
  );
  const known = new Set(tokens.map((token) => token.name));

  const component = new Map<string, Variable>();
  // Set on a component (e.g. `--kek-badge-text` on .kek-badge): overridable per instance.
  const outside = css.replace(/:root\s*\{[^}]*\}/, '');
  for (const [, name = '', value = ''] of outside.matchAll(/(--kek-[\w-]+):\s*([^;]+);/g)) {
    if (!known.has(name) && !component.has(name)) {
      component.set(name, { name, light: '', dark: '', fallback: value.trim() });
    }
  }
  // Only read (`var(--kek-alert-bg, var(--kek-color-error-bg, …))`): unset unless the app sets it.
  for (const match of css.matchAll(/var\((--kek-[\w-]+),\s*/g)) {
    const name = match[1] ?? '';
    if (known.has(name) || component.has(name)) continue;
    const fallback = readFallback(css, match.index + match[0].length);
    component.set(name, { name, light: '', dark: '', fallback });
  }
  return {
    tokens,
    component: [...component.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const isColour = (value: string) => /^#|^rgb|^hsl/.test(value);

function Swatch({ value }: { value: string }) {
  if (value.startsWith('url("data:image/svg'))
    return <code>url(…) (an SVG glyph, used as a mask)</code>;
  if (!isColour(value)) return <code>{value}</code>;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 14,
          height: 14,
          border: '1px solid #8c8c8c',
          borderRadius: 3,
          background: value,
        }}
      />
      <code>{value}</code>
    </span>
  );
}

/** The design tokens: set on :root, each colour a light-dark() pair. */
export function ThemingTokens() {
  const { tokens } = readVariables(stylesheet);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <Swatch value={token.light} />
            </td>
            <td>{token.dark === token.light ? '(same)' : <Swatch value={token.dark} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per-component variables: unset by default, each falling back to a token. */
export function ThemingComponentVariables() {
  const { component } = readVariables(stylesheet);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Default / falls back to</th>
        </tr>
      </thead>
      <tbody>
        {component.map((variable) => (
          <tr key={variable.name}>
            <th scope="row">
              <code>{variable.name}</code>
            </th>
            <td>
              <code>{variable.fallback}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
