import { patternTable, type Params } from './patterns';
import { matchAt } from './text';

/*
 * client-go refuses to send a request whose object name or namespace is empty or holds `/`, `%`, `.` or
 * `..` (`rest/request.go`, MESSAGES.md §2.6). Kuscia does not validate every ID first, so these texts
 * reach users; the namespace is the Domain ID.
 */

const INVALID_NAME = 'invalid resource name "';
const INVALID_NAMESPACE = 'invalid namespace "';
const INVALID_ID = /invalid (resource name|namespace) "([^"\n]{0,253})": ?(.{0,200})/y;
const EMPTY_NAMESPACE = 'part=namespace rule=empty field=domain_id';

/** Only the first such text is read, a resource name before a namespace. */
function readInvalidId(_: unknown, text: string): Params | null {
  let at = text.indexOf(INVALID_NAME);
  if (at === -1) at = text.indexOf(INVALID_NAMESPACE);
  const match = matchAt(INVALID_ID, text, at);
  if (!match) return null;
  const [, part, value, detail] = match;
  const namespace = part === 'namespace';
  return {
    part: namespace ? 'namespace' : 'resourceName',
    rule: 'invalid',
    value,
    detail,
    field: namespace ? 'domain_id' : undefined,
  };
}

export const EMPTY_IDENTIFIER = /* @__PURE__ */ patternTable('emptyIdentifier', [
  ['resource name may not be empty', 'part=resourceName rule=empty'],
  ['an empty namespace may not be set when a resource name is provided', EMPTY_NAMESPACE],
  ['an empty namespace may not be set during creation', EMPTY_NAMESPACE],
  [INVALID_NAME, readInvalidId],
  [INVALID_NAMESPACE, readInvalidId],
]);
