import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import {
  describeKusciaError,
  ErrorCodeBadge,
  getKusciaLocaleMessages,
  KusciaErrorAlert,
  kusciaErrorCodes,
  type KusciaErrorCategory,
  type KusciaLocale,
} from '../../src';
import { ORACLE, envelope, localeOf } from '../../test/fixtures';

/** Every category, in the order it first appears in the table: derived, never a hand-kept list. */
const categories: readonly KusciaErrorCategory[] = [
  ...new Set(kusciaErrorCodes.map((definition) => definition.category)),
];

const codesOf = (category: KusciaErrorCategory) =>
  kusciaErrorCodes.filter((definition) => definition.category === category);

interface CatalogueProps {
  /** Show only this category. */
  initialCategory?: KusciaErrorCategory | 'all';
  /** The locale of the texts: the toolbar's, handed down by the story. */
  locale?: KusciaLocale;
}

/**
 * Every code of the table with its badge, key, category, retryability, and the title and resolution in the
 * provider's locale. The column names come from the locale's labels where it has them; "Resolution",
 * "Category" and "All" are story text.
 */
function Catalogue({ initialCategory = 'all', locale = 'en-US' }: CatalogueProps) {
  const { labels } = getKusciaLocaleMessages(locale);
  const [category, setCategory] = useState<KusciaErrorCategory | 'all'>(initialCategory);
  const selectId = useId();
  const rows = category === 'all' ? kusciaErrorCodes : codesOf(category);

  return (
    <div className="story-stack">
      <div className="story-row">
        <label htmlFor={selectId}>Category</label>
        <select
          id={selectId}
          className="story-select"
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as KusciaErrorCategory | 'all');
          }}
        >
          <option value="all">All ({kusciaErrorCodes.length})</option>
          {categories.map((value) => (
            <option key={value} value={value}>
              {labels.categories[value]} ({codesOf(value).length})
            </option>
          ))}
        </select>
      </div>
      <table className="story-table">
        <caption>
          Kuscia error codes: {rows.length} of {kusciaErrorCodes.length}
        </caption>
        <thead>
          <tr>
            <th scope="col">{labels.fields.code}</th>
            <th scope="col">{labels.fields.key}</th>
            <th scope="col">Category</th>
            <th scope="col">{labels.retryable}</th>
            <th scope="col">{labels.fields.title}</th>
            <th scope="col">Resolution</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((definition) => {
            const text = describeKusciaError(definition.code, locale);
            return (
              <tr key={definition.code} data-code={definition.code}>
                <td>
                  <ErrorCodeBadge code={definition.code} />
                </td>
                <td>
                  <code>{definition.key}</code>
                </td>
                <td>{labels.categories[definition.category]}</td>
                <td>{definition.retryable ? labels.retryable : labels.notRetryable}</td>
                <th scope="row">
                  {text.title}
                  {definition.supersededBy !== undefined && (
                    <div className="story-muted">
                      {labels.supersededBy.replace('{code}', String(definition.supersededBy))}
                    </div>
                  )}
                </th>
                <td>{text.resolution}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Catalogue/Error codes',
  component: Catalogue,
  tags: ['autodocs'],
  render: (args, { globals }) => <Catalogue locale={localeOf(globals)} {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          'Every code of `kusciaErrorCodes` (generated from the table), in the toolbar locale. Switch the locale and theme from the toolbar.',
      },
    },
  },
} satisfies Meta<typeof Catalogue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole table, filterable by category. */
export const AllCodes: Story = {
  play: async ({ canvasElement, globals }) => {
    const text = ORACLE[localeOf(globals)];
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    // One header row plus one row per code.
    await expect(within(table).getAllByRole('row')).toHaveLength(kusciaErrorCodes.length + 1);
    await expect(within(table).getByRole('rowheader', { name: text.title[11305] })).toBeVisible();

    // 11907 is the retired number of 11807.
    await expect(
      within(table).getByRole('rowheader', {
        name: `${text.title[11907]} ${text.label.supersededBy11807}`,
      }),
    ).toBeVisible();

    const select = canvas.getByRole('combobox', { name: 'Category' });
    await userEvent.selectOptions(select, 'domain');
    await expect(within(table).getAllByRole('row')).toHaveLength(codesOf('domain').length + 1);
    await expect(within(table).getByText('KusciaAPIErrDomainNotExists')).toBeVisible();
    await expect(within(table).queryByText('KusciaAPIErrCreateJob')).not.toBeInTheDocument();
    await expect(within(table).getAllByText(text.category.domain)).toHaveLength(
      codesOf('domain').length,
    );

    await userEvent.selectOptions(select, 'all');
    await expect(within(table).getAllByRole('row')).toHaveLength(kusciaErrorCodes.length + 1);
  },
};

/** The same table in zh-CN: the doc's own 描述 and 解决方案. */
export const AllCodesChinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getByRole('rowheader', { name: '节点不存在异常' })).toBeVisible();
    await expect(within(table).getByText('节点不存在异常，确认节点是否存在')).toBeVisible();
    await expect(within(table).getByRole('columnheader', { name: '错误码' })).toBeVisible();
  },
};

/** The common codes (11103 is the retryable one) in the dark theme. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { initialCategory: 'common' },
  play: async ({ canvasElement, globals }) => {
    const text = ORACLE[localeOf(globals)];
    const row = within(canvasElement).getByRole('rowheader', { name: text.title[11103] });
    await expect(row).toBeVisible();
    await expect(
      within(canvasElement).getAllByRole('cell', { name: text.label.retryable }),
    ).toHaveLength(1);
  },
};

// ─── One story per category: each of its codes as an alert ─────────────────────────────────────────────

interface CategoryAlertsProps {
  /** The category whose codes to render. */
  category: KusciaErrorCategory;
}

/** Each code of one category as the alert a console would show, with a plausible server message. */
function CategoryAlerts({ category, locale }: CategoryAlertsProps & { locale: KusciaLocale }) {
  const { labels } = getKusciaLocaleMessages(locale);
  return (
    <section className="story-stack" aria-labelledby={`category-${category}`}>
      <h2 id={`category-${category}`} className="story-heading">
        {labels.categories[category]}
      </h2>
      {codesOf(category).map((definition) => (
        <KusciaErrorAlert
          key={definition.code}
          headingLevel={3}
          error={envelope(definition.code, `${definition.key}: sample server message`)}
          showDetails
        />
      ))}
    </section>
  );
}

const categoryStory = (category: KusciaErrorCategory): StoryObj<typeof CategoryAlerts> => ({
  render: (_args, { globals }) => <CategoryAlerts category={category} locale={localeOf(globals)} />,
  parameters: { docs: { source: { code: `<CategoryAlerts category="${category}" />` } } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const expected = codesOf(category);
    const alerts = [
      ...canvas.queryAllByRole('alert'),
      ...canvas.queryAllByRole('status', { name: /./ }),
    ];
    await expect(alerts).toHaveLength(expected.length);
    await expect(
      canvas.getByRole('heading', { level: 2, name: ORACLE[localeOf(globals)].category[category] }),
    ).toBeVisible();
    for (const definition of expected) {
      await expect(canvas.getByText(String(definition.code))).toBeVisible();
    }
  },
});

export const CategoryCommon = { ...categoryStory('common'), name: 'Category: common' };
export const CategoryJob = { ...categoryStory('job'), name: 'Category: job' };
export const CategoryDomain = { ...categoryStory('domain'), name: 'Category: domain' };
export const CategoryDomainRoute = {
  ...categoryStory('domainRoute'),
  name: 'Category: domainRoute',
};
export const CategoryDomainData = { ...categoryStory('domainData'), name: 'Category: domainData' };
export const CategoryServing = { ...categoryStory('serving'), name: 'Category: serving' };
export const CategoryDomainDataGrant = {
  ...categoryStory('domainDataGrant'),
  name: 'Category: domainDataGrant',
};
export const CategoryDomainDataSource = {
  ...categoryStory('domainDataSource'),
  name: 'Category: domainDataSource',
};
export const CategoryConfig = { ...categoryStory('config'), name: 'Category: config' };
export const CategoryAppImage = { ...categoryStory('appImage'), name: 'Category: appImage' };
export const CategoryLog = { ...categoryStory('log'), name: 'Category: log' };
