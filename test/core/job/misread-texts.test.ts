/*
 * Results an outside probe found wrong, each with the text it was found with (fixtures named in
 * `test/fixtures/jobs/README.md`, or Kuscia's format strings filled in). A wrong guess is worse than
 * `unknown`: each test pins what the text does say, and no more.
 */
import { describe, expect, it } from 'vitest';
import { describeKusciaJob, explainKusciaJob } from '../../../src/core/job';
import { jobs as enUS } from '../../../src/locales/en-US/jobs';
import { jobs as zhCN } from '../../../src/locales/zh-CN/jobs';
import { fixture, fixtureText, keysOf, party, queryBody, task } from './helpers';

function describedBoth(input: unknown): { en: string[]; zh: string[] } {
  const explanation = explainKusciaJob(input);
  if (explanation === null) throw new Error('expected a failing job');
  const en = describeKusciaJob(explanation, enUS);
  const zh = describeKusciaJob(explanation, zhCN);
  return { en: [en.title, en.resolution], zh: [zh.title, zh.resolution] };
}

/** A Failed job whose task `psi` failed on alice's party with `text`. */
function aliceFailed(text: string): unknown {
  return queryBody({ tasks: [task('psi', 'Failed', '', [party('alice', 'Failed', text)])] });
}

describe('CreateContainerError reads its message', () => {
  it.each([
    ['create-container-1023-deadline.json', 'context deadline exceeded'],
    [
      'create-container-878-name-reserved.json',
      'failed to reserve container name "secretflow_t-0_alice_9e13_0": name "secretflow_t-0_alice_9e13_0" is reserved for "f067ab4d"',
    ],
  ])('%s: a container runtime fault, not the deploy template', (name, message) => {
    const explanation = explainKusciaJob(fixture(name));
    expect(keysOf(explanation)).toEqual(['platformError.runtime alice']);
    expect(explanation?.failures[0]?.message).toBe(message);
    expect(explanation?.restart).toBe('yes');
    expect(describedBoth(fixture(name))).toEqual({
      en: [
        "alice's node could not create the container “secretflow” (CreateContainerError)",
        "The container runtime of alice's node reported the message below. A timeout or a container name still held by an earlier attempt passes by itself: check that the node is healthy (`kubectl describe node`: load, disk, container runtime), then restart the job.",
      ],
      zh: [
        'alice 的机器无法创建容器“secretflow”（CreateContainerError）',
        'alice 机器上的容器运行时报告了下方错误。超时或容器名仍被上一次尝试占用属于暂时性问题：请确认机器运行正常（`kubectl describe node`：负载、磁盘、容器运行时），然后重跑任务。',
      ],
    });
  });

  it('keeps a message that names a part of the spec (a mount path) a set-up error', () => {
    const explanation = explainKusciaJob(
      aliceFailed(
        String.raw`container[secretflow] waiting state reason: "CreateContainerError", message: "failed to generate container \"c1\" spec: failed to generate spec: failed to stat \"/home/kuscia/var/storage/data\": no such file or directory";`,
      ),
    );
    expect(keysOf(explanation)).toEqual(['configError.container alice']);
    expect(explanation?.restart).toBe('afterFix');
  });

  it('reads a full disk as the node short of disk space', () => {
    const explanation = explainKusciaJob(
      aliceFailed(
        String.raw`container[secretflow] waiting state reason: "CreateContainerError", message: "failed to create containerd container: mkdir /home/kuscia/containerd/root/snapshots/42: no space left on device";`,
      ),
    );
    expect(keysOf(explanation)).toEqual(['insufficientResources.disk alice']);
    expect(explanation?.failures[0]?.params.resource).toBe('disk');
    expect(explanation?.restart).toBe('afterFix');
  });
});

describe('a namespace quota refusing the pod', () => {
  it('is the Domain out of quota, not Kuscia losing track of the task', () => {
    const explanation = explainKusciaJob(fixture('quota-resource-limitation.json'));
    expect(keysOf(explanation)).toEqual(['insufficientResources.quota alice']);
    expect(explanation?.failures[0]?.params).toEqual({
      quota: 'resource-limitation',
      detail: 'requested: pods=1, used: pods=10, limited: pods=10',
      domain: 'alice',
      task: 'psi',
    });
    expect(explanation?.restart).toBe('afterFix');
    expect(describedBoth(fixture('quota-resource-limitation.json'))).toEqual({
      en: [
        'alice has used up its resource quota “resource-limitation”',
        "Kubernetes refused the task's pod because alice's namespace quota is used up (requested: pods=1, used: pods=10, limited: pods=10). Wait for or stop other jobs of alice, or ask its operator to raise the quota, then restart the job.",
      ],
      zh: [
        'alice 的资源配额“resource-limitation”已用完',
        'alice 的命名空间资源配额已用完，Kubernetes 拒绝创建子任务的 Pod（requested: pods=1, used: pods=10, limited: pods=10）。请等待或停止 alice 的其他任务，或请其运维人员调高配额，然后重跑任务。',
      ],
    });
  });
});

describe('terminal escapes and cut lines in a log tail', () => {
  it('quotes the last line without colour escapes (secretflow/kuscia#214), cut at a word', () => {
    const explanation = explainKusciaJob(fixture('ansi-214-sender-proxy.json'));
    expect(keysOf(explanation)).toEqual(['partnerUnreachable.log alice']);
    const failure = explanation?.failures[0];
    const line =
      '(SenderProxyActor pid=357) debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111", grpc_status:14}"';
    expect(failure?.message).toBe(line);
    // Cut for the title at the last word that fits, not mid-word (`connection fail…`).
    expect(failure?.params.detail).toBe(
      '(SenderProxyActor pid=357) debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"upstream connect error or disconnect/reset before headers. reset reason: connection failure…',
    );
    expect(describedBoth(fixture('ansi-214-sender-proxy.json'))).toEqual({
      en: [
        "alice's application lost the connection to a partner",
        'The log ends with a connection error ((SenderProxyActor pid=357) debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"upstream connect error or disconnect/reset before headers. reset reason: connection failure…). Check whether the partner\'s task started at all and the routes to it (`kubectl get cdr`); restart the job once they are Ready.',
      ],
      zh: [
        'alice 的应用与合作方断开了连接',
        '日志以连接错误结束（(SenderProxyActor pid=357) debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"upstream connect error or disconnect/reset before headers. reset reason: connection failure…）。请确认合作方的子任务是否已启动，并检查到合作方的节点路由（`kubectl get cdr`）；就绪后重跑任务。',
      ],
    });
  });

  it('drops OSC titles and stray control characters too', () => {
    const explanation = explainKusciaJob(
      aliceFailed(
        String.raw`container[secretflow] terminated state reason "Error", message: "\x1b]0;psi\x07RuntimeError:\tbad\x08 input\r\n"`,
      ),
    );
    expect(explanation?.failures[0]?.message).toBe('RuntimeError: bad input');
  });
});

describe("a refused connection to the party's own DataMesh", () => {
  it('is not a partner', () => {
    const explanation = explainKusciaJob(fixture('datamesh-refused.json'));
    expect(keysOf(explanation)).toEqual(['platformError.localService alice']);
    expect(explanation?.restart).toBe('yes');
    expect(describedBoth(fixture('datamesh-refused.json'))).toEqual({
      en: [
        "alice's application could not reach a service of its own node",
        "The connection to a service of alice's own node failed (details = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:8071: Failed to connect to remote host: Connection refused\"): Kuscia's DataMesh or another local service is not answering; no partner is involved. Check that alice's Kuscia node and its services are running, then restart the job.",
      ],
      zh: [
        'alice 的应用无法连接本节点的服务',
        '到 alice 本节点服务的连接失败（details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:8071: Failed to connect to remote host: Connection refused"）：Kuscia 的 DataMesh 或其他本地服务没有响应，与合作方无关。请确认 alice 的 Kuscia 节点及其服务正常运行，然后重跑任务。',
      ],
    });
  });

  it('still reads the gateway answering for a partner on loopback as the partner', () => {
    const explanation = explainKusciaJob(
      aliceFailed(
        String.raw`container[secretflow] terminated state reason "Error", message: "requests.exceptions.HTTPError: 503 Server Error for url: http://127.0.0.1:80/v1 (upstream connect error or disconnect/reset before headers. reset reason: connection failure)\n"`,
      ),
    );
    expect(keysOf(explanation)).toEqual(['partnerUnreachable.log alice']);
  });
});

describe('a suspended job with a real failure', () => {
  it('keeps the suspend first (JOBS.md §6.3) but never says nothing failed', () => {
    const explanation = explainKusciaJob(fixture('suspended-oom.json'));
    expect(keysOf(explanation)).toEqual([
      'userAction.suspendWithCause -',
      'outOfMemory bob',
      'userAction.stopped -',
    ]);
    expect(explanation?.restart).toBe('afterFix');
    expect(describedBoth(fixture('suspended-oom.json'))).toEqual({
      en: [
        'The job is suspended',
        'The job also shows a failure (listed below): fix its cause, then restart the job to resume it.',
      ],
      zh: [
        '该任务已暂停',
        '该任务中还出现了失败（见下方列表）：请先修复其原因，再重跑任务以继续运行。',
      ],
    });
  });

  it('keeps the plain suspend wording when nothing else is listed', () => {
    expect(keysOf(explainKusciaJob(queryBody({ state: 'Suspended' })))).toEqual([
      'userAction.suspend -',
    ]);
  });
});

describe('a watch stream with a cut event', () => {
  const stream = fixtureText('watch-stream.txt');
  const failedAt = stream.lastIndexOf('{"type":1');
  const failed = stream
    .slice(failedAt, stream.lastIndexOf('{"type":4}'))
    .replaceAll('job-watch', 'j2');

  it('explains the complete event after one cut off mid-way', () => {
    const cut = `{"type":4}${stream.slice(0, 60)}\n${failed}`;
    const explanation = explainKusciaJob(cut);
    expect(explanation?.jobId).toBe('j2');
    expect(explanation?.state).toBe('Failed');
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
  });

  it('skips text before the first event instead of reading it all as a bare text', () => {
    const explanation = explainKusciaJob(`xyz\n${failed}`);
    expect(explanation?.jobId).toBe('j2');
    expect(explanation?.state).toBe('Failed');
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
  });
});

describe('out of memory on an unknown party', () => {
  it('reads well without a Domain in both locales', () => {
    const text = String.raw`container[secretflow] terminated state reason "OOMKilled", message: "Killed"`;
    expect(describedBoth(text)).toEqual({
      en: [
        "A party's container was killed for using too much memory",
        'Raise the memory of the failing party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.',
      ],
      zh: [
        '某个节点的容器因内存不足被终止',
        '请调大失败参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
      ],
    });
    // A known Domain keeps its wording.
    const known = describedBoth(
      queryBody({ tasks: [task('psi', 'Failed', '', [party('alice', 'Failed', text)])] }),
    );
    expect(known.en[1]).toBe(
      "Raise the memory of alice's party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.",
    );
  });
});

describe('a missing file is a data error only when it is input data', () => {
  it('reads Occlum failing to boot its LibOS (secretflow/secretflow#1153) as a crash', () => {
    const explanation = explainKusciaJob(fixture('occlum-1153-libos-enoent.json'));
    expect(keysOf(explanation)).toEqual(['appCrash.detail alice']);
    expect(explanation?.alsoSeen).toEqual([]);
    expect(explanation?.restart).toBe('unknown');
    expect(describedBoth(fixture('occlum-1153-libos-enoent.json'))).toEqual({
      en: [
        "alice's application exited with an error: [ERROR] occlum-pal: occlum_ecall_new_process returns ENOENT (line 210, file src/pal_api.c)",
        "Read the log tail below and the full task log on alice's node, and check the component's parameters. Restart only if the error looks transient.",
      ],
      zh: [
        'alice 的应用异常退出：[ERROR] occlum-pal: occlum_ecall_new_process returns ENOENT (line 210, file src/pal_api.c)',
        '请查看下方日志末尾及 alice 上完整的子任务日志，并检查组件参数。仅当错误看起来是偶发时才重跑任务。',
      ],
    });
  });

  it("reads brpc's start-up warnings about /proc (secretflow/secretflow#1194) as no error at all", () => {
    const explanation = explainKusciaJob(fixture('teeu-1194-proc-warnings.json'));
    expect(keysOf(explanation)).toEqual(['appCrash carol']);
    expect(explanation?.alsoSeen).toEqual([]);
    const failure = explanation?.failures[0];
    expect(failure?.params.detail).toBeUndefined();
    // The tail ends mid-traceback: its last line is listed, never the warning at its top.
    expect(failure?.message).toBe('ray._private.services.wait_for_');
  });

  it.each([
    [
      'a shared library',
      'python: error while loading shared libraries: libpython3.10.so.1.0: cannot open shared object file: No such file or directory',
      'appCrash.detail alice',
    ],
    [
      'a config file',
      "FileNotFoundError: [Errno 2] No such file or directory: '/root/conf/app.yaml'",
      'appCrash.detail alice',
    ],
    [
      'a /sys file',
      "PermissionError: [Errno 13] Permission denied: '/sys/fs/cgroup/cpu.max'",
      'appCrash.detail alice',
    ],
    [
      'a table',
      "FileNotFoundError: [Errno 2] No such file or directory: '/data/alice/input.parquet'",
      'dataError.detail alice',
    ],
    [
      "a file in Kuscia's data storage",
      "OSError: [Errno 2] No such file or directory: '/home/kuscia/var/storage/data/alice/psi_in'",
      'dataError.detail alice',
    ],
  ])('reads a missing file by what it is: %s', (_name, line, key) => {
    const text = `container[secretflow] terminated state reason "Error", message: ${JSON.stringify(`${line}\n`)}`;
    expect(keysOf(explainKusciaJob(aliceFailed(text)))).toEqual([key]);
  });

  it('still reads a data error after a warning line', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "W0314 17:00:32.944726    66 external/com_github_brpc_brpc/src/bvar/default_variables.cpp:281] Fail to open /proc/loadavg: No such file or directory\nKeyError: 'label'\n"`;
    const explanation = explainKusciaJob(aliceFailed(text));
    expect(keysOf(explanation)).toEqual(['dataError.detail alice']);
    expect(explanation?.failures[0]?.params.detail).toBe("KeyError: 'label'");
  });
});

describe('the line a failure quotes', () => {
  it("never quotes Python's chaining sentence (secretflow/secretflow#1401)", () => {
    const explanation = explainKusciaJob(fixture('secretpad-1401-chained-traceback.json'));
    expect(keysOf(explanation)).toEqual(['appCrash alice']);
    expect(explanation?.failures[0]?.params.detail).toBeUndefined();
    expect(explanation?.failures[0]?.message).toBe('lambda msg: self._process_data_sending');
    const chained = String.raw`container[secretflow] terminated state reason "Error", message: "ValueError: column 'id' is empty\n\nThe above exception was the direct cause of the following exception:\n\n"`;
    expect(explainKusciaJob(aliceFailed(chained))?.failures[0]?.message).toBe(
      "ValueError: column 'id' is empty",
    );
  });

  it('prefers an error line to a later info line that retries (secretflow/kuscia#481)', () => {
    const explanation = explainKusciaJob(fixture('stream-timeout-481.json'));
    expect(keysOf(explanation)).toEqual(['appCrash.detail bob']);
    expect(explanation?.failures[0]?.params.detail).toBe(
      "[error] [channel.cc:Proc:104] SendImpl error [external/yacl/yacl/link/transport/interconnection_link.cc:56] cntl ErrorCode '1010', http status code '504', response header…",
    );
  });

  it('prefers an error line to a later glog info line', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "RuntimeError: PSI failed\nI0314 17:00:40.000100    66 external/com_github_brpc_brpc/src/brpc/server.cpp:1201] Server[yacl::link::ReceiverServiceImpl] is going to quit, failed requests: 0\n"`;
    const explanation = explainKusciaJob(aliceFailed(text));
    expect(explanation?.failures[0]?.params.detail).toBe('RuntimeError: PSI failed');
    expect(explanation?.failures[0]?.message).toBe('RuntimeError: PSI failed');
  });

  it('quotes nothing for an OOM kill whose log holds only info lines (secretflow/kuscia#601)', () => {
    const explanation = explainKusciaJob(fixture('oom-601-info-tail.json'));
    expect(keysOf(explanation)).toEqual(['outOfMemory alice']);
    expect(explanation?.failures[0]?.message).toBeNull();
    expect(explanation?.failures[0]?.params.detail).toBeUndefined();
    expect(explanation?.failures[0]?.log).toContain('[rr22_oprf.cc:489] solve begin');
  });
});

describe('image content missing on the node (k3s-io/k3s#1094)', () => {
  it('is fixed by pulling or loading the image again, not by a restart as is', () => {
    const explanation = explainKusciaJob(fixture('create-container-k3s-1094-rootfs.json'));
    expect(keysOf(explanation)).toEqual(['imagePull.content alice']);
    expect(explanation?.restart).toBe('afterFix');
    expect(explanation?.stuck).toBe(false);
    expect(describedBoth(fixture('create-container-k3s-1094-rootfs.json'))).toEqual({
      en: [
        "alice's node has an incomplete copy of the application image",
        "The container runtime of alice's node could not find part of the image's content when creating the container “secretflow” (CreateContainerError): the local copy of the image is damaged or was partly removed, and restarting as is fails the same way. Delete the image on that node and pull it again, or load it again (`kuscia image load`), then restart the job.",
      ],
      zh: [
        'alice 机器上的应用镜像不完整',
        'alice 机器上的容器运行时在创建容器“secretflow”时找不到镜像的部分内容（CreateContainerError）：本地镜像已损坏或被部分删除，直接重跑会以同样方式失败。请在该节点上删除该镜像后重新拉取，或重新导入（`kuscia image load`），然后重跑任务。',
      ],
    });
  });
});

describe('the log tail a console shows', () => {
  it('holds no terminal escapes (secretflow/secretflow#1508)', () => {
    const explanation = explainKusciaJob(fixture('secretpad-1508-oom-ansi.json'));
    const log = explanation?.failures[0]?.log ?? '';
    expect(log).toContain(
      '\n(raylet) [2024-09-24 10:00:08,408 I 1153 1153] logging.cc:230: Set ray log level from environment variable RAY_BACKEND_LOG_LEVEL to -1\n',
    );
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(log).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    if (explanation === null) throw new Error('expected a failing job');
    expect(describeKusciaJob(explanation, enUS).failures[0]?.log).toBe(log);
  });

  it('keeps newlines and tabs', () => {
    const text = String.raw`container[secretflow] terminated state reason "Error", message: "\x1b[31mRuntimeError:\tbad input\x1b[0m\r\nsecond line\x07\n"`;
    expect(explainKusciaJob(aliceFailed(text))?.failures[0]?.log).toBe(
      'RuntimeError:\tbad input\nsecond line\n',
    );
  });
});

describe("SecretPad's `party … failed msg: ` reasons", () => {
  it('name the party (secretflow/secretflow#1508)', () => {
    const explanation = explainKusciaJob(fixture('secretpad-1508-oom-ansi.json'));
    expect(keysOf(explanation)).toEqual(['outOfMemory gawvtmko']);
    expect(describedBoth(fixture('secretpad-1508-oom-ansi.json'))).toEqual({
      en: [
        "gawvtmko's container was killed for using too much memory",
        "Raise the memory of gawvtmko's party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.",
      ],
      zh: [
        'gawvtmko 的容器因内存不足被终止',
        '请调大 gawvtmko 参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
      ],
    });
  });

  it('are read one per line of the task log, each with its party and task', () => {
    const oom = String.raw`container[secretflow] terminated state reason "OOMKilled", message: "Killed\n"`;
    const crash = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;
    const log = [
      `2025-06-10 16:37:49 INFO the jobId=aplw, taskId=aplw-node-40 failed: party alice failed msg: ${oom}`,
      `2025-06-10 16:37:49 INFO the jobId=aplw, taskId=aplw-node-40 failed: party bob failed msg: ${crash}`,
    ].join('\n');
    const explanation = explainKusciaJob(log);
    expect(keysOf(explanation)).toEqual(['outOfMemory alice', 'appCrash.detail bob']);
    expect(explanation?.failures.map((failure) => failure.taskId)).toEqual([
      'aplw-node-40',
      'aplw-node-40',
    ]);
    expect(explanation?.failures[1]?.text).toBe(crash);
  });
});

describe('duplicate keys in the input (secretflow/psi#364)', () => {
  it('says so instead of "missing or unreadable"', () => {
    const explanation = explainKusciaJob(fixture('psi-364-duplicate-keys.json'));
    expect(keysOf(explanation)).toEqual(['dataError.duplicateKeys bob']);
    expect(explanation?.restart).toBe('afterFix');
    expect(describedBoth(fixture('psi-364-duplicate-keys.json'))).toEqual({
      en: [
        "bob's input data has duplicate keys: what():  [Enforce fail at external/psi/psi/rr22/okvs/paxos.cc:571] std::memcmp(&(dense_[main_rows.back()]), &(dense_[row_idx]), sizeof(uint128_t)) != 0. Paxos error, Duplicate keys were detected at…",
        "The key columns (for example a PSI's join keys) must be unique in bob's table. Remove the duplicate rows or choose key columns that are unique, then restart the job.",
      ],
      zh: [
        'bob 的输入数据存在重复的键：what():  [Enforce fail at external/psi/psi/rr22/okvs/paxos.cc:571] std::memcmp(&(dense_[main_rows.back()]), &(dense_[row_idx]), sizeof(uint128_t)) != 0. Paxos error, Duplicate keys were detected at…',
        'bob 数据表中的键列（例如隐私求交的关联键）必须唯一。请删除重复行或改用唯一的键列，然后重跑任务。',
      ],
    });
  });
});
