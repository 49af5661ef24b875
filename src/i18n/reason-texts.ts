import type { KusciaLocaleMessages } from '../core/messages';
import { enUS } from '../locales/en-US/index';
import { enUSWithoutReasons } from '../locales/en-US/without-reasons';

/**
 * `messages` with the texts that describe a cause: the kit's default en-US comes without them, so that a
 * badge never carries them, and gets them here, which only what describes a cause imports. Any other
 * messages object is taken as it is: without reason texts, it describes failures by their code.
 */
export function withReasonTexts(messages: KusciaLocaleMessages): KusciaLocaleMessages {
  return messages === enUSWithoutReasons ? enUS : messages;
}
