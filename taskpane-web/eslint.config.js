// ESLint for the web app: typescript-eslint's type-checked rules, the rules of hooks, and accessibility of the JSX.
// `npm run lint` runs it with Prettier and the copy-paste check; `npm run lint -- --fix` fixes what can be fixed.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'target/', 'coverage/', 'src/api/schema.ts'] }, // schema.ts: generated (npm run api:types)
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vite.config.ts', 'vite.launchevent.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.browser,
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // An empty string is a missing value throughout the app ('' from a cleared field), so `||` on strings is meant.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      // `const { id, ...rest } = record` is how the app leaves a record's read-only fields out of a request.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [jsxA11y.flatConfigs.recommended],
    plugins: { 'react-hooks': reactHooks },
    // The rules of hooks only: the plugin's other recommended rules are the React Compiler's diagnostics
    // (set-state-in-effect, immutability, ...), which judge code by what that compiler can optimise. The app does not
    // use the compiler; they belong with adopting it.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      // Fakes implement promise-returning interfaces; `async () => value` is the plainest way to write one.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
