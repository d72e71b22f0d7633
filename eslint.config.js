// ESLint: TypeScript and Astro rules, recommended sets only.
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/', 'test-results/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The one-off import reads loosely typed research JSON.
    files: ['scripts/import-facts.ts', 'scripts/import/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
