import { clip, makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * client-go refuses to send a request whose object name or namespace is empty or holds `/`, `%`, `.` or
 * `..` (`rest/request.go`, MESSAGES.md §2.6). Kuscia does not validate every ID first, so these texts
 * reach users; the namespace is the Domain ID.
 */

const INVALID_ID = /invalid (resource name|namespace) "([^"\n]{0,253})": ?(.{0,200})/y;

export function readEmptyIdentifier(text: string): KusciaErrorReason | null {
  if (text.includes('resource name may not be empty')) {
    return makeReason('emptyIdentifier', { part: 'resourceName', rule: 'empty' });
  }
  if (
    text.includes('an empty namespace may not be set when a resource name is provided') ||
    text.includes('an empty namespace may not be set during creation')
  ) {
    return makeReason('emptyIdentifier', { part: 'namespace', rule: 'empty', field: 'domain_id' });
  }
  let at = text.indexOf('invalid resource name "');
  if (at === -1) at = text.indexOf('invalid namespace "');
  const match = matchAt(INVALID_ID, text, at);
  if (!match) return null;
  const [, part, value, detail] = match;
  const namespace = part === 'namespace';
  return makeReason('emptyIdentifier', {
    part: namespace ? 'namespace' : 'resourceName',
    rule: 'invalid',
    value,
    detail: detail ? clip(detail) : undefined,
    field: namespace ? 'domain_id' : undefined,
  });
}
