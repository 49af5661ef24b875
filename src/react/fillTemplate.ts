/** Splits a label such as `Error code {code}` around its placeholder, so the value can be styled apart. */
export function splitTemplate(
  template: string,
  name: string,
): readonly [before: string, after: string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + marker.length)];
}

/** Replaces `{name}` placeholders with values. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
