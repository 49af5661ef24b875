// Calibration: the exact HTML the kit's component renders (server-rendered in Node from the built package),
// re-created here with bare `createElement` calls: same elements, attributes and text, but no component, hooks,
// parsing or localization. The gap between this row and the component's row is the component's own cost; the
// gap between this row and the baseline is the cost of the markup itself.
import { Fragment, createElement as h } from 'react';
import { installHarness } from './harness.mjs';

/** @typedef {{ tag: string, props: Record<string, unknown>, children: (Tree | string)[] }} Tree */

const ID_PREFIX = 'kekbench-';

/** @param {string} css @returns {Record<string, string>} */
function styleObject(css) {
  /** @type {Record<string, string>} */
  const style = {};
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const name = declaration.slice(0, colon).trim();
    style[name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = declaration
      .slice(colon + 1)
      .trim();
  }
  return style;
}

/** @param {Element} element @returns {Tree} */
function toTree(element) {
  /** @type {Record<string, unknown>} */
  const props = {};
  for (const { name, value } of element.attributes) {
    if (name === 'class') props.className = value;
    else if (name === 'style') props.style = styleObject(value);
    else if (name === 'hidden') props.hidden = true;
    else if (name === 'tabindex') props.tabIndex = Number(value);
    else props[name] = value;
  }
  const children = [...element.childNodes].flatMap((node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? [toTree(/** @type {Element} */ (node))]
      : node.nodeType === Node.TEXT_NODE
        ? [node.textContent ?? '']
        : [],
  );
  return { tag: element.localName, props, children };
}

/**
 * Parses server-rendered HTML once and returns a function that builds it as React elements, with
 * the `useId` prefix made unique per key as `useId` would.
 * @param {string} html
 * @returns {(key: number) => import('react').ReactElement}
 */
export function markupFactory(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const trees = [...template.content.children].map(toTree);
  /** @param {Tree} tree @param {string} idPrefix @param {number} [key] @returns {import('react').ReactElement} */
  const build = (tree, idPrefix, key) => {
    /** @type {Record<string, unknown>} */
    const props = key === undefined ? {} : { key };
    for (const [name, value] of Object.entries(tree.props)) {
      props[name] =
        typeof value === 'string' && value.includes(ID_PREFIX)
          ? value.replaceAll(ID_PREFIX, idPrefix)
          : value;
    }
    return h(
      tree.tag,
      props,
      ...tree.children.map((child) => (typeof child === 'string' ? child : build(child, idPrefix))),
    );
  };
  return (key) => {
    const idPrefix = `k${key}-`;
    return trees.length === 1 && trees[0]
      ? build(trees[0], idPrefix, key)
      : h(Fragment, { key }, ...trees.map((tree) => build(tree, idPrefix)));
  };
}

export { ID_PREFIX };

/**
 * Installs the harness for a calibration page: each item renders `pick(item)`'s HTML rebuilt as elements (each
 * row's HTML is parsed once, on first use, so the warm-up runs absorb it).
 * @param {(item: import('./harness.mjs').Item) => string} pick
 */
export function installKitMarkup(pick) {
  /** @type {Map<number, (key: number) => import('react').ReactElement>} */
  const factories = new Map();
  installHarness((items) =>
    items.map((item) => {
      let factory = factories.get(item.code);
      if (!factory) {
        factory = markupFactory(pick(item));
        factories.set(item.code, factory);
      }
      return factory(item.key);
    }),
  );
}
