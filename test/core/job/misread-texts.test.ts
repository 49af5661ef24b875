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
