import type { KusciaCatalogDefinition } from '../core/catalog';

type Trait = 'retryable' | 'warning';
type Row = readonly [code: number, constant: string, ...traits: Trait[]];
interface EnumGroup {
  /** The Java enum in `secretpad-common/.../common/errorcode/`. */
  readonly enumClass: string;
  /** The enum's i18n prefix: its catalog keys are `<category>.<CONSTANT>`. */
  readonly category: string;
  readonly rows: readonly Row[];
}

/*
 * Every code of SecretPad's 19 error-code enums at v0.12.0b0 (= main @ 128ccd37): 142 codes, four of them
 * ten digits long (2020111011, 2020111012, 2020111107, 2020111108: real wire values, not typos to fix).
 * Constant names repeat across enums (NON_OUR_CREATION_CAN_VIEWED), so the key is `<EnumClass>.<CONSTANT>`.
 *
 * retryable: the same request, unchanged, may succeed later (AIP-194), decided per code from its call sites:
 * - 2020111012 REQUEST_FREQUENCY_ERROR: a per-user Guava RateLimiter at 5 permits per 60 s, i.e. one create
 *   (data source, datatable, feature table, institution token) about every 12 s.
 * - 202012601 TASK_INTERRUPTED_ERROR, 202012603 TASK_TIME_OUT_ERROR: SecretPad stopped waiting (interrupt, or
 *   its 5-10 s limit) for a fan-out of KusciaAPI calls; nothing was wrong with the request. Some of those
 *   fan-outs create things, and a slow node may still finish: the resolutions say to look before re-creating.
 * - 202012101 RPC_ERROR: raised by QueryDomainDataSource and GenerateKeyCerts, neither of which stores anything.
 *   SecretPad drops the Kuscia/gRPC code, so a transport failure (Kuscia briefly unreachable) cannot be told
 *   from a rejection; a futile repeat of a read is cheap, a missed recovery is not.
 * - 202012203 VOTE_SIGNATURE_SYNCHRONIZING: the peer's signature has not been synchronised yet.
 * - 202011803 FILE_EXISTS_ERROR: SecretPad ran out of attempts at a random, unused upload file name before
 *   writing anything; the next upload draws new names.
 * Not retryable, although they involve Kuscia: TASK_EXECUTION_ERROR (the task threw), the "hidden" query and
 * create failures (Kuscia answered with an error that only the server log shows), and the not-ready states
 * (GRAPH_NODE_NOT_EXISTS, GRAPH_NODE_ROUTE_NOT_EXISTS, VOTE_MASTER_ROUTE_NOT_READY), which wait for someone to
 * fix a node or route. REMOTE_CALL_ERROR carries another SecretPad's rejection, not a transport failure (those
 * surface as UNKNOWN_ERROR).
 *
 * warning: nothing is broken; the thing already exists or the wanted state already holds, or SecretPad only
 * asks to wait: the already-exists codes (NODE_ALREADY_EXIST_ERROR, INST_DUPLICATED, GRAPH_EXISTS,
 * NAME_DUPLICATION_ERROR, NODE_ROUTE_ALREADY_EXISTS, PROJECT_ARCHIVE_VOTE_ALREADY_EXIST), stopping a scheduled
 * task that is not running (SCHEDULE_TASK_STATUS_NOT_RUNNING), the rate limit and the signature still
 * synchronising. DATATABLE_DUPLICATED_AUTHORIZED is an error: it blocks deleting a table still granted to
 * projects. Everything else is an error.
 */
const groups = [
  {
    enumClass: 'SystemErrorCode',
    category: 'system',
    rows: [
      [202011100, 'VALIDATION_ERROR'],
      [202011101, 'UNKNOWN_ERROR'],
      [202011102, 'OUT_OF_RANGE_ERROR'],
      [202011103, 'HTTP_4XX_ERROR'],
      [202011104, 'HTTP_404_ERROR'],
      [202011105, 'HTTP_5XX_ERROR'],
      [202011106, 'ENCODE_ERROR'],
      [202011109, 'SSE_ERROR'],
      [202011110, 'SYNC_ERROR'],
      [202011199, 'TODO_ERROR'],
      [2020111011, 'REMOTE_CALL_ERROR'],
      [2020111012, 'REQUEST_FREQUENCY_ERROR', 'retryable', 'warning'],
      [2020111107, 'SIGNATURE_ERROR'],
      [2020111108, 'VERIFY_SIGNATURE_ERROR'],
    ],
  },
  {
    enumClass: 'InstErrorCode',
    category: 'inst',
    rows: [
      [202011200, 'INST_NOT_EXISTS'],
      [202011201, 'INST_NOT_MATCH_NODE'],
      [202011202, 'INST_NODE_COUNT_LIMITED'],
      [202011203, 'INST_MISMATCH_LOGIN'],
      [202011204, 'INST_REGISTER_CHECK_FAILED'],
      [202011205, 'INST_TOKEN_MISMATCH'],
      [202011206, 'INST_DUPLICATED', 'warning'],
      [202011207, 'INST_FILE_OPERATION_FAILED'],
      [202011208, 'INST_TOKEN_USED'],
      [202011209, 'INITIATOR_INST_NODE_MISMATCH'],
      [202011210, 'INVITEE_INST_NODE_MISMATCH'],
    ],
  },
  {
    enumClass: 'DatatableErrorCode',
    category: 'datatable',
    rows: [
      [202011301, 'DATATABLE_NOT_EXISTS'],
      [202011302, 'UNSUPPORTED_DATATABLE_TYPE'],
      [202011303, 'QUERY_DATATABLE_FAILED'],
      [202011304, 'DELETE_DATATABLE_FAILED'],
      [202011305, 'DATATABLE_DUPLICATED_AUTHORIZED'],
      [202011306, 'QUERY_DATATABLE_GRANT_FAILED'],
      [202011307, 'CREATE_DATATABLE_GRANT_FAILED'],
      [202011308, 'CREATE_TEE_JOB_FAILED'],
      [202011309, 'DATATABLE_CREATE_FAILED'],
    ],
  },
  {
    enumClass: 'NodeErrorCode',
    category: 'node',
    rows: [
      [202011401, 'NODE_ALREADY_EXIST_ERROR', 'warning'],
      [202011402, 'NODE_CREATE_ERROR'],
      [202011403, 'NODE_NOT_EXIST_ERROR'],
      [202011404, 'NODE_DELETE_ERROR'],
      [202011405, 'DOMAIN_DATA_NOT_EXISTS'],
      [202011406, 'NODE_UPDATE_ERROR'],
      [202011407, 'NODE_TOKEN_ERROR'],
      [202011408, 'NODE_TOKEN_IS_EMPTY_ERROR'],
      [202011409, 'NODE_CERT_CONFIG_ERROR'],
    ],
  },
  {
    enumClass: 'ProjectErrorCode',
    category: 'project',
    rows: [
      [202011501, 'PROJECT_NOT_EXISTS'],
      [202011502, 'PROJECT_INST_NOT_EXISTS'],
      [202011503, 'PROJECT_NODE_NOT_EXISTS'],
      [202011504, 'PROJECT_DATATABLE_NOT_EXISTS'],
      [202011505, 'PROJECT_RESULT_NOT_FOUND'],
      [202011506, 'PROJECT_GRAPH_NOT_EMPTY'],
      [202011507, 'PROJECT_ARCHIVE_FAIL'],
      [202011508, 'PROJECT_UPDATE_FAIL'],
      [202011509, 'PROJECT_CAN_NOT_ARCHIVE'],
      [202011510, 'PROJECT_CAN_NOT_CREATE_ARCHIVE_VOTE'],
      [202011511, 'PROJECT_MODEL_NOT_FOUND'],
      [202011512, 'PROJECT_SERVING_NOT_FOUND'],
      [202011513, 'PROJECT_SERVING_NOT_SUCCESS'],
      [202011514, 'PROJECT_SERVING_NOT_OFFLINE'],
      [202011515, 'PROJECT_SERVING_NOT_DISCARD'],
      [202011516, 'PROJECT_FEATURE_TABLE_NOT_EXISTS'],
      [202011517, 'NON_OUR_CREATION_CAN_VIEWED'],
      [202011518, 'PROJECT_CREATE_FAILED'],
    ],
  },
  {
    enumClass: 'AuthErrorCode',
    category: 'auth',
    rows: [
      [202011600, 'USER_NOT_FOUND'],
      [202011601, 'USER_PASSWORD_ERROR'],
      [202011602, 'AUTH_FAILED'],
      [202011603, 'USER_IS_LOCKED'],
      [202011604, 'RESET_PASSWORD_IS_LOCKED'],
    ],
  },
  {
    enumClass: 'GraphErrorCode',
    category: 'graph',
    rows: [
      [202011701, 'COMPONENT_NOT_EXISTS'],
      [202011702, 'GRAPH_NOT_EXISTS'],
      [202011703, 'GRAPH_EXISTS', 'warning'],
      [202011704, 'GRAPH_NODE_NOT_EXISTS'],
      [202011705, 'GRAPH_DATATABLE_EMPTY'],
      [202011706, 'COMPONENT_18N_ERROR'],
      [202011707, 'GRAPH_JOB_INVALID'],
      [202011708, 'GRAPH_NODE_OUTPUT_NOT_EXISTS'],
      [202011709, 'RESULT_TYPE_NOT_SUPPORTED'],
      [202011710, 'GRAPH_DEPENDENT_NODE_NOT_RUN'],
      [202011711, 'GRAPH_NODE_ROUTE_NOT_EXISTS'],
      [202011712, 'GRAPH_NOT_OWNER_CANNOT_UPDATE'],
      [202011713, 'NON_OUR_CREATION_CAN_VIEWED'],
    ],
  },
  {
    enumClass: 'DataErrorCode',
    category: 'data',
    rows: [
      [202011801, 'FILE_NAME_EMPTY'],
      [202011802, 'FILE_TYPE_NOT_SUPPORT'],
      [202011803, 'FILE_EXISTS_ERROR', 'retryable'],
      [202011804, 'FILE_NOT_EXISTS_ERROR'],
      [202011805, 'ILLEGAL_PARAMS_ERROR'],
      [202011806, 'NAME_DUPLICATION_ERROR', 'warning'],
    ],
  },
  {
    enumClass: 'JobErrorCode',
    category: 'project_job',
    rows: [
      [202011901, 'PROJECT_JOB_NOT_EXISTS'],
      [202011902, 'PROJECT_JOB_CREATE_ERROR'],
      [202011903, 'PROJECT_JOB_TASK_NOT_EXISTS'],
      [202011904, 'PROJECT_JOB_DELETE_ERROR'],
      [202011905, 'PROJECT_JOB_CLOUD_LOG_ERROR'],
      [202011906, 'PROJECT_JOB_NODE_PERMISSION_ERROR'],
    ],
  },
  {
    enumClass: 'UserErrorCode',
    category: 'user',
    rows: [
      [202012001, 'USER_UPDATE_PASSWORD_ERROR_INCONSISTENT'],
      [202012002, 'USER_UPDATE_PASSWORD_ERROR_SAME'],
      [202012003, 'USER_UPDATE_PASSWORD_ERROR_INCORRECT'],
    ],
  },
  {
    enumClass: 'KusciaGrpcErrorCode',
    category: 'kuscia',
    rows: [[202012101, 'RPC_ERROR', 'retryable']],
  },
  {
    enumClass: 'VoteErrorCode',
    category: 'vote',
    rows: [
      [202012201, 'VOTE_NOT_EXISTS'],
      [202012202, 'VOTE_CHECK_FAILED'],
      [202012203, 'VOTE_SIGNATURE_SYNCHRONIZING', 'retryable', 'warning'],
      [202012204, 'PROJECT_VOTE_NOT_EXISTS'],
      [202012205, 'PROJECT_ARCHIVE_VOTE_ALREADY_EXIST', 'warning'],
      [202012206, 'PARTICIPANT_NOT_EXIST'],
      [202012207, 'INITIATOR_NODE_DUPLICATE'],
      [202012208, 'VOTE_INITIATOR_INST_NOT_FOUND'],
      [202012209, 'VOTE_MASTER_ROUTE_NOT_READY'],
    ],
  },
  {
    enumClass: 'FeatureTableErrorCode',
    category: 'featuretable',
    rows: [
      [202012301, 'FEATURE_TABLE_NOT_EXIST'],
      [202012302, 'FEATURE_TABLE_IP_FILTER'],
      [202012303, 'FEATURE_TABLE_IP_NOT_KNOWN'],
    ],
  },
  {
    enumClass: 'ModelExportErrorCode',
    category: 'model',
    rows: [[202012401, 'MODEL_EXPORT_FAILED']],
  },
  {
    enumClass: 'DatasourceErrorCode',
    category: 'datasource',
    rows: [
      [202012501, 'DATA_SOURCE_ENDPOINT_CONNECT_FAIL'],
      [202012502, 'DATA_SOURCE_CREATE_FAIL'],
      [202012503, 'DATA_SOURCE_BUCKET_NOT_EXIST'],
      [202012504, 'DATA_SOURCE_CREDENTIALS_INVALID'],
      [202012505, 'QUERY_DATASOURCE_FAILED'],
      [202012506, 'DATA_SOURCE_BUCKET_NOT_MATCH_ENDPOINT'],
      [202012507, 'DATA_SOURCE_ENDPOINT_API_PORT_ERROR'],
      [202012508, 'DATASOURCE_UNKNOWN_EXCEPTION'],
      [202012509, 'DATA_SOURCE_DELETE_FAIL'],
      [202012510, 'DATA_SOURCE_NOT_FOUND'],
      [202012511, 'UPDATE_DATASOURCE_FAILED'],
    ],
  },
  {
    enumClass: 'ConcurrentErrorCode',
    category: 'concurrent',
    rows: [
      [202012601, 'TASK_INTERRUPTED_ERROR', 'retryable'],
      [202012602, 'TASK_EXECUTION_ERROR'],
      [202012603, 'TASK_TIME_OUT_ERROR', 'retryable'],
    ],
  },
  {
    enumClass: 'NodeRouteErrorCode',
    category: 'nodeRoute',
    rows: [
      [202012901, 'NODE_ROUTE_ALREADY_EXISTS', 'warning'],
      [202012902, 'NODE_ROUTE_CREATE_ERROR'],
      [202012903, 'NODE_ROUTE_NOT_EXIST_ERROR'],
      [202012904, 'NODE_ROUTE_DELETE_ERROR'],
      [202012905, 'NODE_ROUTE_UPDATE_ERROR'],
      [202012906, 'NODE_ROUTE_CONFIG_ERROR'],
      [202012907, 'SRC_NODE_AND_DEST_NODE_SAME'],
    ],
  },
  {
    enumClass: 'ResultErrorCode',
    category: 'result',
    rows: [
      [202013001, 'SCQL_RESULT_EMPTY'],
      [202013002, 'SCQL_RESULT_ERROR'],
    ],
  },
  {
    enumClass: 'ScheduledErrorCode',
    category: 'scheduled',
    rows: [
      [202015001, 'PROJECT_JOB_NEED_SUCCESS_ONCE'],
      [202015002, 'PROJECT_JOB_NOT_EXIST'],
      [202015003, 'SCHEDULE_NOT_EXIST'],
      [202015004, 'SCHEDULE_UP_NOT_DEL'],
      [202015005, 'SCHEDULE_RUNNING_NOT_OFFLINE'],
      [202015006, 'REQUEST_IS_NULL'],
      [202015007, 'SCHEDULE_TASK_NOT_EXIST'],
      [202015008, 'SCHEDULE_TASK_STATUS_NOT_RUNNING', 'warning'],
      [202015009, 'PROJECT_JOB_RESTART_ERROR'],
      [202015010, 'USER_NOT_OWNER'],
      [202015011, 'SCHEDULE_CREATE_ERROR'],
    ],
  },
] as const satisfies readonly EnumGroup[];

/** One of SecretPad's 142 codes. */
export type SecretPadCode = (typeof groups)[number]['rows'][number][0];

function build(): readonly KusciaCatalogDefinition[] {
  const definitions: KusciaCatalogDefinition[] = [];
  for (const group of groups as readonly EnumGroup[]) {
    for (const [code, constant, ...traits] of group.rows) {
      definitions.push(
        Object.freeze({
          code,
          key: `${group.enumClass}.${constant}`,
          catalog: 'secretpad',
          category: group.category,
          retryable: traits.includes('retryable'),
          severity: traits.includes('warning') ? 'warning' : 'error',
        }),
      );
    }
  }
  return Object.freeze(definitions);
}

/** SecretPad's codes, grouped by enum in module order (System, Inst, Datatable, … Scheduled). */
export const secretpadDefinitions: readonly KusciaCatalogDefinition[] = /* @__PURE__ */ build();

/** The 142 codes, in the order of `secretpadDefinitions`. */
export const secretpadCodes: readonly SecretPadCode[] = /* @__PURE__ */ Object.freeze(
  secretpadDefinitions.map((definition) => definition.code as SecretPadCode),
);

let byCode: ReadonlyMap<number, KusciaCatalogDefinition> | undefined;

/** The definition of a SecretPad code, or `undefined` for anything else (never throws). */
export function getSecretPadDefinition(code: unknown): KusciaCatalogDefinition | undefined {
  if (typeof code !== 'number') return undefined;
  byCode ??= new Map(secretpadDefinitions.map((definition) => [definition.code, definition]));
  return byCode.get(code);
}

/** True for one of SecretPad's 142 codes. */
export function isSecretPadCode(code: unknown): code is SecretPadCode {
  return getSecretPadDefinition(code) !== undefined;
}
