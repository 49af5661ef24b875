import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  describeKusciaError,
  ErrorCodeBadge,
  getKusciaLocaleMessages,
  KusciaErrorAlert,
  type KusciaLocale,
} from '../../src';
import { secretpad, secretpadDefinitions } from '../../src/secretpad/index';
import type { StoryTheme } from '../../.storybook/preview';
import {
  MESSAGE,
  ORACLE,
  SECRETPAD,
  badgeName,
  localeOf,
  recorded,
  type Locale,
} from '../../test/fixtures';

/** SecretPad's modules, one enum each: the enum class before the key's dot, in the table's order. */
const modules: readonly string[] = [
  ...new Set(secretpadDefinitions.map((definition) => definition.key.split('.')[0] ?? '')),
];

const codesOf = (module: string) =>
  secretpadDefinitions.filter((definition) => definition.key.startsWith(`${module}.`));

interface SecretPadCodesProps {
  /** The locale of the texts: the toolbar's, handed down by the story. */
  locale?: KusciaLocale;
}

/**
 * SecretPad's 142 codes as a console sees them once `kuscia-error-kit/secretpad` is registered: a table per
 * module (SecretPad's error-code enum) with the badge, the key, SecretPad's own title (its `{0}` dropped for a
 * bare code) and the kit's next step. "Next step" is story text.
 */
function SecretPadCodes({ locale = 'en-US' }: SecretPadCodesProps) {
  const { labels } = getKusciaLocaleMessages(locale);
  return (
    <div className="story-stack">
      {modules.map((module) => {
        const codes = codesOf(module);
        return (
          <table key={module} className="story-table">
            <caption>
              {module} ({codes[0]?.category}): {codes.length}
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.fields.code}</th>
                <th scope="col">{labels.fields.key}</th>
                <th scope="col">{labels.retryable}</th>
                <th scope="col">{labels.fields.title}</th>
                <th scope="col">Next step</th>
              </tr>
            </thead>
            <tbody>
              {codes.map((definition) => {
                const text = describeKusciaError(definition.code, locale);
                return (
                  <tr key={definition.code}>
                    <td>
                      <ErrorCodeBadge code={definition.code} />
                    </td>
                    <td>
                      <code>{definition.key}</code>
                    </td>
                    <td>{definition.retryable ? labels.retryable : labels.notRetryable}</td>
                    <th scope="row">{text.title}</th>
                    <td>{text.resolution}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

const meta = {
  title: 'Catalogue/SecretPad',
  component: SecretPadCodes,
  tags: ['autodocs'],
  render: (args, { globals }) => <SecretPadCodes locale={localeOf(globals)} {...args} />,
  parameters: {
    kuscia: { catalogs: [secretpad] },
    docs: {
      description: {
        component:
          "SecretPad's codes, plugged in with `<KusciaErrorProvider catalogs={[secretpad]}>` (or `registerKusciaCatalog(secretpad)`): a table per module in the toolbar's locale, whatever language SecretPad wrote its `msg` in, and the failures a console must react to: an expired session (Sign in again), a denied permission (no sign-in), a lockout, and a Kuscia failure wrapped in SecretPad's `msg`.",
      },
    },
  },
} satisfies Meta<typeof SecretPadCodes>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Per module: how many codes it has (/work/shared/secretpad/CODES.md §1) and one title per locale, from
 * SecretPad's messages_*.properties (test/fixtures/secretpad), `{0}` dropped with its separator.
 */
const MODULES: Readonly<
  Record<string, { count: number; code: number; title: Readonly<Record<Locale, string>> }>
> = {
  SystemErrorCode: {
    count: 14,
    code: 2020111012,
    title: {
      'en-US': 'request too frequent, please try again late',
      'zh-CN': '请求太频繁,请稍后再试',
    },
  },
  InstErrorCode: {
    count: 11,
    code: 202011200,
    title: { 'en-US': 'Inst not exist', 'zh-CN': '机构不存在' },
  },
  DatatableErrorCode: {
    count: 9,
    code: 202011301,
    title: { 'en-US': 'Datatable not exist', 'zh-CN': '数据表不存在' },
  },
  NodeErrorCode: {
    count: 9,
    code: 202011402,
    title: { 'en-US': 'Node create error', 'zh-CN': '节点创建失败' },
  },
  ProjectErrorCode: {
    count: 18,
    code: 202011501,
    title: { 'en-US': 'Project not exist', 'zh-CN': '项目不存在' },
  },
  AuthErrorCode: {
    count: 5,
    code: 202011602,
    title: { 'en-US': 'Authentication user failed', 'zh-CN': '用户认证失败' },
  },
  GraphErrorCode: {
    count: 13,
    code: 202011702,
    title: { 'en-US': 'Graph not exists', 'zh-CN': '训练图不存在' },
  },
  DataErrorCode: {
    count: 6,
    code: 202011801,
    title: { 'en-US': 'File name is empty', 'zh-CN': '文件名为空' },
  },
  JobErrorCode: {
    count: 6,
    code: 202011901,
    title: { 'en-US': 'Project job not exist', 'zh-CN': '项目任务不存在' },
  },
  UserErrorCode: {
    count: 3,
    code: 202012001,
    title: {
      'en-US': 'The passwords entered twice are inconsistent',
      'zh-CN': '两次输入的密码不一致',
    },
  },
  KusciaGrpcErrorCode: {
    count: 1,
    code: 202012101,
    title: { 'en-US': 'Kuscia grpc error', 'zh-CN': '远程调用Kuscia错误' },
  },
  VoteErrorCode: {
    count: 9,
    code: 202012201,
    title: { 'en-US': 'Vote not exists', 'zh-CN': '不存在的投票' },
  },
  FeatureTableErrorCode: {
    count: 3,
    code: 202012301,
    title: { 'en-US': 'feature table not exist', 'zh-CN': '在线特征表不存在' },
  },
  ModelExportErrorCode: {
    count: 1,
    code: 202012401,
    title: { 'en-US': 'Model export error', 'zh-CN': '模型打包失败' },
  },
  DatasourceErrorCode: {
    count: 11,
    code: 202012501,
    title: {
      'en-US': 'connect to endpoint fail,please check your endpoint and oss service',
      'zh-CN': '连接endpoint失败,请检查endpoint地址,或者OSS服务是否正常',
    },
  },
  ConcurrentErrorCode: {
    count: 3,
    code: 202012601,
    title: { 'en-US': 'Task interrupted', 'zh-CN': '任务被异常打断' },
  },
  NodeRouteErrorCode: {
    count: 7,
    code: 202012906,
    title: { 'en-US': 'NodeRoute config error', 'zh-CN': '节点通信地址配置错误' },
  },
  ResultErrorCode: {
    count: 2,
    code: 202013001,
    title: { 'en-US': 'SCQL result is empty', 'zh-CN': 'SCQL结果为空' },
  },
  ScheduledErrorCode: {
    count: 11,
    code: 202015001,
    title: { 'en-US': 'project job need success once', 'zh-CN': '画布至少需要成功运行一次' },
  },
};

const codesStory = (locale: KusciaLocale, theme: StoryTheme): Story => ({
  name: `Codes by module: ${locale === 'zh-CN' ? 'Chinese' : 'English'}, ${theme}`,
  globals: { locale, theme },
  play: async ({ canvasElement, globals }) => {
    const shown = localeOf(globals);
    await expect(shown).toBe(locale);
    const canvas = within(canvasElement);
    const tables = canvas.getAllByRole('table');
    await expect(tables).toHaveLength(Object.keys(MODULES).length);
    let total = 0;
    for (const [module, expected] of Object.entries(MODULES)) {
      const table = within(canvas.getByRole('table', { name: new RegExp(`^${module} \\(`) }));
      // A header row, then one row per code.
      await expect(table.getAllByRole('row')).toHaveLength(expected.count + 1);
      total += expected.count;
      const row = table.getByRole('rowheader', { name: expected.title[shown] });
      await expect(row).toBeVisible();
      await expect(
        within(row.closest('tr') ?? row).getByRole('button', {
          name: badgeName(expected.code, shown),
        }),
      ).toHaveAttribute('data-known', '');
    }
    await expect(total).toBe(142);
    // Column names in the UI's words, one set per table.
    await expect(
      canvas.getAllByRole('columnheader', { name: ORACLE[shown].field.key }),
    ).toHaveLength(Object.keys(MODULES).length);
  },
});

export const CodesEnglishLight: Story = codesStory('en-US', 'light');
export const CodesEnglishDark: Story = codesStory('en-US', 'dark');
export const CodesChineseLight: Story = codesStory('zh-CN', 'light');
export const CodesChineseDark: Story = codesStory('zh-CN', 'dark');

// ─── The failures a console must react to ───────────────────────────────────────────────────────────────

const PERMISSION_DENIED = {
  status: {
    code: 202011602,
    msg: '用户认证失败: No permission to access the interface(/api/v1alpha1/node/create). owner_type(EDGE), owner_id(alice)',
  },
  data: null,
};

const sessionStory = (locale: KusciaLocale, theme: StoryTheme): Story => {
  // The app's "take me to the login page", one spy per story.
  const onSignIn = fn();
  return {
    name: `Session expired: ${locale === 'zh-CN' ? 'Chinese' : 'English'}, ${theme}`,
    globals: { locale, theme },
    render: () => (
      <div className="story-stack">
        <KusciaErrorAlert error={recorded.secretpadAuthExpired()} onSignIn={onSignIn} showDetails />
        <KusciaErrorAlert error={PERMISSION_DENIED} onSignIn={onSignIn} />
      </div>
    ),
    play: async ({ canvasElement, globals }) => {
      onSignIn.mockClear();
      const shown = localeOf(globals);
      const text = ORACLE[shown];
      const canvas = within(canvasElement);
      // SecretPad's 202011602 for an expired login: "Sign in again".
      const expired = canvas.getByRole('alert', { name: text.reason.sessionExpired.title });
      await expect(expired).toHaveAccessibleDescription(text.reason.sessionExpired.resolution);
      await userEvent.click(within(expired).getByRole('button', { name: text.label.signIn }));
      await expect(onSignIn).toHaveBeenCalledOnce();
      await userEvent.click(within(expired).getByRole('button', { name: text.label.details }));
      await expect(within(expired).getAllByRole('definition')[0]).toHaveTextContent(
        SECRETPAD[shown].authExpired,
      );
      // The same code for a denied permission: never "Sign in again".
      const denied = canvas.getByRole('alert', { name: text.reason.permissionDenied.title });
      await expect(
        within(denied).queryByRole('button', { name: text.label.signIn }),
      ).not.toBeInTheDocument();
    },
  };
};

/** SecretPad's 202011602 says "login is expire": the alert offers Sign in again; "No permission" never does. */
export const SessionExpiredEnglish: Story = sessionStory('en-US', 'light');
/** The same in zh-CN and the dark theme. */
export const SessionExpiredChinese: Story = sessionStory('zh-CN', 'dark');

const wrappedStory = (locale: KusciaLocale, theme: StoryTheme): Story => ({
  name: `Wrapped Kuscia failure: ${locale === 'zh-CN' ? 'Chinese' : 'English'}, ${theme}`,
  globals: { locale, theme },
  render: () => <KusciaErrorAlert error={recorded.secretpadNodeCreate()} showDetails />,
  play: async ({ canvasElement, globals }) => {
    const shown = localeOf(globals);
    const text = ORACLE[shown];
    const status = within(canvasElement).getByRole('status', {
      name: text.reason.domainExists.title,
    });
    await expect(status).toHaveAttribute('data-source', 'secretpad');
    await expect(within(status).getByText('202011402')).toHaveTextContent(
      badgeName(202011402, shown),
    );
    await userEvent.click(within(status).getByRole('button', { name: text.label.details }));
    const values = within(status)
      .getAllByRole('definition')
      .map((value) => value.textContent);
    await expect(values).toEqual([
      SECRETPAD[shown].nodeCreateWrapped,
      MESSAGE.secretpadNodeCreate,
      text.source.secretpad,
      SECRETPAD.key[202011402],
    ]);
  },
});

/**
 * `{"status":{"code":202011402,"msg":"节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow
 * \"alice\" already exists"}}`: Kuscia's cause, in the UI's language (not the server's), SecretPad's title
 * kept in the details.
 */
export const WrappedKusciaEnglish: Story = wrappedStory('en-US', 'dark');
/** The same in zh-CN and the light theme. */
export const WrappedKusciaChinese: Story = wrappedStory('zh-CN', 'light');

/** A lockout says for how long, and Retry is not offered; the rate limit is a retryable warning. */
export const LockoutAndRateLimit: Story = {
  name: 'Lockout and rate limit',
  render: () => (
    <div className="story-stack">
      <KusciaErrorAlert
        error={{ status: { code: 202011603, msg: '登录已被锁定，请30分钟后再试' }, data: null }}
        onRetry={fn()}
      />
      <KusciaErrorAlert error={recorded.secretpadRateLimit()} onRetry={fn()} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const text = ORACLE[localeOf(globals)];
    const canvas = within(canvasElement);
    const locked = canvas.getByRole('alert', { name: text.reason.accountLocked30.title });
    await expect(
      within(locked).queryByRole('button', { name: text.label.retry }),
    ).not.toBeInTheDocument();
    const limited = canvas.getByRole('status', { name: text.title[2020111012] });
    await expect(within(limited).getByRole('button', { name: text.label.retry })).toBeVisible();
  },
};
