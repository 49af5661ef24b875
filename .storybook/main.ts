import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

// Storybook merges the project's vite.config.ts; drop what only the library build needs.
const isDtsPlugin = (plugin: PluginOption): boolean =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name.includes('dts');

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.@(ts|tsx)',
    '../src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (viteConfig) => {
    viteConfig.plugins = (viteConfig.plugins ?? [])
      .flat(Infinity as 1)
      .filter((p) => !isDtsPlugin(p));
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      viteConfig.build.chunkSizeWarningLimit = 2000;
      // The catalogue's own chrome (preview.css) uses light-dark(), which every browser that runs it supports;
      // with the library's `es2022` target Vite's Lightning CSS would lower it into fallback variables.
      viteConfig.build.cssTarget = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];
    }
    return viteConfig;
  },
};
export default config;
