/*
 * One block per failure family, each with the real texts it is recognised from: texts users pasted in issues
 * (JOBS.md §3.4, verbatim) and Kuscia's format strings filled in (JOBS.md §2). Go `%q` texts are written with
 * String.raw, so `\n` and `\"` stay two characters as on the wire.
 */
import { describe, expect, it } from 'vitest';
import { explainKusciaJob } from '../../../src/core/job';
import { fixture, keysOf, party, queryBody, task } from './helpers';

/** A Failed job whose one task `psi` failed with `taskText`, with the given parties. */
function failedJob(taskText: string, ...parties: ReturnType<typeof party>[]): unknown {
  return queryBody({ tasks: [task('psi', 'Failed', taskText, parties)] });
}

/** A Failed job where `domain`'s party failed with `text` (the task text is the threshold summary). */
function partyFailed(domain: string, text: string): unknown {
  return failedJob(
    `The remaining no-failed party task counts 1 are less than the task success threshold 2. failed party[${domain}]`,
    party(domain, 'Failed', text),
  );
}

describe('imagePull', () => {
  it('reads a pull back-off in a Running job as stuck (the job never fails by itself)', () => {
    const explanation = explainKusciaJob(fixture('image-pull-stuck.json'));
    expect(explanation?.family).toBe('imagePull');
    expect(explanation?.stuck).toBe(true);
    expect(explanation?.restart).toBe('afterFix');
    const failure = explanation?.failures[0];
    expect(failure?.key).toBe('imagePull.stuck');
    expect(failure?.domainId).toBe('bob');
    expect(failure?.params).toEqual({
      reason: 'ImagePullBackOff',
      container: 'secretflow',
      image: 'secretflow/psi:1.2',
      domain: 'bob',
      task: 'psi',
      appImage: 'secretflow-image',
    });
    expect(failure?.message).toBe('Back-off pulling image "secretflow/psi:1.2"');
    expect(failure?.log).toBe('Back-off pulling image "secretflow/psi:1.2"');
    expect(failure?.partyState).toBe('Pending');
    expect(explanation?.warnings).toEqual([
      {
        kind: 'partyWaiting',
        taskId: 'job-pull-psi',
        alias: 'psi',
        domainId: 'bob',
        family: 'imagePull',
      },
    ]);
  });

  it('reads the same text in a Failed job as failed, not stuck', () => {
    const explanation = explainKusciaJob(fixture('image-pull-outranks-crash.json'));
    expect(explanation?.failures[0]?.key).toBe('imagePull.failed');
    expect(explanation?.stuck).toBe(false);
  });

  it.each([
    [
      String.raw`container[secretflow] waiting state reason: "ErrImageNeverPull", message: "Container image \"secretflow/psi:1.2\" is not present with pull policy of Never";`,
      'secretflow/psi:1.2',
    ],
    [
      String.raw`container[secretflow] waiting state reason: "ImageInspectError", message: "Failed to inspect image \"secretflow/psi:1.2\": rpc error: code = Unknown desc = image not known";`,
      'secretflow/psi:1.2',
    ],
    [
      String.raw`container[secretflow] waiting state reason: "InvalidImageName", message: "Failed to apply default image tag \"Secretflow/PSI\": couldn't parse image reference \"Secretflow/PSI\": invalid reference format: repository name must be lowercase";`,
      'Secretflow/PSI',
    ],
    [
      String.raw`container[secretflow] waiting state reason: "RegistryUnavailable", message: "image pull failed for secretflow/psi:1.2 because the registry is unavailable.";`,
      'secretflow/psi:1.2',
    ],
    [
      String.raw`container[secretflow] waiting state reason: "ErrImagePull", message: "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/secretflow/psi:1.2\": not found";`,
      'docker.io/secretflow/psi:1.2',
    ],
    [
      'terminate operation by plugin hook.image-security, detail-> image "secretflow/psi:1.2" ID mismatch, expected "sha256:1f2e", actual "sha256:9a8b";',
      'secretflow/psi:1.2',
    ],
  ])('reads the image from %s', (text, image) => {
    const explanation = explainKusciaJob(partyFailed('bob', text));
    expect(explanation?.family).toBe('imagePull');
    expect(explanation?.failures[0]?.params.image).toBe(image);
    expect(explanation?.failures[0]?.key).toBe('imagePull.failed');
  });

  it('reads a text quoted once more (as inside SecretPad log lines)', () => {
    const twice = String.raw`container[secretflow] waiting state reason: \"ImagePullBackOff\", message: \"Back-off pulling image \\\"secretflow/psi:1.2\\\"\";`;
    const explanation = explainKusciaJob(partyFailed('bob', twice));
    expect(explanation?.failures[0]?.params.image).toBe('secretflow/psi:1.2');
    expect(explanation?.failures[0]?.message).toBe('Back-off pulling image "secretflow/psi:1.2"');
  });
});

describe('configError', () => {
  it('reads the missing AppImage of secretflow/kuscia#426 under the retry wrapper', () => {
    const explanation = explainKusciaJob(fixture('appimage-426-not-found.json'));
    expect(keysOf(explanation)).toEqual(['configError.appImage bob']);
    expect(explanation?.failures[0]?.params).toEqual({
      appImage: 'secretflow-image',
      domain: 'bob',
      task: 'psi',
    });
    expect(explanation?.restart).toBe('afterFix');
  });

  it('reads the missing deploy template for a role', () => {
    const explanation = explainKusciaJob(
      failedJob(
        'KusciaTask failed after 3x retry, last error: failed to build domain bob kit info, failed to select appropriate deploy template from appImage "secretflow-image" for party bob/partner, not found deploy template for role "partner"',
      ),
    );
    expect(keysOf(explanation)).toEqual(['configError.template bob']);
    expect(explanation?.failures[0]?.params.role).toBe('partner');
  });

  it('reads port allocation failures', () => {
    const explanation = explainKusciaJob(
      failedJob(
        'KusciaTask failed after 3x retry, last error: allocated ports are not enough for domain bob',
      ),
    );
    expect(keysOf(explanation)).toEqual(['configError.ports bob']);
  });

  it('reads a task id taken by another job, which a restart cannot fix', () => {
    const explanation = explainKusciaJob(
      queryBody({
        err_msg:
          'Failed to create task job-1-psi because of a task with the same name already exists',
        tasks: [task('psi', 'Pending', '')],
      }),
    );
    expect(keysOf(explanation)).toEqual(['configError.duplicateTask -']);
    expect(explanation?.failures[0]?.params).toEqual({ task: 'job-1-psi' });
    expect(explanation?.restart).toBe('no');
  });

  it('reads the RunK provider denial and container set-up reasons', () => {
    const denied = explainKusciaJob(
      partyFailed(
        'bob',
        'Failed to apply pod. Request was denied. Checking host k8s validating admission webhook rules might be helpful, err detail: admission webhook "validate.kyverno.svc" denied the request;',
      ),
    );
    expect(keysOf(denied)).toEqual(['configError.admission bob']);
    const setup = explainKusciaJob(
      partyFailed(
        'bob',
        String.raw`container[secretflow] waiting state reason: "CreateContainerConfigError", message: "configmap \"psi-config\" not found";`,
      ),
    );
    expect(keysOf(setup)).toEqual(['configError.container bob']);
    expect(setup?.failures[0]?.message).toBe('configmap "psi-config" not found');
  });
});

describe('outOfMemory', () => {
  it('reads a container terminated as OOMKilled', () => {
    const explanation = explainKusciaJob(fixture('out-of-memory.json'));
    expect(keysOf(explanation)).toEqual(['outOfMemory alice']);
    expect(explanation?.failures[0]?.log).toBe(
      '2025-12-03 08:17:02 INFO load 120000000 rows\n2025-12-03 08:17:40 INFO join on id\n',
    );
    expect(explanation?.restart).toBe('afterFix');
  });

  it('reads the `last terminated state` form too', () => {
    const explanation = explainKusciaJob(
      partyFailed(
        'bob',
        String.raw`container[secretflow] last terminated state reason "OOMKilled", message: "killed\n"`,
      ),
    );
    expect(explanation?.family).toBe('outOfMemory');
  });
});

describe('insufficientResources', () => {
  it('reads the disk-pressure scheduler text of secretflow/kuscia#45', () => {
    const explanation = explainKusciaJob(fixture('scheduler-45-disk-pressure.json'));
    expect(keysOf(explanation)).toEqual([
      'insufficientResources.disk alice',
      'scheduleTimeout.lifecycle -',
    ]);
    expect(explanation?.failures[0]?.params.nodes).toBe('2');
    expect(explanation?.failures[0]?.message).toBe(
      '0/2 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling., reject the pod secretflow-task-20230727141300-single-psi-0 is unschedulable even after PostFilter.',
    );
  });

  it('reads the Insufficient cpu text of secretflow/scql#501 in a Running job as a warning', () => {
    const explanation = explainKusciaJob(fixture('scheduler-scql-501-insufficient-cpu.json'));
    expect(keysOf(explanation)).toEqual(['insufficientResources.cpu alice']);
    expect(explanation?.failures[0]?.params.resource).toBe('cpu');
    expect(explanation?.state).toBe('Running');
    expect(explanation?.stuck).toBe(false);
    expect(explanation?.warnings.map((warning) => warning.kind)).toEqual(['partyWaiting']);
  });

  it.each([
    [
      '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.;',
      'insufficientResources.memory bob',
    ],
    [
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.;',
      'insufficientResources.other bob',
    ],
    [
      'The node was low on resource: memory. Threshold quantity: 100Mi, available: 53Mi. Container secretflow was using 3Gi, which exceeds its request of 0.;',
      'insufficientResources.memory bob',
    ],
    [
      "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.;",
      'insufficientResources bob',
    ],
  ])('reads %s', (text, key) => {
    expect(keysOf(explainKusciaJob(partyFailed('bob', text)))).toEqual([key]);
  });

  it('reads the resource pre-checks: no free CPU and memory, or no node known', () => {
    expect(
      keysOf(
        explainKusciaJob(
          failedJob(
            'KusciaTask failed after 3x retry, last error: resource-check no node status available for domain bob',
          ),
        ),
      ),
    ).toEqual(['insufficientResources.cpuMemory bob']);
    expect(
      keysOf(
        explainKusciaJob(
          failedJob(
            'KusciaTask failed after 3x retry, last error: resource-check no node cache to bob',
          ),
        ),
      ),
    ).toEqual(['insufficientResources.nodeStatus bob']);
  });
});

describe('scheduleTimeout', () => {
  it('reads the lifecycle expiry, before the party waiting for its peers', () => {
    const explanation = explainKusciaJob(fixture('schedule-timeout.json'));
    expect(keysOf(explanation)).toEqual([
      'scheduleTimeout.lifecycle -',
      'scheduleTimeout.waiting alice',
    ]);
    expect(explanation?.failures[0]?.params).toEqual({ timeoutSeconds: '300', task: 'psi' });
    expect(explanation?.restart).toBe('yes');
  });

  it('reads TaskResourceGroup failures', () => {
    const explanation = explainKusciaJob(
      failedJob(
        'TaskResourcesReserved failed: The remaining no-failed parties count 1 is less than the schedulable threshold 2',
      ),
    );
    expect(keysOf(explanation)).toEqual(['scheduleTimeout.group -']);
    expect(explanation?.failures[0]?.params.detail).toBe(
      'TaskResourcesReserved failed: The remaining no-failed parties count 1 is less than the schedulable threshold 2',
    );
    // The Pending-path expiry: reasons without condition types, with a trailing comma.
    expect(
      keysOf(
        explainKusciaJob(
          failedJob(
            'The remaining no-failed parties count 1 is less than the schedulable threshold 2,',
          ),
        ),
      ),
    ).toEqual(['scheduleTimeout.group -']);
  });

  it('does not count a Running party merely waiting for its peers as failing', () => {
    const waiting =
      '0/1 nodes are available: waiting for task resource. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling., can not find related task resource.;';
    const body = queryBody({
      state: 'Running',
      tasks: [
        task('psi', 'Running', '', [party('alice', 'Pending', waiting), party('bob', 'Running')]),
      ],
    });
    expect(explainKusciaJob(body)).toBeNull();
  });
});

describe('partnerUnreachable', () => {
  it('reads the route pre-check', () => {
    const explanation = explainKusciaJob(fixture('cdr-check-unreachable.json'));
    expect(keysOf(explanation)).toEqual(['partnerUnreachable.route bob']);
    expect(explanation?.failures[0]?.params).toEqual({
      src: 'alice',
      dst: 'bob',
      routeReason: 'DestinationUnreachable',
      domain: 'bob',
      task: 'psi',
    });
    expect(explanation?.restart).toBe('afterFix');
  });

  it('reads back hyphenated Domains that Kuscia prints split on "-"', () => {
    const explanation = explainKusciaJob(fixture('cdr-check-hyphenated.json'));
    expect(explanation?.failures[0]?.params).toEqual({
      src: 'autonomy-alice',
      dst: 'autonomy-bob',
      routeReason: 'DestinationIsNotAuthrized',
      domain: 'autonomy-bob',
      task: 'psi',
    });
    expect(explanation?.failures[0]?.message).toBe(
      'KusciaTask failed after 3x retry, last error: cdr-check autonomy to alice failed with DestinationIsNotAuthrized',
    );
  });

  it('reads a connection error at the end of a log tail', () => {
    const explanation = explainKusciaJob(fixture('image-pull-outranks-crash.json'));
    const alice = explanation?.failures.find((failure) => failure.domainId === 'alice');
    expect(alice?.key).toBe('partnerUnreachable.log');
    expect(alice?.params.detail).toBe(
      'RuntimeError: Connect to bob failed: Connection refused (111)',
    );
    expect(alice?.alsoSeen).toEqual(['appCrash']);
  });

  it('reads the words in any case, also after a letter whose lower case is longer (İ)', () => {
    // The tail is scanned in lower case; U+0130 lower-cases to two code units, which would shift every
    // position after it and quote the wrong line.
    for (const [first, line] of [
      ['İ'.repeat(60), 'CONNECTION REFUSED'],
      ['I'.repeat(60), 'Connection Refused'],
    ] as const) {
      const log = String.raw`${first}\n${line}\nshutting down\n`;
      const text = `container[secretflow] terminated state reason "Error", message: "${log}"`;
      const explanation = explainKusciaJob(
        queryBody({ tasks: [task('psi', 'Failed', '', [party('alice', 'Failed', text)])] }),
      );
      expect(explanation?.failures[0]?.key).toBe('partnerUnreachable.log');
      expect(explanation?.failures[0]?.params.detail).toBe(line);
    }
  });

  it('reads a partner that could not create the job', () => {
    const created = explainKusciaJob(
      queryBody({ err_msg: 'create error', tasks: [task('psi', 'Pending', '')] }),
    );
    expect(keysOf(created)).toEqual(['partnerUnreachable.partner -']);
    const summary = explainKusciaJob(
      queryBody({
        err_msg: 'party[bob] job failed info: create error',
        tasks: [task('psi', 'Pending', '')],
      }),
    );
    expect(keysOf(summary)).toEqual(['partnerUnreachable.partner bob']);
    const stage = explainKusciaJob(
      queryBody({
        tasks: [task('psi', 'Pending', '')],
        stage_status_list: [
          { domain_id: 'alice', state: 'JobCreateStageSucceeded' },
          { domain_id: 'bob', state: 'JobCreateStageFailed' },
        ],
      }),
    );
    expect(keysOf(stage)).toEqual(['partnerUnreachable.partner bob']);
    expect(stage?.failures[0]?.params.stage).toBe('create');
  });
});

describe('dataError', () => {
  it('reads the missing file of secretflow/kuscia#260', () => {
    const explanation = explainKusciaJob(fixture('data-error-260.json'));
    expect(keysOf(explanation)).toEqual(['dataError.detail alice']);
    expect(explanation?.failures[0]?.message).toBe(
      "failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
    );
    expect(explanation?.alsoSeen).toEqual(['appCrash']);
  });

  it('reads the data words only near the end of the tail, not in start-up lines', () => {
    const startUp = Array.from({ length: 50 }, (_, index) => `INFO step ${index}`).join('\\n');
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "INFO load datasource ds-1\n${startUp}\nValueError: bad parameter"`;
    expect(keysOf(explainKusciaJob(partyFailed('bob', text)))).toEqual(['appCrash.detail bob']);
  });
});

describe('appCrash', () => {
  it('reads `python: not found` of secretflow/secretpad#254', () => {
    const explanation = explainKusciaJob(fixture('secretpad-254-python-not-found.json'));
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    expect(explanation?.failures[0]?.message).toBe('sh: 1: python: not found');
    expect(explanation?.failures[0]?.text).toBe(
      String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`,
    );
    expect(explanation?.restart).toBe('unknown');
  });

  it("quotes a data error without the log line's timestamp, level and location", () => {
    // The demo server's fail-data text: a Python logging line inside Go's %q.
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "2025-01-01 00:00:03,207\tERROR entry.py:75 -- read_data failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>\n"`;
    const explanation = explainKusciaJob(partyFailed('alice', text));
    expect(keysOf(explanation)).toEqual(['dataError.detail alice']);
    expect(explanation?.failures[0]?.params.detail).toBe(
      "read_data failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>",
    );
  });

  it('keeps the Ray shutdown tail of secretflow/kuscia#365 out of the title, and lists its last line', () => {
    const explanation = explainKusciaJob(fixture('query-365-old-threshold-crash.json'));
    // No line of that tail reads like an error: the title must not quote shutdown noise as the cause.
    expect(keysOf(explanation)).toEqual(['appCrash alice']);
    expect(explanation?.failures[0]?.message).toBe(
      '2024-07-05 02:39:12,591\tVINFO scripts.py:1023 -- Send termination request to …',
    );
  });

  it('shows the error line of a Python traceback, not the noise after it', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "  File \"/usr/local/lib/python3.10/site-packages/secretflow/device/device/pyu.py\", line 93, in __call__\n    return self._run(fn, *args, **kwargs)\nRuntimeError: PYU alice could not run psi\n2025-09-01 10:00:01 INFO shutting down\n"`;
    const explanation = explainKusciaJob(partyFailed('alice', text));
    expect(explanation?.failures[0]?.message).toBe('RuntimeError: PYU alice could not run psi');
  });

  it('reads pod messages only outside the log: an application may print anything', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "HTTPError: Request was denied by the model server
0/1 nodes are available: in our own log
"`;
    const explanation = explainKusciaJob(partyFailed('bob', text));
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    expect(explanation?.alsoSeen).toEqual([]);
  });

  it('reads every pod of a party: a crashed one and one that could not be scheduled', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found
",0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.;`;
    const explanation = explainKusciaJob(partyFailed('bob', text));
    expect(keysOf(explanation)).toEqual(['insufficientResources.memory bob']);
    expect(explanation?.failures[0]?.alsoSeen).toEqual(['appCrash']);
  });

  it('reads a crash loop', () => {
    const text = String.raw`container[secretflow] waiting state reason: "CrashLoopBackOff", message: "back-off 5m0s restarting failed container=secretflow pod=psi-0_bob(4b1c)";`;
    expect(keysOf(explainKusciaJob(partyFailed('bob', text)))).toEqual(['appCrash.backOff bob']);
  });
});

describe('platformError', () => {
  it.each([
    ['Does not find the pod;', 'platformError.podMissing bob'],
    [
      String.raw`container[secretflow] terminated state reason "ContainerStatusUnknown", message: "The container could not be located when the pod was terminated"`,
      'platformError bob',
    ],
  ])('reads the party text %s', (text, key) => {
    expect(keysOf(explainKusciaJob(partyFailed('bob', text)))).toEqual([key]);
  });

  it('reads task texts: unknown TaskResourceGroup phase, retries with no known cause, resource creation', () => {
    expect(
      keysOf(explainKusciaJob(failedJob('Task resource group status phase is unknown'))),
    ).toEqual(['platformError -']);
    const retried = explainKusciaJob(
      failedJob('KusciaTask failed after 3x retry, last error: etcdserver: request timed out'),
    );
    expect(keysOf(retried)).toEqual(['platformError.retries -']);
    expect(retried?.failures[0]?.params).toEqual({
      retries: '3',
      detail: 'etcdserver: request timed out',
      task: 'psi',
    });
    expect(
      keysOf(
        explainKusciaJob(
          failedJob(
            `KusciaTask failed after 3x retry, last error: failed to create resource for party 'bob/', failed to submit pod "psi-0", Internal error occurred`,
          ),
        ),
      ),
    ).toEqual(['platformError bob']);
  });
});

describe('partyThreshold', () => {
  it('stays a summary when the failed party is not visible (secretflow/kuscia#457, P2P)', () => {
    const explanation = explainKusciaJob(fixture('batch-457-threshold.json'));
    expect(explanation?.jobId).toBe('job-psi-457');
    // bob is named only by the summary; a batch body has no spec to confirm him as a Domain of the job.
    expect(keysOf(explanation)).toEqual(['partyThreshold.task -']);
    expect(explanation?.failures[0]?.params).toEqual({
      task: 'task1',
      party: 'bob',
      remaining: '1',
      threshold: '2',
      pending: '',
      running: 'alice',
      successful: '',
      failed: 'bob',
    });
    expect(explanation?.restart).toBe('unknown');
  });

  it('resolves `domain-role` keys of the old wording against the spec (secretflow/kuscia#391)', () => {
    const explanation = explainKusciaJob(fixture('query-391-p2p-blind-spot.json'));
    expect(keysOf(explanation)).toEqual(['partyThreshold.task bob']);
    expect(explanation?.failures[0]?.params.party).toBe('bob');
    expect(explanation?.failures[0]?.params.failed).toBe('bob-partner');
  });

  it('classifies the failed party itself when it has text (secretflow/kuscia#365)', () => {
    expect(keysOf(explainKusciaJob(fixture('query-365-old-threshold-crash.json')))).toEqual([
      'appCrash alice',
    ]);
  });

  it('stays a summary when the failed party is listed with no text', () => {
    const body = failedJob(
      'The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[alice], successful party[], failed party[bob]',
      party('alice', 'Failed', ''),
      party('bob', 'Failed', ''),
    );
    expect(keysOf(explainKusciaJob(body))).toEqual(['partyThreshold.task bob']);
  });

  it('matches keys longest-first against known Domains', () => {
    const body = queryBody(
      {
        tasks: [
          task(
            'psi',
            'Failed',
            'The remaining no-failed party task counts 1 are less than the task success threshold 2. failed party[bob-eu-partner]',
          ),
        ],
      },
      ['alice', 'bob', 'bob-eu'],
    );
    expect(keysOf(explainKusciaJob(body))).toEqual(['partyThreshold.task bob-eu']);
  });
});

describe('approvalRejected', () => {
  it('reads a rejection from approve_status_list', () => {
    const explanation = explainKusciaJob(fixture('approval-rejected.json'));
    expect(keysOf(explanation)).toEqual(['approvalRejected bob']);
    expect(explanation?.failures[0]?.params).toEqual({ by: 'bob' });
    expect(explanation?.restart).toBe('no');
  });

  it('reads the state alone when no party is named', () => {
    const explanation = explainKusciaJob({ job_id: 'job-1', status: { state: 'ApprovalReject' } });
    expect(keysOf(explanation)).toEqual(['approvalRejected -']);
  });
});

describe('userAction', () => {
  it('reads a stop, with the stopped tasks as consequences (secretflow/kuscia#422)', () => {
    const explanation = explainKusciaJob(fixture('stopped-422-collateral.json'));
    expect(keysOf(explanation)).toEqual(['userAction.stop alice', 'scheduleTimeout.waiting alice']);
    expect(explanation?.failures[0]?.params).toEqual({
      by: 'alice',
      action: 'stop',
      domain: 'alice',
    });
    expect(explanation?.failures[1]?.collateral).toBe(true);
    expect(explanation?.alsoSeen).toEqual([]);
    expect(explanation?.restart).toBe('yes');
  });

  it('reads a cancel (terminal) and a suspend (no text)', () => {
    const cancelled = explainKusciaJob(
      queryBody({ state: 'Cancelled', err_msg: 'Party: alice execute the cmd: Cancel.' }),
    );
    expect(keysOf(cancelled)).toEqual(['userAction.cancel alice']);
    expect(cancelled?.restart).toBe('no');
    const suspended = explainKusciaJob(queryBody({ state: 'Suspended' }));
    expect(keysOf(suspended)).toEqual(['userAction.suspend -']);
    expect(suspended?.restart).toBe('yes');
  });
});

describe('jobInvalid', () => {
  it('reads a job whose tasks were never created', () => {
    const explanation = explainKusciaJob(fixture('validation-failed.json'));
    expect(keysOf(explanation)).toEqual(['jobInvalid -']);
    expect(explanation?.restart).toBe('no');
  });

  it('reads the validation text when a wrapper carries it', () => {
    const explanation = explainKusciaJob(
      queryBody({
        err_msg:
          'KusciaJob failed after 3x retry, last error: validate failed: task psi has not exist dependency task join',
        tasks: [task('psi', 'Pending', '')],
      }),
    );
    expect(keysOf(explanation)).toEqual(['jobInvalid.detail -']);
    expect(explanation?.failures[0]?.params.detail).toBe(
      'validate failed: task psi has not exist dependency task join',
    );
  });
});

describe('unknown', () => {
  it('says so when a Failed task carries no text anywhere', () => {
    expect(keysOf(explainKusciaJob(failedJob('')))).toEqual(['unknown -']);
    // secretflow/kuscia#437: exit code 255 with an empty log leaves bob's party with no text at all.
    expect(keysOf(explainKusciaJob(failedJob('', party('bob', 'Failed'))))).toEqual([
      'unknown bob',
    ]);
  });

  it('keeps an unrecognised party text visible', () => {
    const explanation = explainKusciaJob(partyFailed('bob', 'something new went wrong;'));
    expect(keysOf(explanation)).toEqual(['unknown.unrecognized bob']);
    expect(explanation?.failures[0]?.message).toBe('something new went wrong');
  });

  it('names the restart when the stale restart note is all there is', () => {
    const explanation = explainKusciaJob(
      queryBody({ err_msg: 'This job is restarted by alice', tasks: [task('psi', 'Failed', '')] }),
    );
    expect(keysOf(explanation)).toEqual(['unknown.restarted -']);
    expect(explanation?.failures[0]?.params).toEqual({ task: 'psi', by: 'alice' });
    const onlyNote = explainKusciaJob(queryBody({ err_msg: 'This job is restarted by alice' }));
    expect(keysOf(onlyNote)).toEqual(['unknown.restarted alice']);
    expect(onlyNote?.failures[0]?.params).toEqual({ by: 'alice' });
  });
});
