import { snakeCase, wordMap } from './text';

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

/** Subjects of MESSAGES.md §4 (lower case) → proto path; a subject alone is its words joined by `_`. */
const SUBJECTS = /* @__PURE__ */ wordMap(
  'domain id,domainid=domain_id,domain ids,domaindata id=domaindata_id,domaindataid=domaindata_id,' +
    'domaindata=domaindata_id,job id,job ids,tasks,initiator,task alias=tasks[].alias,parties,' +
    'party domain id=tasks[].parties[].domain_id,' +
    'bandwidth limit destination id=tasks[].parties[].bandwidth_limits[].destination_id,' +
    'source,destination,authentication type,endpoint,' +
    // `tranist` (sic) is the wire text of `domain_route_service.go`.
    'tranist method=transit.transit_method,transit method=transit.transit_method,' +
    'domainroute keys=route_keys,type,relative_uri,domain data source id=datasource_id,' +
    'data source info=info,grantdomain=grant_domain,grantdomainid=domaindatagrant_id,' +
    'domaindatagrantid=domaindatagrant_id,' +
    'batchquerydomaindatagrant.data=data,querydomaindatagrantrequestdata=data[],data,key,keys,' +
    'serving id,serving ids,appimage=parties[].app_image,appimage name=name,name,names,' +
    'base image name=image.name,deploy templates,deploy template name=deploy_templates[].name,' +
    'containers=deploy_templates[].containers,container name=deploy_templates[].containers[].name,' +
    'common name,approve result=result',
);

/** Subjects whose ` on index N` indexes a batch request's plural list (`domain id` → `domain_ids[N]`). */
const BATCH_SUBJECTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'domain id',
  'job id',
  'serving id',
  'name',
]);

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
  let field =
    SUBJECTS.get(key) ??
    (DATASOURCE_ID_OF_DOMAIN.test(key)
      ? 'datasource_id'
      : PATH_LIKE.test(subject)
        ? snakeCase(subject)
        : subject
            .split(' ')
            .filter((word) => word !== '')
            .map(snakeCase)
            .join('_'));
  if (onIndex !== undefined)
    field = `${field}${BATCH_SUBJECTS.has(key) ? 's' : ''}[]`.replace('[]', `[${onIndex}]`);
  if (onTask !== undefined) field = fillElement(field, 'tasks', onTask);
  if (inParty !== undefined) field = fillElement(field, 'parties', inParty);
  return field;
}
