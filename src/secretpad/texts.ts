import type { KusciaErrorText } from '../core/types';
import type { SecretPadCode } from './definitions';
import { resolutionsEnUS } from './resolutions.en-US';
import { resolutionsZhCN } from './resolutions.zh-CN';
import { upstreamEnUS } from './upstream-texts.en-US';
import { upstreamZhCN } from './upstream-texts.zh-CN';

type ByCode = Readonly<Record<SecretPadCode, string>>;

/** Pairs SecretPad's text (the title, `{0}` kept) with the kit's next step, per code as a string key. */
function join(titles: ByCode, resolutions: ByCode): Readonly<Record<string, KusciaErrorText>> {
  const texts: Record<string, KusciaErrorText> = {};
  for (const key of Object.keys(titles)) {
    const code = Number(key) as SecretPadCode;
    texts[key] = { title: titles[code], resolution: resolutions[code] };
  }
  return texts;
}

/** zh-CN: SecretPad's messages_zh_CN texts as titles, the kit's own resolutions. */
export const secretpadTextsZhCN: Readonly<Record<string, KusciaErrorText>> = /* @__PURE__ */ join(
  upstreamZhCN,
  resolutionsZhCN,
);

/** en-US: SecretPad's messages_en_US texts as titles, the kit's own resolutions. */
export const secretpadTextsEnUS: Readonly<Record<string, KusciaErrorText>> = /* @__PURE__ */ join(
  upstreamEnUS,
  resolutionsEnUS,
);
