/** Values for `{name}` placeholders; `null` and missing names leave the placeholder as it is. */
export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

/** Replaces `{name}` placeholders in a localized string: `Error code {code}` → `Error code 11305`. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? match : String(value);
  });
}

/** Splits a label such as `Error code {code}` around its placeholder, so the value can be styled apart. */
export function splitTemplate(
  template: string,
  name: string,
): readonly [before: string, after: string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + marker.length)];
}
