import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <ol-*> are custom elements, not Vue components: Vue leaves them to the browser.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('ol-') },
      },
    }),
  ],
  // Relative asset URLs, so the built app opens from any folder.
  base: './',
});
