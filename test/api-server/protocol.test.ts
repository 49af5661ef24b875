/*
 * The layers every call crosses, whatever the operation: the token check, the router, the body binder and
 * the two body shapes KusciaAPI answers with.
 */
import { describe, expect, it } from 'vitest';
import { call, startServer } from './helpers';

describe('the Token header', () => {
  it('answers HTTP 401 with an empty body when the header is missing', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/query', { domain_id: 'alice' }, { token: null });
    expect(answer.status).toBe(401);
    expect(answer.text).toBe('');
  });

  it('answers HTTP 401 with an empty body when the token is wrong', async () => {
    const api = await startServer({ token: 'right' });
    const answer = await call(
      api,
      '/api/v1/domain/query',
      { domain_id: 'alice' },
      { token: 'wrong' },
    );
    expect(answer.status).toBe(401);
    expect(answer.text).toBe('');
  });

  it('refuses a CORS preflight the same way, so a browser cannot call KusciaAPI directly', async () => {
    const api = await startServer();
    const response = await fetch(`${api.url}/api/v1/domain/query`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is checked on unknown API paths too', async () => {
    const api = await startServer();
    expect((await call(api, '/api/v1/nothing/here', {}, { token: null })).status).toBe(401);
  });
});

describe('the router', () => {
  it("answers an unknown path with Gin's plain-text 404", async () => {
    const api = await startServer();
    for (const path of ['/api/v1/domain/frobnicate', '/api/v2/domain/create', '/', '/health']) {
      const answer = await call(api, path);
      expect(answer.status, path).toBe(404);
      expect(answer.text, path).toBe('404 page not found');
      expect(answer.headers.get('content-type'), path).toMatch(/^text\/plain/);
    }
  });

  it('serves the operations on POST only', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/query', undefined, { method: 'GET' });
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('404 page not found');
  });
});

describe('the body binder', () => {
  const malformed: [string, string][] = [
    ['{"domain_id":', 'unexpected EOF'],
    ['{"domain_id":"alice"', 'unexpected EOF'],
    ['', 'EOF'],
    ['{bad}', "invalid character 'b' looking for beginning of object key string"],
    ['{"domain_id" "alice"}', "invalid character '\"' after object key"],
    ['{"domain_id":"alice",}', "invalid character '}' looking for beginning of object key string"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['{"domain_id":tru}', "invalid character '}' in literal true (expecting 'e')"],
    ['{"a":"\u0001"}', "invalid character '\\x01' in string literal"],
  ];

  it.each(malformed)(
    'answers %j with 11101 and Go’s text, in the hand-built body',
    async (raw, message) => {
      const api = await startServer();
      const answer = await call(api, '/api/v1/domain/create', undefined, { raw });
      expect(answer.status).toBe(200);
      // Hand-built by Kuscia's framework: no `details`, no `data`.
      expect(JSON.parse(answer.text)).toEqual({ status: { code: 11101, message } });
    },
  );

  it('gives up past 10000 levels of nesting, as Go’s decoder does, without overflowing its stack', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/create', undefined, {
      raw: '['.repeat(100_000),
    });
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 11101, message: "invalid character '[' exceeded max depth" },
    });
  });

  it('answers a field of the wrong type with 11101 naming the field and its Go type', async () => {
    const api = await startServer();
    const cases: [string, unknown, string][] = [
      [
        'domain/create',
        { domain_id: 42 },
        'json: cannot unmarshal number into Go struct field CreateDomainRequest.domain_id of type string',
      ],
      [
        'domain/batchQuery',
        { domain_ids: 'alice' },
        'json: cannot unmarshal string into Go struct field BatchQueryDomainRequest.domain_ids of type []string',
      ],
      [
        'job/create',
        { job_id: 'j', tasks: [{ parties: 'alice' }] },
        'json: cannot unmarshal string into Go struct field CreateJobRequest.tasks.parties of type []*kusciaapi.Party',
      ],
      [
        'route/create',
        { endpoint: 'bob:1080' },
        'json: cannot unmarshal string into Go struct field CreateDomainRouteRequest.endpoint of type kusciaapi.RouteEndpoint',
      ],
      [
        'domain/create',
        ['alice'],
        'json: cannot unmarshal array into Go value of type kusciaapi.CreateDomainRequest',
      ],
    ];
    for (const [operation, body, message] of cases) {
      const answer = await call(api, `/api/v1/${operation}`, body);
      expect(JSON.parse(answer.text), operation).toEqual({ status: { code: 11101, message } });
    }
  });

  it('decodes the first JSON value and ignores what follows, as Go’s decoder does', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/create', undefined, {
      raw: '{"domain_id":"alice"} trailing',
    });
    expect(answer.body.status.code).toBe(0);
  });

  it('drops unknown fields and takes null as absent', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/create', {
      domain_id: 'alice',
      role: null,
      colour: 'blue',
    });
    expect(answer.body.status.code).toBe(0);
  });

  it('stops reading past 1 MiB and answers 11101 like a Go server with MaxBytesReader', async () => {
    const api = await startServer();
    const raw = JSON.stringify({ domain_id: 'alice', cert: 'x'.repeat(1024 * 1024) });
    const answer = await call(api, '/api/v1/domain/create', undefined, { raw });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 11101, message: 'http: request body too large' },
    });
    expect(api.state.domains.size).toBe(0);
  });
});

describe('the response message', () => {
  it('renders success with status 0, "success" and empty details', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/create', { domain_id: 'alice' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // CreateDomainResponse has no `data` field at all.
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 0, message: 'success', details: [] },
    });
  });

  it('renders a business failure with HTTP 200, details [] and data null', async () => {
    const api = await startServer();
    const answer = await call(api, '/api/v1/domain/query', { domain_id: 'bob' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 11305, message: 'domains.kuscia.secretflow "bob" not found', details: [] },
      data: null,
    });
  });
});
