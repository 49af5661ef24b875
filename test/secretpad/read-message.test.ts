import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSecretPadMessage, secretpadDefinitions } from '../../src/secretpad';
import { catalogKeyOf, readCatalog } from './properties';

/*
 * readMessage against real server messages: SecretPad's catalog texts (from the copied .properties files)
 * filled in as its MessageFormat does, and the examples of CODES.md.
 */
const catalogs = { zh: readCatalog('zh'), en: readCatalog('en') };
const read = readSecretPadMessage;

function template(code: number, language: 'zh' | 'en'): string {
  const definition = secretpadDefinitions.find((d) => d.code === code);
  const text = definition && catalogs[language].get(catalogKeyOf(definition));
  if (text === undefined) throw new Error(`no ${language} text for ${code}`);
  return text;
}

const withPlaceholder = secretpadDefinitions
  .map((d) => d.code)
  .filter((code) => template(code, 'zh').includes('{0}') || template(code, 'en').includes('{0}'));
const withoutPlaceholder = secretpadDefinitions
  .map((d) => d.code)
  .filter((code) => !withPlaceholder.includes(code));

describe('{0} is recovered for every code whose text takes it, in both server languages', () => {
  it('the templates hold {0} at most once and no MessageFormat quote, so prefix/suffix matching is exact', () => {
    for (const code of withPlaceholder) {
      for (const language of ['zh', 'en'] as const) {
        expect(template(code, language).split('{0}').length).toBeLessThanOrEqual(2);
        expect(template(code, language).replace('{0}', '')).not.toMatch(/['{}]/);
      }
    }
  });

  it('60 codes take {0} (VERIFY_SIGNATURE_ERROR only in zh)', () => {
    expect(withPlaceholder).toHaveLength(60);
    expect(template(2020111108, 'en')).not.toContain('{0}');
  });

  for (const code of withPlaceholder) {
    for (const language of ['zh', 'en'] as const) {
      const text = template(code, language);
      if (!text.includes('{0}')) continue;
      it(`${code} ${language}: ${text}`, () => {
        expect(read(code, text.replace('{0}', 'sample-7 argument'))?.values).toEqual({
          '0': 'sample-7 argument',
        });
      });
    }
  }

  it('gives nothing for a message that is the bare template, with its literal {0}', () => {
    for (const code of withPlaceholder) {
      expect(read(code, template(code, 'zh'))).toBeNull();
      expect(read(code, template(code, 'en'))).toBeNull();
    }
  });

  it('gives nothing when the argument printed as null, or is empty', () => {
    for (const code of withPlaceholder) {
      expect(read(code, template(code, 'zh').replace('{0}', 'null'))).toBeNull();
      expect(read(code, template(code, 'zh').replace('{0}', ''))).toBeNull();
    }
  });

  it('gives nothing for the codes without {0}', () => {
    expect(withoutPlaceholder).toHaveLength(82);
    for (const code of withoutPlaceholder) {
      expect(read(code, template(code, 'zh'))).toBeNull();
      expect(read(code, template(code, 'en'))).toBeNull();
    }
  });

  it('gives nothing for a message of another code, or of no known text', () => {
    expect(read(202011403, '节点创建失败: alice')).toBeNull();
    expect(read(202011403, 'something else: alice')).toBeNull();
    expect(read(11305, 'domain alice not exist')).toBeNull();
  });

  it('round-trips any argument through either template', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...withPlaceholder),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.string({ maxLength: 200, unit: 'grapheme' }),
        (code, language, argument) => {
          const text = template(code, language);
          fc.pre(text.includes('{0}'));
          fc.pre(argument.trim() !== '' && argument !== 'null' && argument !== '{0}');
          expect(
            read(
              code,
              text.replace('{0}', () => argument),
            )?.values,
          ).toEqual({ '0': argument });
        },
      ),
    );
  });
});

describe('real server messages (CODES.md)', () => {
  it('用户认证失败: login is expire, please login again.', () => {
    expect(read(202011602, '用户认证失败: login is expire, please login again.')).toEqual({
      values: { '0': 'login is expire, please login again.' },
      reason: { family: 'sessionExpired' },
    });
  });

  it('节点创建失败: … node create fail in kuscia :<Kuscia message>', () => {
    expect(
      read(
        202011402,
        '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      ),
    ).toEqual({
      values: {
        '0': 'alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      },
      kusciaMessage: 'domains.kuscia.secretflow "alice" already exists',
    });
  });

  it('登录已被锁定，请30分钟后再试', () => {
    expect(read(202011603, '登录已被锁定，请30分钟后再试')).toEqual({
      values: { '0': '30' },
      reason: { family: 'accountLocked', minutes: '30' },
    });
  });

  it.each([
    ['Login is locked, Please try again in 30 minutes', '30'],
    // SecretPad before v0.4 (secretflow/secretpad @ 7a5791b, messages_zh_CN.properties: auth.USER_IS_LOCKED).
    ['账号已被锁定，请30分钟后再试', '30'],
  ])('sign-in lockout: %s', (message, minutes) => {
    expect(read(202011603, message)).toEqual({
      values: { '0': minutes },
      reason: { family: 'accountLocked', minutes },
    });
  });

  it.each([
    ['重置密码功能被锁定,请60分钟后再试', '60'],
    ['The reset password function has been locked, please try again in 60 minutes', '60'],
  ])(
    'a locked password reset gives its minutes, and no sign-in lockout: %s',
    (message, minutes) => {
      expect(read(202011604, message)).toEqual({ values: { '0': minutes } });
    },
  );

  it.each([
    [202011600, '用户名或密码错误，剩余重试次数{0}次'],
    [202011603, 'Login is locked, Please try again in {0} minutes'],
    // SecretPad before v0.4: no count in the text at all.
    [202011601, '用户名或密码错误'],
  ])(
    'a template sent unfilled, or an older text without the value, gives nothing: %i %s',
    (code, message) => {
      expect(read(code, message)).toBeNull();
    },
  );

  it('a lockout whose argument is not a number of minutes gives the value but no reason', () => {
    expect(read(202011603, '登录已被锁定，请几分钟后再试')).toEqual({ values: { '0': '几' } });
  });

  it.each([
    [202011601, '用户名或密码错误，剩余重试次数3次', '3'],
    [202011601, 'Username or password error,remaining retry 3 attempts', '3'],
    [202011600, '用户名或密码错误，剩余重试次数9次', '9'],
    [202011704, '训练图节点不可用: alice', 'alice'],
    [202011711, '训练图节点路由不可用: alice->bob', 'alice->bob'],
    [202011711, 'Graph node route not ready:alice-> bob', 'alice-> bob'],
    [202012209, '主节点路由不可用: alice->bob', 'alice->bob'],
    [202011104, '404: 404 NOT_FOUND', '404 NOT_FOUND'],
    [202011104, '404 not found: 404 NOT_FOUND', '404 NOT_FOUND'],
    [202011203, 'i传入机构与登录机构不匹配:owner not match', 'owner not match'],
    [202011408, 'Kuscia返回token为空 kuscia return empty token', 'kuscia return empty token'],
    [
      202012502,
      '数据源创建失败: all node create datasource failed',
      'all node create datasource failed',
    ],
    [
      202012508,
      'S3 API error : The specified key does not exist.',
      'The specified key does not exist.',
    ],
    [202012902, '路由创建失败 create node router failed.', 'create node router failed.'],
    [202011404, '节点删除失败: kuscia delete domain failed', 'kuscia delete domain failed'],
    [202011404, 'Node delete error: node have job running', 'node have job running'],
    [202011100, '入参校验失败: wrong password', 'wrong password'],
    [2020111011, '远程调用错误:项目不存在', '项目不存在'],
    [2020111108, '签名校验错误: Signature length not correct', 'Signature length not correct'],
    [202015008, '定时任务不是运行状态，当前状态是: SUCCESS', 'SUCCESS'],
  ])('%i %s → {0} only', (code, message, value) => {
    expect(read(code, message)).toEqual({ values: { '0': value } });
  });

  it.each([
    [202011403, '节点不存在: {0}'],
    [202011805, '参数不合法: {0}'],
    [202012904, '路由删除失败 {0}'],
    [202011902, '项目任务创建失败: {0}'],
    [202011402, '节点创建失败: {0}'],
    [202011602, '用户认证失败: {0}'],
    [
      2020111108,
      'Due to system upgrade or message tampering, project data is lost, recommended to initiate a new project invitation',
    ],
    [202011518, '项目创建失败:'],
    [202012505, '查询数据源失败'],
    [2020111012, '请求太频繁,请稍后再试'],
    [202011602, '用户认证失败: null'],
  ])('%i %s → nothing', (code, message) => {
    expect(read(code, message)).toBeNull();
  });
});

describe('the Kuscia message SecretPad embeds (§4.2)', () => {
  it.each([
    [
      202012101,
      '远程调用Kuscia错误: get domain alice kuscia data source ds-1 failed, domaindatasources.kuscia.secretflow "ds-1" not found',
      'get domain alice kuscia data source ds-1 failed, domaindatasources.kuscia.secretflow "ds-1" not found',
    ],
    [202012101, 'Kuscia grpc error: io exception', 'io exception'],
    [
      202012904,
      '路由删除失败 clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
      'clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
    ],
    [
      202012904,
      'NodeRoute delete error: clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
      'clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
    ],
    [
      202011902,
      '项目任务创建失败: kusciajobs.kuscia.secretflow "job-psi-1" already exists',
      'kusciajobs.kuscia.secretflow "job-psi-1" already exists',
    ],
    [
      202011902,
      'Project job create error: task alias can not be empty on tasks[0]',
      'task alias can not be empty on tasks[0]',
    ],
    [
      202011402,
      "Node create error: bob node create fail in kuscia :domain id can not be 'master', please choose another name",
      "domain id can not be 'master', please choose another name",
    ],
    [
      202015009,
      '定时任务重跑失败: kusciajobs.kuscia.secretflow "job-1" not found',
      'kusciajobs.kuscia.secretflow "job-1" not found',
    ],
    [202011404, 'Node delete error: Invalid arguments.', 'Invalid arguments.'],
  ])('%i %s', (code, message, kusciaMessage) => {
    expect(read(code, message)?.kusciaMessage).toBe(kusciaMessage);
  });

  it.each([
    [
      202011402,
      "节点创建失败: alice node create fail in db :Duplicate entry 'alice' for key 'PRIMARY'",
    ],
    [202011402, '节点创建失败: Invalid arguments.'],
    [202011402, '节点创建失败: alice node create fail in kuscia :'],
    [202015009, '定时任务重跑失败:  schedule is down'],
    [202015009, '定时任务重跑失败:  schedule task status is not finish, now isRUNNING'],
    [202015009, 'schedule job restart error: scheduleTaskStartTime is more than 30 days'],
    [202015009, 'schedule job restart error: Protocol message contained an invalid tag (zero).'],
    [202011404, '节点删除失败: node route is not empty'],
    [202011404, '节点删除失败: localNode forbid delete'],
    [202012502, '数据源创建失败: all node create datasource failed'],
    [202011101, '系统未知错误: Invalid arguments.'],
    [2020111011, '远程调用错误:节点创建失败: alice node create fail in kuscia :boom'],
  ])('none in %i %s', (code, message) => {
    const reading = read(code, message);
    expect(reading?.values?.['0']).toBeTruthy();
    expect(reading).not.toHaveProperty('kusciaMessage');
  });

  describe('VALIDATION_ERROR carrying ListDomainDataSource’s Status in protobuf text format', () => {
    it('unescapes the quoted message', () => {
      const message =
        '入参校验失败: failed to query domain data sources code: 11808\nmessage: "domain alice can\\\'t operate domain bob data source"\n';
      expect(read(202011100, message)).toEqual({
        values: {
          '0': 'failed to query domain data sources code: 11808\nmessage: "domain alice can\\\'t operate domain bob data source"\n',
        },
        kusciaMessage: "domain alice can't operate domain bob data source",
      });
    });

    it('decodes octal-escaped UTF-8 and the other escapes', () => {
      const message =
        'Input parameter verification failed: failed to query domain data sources code: 11100\nmessage: "\\350\\212\\202\\347\\202\\271 \\"a\\\\b\\"\\tc\\x41"\n';
      expect(read(202011100, message)?.kusciaMessage).toBe('节点 "a\\b"\tcA');
    });

    it('reads the status SecretPad forges for a gRPC failure', () => {
      expect(
        read(
          202011100,
          '入参校验失败: failed to query domain data sources code: 14\nmessage: "io exception"\n',
        )?.kusciaMessage,
      ).toBe('io exception');
      expect(
        read(
          202011100,
          '入参校验失败: failed to query domain data sources code: -1\nmessage: "Invalid arguments."\n',
        )?.kusciaMessage,
      ).toBe('Invalid arguments.');
    });

    it('keeps non-ASCII text that was not escaped', () => {
      expect(
        read(
          202011100,
          '入参校验失败: failed to query domain data sources code: 11100\nmessage: "节点 😀"\n',
        )?.kusciaMessage,
      ).toBe('节点 😀');
    });

    it.each([
      ['no message line', '入参校验失败: failed to query domain data sources code: 11100\n'],
      [
        'an empty message',
        '入参校验失败: failed to query domain data sources code: 11100\nmessage: ""\n',
      ],
      [
        'an unclosed quote',
        '入参校验失败: failed to query domain data sources code: 11100\nmessage: "half',
      ],
      ['no Status at all', '入参校验失败: failed to query domain data sources whatever'],
    ])('gives the value but no Kuscia message for %s', (_case, message) => {
      const reading = read(202011100, message);
      expect(reading?.values?.['0']).toMatch(/^failed to query domain data sources /);
      expect(reading).not.toHaveProperty('kusciaMessage');
    });
  });
});

describe('202011602: session expired or permission denied, from the English tail (§5.4)', () => {
  const sessionTails = [
    'login is required',
    'login is expire, please login again.',
    'The request header does not contain User-Token!',
    'The request header does not contain header!',
    'auth failed',
    'Cannot find token in db, user not login in.',
    'The login session is expire, please login again.',
    'The login session is null, please login again.',
  ];
  const permissionTails = [
    'No permission to access the interface(/api/v1alpha1/datasource/create). owner_type(EDGE), owner_id(alice)',
    'No permission to access the data NODE_ID(bob). owner_type(EDGE), owner_id(alice)',
    'no Permissions',
    'Invalid field. The field(nodeId) does not exist.',
  ];

  it.each(sessionTails)('session: %s', (tail) => {
    expect(read(202011602, `用户认证失败: ${tail}`)).toEqual({
      values: { '0': tail },
      reason: { family: 'sessionExpired' },
    });
    expect(read(202011602, `Authentication user failed: ${tail}`)?.reason).toEqual({
      family: 'sessionExpired',
    });
  });

  it.each(permissionTails)('permission: %s', (tail) => {
    expect(read(202011602, `用户认证失败: ${tail}`)).toEqual({
      values: { '0': tail },
      reason: { family: 'permissionDenied' },
    });
    expect(read(202011602, `Authentication user failed: ${tail}`)?.reason).toEqual({
      family: 'permissionDenied',
    });
  });

  it.each([
    'Cannot find token in db, user not login in.',
    'The login session is expire, please login again.',
    'The login session is null, please login again.',
  ])('the edge filter’s raw body: %s', (message) => {
    expect(read(202011602, message)).toEqual({
      values: { '0': message },
      reason: { family: 'sessionExpired' },
    });
  });

  it('another node`s call without its node id is neither an expired session nor a denied permission', () => {
    // LoginInterceptor.processByNodeRpcRequest: no sign-in and no access grant fixes it.
    expect(read(202011602, '用户认证失败: Cannot find node id in header for rpc.')).toEqual({
      values: { '0': 'Cannot find node id in header for rpc.' },
    });
  });

  it('an unknown tail gives the value but no reason; an unknown raw body gives nothing', () => {
    expect(read(202011602, '用户认证失败: token revoked by admin')).toEqual({
      values: { '0': 'token revoked by admin' },
    });
    expect(read(202011602, 'token revoked by admin')).toBeNull();
  });

  it('the tails only decide for 202011602', () => {
    expect(read(202011101, '系统未知错误: login is required')).toEqual({
      values: { '0': 'login is required' },
    });
    expect(read(202011101, 'login is required')).toBeNull();
  });
});
