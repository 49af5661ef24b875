import { readKusciaReason } from './reason/read';
import type { KusciaErrorReason } from './reason/types';
import { getRegisteredCatalog, getRegisteredDefinition } from './registry';
import type { KusciaErrorSource } from './types';

/**
 * The cause named by a failure's server message: Kuscia's own message, or the Kuscia message that a
 * catalogue (SecretPad) finds inside its own text, or a reason the catalogue recognises itself.
 */
export function readCause(
  source: KusciaErrorSource,
  code: number | null,
  serverMessage: string | null,
): KusciaErrorReason | null {
  if (serverMessage === null) return null;
  if (source === 'kuscia') return readKusciaReason(serverMessage, code);
  const catalog = code === null ? undefined : getRegisteredCatalog(source);
  // SecretPad's answer with a code no registered catalogue defines (its catalogue not imported, a newer
  // code, a gRPC code it folded in): Kuscia's message may still be inside its text.
  if (
    source === 'secretpad' &&
    (code === null || !catalog || getRegisteredDefinition(code)?.catalog !== source)
  ) {
    return readKusciaReason(serverMessage, code);
  }
  if (!catalog?.readMessage || code === null) return null;
  try {
    const reading = catalog.readMessage(code, serverMessage);
    if (reading?.reason) return reading.reason;
    return reading?.kusciaMessage ? readKusciaReason(reading.kusciaMessage, null) : null;
  } catch {
    return null;
  }
}
