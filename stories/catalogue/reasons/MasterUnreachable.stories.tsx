import type { Meta, StoryObj } from '@storybook/react-vite';
import { REASON_CASES } from './cases';
import { ReasonFamily, familyStory } from './ReasonFamily';

const meta = {
  title: 'Catalogue/Reasons/masterUnreachable',
  component: ReasonFamily,
  tags: ['autodocs'],
  args: { family: 'masterUnreachable', cases: REASON_CASES.masterUnreachable },
  parameters: {
    docs: {
      description: {
        component:
          "A lite node got no usable answer from the master's KusciaAPI (11103). Retryable. Each story pins a locale and a theme; its play function checks the literal texts.",
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
