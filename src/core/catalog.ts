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

/** A catalogue's text for one of its codes. */
export interface KusciaCatalogText extends KusciaErrorText {
  /**
   * The title when the server message gave no value for its placeholders. Without it a placeholder at the
   * end goes with the separator before it (`Node create error: {0}` → `Node create error`); one inside the
   * sentence (`Login is locked, Please try again in {0} minutes`) needs a title of its own.
   */
  readonly titleWithoutValues?: string;
}

/** A set of codes that plugs into the kit with `registerKusciaCatalog`. */
export interface KusciaCatalog {
  /** Also the `source` of the failures its codes describe. */
  readonly id: string;
  readonly definitions: readonly KusciaCatalogDefinition[];
  /** Per locale tag, per code (as a string): the title (may hold `{0}`) and the next step. */
  readonly texts: { readonly [locale: string]: Readonly<Record<string, KusciaCatalogText>> };
  /** Reads one failure's server message; never throws; `null` when it learns nothing. */
  readonly readMessage?: (code: number, message: string) => KusciaCatalogReading | null;
}
