import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'test-artifacts', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Migrations take Kysely<any> on purpose: they are frozen and must not depend on today's
    // schema types. Tests read untyped JSON responses.
    files: ['migrations/**', 'server/db/migrate.ts', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // One home for every query (docs/architecture.md): only `*.repository.ts` files and
    // `server/db/` build SQL, so that a query is found in one place and the PostgreSQL dialect
    // is a change to repositories alone. Services name handles through `server/db/handle.ts`
    // and own transactions (`db.transaction().execute(…)` stays allowed). Migrations, scripts
    // (benchmarks read the file directly) and tests are outside `files` on purpose.
    // tests/unit/architecture.test.ts proves the rule fires.
    files: ['server/**/*.ts', 'client/**/*.{ts,tsx}'],
    ignores: ['server/**/*.repository.ts', 'server/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              message:
                'Only *.repository.ts files and server/db/ use Kysely; name handles with Db, Tx or DbOrTx from server/db/handle.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]',
          message: 'Queries live in *.repository.ts files: call a repository function.',
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql']",
          message: 'Raw SQL lives in *.repository.ts files or server/db/.',
        },
      ],
    },
  },
);
