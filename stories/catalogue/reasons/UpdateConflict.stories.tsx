import type { Meta, StoryObj } from '@storybook/react-vite';
import { REASON_CASES } from './cases';
import { ReasonFamily, familyStory } from './ReasonFamily';

const meta = {
  title: 'Catalogue/Reasons/updateConflict',
  component: ReasonFamily,
  tags: ['autodocs'],
  args: { family: 'updateConflict', cases: REASON_CASES.updateConflict },
  parameters: {
    docs: {
      description: {
        component:
          'Someone else changed the object between read and write. Retryable whatever the code says: a second attempt usually succeeds. Each story pins a locale and a theme; its play function checks the literal texts.',
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
