import type { KusciaJobTexts } from '../../core/job';

/**
 * American English text for failed jobs. Titles say what went wrong with the names filled in; resolutions
 * give the next step for an operator. Resources are named as the API names them (Job, Task, Domain,
 * DomainRoute, DomainData, AppImage); Domains are written bare (`bob cannot …`), other names in “…”.
 */
export const jobs: KusciaJobTexts = {
  families: {
    imagePull: {
      title: '{domain} cannot pull the application image',
      resolution:
        "Check the AppImage's image name and tag and that {domain}'s node can reach the registry, or load the image on that node (`kuscia image load`). Kuscia never fails a task on a pull back-off: if the job is still running, stop it first, then restart it.",
    },
    'imagePull.failed': {
      title: '{domain} cannot pull the image “{image}”',
      resolution:
        "Check the AppImage's image name and tag and that {domain}'s node can reach the registry, or load the image on that node (`kuscia image load`), then restart the job.",
    },
    'imagePull.stuck': {
      title: '{domain} cannot pull the image “{image}”: the job will not finish by itself',
      resolution:
        "Kuscia keeps retrying the pull and never fails the task. Stop the job, check the AppImage's image name and tag and that {domain}'s node can reach the registry (or load the image there with `kuscia image load`), then restart the job.",
    },
    'imagePull.content': {
      title: "{domain}'s node has an incomplete copy of the application image",
      resolution:
        "The container runtime of {domain}'s node could not find part of the image's content when creating the container “{container}” ({reason}): the local copy of the image is damaged or was partly removed, and restarting as is fails the same way. Delete the image on that node and pull it again, or load it again (`kuscia image load`), then restart the job.",
    },
    outOfMemory: {
      title: "{domain}'s container was killed for using too much memory",
      resolution:
        "Raise the memory of {domain}'s party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.",
    },
    'outOfMemory.partyUnknown': {
      title: "A party's container was killed for using too much memory",
      resolution:
        'Raise the memory of the failing party (resources.memory) or the memory limit of its node or container, or reduce the data size. Restarting with the same settings fails the same way.',
    },
    insufficientResources: {
      title: '{domain} has no node that can start the task',
      resolution:
        "Free or enlarge {domain}'s nodes (`kubectl describe node` shows what is missing), stop other jobs, or lower the task's requested resources, then restart the job.",
    },
    'insufficientResources.cpu': {
      title: '{domain} has no node with enough CPU to start the task',
      resolution:
        "Free CPU on {domain}'s nodes (stop other jobs), add a node, or lower the task's CPU request, then restart the job.",
    },
    'insufficientResources.memory': {
      title: '{domain} has no node with enough memory to start the task',
      resolution:
        "Free memory on {domain}'s nodes (stop other jobs), add a node, or lower the task's memory request, then restart the job.",
    },
    'insufficientResources.disk': {
      title: "{domain}'s nodes are short of disk space",
      resolution:
        "A node short of disk space cannot start the task: the scheduler refuses nodes under disk pressure, and the container runtime cannot create containers on a full disk. Free disk space on {domain}'s node (old images, logs, data), then restart the job.",
    },
    'insufficientResources.pid': {
      title: "{domain}'s nodes are short of process IDs",
      resolution:
        "The scheduler refuses nodes under PID pressure. Stop the processes that exhaust them on {domain}'s node, then restart the job.",
    },
    'insufficientResources.other': {
      title: '{domain} has no node with enough {resource} to start the task',
      resolution:
        "Free {resource} on {domain}'s nodes or lower the task's request for it, then restart the job.",
    },
    'insufficientResources.cpuMemory': {
      title: '{domain} has no node with enough free CPU and memory for the task',
      resolution:
        "Kuscia's resource pre-check found no Ready node of {domain} with the requested CPU and memory free. Stop other jobs, add a node, or lower the task's resources, then restart the job.",
    },
    'insufficientResources.nodeStatus': {
      title: 'Kuscia knows no node of {domain}',
      resolution:
        "{domain}'s nodes are offline or have never reported their resources. Check that they are running and connected (`kubectl get nodes`), then restart the job.",
    },
    'insufficientResources.quota': {
      title: '{domain} has used up its resource quota “{quota}”',
      resolution:
        "Kubernetes refused the task's pod because {domain}'s namespace quota is used up ({detail}). Wait for or stop other jobs of {domain}, or ask its operator to raise the quota, then restart the job.",
    },
    configError: {
      title: 'The job could not be set up on {domain}',
      resolution:
        "Read the message below. Usually the AppImage, or a deploy template for the party's role, is missing on {domain}'s node; fix it there, then restart the job.",
    },
    'configError.appImage': {
      title: 'AppImage “{appImage}” is not registered on {domain}',
      resolution:
        "Create the AppImage “{appImage}” on {domain}'s node (`kubectl get appimage` lists them), or correct the task's app_image, then restart the job.",
    },
    'configError.template': {
      title: 'AppImage “{appImage}” has no deploy template for {domain}',
      resolution:
        "Add a deploy template that matches {domain}'s role to the AppImage “{appImage}”, then restart the job.",
    },
    'configError.ports': {
      title: 'Kuscia could not allocate ports for {domain}',
      resolution:
        "Check the ports declared in the AppImage's deploy template and the free ports of {domain}'s node, then restart the job.",
    },
    'configError.duplicateTask': {
      title: 'Task “{task}” already exists in another Job',
      resolution:
        'Task ids are shared by every job, so restarting this one collides again. Create a new job with a unique task_id.',
    },
    'configError.admission': {
      title: "{domain}'s Kubernetes cluster refused the task's pod",
      resolution:
        "A validating admission webhook of {domain}'s host cluster denied the pod (RunK). Check its rules against the message below, then restart the job.",
    },
    'configError.container': {
      title: '{domain} could not create the container “{container}” ({reason})',
      resolution:
        "Check the AppImage's deploy template for {domain} (command, environment, mounts, config files) against the message below, then restart the job.",
    },
    partnerUnreachable: {
      title: '{domain} cannot reach the other parties',
      resolution:
        "Check the routes between the parties (`kubectl get cdr`, READY column) following Kuscia's network authorization check guide, and ask the partner to check their node. Restart the job once the routes are Ready.",
    },
    'partnerUnreachable.route': {
      title: '{src} cannot reach {dst} ({routeReason})',
      resolution:
        "The route from {src} to {dst} is not Ready. Check it with `kubectl get cdr` on {src}'s node and follow Kuscia's network authorization check guide; restart the job once it is Ready.",
    },
    'partnerUnreachable.log': {
      title: "{domain}'s application lost the connection to a partner",
      resolution:
        "The log ends with a connection error ({detail}). Check whether the partner's task started at all and the routes to it (`kubectl get cdr`); restart the job once they are Ready.",
    },
    'partnerUnreachable.partner': {
      title: "{domain}'s node could not create or start the job",
      resolution:
        "The reason is on {domain}'s side. Ask {domain}'s operator to check their Kuscia node and its logs for this job; restart the job after they fix it.",
    },
    dataError: {
      title: "{domain}'s input data is missing or unreadable",
      resolution:
        'Check the DomainData and DomainDataSource registered on {domain}, the grants, the file path and the column names, then restart the job.',
    },
    'dataError.detail': {
      title: "{domain}'s input data is missing or unreadable: {detail}",
      resolution:
        'Check the DomainData and DomainDataSource registered on {domain}, the grants, the file path and the column names, then restart the job.',
    },
    'dataError.duplicateKeys': {
      title: "{domain}'s input data has duplicate keys: {detail}",
      resolution:
        "The key columns (for example a PSI's join keys) must be unique in {domain}'s table. Remove the duplicate rows or choose key columns that are unique, then restart the job.",
    },
    appCrash: {
      title: "{domain}'s application exited with an error",
      resolution:
        "Open the task log on {domain}'s node (`/api/v1/log/task/query`, or the pod's output) and check the component's parameters. Restart only if the error looks transient.",
    },
    'appCrash.detail': {
      title: "{domain}'s application exited with an error: {detail}",
      resolution:
        "Read the log tail below and the full task log on {domain}'s node, and check the component's parameters. Restart only if the error looks transient.",
    },
    'appCrash.backOff': {
      title: "{domain}'s container “{container}” keeps crashing",
      resolution:
        "Read the task log on {domain}'s node for the error that makes it exit, fix the AppImage or the parameters, then restart the job.",
    },
    platformError: {
      title: 'Kuscia lost track of the task on {domain}',
      resolution:
        "The node or its agent may have restarted, or Kuscia hit an internal error. Check that {domain}'s node is healthy (`kubectl get nodes`), then restart the job.",
    },
    'platformError.retries': {
      title: 'Kuscia gave up after {retries} retries: {detail}',
      resolution:
        "Kuscia's controller kept failing on an internal step. Check the Kuscia logs and the nodes' health, then restart the job.",
    },
    'platformError.podMissing': {
      title: "The task's pod on {domain} has disappeared",
      resolution:
        "The pod was deleted or its node restarted. Check that {domain}'s node is healthy (`kubectl get nodes`), then restart the job.",
    },
    'platformError.restart': {
      title: 'Kuscia could not restart the job',
      resolution:
        'Removing the failed tasks of the previous run failed: {detail}. Check the Kuscia logs, then restart the job again.',
    },
    'platformError.runtime': {
      title: "{domain}'s node could not create the container “{container}” ({reason})",
      resolution:
        "The container runtime of {domain}'s node reported the message below. A timeout or a container name still held by an earlier attempt passes by itself: check that the node is healthy (`kubectl describe node`: load, disk, container runtime), then restart the job.",
    },
    'platformError.localService': {
      title: "{domain}'s application could not reach a service of its own node",
      resolution:
        "The connection to a service of {domain}'s own node failed ({detail}): Kuscia's DataMesh or another local service is not answering; no partner is involved. Check that {domain}'s Kuscia node and its services are running, then restart the job.",
    },
    scheduleTimeout: {
      title: 'The task could not be scheduled on every party',
      resolution:
        'Every party must reserve resources before the task starts. Check that all parties are online and have free resources, then restart the job.',
    },
    'scheduleTimeout.lifecycle': {
      title: 'Task “{task}” was not scheduled within {timeoutSeconds} s',
      resolution:
        'Every party must reserve resources within schedule_config.task_timeout_seconds. Check that all parties are online and have free CPU and memory, or raise the timeout, then restart the job.',
    },
    'scheduleTimeout.waiting': {
      title: '{domain} waited for the other parties to reserve resources for task “{task}”',
      resolution:
        'The other parties of the task did not get their resources in time. Check that they are online and have free CPU and memory, then restart the job.',
    },
    'scheduleTimeout.group': {
      title: 'Too few parties could reserve resources for task “{task}”',
      resolution:
        'Check that every party is online and has free CPU and memory ({detail}), then restart the job.',
    },
    partyThreshold: {
      title: 'The task failed because {party} failed',
      resolution:
        "{party}'s reason is visible only on {party}'s node: ask {party}'s operator for the task log or their QueryJob result, and restart the job once they have fixed it.",
    },
    'partyThreshold.task': {
      title: 'Task “{task}” failed because {party} failed',
      resolution:
        "{party}'s reason is visible only on {party}'s node: ask {party}'s operator for the task log or their QueryJob result, and restart the job once they have fixed it.",
    },
    approvalRejected: {
      title: '{by} rejected the job',
      resolution:
        'Kuscia does not pass on the reason. Contact {by}, agree on the job, then create a new one: a rejected job cannot be restarted.',
    },
    userAction: {
      title: '{by} ended the job',
      resolution: 'Nothing failed. Restart the job if it should run again.',
    },
    'userAction.stop': {
      title: '{by} stopped the job',
      resolution: 'Nothing failed. Restart the job if it should run again.',
    },
    'userAction.stopWithCause': {
      title: '{by} stopped the job',
      resolution:
        'The job also shows a failure (listed below): fix its cause, then restart the job.',
    },
    'userAction.cancel': {
      title: '{by} cancelled the job',
      resolution: 'A cancelled job cannot be restarted. Create a new job if it should run again.',
    },
    'userAction.suspend': {
      title: 'The job is suspended',
      resolution: 'Nothing failed. Restart the job to resume it.',
    },
    'userAction.suspendWithCause': {
      title: 'The job is suspended',
      resolution:
        'The job also shows a failure (listed below): fix its cause, then restart the job to resume it.',
    },
    'userAction.stopped': {
      title: 'Task “{task}” was stopped because the job ended',
      resolution: 'This is a consequence, not a cause: look at the other tasks for the reason.',
    },
    jobInvalid: {
      title: 'Kuscia rejected the job definition',
      resolution:
        "Usually a task's dependencies name a task that does not exist or form a cycle, or the initiator is not a known Domain. Fix the specification and create a new job: restarting this one does nothing.",
    },
    'jobInvalid.detail': {
      title: 'Kuscia rejected the job definition: {detail}',
      resolution:
        'Fix the specification (task dependencies, initiator, parties) and create a new job: restarting this one does nothing.',
    },
    unknown: {
      title: 'The job failed and Kuscia recorded no reason',
      resolution:
        "Run `kubectl get kt <task> -n cross-domain -o yaml` on every party's node and read the task logs. Restarting once may help.",
    },
    'unknown.unrecognized': {
      title: 'The task failed on {domain}',
      resolution: "Read the message below and the task log on {domain}'s node.",
    },
    'unknown.restarted': {
      title: '{by} restarted the job and it failed again',
      resolution:
        "The job message still reads “This job is restarted by {by}” and hides the new reason. Read the tasks' messages below and the task logs on every party's node.",
    },
  },
  familyNames: {
    approvalRejected: 'Approval rejected',
    userAction: 'Ended by a person',
    imagePull: 'Image pull',
    outOfMemory: 'Out of memory',
    insufficientResources: 'Insufficient resources',
    configError: 'Set-up error',
    partnerUnreachable: 'Partner unreachable',
    dataError: 'Data error',
    appCrash: 'Application error',
    platformError: 'Kuscia error',
    scheduleTimeout: 'Scheduling timeout',
    partyThreshold: 'Another party failed',
    jobInvalid: 'Invalid job',
    unknown: 'No reason recorded',
  },
  restart: {
    yes: 'Restarting the job can help',
    afterFix: 'Restart the job after fixing the cause',
    no: 'Cannot be restarted: create a new job',
    unknown: 'Restart only once the cause is understood',
  },
  warnings: {
    failedTaskInRunningJob: 'Task “{task}” failed ({family}), but the job is still running',
    partyWaiting: '{domain} is held in task “{task}” ({family})',
  },
  fallbacks: {
    domain: 'a party',
    party: 'a party',
    by: 'a party',
    src: 'a party',
    dst: 'its partner',
  },
  labels: {
    failingParties: 'Failing parties',
    task: 'Task',
    party: 'Party',
    cause: 'Cause',
    message: 'Message',
    logTail: 'Log tail',
    restart: 'Restart',
    stop: 'Stop',
    alsoSeen: 'also seen',
    copyLog: 'Copy log',
    copied: 'Copied',
    showLog: 'Show log',
    hideLog: 'Hide log',
    wholeJob: 'Whole job',
    unknownParty: 'Unknown',
    stuck: 'Stuck',
    warnings: 'Warnings',
    consequence: 'Consequence',
    failure: '{task} · {party} — {cause}',
    failureWithMessage: '{task} · {party} — {cause}: {message}',
  },
};
