import type { KusciaCatalog, KusciaCatalogDefinition } from './catalog';
import type { KusciaJobTexts } from './job/texts';
import { isKusciaLocaleMessages } from './locale';
import { readProperty, safeIsArray } from './read';
import type { KusciaLocaleMessages } from './messages';
import type { KusciaLocale } from './types';

/*
 * What plugs in at run time: extra locales (a locale module registers itself when it is loaded) and extra
 * catalogues (`registerKusciaCatalog(secretpad)`). Neither is imported by the core, so an app carries only
 * what it loads.
 */

interface Registry {
  readonly locales: Map<KusciaLocale, KusciaLocaleMessages>;
  readonly jobTexts: Map<KusciaLocale, KusciaJobTexts>;
  readonly catalogs: Map<string, KusciaCatalog>;
  readonly definitions: Map<number, KusciaCatalogDefinition>;
}

// A registered symbol: the ESM and CJS builds of the kit, loaded side by side in one app, share one registry.
const KEY = Symbol.for('kuscia-error-kit.registry');

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  const existing = holder[KEY];
  if (existing) return existing;
  const created: Registry = {
    locales: new Map(),
    jobTexts: new Map(),
    catalogs: new Map(),
    definitions: new Map(),
  };
  holder[KEY] = created;
  return created;
}

/**
 * Makes a locale's text available to every `locale` tag that negotiates to it (`'zh'`, `'zh-Hans-CN'` …).
 * The locale modules call it when they load: `import 'kuscia-error-kit/locales/zh-CN'` is enough.
 */
export function registerKusciaLocale(messages: KusciaLocaleMessages): void {
  if (!isKusciaLocaleMessages(messages)) return;
  registry().locales.set(messages.locale, messages);
}

/**
 * Makes a locale's failed-job texts available to `KusciaJobAlert` and `describeKusciaJob` under that
 * locale's tags. Kept apart from `registerKusciaLocale` so that apps showing only error alerts never carry
 * them; the locale modules register both.
 */
export function registerKusciaJobTexts(locale: KusciaLocale, texts: KusciaJobTexts): void {
  if (typeof texts !== 'object' || typeof readProperty(texts, 'families') !== 'object') return;
  registry().jobTexts.set(locale, texts);
}

/** The registered failed-job texts of `locale`, if any. */
export function getRegisteredJobTexts(locale: KusciaLocale): KusciaJobTexts | undefined {
  return registry().jobTexts.get(locale);
}

/** The registered text of `locale`, if any. */
export function getRegisteredLocale(locale: KusciaLocale): KusciaLocaleMessages | undefined {
  return registry().locales.get(locale);
}

function isCatalog(value: unknown): value is KusciaCatalog {
  const texts = readProperty(value, 'texts');
  return (
    typeof readProperty(value, 'id') === 'string' &&
    safeIsArray(readProperty(value, 'definitions')) &&
    typeof texts === 'object' &&
    texts !== null
  );
}

/**
 * Plugs in an extra catalogue of codes, e.g. SecretPad's (`import { secretpad } from
 * 'kuscia-error-kit/secretpad'`): from then on `parseKusciaError` knows its codes and every text follows it.
 * Registering the same catalogue again changes nothing; Kuscia's own codes always keep their meaning.
 */
export function registerKusciaCatalog(catalog: KusciaCatalog): void {
  if (!isCatalog(catalog)) return;
  const { catalogs, definitions } = registry();
  if (catalogs.get(catalog.id) === catalog) return;
  catalogs.set(catalog.id, catalog);
  for (const definition of catalog.definitions) definitions.set(definition.code, definition);
}

/** The definition of `code` in a registered catalogue, if any. */
export function getRegisteredDefinition(code: number): KusciaCatalogDefinition | undefined {
  return registry().definitions.get(code);
}

/** A registered catalogue by its id. */
export function getRegisteredCatalog(id: string): KusciaCatalog | undefined {
  return registry().catalogs.get(id);
}
