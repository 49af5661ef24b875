import { snakeCase } from './text';

/*
 * Kuscia's validation texts name a field in words (`domain id`, `request domainDataID`, `party domain
 * id … on tasks[0]`). The rule that turns them into the request field as the API spells it:
 * 1. A subject of MESSAGES.md §4 maps to its proto path; an element whose index the message does not
 *    give is written `[]` (`tasks[].parties[].domain_id`).
 * 2. The message's index suffix fills it: ` on tasks[N]` the `tasks[]` element (or prefixes `tasks[N].`),
 *    ` in parties[N]` the `parties[]` element (or prefixes `parties[N].`), ` on index N` the list the
 *    subject belongs to (`domain id … on index 2` → `domain_ids[2]`).
 * 3. Any other subject: its words in snake_case, joined by `_` (`foo bar` → `foo_bar`, `fooID` →
 *    `foo_id`), which is how Kuscia words its proto fields; a subject already written as a path
 *    (`data[0].key`) stays as written.
 */

interface SubjectField {
  readonly field: string;
  /** The list field for ` on index N` (batch requests). */
  readonly list?: string;
}

const SUBJECTS: ReadonlyMap<string, SubjectField> = /* @__PURE__ */ new Map<string, SubjectField>([
  ['domain id', { field: 'domain_id', list: 'domain_ids[]' }],
  ['domainid', { field: 'domain_id' }],
  ['domain ids', { field: 'domain_ids' }],
  ['domaindata id', { field: 'domaindata_id' }],
  ['domaindataid', { field: 'domaindata_id' }],
  ['domaindata', { field: 'domaindata_id' }],
  ['job id', { field: 'job_id', list: 'job_ids[]' }],
  ['job ids', { field: 'job_ids' }],
  ['tasks', { field: 'tasks' }],
  ['initiator', { field: 'initiator' }],
  ['task alias', { field: 'tasks[].alias' }],
  ['parties', { field: 'parties' }],
  ['party domain id', { field: 'tasks[].parties[].domain_id' }],
  [
    'bandwidth limit destination id',
    { field: 'tasks[].parties[].bandwidth_limits[].destination_id' },
  ],
  ['source', { field: 'source' }],
  ['destination', { field: 'destination' }],
  ['authentication type', { field: 'authentication_type' }],
  ['endpoint', { field: 'endpoint' }],
  // `tranist` (sic) is the wire text of `domain_route_service.go`.
  ['tranist method', { field: 'transit.transit_method' }],
  ['transit method', { field: 'transit.transit_method' }],
  ['domainroute keys', { field: 'route_keys' }],
  ['type', { field: 'type' }],
  ['relative_uri', { field: 'relative_uri' }],
  ['domain data source id', { field: 'datasource_id' }],
  ['data source info', { field: 'info' }],
  ['grantdomain', { field: 'grant_domain' }],
  ['grantdomainid', { field: 'domaindatagrant_id' }],
  ['batchquerydomaindatagrant.data', { field: 'data' }],
  ['querydomaindatagrantrequestdata', { field: 'data[]' }],
  ['data', { field: 'data' }],
  ['key', { field: 'key' }],
  ['keys', { field: 'keys' }],
  ['serving id', { field: 'serving_id', list: 'serving_ids[]' }],
  ['serving ids', { field: 'serving_ids' }],
  ['appimage', { field: 'parties[].app_image' }],
  ['appimage name', { field: 'name' }],
  ['name', { field: 'name', list: 'names[]' }],
  ['names', { field: 'names' }],
  ['base image name', { field: 'image.name' }],
  ['deploy templates', { field: 'deploy_templates' }],
  ['deploy template name', { field: 'deploy_templates[].name' }],
  ['containers', { field: 'deploy_templates[].containers' }],
  ['container name', { field: 'deploy_templates[].containers[].name' }],
  ['common name', { field: 'common_name' }],
  ['approve result', { field: 'result' }],
]);

/** Kuscia's own field names in `Field %q is invalid …` that are not the proto field. */
const KUSCIA_FIELD_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['appimage_id', 'name'],
]);

/** The field named by `Field %q is invalid …`. */
export function kusciaFieldName(name: string): string {
  return KUSCIA_FIELD_NAMES.get(name) ?? name;
}

const PATH_LIKE = /^[A-Za-z_][\w]*(?:\[\d*\])?(?:\.[A-Za-z_][\w]*(?:\[\d*\])?)*$/;
const DATASOURCE_ID_OF_DOMAIN = /^domain \S+ data source id$/;

function fillElement(path: string, list: string, index: string): string {
  const marker = `${list}[]`;
  return path.includes(marker)
    ? path.replace(marker, `${list}[${index}]`)
    : `${list}[${index}].${path}`;
}

/**
 * The request field a subject names (rule above); `subject` is as written, without `request `. The
 * indices are those of the message's ` on index N`, ` on tasks[N]` and ` in parties[N]`.
 */
export function subjectToField(
  subject: string,
  onIndex?: string,
  onTask?: string,
  inParty?: string,
): string {
  const key = subject.toLowerCase();
  const known = SUBJECTS.get(key);
  let field: string;
  if (known) {
    field = known.field;
  } else if (DATASOURCE_ID_OF_DOMAIN.test(key)) {
    field = 'datasource_id';
  } else if (PATH_LIKE.test(subject)) {
    field = snakeCase(subject);
  } else {
    field = subject
      .split(' ')
      .filter((word) => word !== '')
      .map(snakeCase)
      .join('_');
  }
  if (onIndex !== undefined) {
    const list = known?.list ?? `${field}[]`;
    field = list.replace('[]', `[${onIndex}]`);
  }
  if (onTask !== undefined) field = fillElement(field, 'tasks', onTask);
  if (inParty !== undefined) field = fillElement(field, 'parties', inParty);
  return field;
}
