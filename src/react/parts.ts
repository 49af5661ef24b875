/** The props that mark one part of a component: its `data-part`, and its class unless unstyled. */
export interface PartProps {
  readonly className?: string;
  readonly 'data-part': string;
}

/**
 * Declares a component's parts once (as Zag's anatomy does): each part's `data-part` is its name, and its
 * class is `kek-<block>__<part>` plus any shared classes it lists. `unstyled` keeps `data-part` and drops
 * every class, so the markup stays the same.
 */
export function defineParts<const P extends string>(
  block: string,
  shared: Readonly<Record<P, string>>,
): (unstyled: boolean) => Readonly<Record<P, PartProps>> {
  const styled = {} as Record<P, PartProps>;
  const bare = {} as Record<P, PartProps>;
  for (const name of Object.keys(shared) as P[]) {
    const className = shared[name]
      ? `kek-${block}__${name} ${shared[name]}`
      : `kek-${block}__${name}`;
    styled[name] = { className, 'data-part': name };
    bare[name] = { 'data-part': name };
  }
  return (unstyled) => (unstyled ? bare : styled);
}

/** The root's class: the block's, then the caller's; only the caller's when unstyled. */
export function rootClassName(
  block: string,
  unstyled: boolean,
  className: string | undefined,
): string | undefined {
  if (unstyled) return className;
  return className ? `kek-${block} ${className}` : `kek-${block}`;
}
