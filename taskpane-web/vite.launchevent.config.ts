import { defineConfig } from 'vite';

/**
 * The launch-event bundle: one classic script at a fixed address (`dist/launchevent.js`), because classic Outlook on
 * Windows runs it in a JavaScript-only runtime that loads no modules and no page. Built after the app, into the same
 * folder; `public/launchevent.html` loads it for the other hosts.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2017',
    lib: {
      entry: 'src/launchevent/main.ts',
      formats: ['iife'],
      name: 'StewardLaunchEvent',
      fileName: () => 'launchevent.js',
    },
  },
});
