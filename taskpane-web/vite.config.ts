/// <reference types="vitest/config" />
import { createReadStream, existsSync, statSync } from 'node:fs';
import { constants } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const officeJsDist = fileURLToPath(new URL('./node_modules/@microsoft/office-js/dist', import.meta.url));

/** Dev only: serves the @microsoft/office-js package at /office-js/, so that development needs no CDN. */
function localOfficeJs(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  return {
    name: 'steward-local-office-js',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/office-js', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
        const file = join(officeJsDist, path);
        if (!file.startsWith(officeJsDist) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    localOfficeJs(),
    // .br and .gz beside each asset; the service sends the one the browser accepts (platform.web.WebAppConfiguration).
    compression({
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm('gzip', { level: 9 }),
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      ],
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/actuator': 'http://localhost:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 30000,
    // `npm test` fails when the tests run less than 75% of the app's lines; the report is in coverage/.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      // Generated types, test helpers, and the entry points the browser tests drive (taskpane-web/e2e)
      exclude: [
        'src/api/schema.ts',
        'src/test/**',
        'src/**/*.test.{ts,tsx}',
        'src/main.tsx',
        'src/launchevent/main.ts',
        'src/vite-env.d.ts',
      ],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      // The figures even when a test fails, so that a failing run still says where coverage stands
      reportOnFailure: true,
      thresholds: { lines: 75 },
    },
  },
});
