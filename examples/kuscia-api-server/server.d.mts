/**
 * Types for `server.mjs`, for TypeScript callers (tests, the end-to-end harness). The implementation is
 * plain JavaScript, checked with JSDoc; keep the two in step.
 */
import type { Server } from 'node:http';

/** The token expected when none is configured: a printed development default, never a secret. */
export declare const DEFAULT_TOKEN: string;

/** How long a created job stays in each state before moving on. */
export interface JobTimings {
  readonly pendingMs: number;
  readonly runningMs: number;
}

/** One second `Pending`, three `Running`. */
export declare const DEFAULT_JOB_TIMINGS: JobTimings;

/** Ten seconds, KusciaAPI's: a job watch with no event for this long gets a heartbeat `{"type":4}`. */
export declare const DEFAULT_WATCH_HEARTBEAT_MS: number;

/** Whose backend the server plays: KusciaAPI itself, or SecretPad's backend in front of it. */
export type Flavour = 'kuscia' | 'secretpad';

/** The failure switches (see `switches.mjs`); `GET /admin/switches` answers this object. */
export interface Switches {
  /** Every API call answers 11103, as a Lite node that cannot reach its Master. */
  masterUnreachable: boolean;
  /** Every API response is held back this long, in milliseconds (0 to 600000). */
  latencyMs: number;
  /** Every API call answers HTTP 502 with a gateway's HTML page. */
  gateway502: boolean;
  /**
   * The next write that updates an object just read (domain update; job stop, approve, suspend, restart,
   * cancel) fails once with Kubernetes' Conflict text under that call's code; the switch then turns off.
   */
  updateConflict: boolean;
  /**
   * The configured token stops working: HTTP 401 with an empty body (Kuscia flavour), or 202011602
   * `…login is expire, please login again.` (SecretPad flavour).
   */
  tokenExpired: boolean;
  /** Whose envelopes the API answers with. Not a failure: a reset goes back to the start-up flavour. */
  flavour: Flavour;
}

export interface KusciaApiServerOptions {
  /** The expected `Token` header. Default {@link DEFAULT_TOKEN}. */
  token?: string | undefined;
  /** Default `127.0.0.1`. */
  host?: string | undefined;
  /** Default 0: a free port, read back from `url`. */
  port?: number | undefined;
  masterUnreachable?: boolean | undefined;
  latencyMs?: number | undefined;
  gateway502?: boolean | undefined;
  updateConflict?: boolean | undefined;
  tokenExpired?: boolean | undefined;
  /** Default `kuscia`. */
  flavour?: Flavour | undefined;
  /** Default {@link DEFAULT_JOB_TIMINGS}. */
  jobTimings?: JobTimings | undefined;
  /** The clock jobs progress by, in epoch milliseconds. Default `Date.now`; tests pass a manual one. */
  now?: (() => number) | undefined;
  /** How long a job watch stays quiet before a heartbeat. Default {@link DEFAULT_WATCH_HEARTBEAT_MS}. */
  watchHeartbeatMs?: number | undefined;
}

/** A resource as KusciaAPI shows it: snake_case fields. */
export type ResourceRecord = Record<string, unknown>;

/** The server's resources, by kind. Namespaced kinds are keyed by domain id, then by resource id. */
export interface KusciaApiState {
  readonly domains: Map<string, ResourceRecord>;
  /** By route name, `<source>-<destination>`. */
  readonly routes: Map<string, ResourceRecord>;
  readonly domainData: Map<string, Map<string, ResourceRecord>>;
  readonly dataSources: Map<string, Map<string, ResourceRecord>>;
  readonly jobs: Map<string, ResourceRecord>;
}

export interface RunningKusciaApiServer {
  readonly server: Server;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly token: string;
  readonly state: KusciaApiState;
  /** Live: assigning to it changes the server's behaviour at once. */
  readonly switches: Switches;
  /** What `POST /admin/reset` does: forget every resource, turn every failure switch off. */
  reset(): void;
  /** Stops listening and drops open connections (and responses held back by `latencyMs`). Idempotent. */
  close(): Promise<void>;
}

/** Starts a KusciaAPI-compatible server; resolves once it listens. Throws a `TypeError` for bad options. */
export declare function createKusciaApiServer(
  options?: KusciaApiServerOptions,
): Promise<RunningKusciaApiServer>;
