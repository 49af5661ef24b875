import type { Meta, StoryObj } from '@storybook/react-vite';
import { REASON_CASES } from './cases';
import { ReasonFamily, familyStory } from './ReasonFamily';

const meta = {
  title: 'Catalogue/Reasons/alreadyExists',
  component: ReasonFamily,
  tags: ['autodocs'],
  args: { family: 'alreadyExists', cases: REASON_CASES.alreadyExists },
  parameters: {
    docs: {
      description: {
        component:
          'The ID is already taken. Nothing is broken, so the alert is a warning (`role="status"`), even under an error code such as 11201. Each story pins a locale and a theme; its play function checks the literal texts.',
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
