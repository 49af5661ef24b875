import type { Meta, StoryObj } from '@storybook/react-vite';
import { REASON_CASES } from './cases';
import { ReasonFamily, familyStory } from './ReasonFamily';

const meta = {
  title: 'Catalogue/Reasons/invalidObject',
  component: ReasonFamily,
  tags: ['autodocs'],
  args: { family: 'invalidObject', cases: REASON_CASES.invalidObject },
  parameters: {
    docs: {
      description: {
        component:
          "Kubernetes rejected the object (CRD schema or metadata rules), naming one or several fields, in the API's own field names. Each story pins a locale and a theme; its play function checks the literal texts.",
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
