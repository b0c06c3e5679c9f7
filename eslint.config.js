import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featureNames = ['applications', 'connectors', 'sign-in-experience'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench/results', 'bench/.build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Non-null assertions hide the cases noUncheckedIndexedAccess exists to surface.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every visible string goes through i18next: literal text inside JSX is an error.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      // What that mode does not see: words in the attributes people read or hear, and `{'text'}` children.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name=/^aria-(label|description|placeholder|roledescription)$/] > Literal[value=/\\p{L}{2}/u]",
          message: 'Visible text goes through i18next: use t() for this attribute.',
        },
        {
          // On HTML elements only: a component's `title` may be a file name (CodeBlock title="app.py").
          selector: "JSXOpeningElement[name.name=/^[a-z]/] > JSXAttribute[name.name=/^(title|placeholder|alt)$/] > Literal[value=/\\p{L}{2}/u]",
          message: 'Visible text goes through i18next: use t() for this attribute.',
        },
        {
          selector: 'JSXElement > JSXExpressionContainer > Literal[value=/\\p{L}{2}/u]',
          message: 'Visible text goes through i18next: use t() for this text.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // src never reaches into the embedded API or the tests (main.tsx boots the API by dynamic import).
            { group: ['**/mocks/**', '../mocks/*', '**/tests/**'], message: 'src must not import mocks or tests.' },
          ],
        },
      ],
    },
  },
  // Radix is wrapped once, in components/ui, so the whole console looks and behaves alike.
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/api/**/*.ts', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'radix-ui', message: 'Use the wrappers in src/components/ui.' }],
          patterns: [{ group: ['**/mocks/**', '**/tests/**'], message: 'src must not import mocks or tests.' }],
        },
      ],
    },
  },
  // Features never import each other: shared data comes from src/api, shared UI from src/components.
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'radix-ui', message: 'Use the wrappers in src/components/ui.' }],
          patterns: [
            {
              group: featureNames.filter((other) => other !== name).map((other) => `@/features/${other}/**`),
              message: 'Features must not import each other.',
            },
            { group: ['**/mocks/**', '**/tests/**'], message: 'src must not import mocks or tests.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/main.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
