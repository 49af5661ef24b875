/** Behaviour decided after the first review of the core; each test names what it pins. */
import { describe, expect, it } from 'vitest';
import { parseKusciaError } from '../../src/core/parse';
import { parseKusciaResponse } from '../../src/core/response';
import { unwrapKusciaResponse } from '../../src/core/unwrap';

const notFound = {
  status: { code: 11305, message: 'domains.kuscia.secretflow "bob" not found', details: [] },
  data: null,
};
const success = {
  status: { code: 0, message: 'success', details: [] },
  data: { domain_id: 'bob' },
};

describe('core regressions', () => {
  it('Response.error() (nothing answered, status 0) is a network failure, not HTTP 0', () => {
    expect(parseKusciaError(Response.error())).toMatchObject({
      source: 'network',
      httpStatus: null,
      retryable: true,
    });
  });

  it('the same 11305 has one fingerprint whether it came raw, through axios or through SWR', () => {
    const raw = parseKusciaError(notFound);
    const viaAxios = parseKusciaError({
      isAxiosError: true,
      response: { status: 200, data: notFound },
    });
    const viaSwr = parseKusciaError(Object.assign(new Error('x'), { info: notFound, status: 200 }));
    expect(raw?.fingerprint).toBe('kuscia:11305');
    expect(viaAxios?.fingerprint).toBe(raw?.fingerprint);
    expect(viaSwr?.fingerprint).toBe(raw?.fingerprint);
    expect(viaAxios?.httpStatus).toBe(200);
  });

  it('failures without a code still differ by HTTP status', () => {
    const a = parseKusciaError({ response: { status: 502, data: '' } });
    const b = parseKusciaError({ response: { status: 503, data: '' } });
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
  });

  it('a successful axios response object holds no error', () => {
    expect(
      parseKusciaError({ status: 200, statusText: 'OK', headers: {}, data: success }),
    ).toBeNull();
  });

  it('unwrapKusciaResponse accepts the body as JSON text', () => {
    expect(unwrapKusciaResponse(JSON.stringify(success))).toEqual({ domain_id: 'bob' });
    expect(() => unwrapKusciaResponse(JSON.stringify(notFound))).toThrow(
      '[Kuscia 11305] domains.kuscia.secretflow "bob" not found',
    );
  });

  // #10: an info handed back (the hook's info given to the alert) was read again as a bare status, and its
  // server message vanished from Details and Copy.
  it('parseKusciaError of an info it issued returns that info, server message and all', () => {
    const info = parseKusciaError(notFound);
    const again = parseKusciaError(info);
    expect(again).toBe(info);
    expect(again?.serverMessage).toBe('domains.kuscia.secretflow "bob" not found');
    expect(parseKusciaError(parseKusciaError(parseKusciaError(notFound)))?.serverMessage).toBe(
      'domains.kuscia.secretflow "bob" not found',
    );
  });

  // #10: a 200 whose body is an SSO login page used to be "no error", and the app read the page as data.
  it('a 200 whose body is an HTML login page is a failure, not success', async () => {
    const page = '<!DOCTYPE html><html><head><title>Sign in · Corp SSO</title></head></html>';
    expect(await parseKusciaResponse(new Response(page, { status: 200 }))).toMatchObject({
      source: 'invalidResponse',
      httpStatus: 200,
      serverMessage: 'Sign in · Corp SSO',
    });
  });
});
