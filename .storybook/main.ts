import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // One copy of Lit for the stories and the elements.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directives/class-map.js',
        'lit/directives/style-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/repeat.js',
        'lit/directives/live.js',
        'lit/directives/ref.js',
        '@lit/context',
      ],
    };
    return viteConfig;
  },
};

export default config;
