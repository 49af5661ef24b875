/*
 * `/api/v1/certificate/generate`: ConfManager's checks report every problem at once, joined with `;`
 * (MESSAGES.md §3.10); a request that passes them meets the missing domain certificate (2200).
 */
import { describe, expect, it } from 'vitest';
import { call, kuscia, startServer } from './helpers';

describe('certificate/generate', () => {
  it('answers 2000 with every problem, joined with ";" and no space', async () => {
    const api = await startServer();
    expect(
      await kuscia(api, 'certificate/generate', { duration_sec: -1, key_type: 'PKCS#12' }),
    ).toEqual({
      status: {
        code: 2000,
        message:
          'common name must not be empty;duration sedconds must greater than 0;key type must be [PKCS#1, PKCS#8]',
        details: [],
      },
      key: '',
      cert_chain: [],
    });
  });

  it('answers 2000 with a single problem alone', async () => {
    const api = await startServer();
    expect(
      (await kuscia(api, 'certificate/generate', { common_name: 'x', key_type: 'PEM' })).status,
    ).toEqual({ code: 2000, message: 'key type must be [PKCS#1, PKCS#8]', details: [] });
  });

  it('answers 2200 for a valid request: this server holds no domain certificate', async () => {
    const api = await startServer();
    expect(await kuscia(api, 'certificate/generate', { common_name: 'alice-client' })).toEqual({
      status: { code: 2200, message: 'can not find domain cert', details: [] },
      key: '',
      cert_chain: [],
    });
  });

  it('names ConfManager’s package when the body is not an object', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/certificate/generate', undefined, { raw: '[]' });
    expect(JSON.parse(answer.text)).toEqual({
      status: {
        code: 11101,
        message:
          'json: cannot unmarshal array into Go value of type confmanager.GenerateKeyCertsRequest',
      },
    });
  });
});
