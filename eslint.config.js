import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// The environment variables the build hands Astro (site/src/build/build-handoff.ts); the names alone are unique enough to refuse.
const HANDOFF_VARIABLES =
  '/^(SITE_OUT_DIR|HUB_ASTRO_CACHE_DIR|HUB_RENDER_STATE|HUB_RENDER_FINGERPRINT|HUB_RENDER_BASE|HUB_PREVIEW_ENTRY|HUB_FULL_SYNC)$/';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'cms/.strapi/**',
      'cms/types/**',
      'site/.astro/**',
      '.data/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    // The site's few plain browser scripts (served as they are, not bundled).
    files: ['site/public/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        MutationObserver: 'readonly',
        PagefindUI: 'readonly',
      },
    },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The build and Astro hand over through build-handoff.ts alone: its settings are read and written nowhere else.
    ignores: ['site/src/build/build-handoff.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          `MemberExpression[property.name=${HANDOFF_VARIABLES}]`,
          `Property[key.name=${HANDOFF_VARIABLES}]`,
          `Literal[value=${HANDOFF_VARIABLES}]`,
        ].map((selector) => ({
          selector,
          message:
            'A build hand-off setting: write it with handoffEnv and read it with buildHandoff (@resource-hub/site/build/build-handoff).',
        })),
      ],
    },
  },
  {
    // A function a newcomer cannot read in one screen is split; tests keep their describe blocks whole.
    ignores: ['tests/**'],
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The scripts use what the site and the CMS declare as theirs to share (their package.json exports).
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/site/src/**', '**/cms/src/**'],
              message:
                'Import from @resource-hub/site/... or @resource-hub/cms/..., adding the module to that package.json "exports" if it is new.',
            },
          ],
        },
      ],
    },
  },
);
