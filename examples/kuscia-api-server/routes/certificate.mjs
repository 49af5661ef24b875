// @ts-check
/**
 * `/api/v1/certificate/generate`: ConfManager's certificate service, which KusciaAPI serves too
 * (`pkg/confmanager/service/certificate.go`). Its checks report every problem at once, joined with `;`
 * (`errorcode.Errs`), under ConfManager's 2000.
 *
 * This server holds no domain certificate to sign with, so a request that passes the checks meets the next
 * failure on Kuscia's path: 2200, `can not find domain cert`.
 */
import { Code } from '../codes.mjs';
import { fail } from '../envelope.mjs';
import { message } from '../schema.mjs';
import { text } from '../validate.mjs';

const KEY_TYPES = ['PKCS#1', 'PKCS#8'];

/** @type {import('./index.mjs').Operation['handle']} */
function generateKeyCerts(body) {
  const errors = [];
  if (text(body.common_name) === '') errors.push('common name must not be empty');
  // "sedconds" is Kuscia's spelling.
  if (Number(body.duration_sec ?? 0) < 0) errors.push('duration sedconds must greater than 0');
  const keyType = text(body.key_type);
  if (keyType !== '' && !KEY_TYPES.includes(keyType)) {
    errors.push('key type must be [PKCS#1, PKCS#8]');
  }
  if (errors.length > 0) return fail(Code.RequestInvalidate, errors.join(';'));
  return fail(Code.GenerateKeyCerts, 'can not find domain cert');
}

/** @type {Record<string, import('./index.mjs').Operation>} */
export const certificateOperations = {
  'certificate/generate': {
    // No `header`: ConfManager's request messages do not have one.
    request: message(
      'GenerateKeyCertsRequest',
      {
        common_name: 'string',
        country: 'string',
        organization: 'string',
        organization_unit: 'string',
        locality: 'string',
        province: 'string',
        street_address: 'string',
        duration_sec: 'int64',
        key_type: 'string',
      },
      'confmanager',
    ),
    hasData: false,
    handle: generateKeyCerts,
    // GenerateKeyCertsResponse has `key` and `cert_chain` beside the status, and no `data`.
    render: ({ code, message: text }) => ({
      status: { code, message: text, details: [] },
      key: '',
      cert_chain: [],
    }),
  },
};
