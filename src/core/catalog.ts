import type { KusciaErrorReason } from './reason/types';
import type { KusciaErrorSeverity, KusciaErrorText } from './types';

/** One code of an extra catalogue, e.g. one of SecretPad's 9-digit codes. */
export interface KusciaCatalogDefinition {
  readonly code: number;
  /** Unique within the catalogue; SecretPad's is `<EnumClass>.<CONSTANT>`. */
  readonly key: string;
  /** The catalogue's id, e.g. `secretpad`. */
  readonly catalog: string;
  readonly category: string;
  readonly retryable: boolean;
  readonly severity: KusciaErrorSeverity;
}

/** What a catalogue reads from the server message of one of its codes. */
export interface KusciaCatalogReading {
  /** Values for the catalogue title's placeholders, e.g. `{ '0': '3' }`. */
  readonly values?: Readonly<Record<string, string>>;
  /** Kuscia's own message, embedded in the server message; the reason recognizer reads it. */
  readonly kusciaMessage?: string;
  /** A reason the catalogue recognises itself (an expired session, a lockout). */
  readonly reason?: KusciaErrorReason;
}

/** A set of codes that plugs into the kit with `registerKusciaCatalog`. */
export interface KusciaCatalog {
  /** Also the `source` of the failures its codes describe. */
  readonly id: string;
  readonly definitions: readonly KusciaCatalogDefinition[];
  /** Per locale tag, per code (as a string): the title (may hold `{0}`) and the next step. */
  readonly texts: { readonly [locale: string]: Readonly<Record<string, KusciaErrorText>> };
  /** Reads one failure's server message; never throws; `null` when it learns nothing. */
  readonly readMessage?: (code: number, message: string) => KusciaCatalogReading | null;
}
