import { readFileSync } from 'node:fs';

/*
 * SecretPad's catalogs, read from the byte-for-byte copies in test/fixtures/secretpad (see its README).
 * Java's Properties format has escapes, continuations and `:` separators; these files use none of them,
 * which `readCatalog` checks, so splitting at the first `=` gives exactly what Java reads.
 */
export type ServerLanguage = 'zh' | 'en';

const FILES: Readonly<Record<ServerLanguage, string>> = {
  zh: 'messages_zh_CN.properties',
  en: 'messages_en_US.properties',
};

export function readCatalogFile(language: ServerLanguage): string {
  return readFileSync(new URL(`../fixtures/secretpad/${FILES[language]}`, import.meta.url), 'utf8');
}

/** `<category>.<CONSTANT>` → text, in file order. */
export function readCatalog(language: ServerLanguage): ReadonlyMap<string, string> {
  const text = readCatalogFile(language);
  if (text.includes('\r') || text.includes('\\')) {
    throw new Error(`${FILES[language]}: CR or backslash; the plain split below would misread it`);
  }
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    const key = line.slice(0, at);
    if (at <= 0 || !/^[A-Za-z_]+\.[A-Z0-9_]+$/.test(key)) {
      throw new Error(`${FILES[language]}: unexpected line ${JSON.stringify(line)}`);
    }
    if (entries.has(key)) throw new Error(`${FILES[language]}: ${key} twice`);
    entries.set(key, line.slice(at + 1));
  }
  return entries;
}

/** The catalog key of a definition: the enum's i18n prefix (its category) and the constant. */
export function catalogKeyOf(definition: { key: string; category: string }): string {
  return `${definition.category}.${definition.key.slice(definition.key.indexOf('.') + 1)}`;
}
