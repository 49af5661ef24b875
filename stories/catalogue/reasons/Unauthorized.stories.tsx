import type { Meta, StoryObj } from '@storybook/react-vite';
import { REASON_CASES } from './cases';
import { ReasonFamily, familyStory } from './ReasonFamily';

const meta = {
  title: 'Catalogue/Reasons/unauthorized',
  component: ReasonFamily,
  tags: ['autodocs'],
  args: { family: 'unauthorized', cases: REASON_CASES.unauthorized },
  parameters: {
    docs: {
      description: {
        component:
          'Kuscia could not authenticate to its internal Kubernetes API. Each story pins a locale and a theme; its play function checks the literal texts.',
      },
    },
  },
} satisfies Meta<typeof ReasonFamily>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EnglishLight: Story = familyStory('en-US', 'light');
export const EnglishDark: Story = familyStory('en-US', 'dark');
export const ChineseLight: Story = familyStory('zh-CN', 'light');
export const ChineseDark: Story = familyStory('zh-CN', 'dark');
