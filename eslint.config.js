import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/work/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]', message: 'no focused or skipped tests' }],
    },
  },
  {
    // The core is pure: it never touches the runner. Adapters do.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@actions/*'], message: 'src/core must not import @actions/*: take plain inputs and use an adapter.' },
          { group: ['**/adapters/**', '**/actions/**', '**/cli/**'], message: 'src/core must not depend on adapters, actions or the CLI.' },
        ],
      }],
    },
  },
  {
    // The CLI must start fast and never load @actions/github (nor the adapter that wraps it).
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/github', '@actions/github/*', '**/adapters/github-octokit*'], message: 'the CLI never loads @actions/github (start-up cost).' }] }],
    },
  },
);
