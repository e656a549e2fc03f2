// Flat config: typescript-eslint's recommended rules on every workspace; generated and built files are ignored.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'clients/src/gql/**', 'data/**', 'coverage/**', '.test-generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The browser suite's functions for page.evaluate run in the page, where document and localStorage exist.
    files: ['clients/web/test-browser/**/*.mjs'],
    languageOptions: {
      globals: { document: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', window: 'readonly' },
    },
  },
  {
    // The GraphiQL page's own script runs in the browser, after the React and GraphiQL bundles (gateway/src/graphiql.ts).
    files: ['gateway/assets/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        React: 'readonly',
        ReactDOM: 'readonly',
        GraphiQL: 'readonly',
      },
    },
  },
);
