import type { KusciaCatalogText } from '../core/catalog';
import type { SecretPadCode } from './definitions';
import { resolutionsEnUS } from './resolutions.en-US';
import { resolutionsZhCN } from './resolutions.zh-CN';
import { titlesWithoutValuesEnUS } from './titles-without-values.en-US';
import { titlesWithoutValuesZhCN } from './titles-without-values.zh-CN';
import { upstreamEnUS } from './upstream-texts.en-US';
import { upstreamZhCN } from './upstream-texts.zh-CN';

type ByCode = Readonly<Record<SecretPadCode, string>>;

/**
 * Pairs SecretPad's text (the title, `{0}` kept) with the kit's next step, and the kit's title for when the
 * message gives no value, per code as a string key.
 */
function join(
  titles: ByCode,
  resolutions: ByCode,
  withoutValues: Readonly<Partial<Record<SecretPadCode, string>>>,
): Readonly<Record<string, KusciaCatalogText>> {
  const texts: Record<string, KusciaCatalogText> = {};
  for (const key of Object.keys(titles)) {
    const code = Number(key) as SecretPadCode;
    const titleWithoutValues = withoutValues[code];
    texts[key] =
      titleWithoutValues === undefined
        ? { title: titles[code], resolution: resolutions[code] }
        : { title: titles[code], resolution: resolutions[code], titleWithoutValues };
  }
  return texts;
}

/** zh-CN: SecretPad's messages_zh_CN texts as titles, the kit's own resolutions. */
export const secretpadTextsZhCN: Readonly<Record<string, KusciaCatalogText>> = /* @__PURE__ */ join(
  upstreamZhCN,
  resolutionsZhCN,
  titlesWithoutValuesZhCN,
);

/** en-US: SecretPad's messages_en_US texts as titles, the kit's own resolutions. */
export const secretpadTextsEnUS: Readonly<Record<string, KusciaCatalogText>> = /* @__PURE__ */ join(
  upstreamEnUS,
  resolutionsEnUS,
  titlesWithoutValuesEnUS,
);
