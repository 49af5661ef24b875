import type { KusciaErrorCode } from './codes';
import type { KusciaGrpcCode } from './grpc';
import type { KusciaJobTextOverrides } from './job/texts';
import type { KusciaReasonTextOverrides, KusciaReasonTexts } from './reason/texts';
import type {
  KusciaErrorCategory,
  KusciaErrorSource,
  KusciaErrorText,
  KusciaLocale,
} from './types';

/**
 * Texts for failures that carry no Kuscia code. `{code}` and `{status}` are replaced with the
 * code and the HTTP status.
 */
export interface KusciaGenericTexts {
  /** A code the table does not know (a newer Kuscia, or a SecretPad code); names `{code}`. */
  readonly unknownCode: KusciaErrorText;
  /** Anything else that failed without a code, status or recognizable shape. */
  readonly unknown: KusciaErrorText;
  /** A success status whose body is no KusciaAPI answer (a proxy's login page, a cut-off body). */
  readonly invalidResponse: KusciaErrorText;
  /** The request never got an answer (offline, DNS, connection refused, CORS). */
  readonly network: KusciaErrorText;
  readonly timeout: KusciaErrorText;
  /** The request was cancelled by the page (navigation, unmount, a newer request). */
  readonly aborted: KusciaErrorText;
  /** KusciaAPI answers a missing or wrong `Token` header with 401 and an empty body. */
  readonly http401: KusciaErrorText;
  readonly http403: KusciaErrorText;
  readonly http404: KusciaErrorText;
  readonly http413: KusciaErrorText;
  readonly http429: KusciaErrorText;
  /** 502, 503, 504: a proxy or gateway in front of KusciaAPI could not reach it. */
  readonly httpGateway: KusciaErrorText;
  /** Any other 4xx; names `{status}`. */
  readonly http4xx: KusciaErrorText;
  /** Any other 5xx; names `{status}`. */
  readonly http5xx: KusciaErrorText;
  /** A status outside 400-599 that still failed; names `{status}`. */
  readonly httpOther: KusciaErrorText;
}

/** Every label the React components show or announce. No component holds its own text. */
export interface KusciaUiLabels {
  readonly retry: string;
  readonly dismiss: string;
  /** Offered when the session has expired (SecretPad's 202011602), given `onSignIn`. */
  readonly signIn: string;
  readonly copyDetails: string;
  /** Announced politely after "Copy details" succeeded. */
  readonly copied: string;
  /** Announced when the clipboard refused the copy. */
  readonly copyFailed: string;
  /** The disclosure button that shows the server's message. */
  readonly details: string;
  readonly documentation: string;
  /** Severity words, announced before the title. */
  readonly error: string;
  readonly warning: string;
  /** The badge's accessible name; must contain the visible code: `{code}`. */
  readonly codeBadge: string;
  /** Field names in the copied report and the details disclosure. */
  readonly fields: {
    readonly code: string;
    readonly key: string;
    readonly title: string;
    /** The code's own title, when the cause read from the message gave a more specific one. */
    readonly codeTitle: string;
    readonly serverMessage: string;
    readonly details: string;
    readonly httpStatus: string;
    readonly source: string;
    readonly time: string;
  };
  /** How each failure source is named in the details and the copied report. */
  readonly sources: Readonly<Record<KusciaErrorSource, string>>;
  /** Category names, for the catalogue and filters. */
  readonly categories: Readonly<Record<KusciaErrorCategory, string>>;
  /** "Retryable" / "Not retryable", for the catalogue. */
  readonly retryable: string;
  readonly notRetryable: string;
  /** Shown on a retired code, naming the current one: `{code}`. */
  readonly supersededBy: string;
}

/** All the text of one locale. Import one from `kuscia-error-kit/locales/<tag>`. */
export interface KusciaLocaleMessages {
  readonly locale: KusciaLocale;
  readonly codes: Readonly<Record<KusciaErrorCode, KusciaErrorText>>;
  readonly grpc: Readonly<Record<KusciaGrpcCode, KusciaErrorText>>;
  readonly generic: KusciaGenericTexts;
  readonly labels: KusciaUiLabels;
  /**
   * The causes read from server messages: titles and next steps, resource and field names. A locale without
   * them describes every failure by its code. The kit's built-in en-US adds them only where a cause is
   * described (alerts, `describeKusciaError`, field errors), so that a badge never carries them.
   */
  readonly reasons?: KusciaReasonTexts | undefined;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Overrides for one locale: per code (`{ 11305: { title } }`), per generic text, per UI label. */
export type KusciaLocaleOverrides = {
  readonly [code: number]: Partial<KusciaErrorText>;
  readonly generic?: { readonly [K in keyof KusciaGenericTexts]?: Partial<KusciaErrorText> };
  readonly labels?: DeepPartial<KusciaUiLabels>;
  /** Per reason text key (`notFound.named`, `fieldFormat.k3sName` …). */
  readonly reasons?: KusciaReasonTextOverrides;
  /** Per failed-job text key (`imagePull.stuck`, `partyThreshold.task` …). */
  readonly jobs?: KusciaJobTextOverrides;
};

/** Per-locale overrides, e.g. `{ 'en-US': { 11305: { title: 'Party missing' } } }`. */
export type KusciaMessageOverrides = { readonly [L in KusciaLocale]?: KusciaLocaleOverrides };
