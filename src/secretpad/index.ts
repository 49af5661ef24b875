import type { KusciaCatalog } from '../core/catalog';
import { secretpadDefinitions } from './definitions';
import { readSecretPadMessage } from './read-message';
import { secretpadTextsEnUS, secretpadTextsZhCN } from './texts';

/**
 * SecretPad's own error codes (202xxxxxx and the four ten-digit ones) as an extra catalogue: its 142
 * definitions, titles in SecretPad's own zh-CN and en-US wording with the kit's next steps, and a reader for
 * its `status.msg`. Titles: secretflow/secretpad, secretpad-common/src/main/resources/i18n/messages_*.properties
 * @ 128ccd37 (v0.12.0b0), Copyright 2023 Ant Group Co., Ltd., Apache License 2.0.
 */
export const secretpad: KusciaCatalog = {
  id: 'secretpad',
  definitions: secretpadDefinitions,
  texts: { 'zh-CN': secretpadTextsZhCN, 'en-US': secretpadTextsEnUS },
  readMessage: readSecretPadMessage,
};

export {
  getSecretPadDefinition,
  isSecretPadCode,
  secretpadCodes,
  secretpadDefinitions,
} from './definitions';
export type { SecretPadCode } from './definitions';
export { readSecretPadMessage } from './read-message';
export { secretpadTextsEnUS, secretpadTextsZhCN } from './texts';
