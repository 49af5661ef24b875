import type { KusciaJobFailureFamily, KusciaJobRestartVerdict } from './types';

/**
 * Precedence when several causes are visible (JOBS.md §6.3): a person's decision explains the end state
 * better than any collateral text; a party that never started (image, memory, resources, set-up) makes the
 * other parties' applications fail on the missing peer, so it outranks their crashes; summaries
 * (scheduling, the party threshold) win only when nothing more specific is visible.
 */
export const KUSCIA_JOB_FAMILY_PRECEDENCE: readonly KusciaJobFailureFamily[] = [
  'approvalRejected',
  'userAction',
  'imagePull',
  'outOfMemory',
  'insufficientResources',
  'configError',
  'partnerUnreachable',
  'dataError',
  'appCrash',
  'platformError',
  'scheduleTimeout',
  'partyThreshold',
  'jobInvalid',
  'unknown',
];

const ranks: Readonly<Record<KusciaJobFailureFamily, number>> = {
  approvalRejected: 0,
  userAction: 1,
  imagePull: 2,
  outOfMemory: 3,
  insufficientResources: 4,
  configError: 5,
  partnerUnreachable: 6,
  dataError: 7,
  appCrash: 8,
  platformError: 9,
  scheduleTimeout: 10,
  partyThreshold: 11,
  jobInvalid: 12,
  unknown: 13,
};

/** Lower is more important (the index in `KUSCIA_JOB_FAMILY_PRECEDENCE`; a test keeps the two in step). */
export function familyRank(family: KusciaJobFailureFamily): number {
  return ranks[family];
}

/** Job states after which RestartJob answers 11211 whatever the cause. */
const terminalForRestart = new Set(['ApprovalReject', 'Cancelled']);

/**
 * Whether RestartJob can help (JOBS.md §6.2). RestartJob accepts only Failed and Suspended jobs; a Running
 * job stuck on an image pull must be stopped first (it then becomes Failed), which the texts say.
 */
export function restartVerdict(
  family: KusciaJobFailureFamily,
  variant: string | null,
  state: string | null,
): KusciaJobRestartVerdict {
  if (state !== null && terminalForRestart.has(state)) return 'no';
  switch (family) {
    case 'approvalRejected':
    case 'jobInvalid':
      // A rejected job is terminal; a job that failed validation ignores RestartJob (it answers 0 anyway).
      return 'no';
    case 'userAction':
      if (variant === 'cancel') return 'no';
      return variant === 'stopped' ? 'unknown' : 'yes';
    case 'configError':
      // Task ids are global: the same job would collide again.
      return variant === 'duplicateTask' ? 'no' : 'afterFix';
    case 'imagePull':
    case 'outOfMemory':
    case 'insufficientResources':
    case 'partnerUnreachable':
    case 'dataError':
      return 'afterFix';
    case 'scheduleTimeout':
    case 'platformError':
      return 'yes';
    case 'appCrash':
    case 'partyThreshold':
    case 'unknown':
      return 'unknown';
  }
}
