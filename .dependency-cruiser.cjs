// Which server folders may import which (docs/architecture.md, "Folders and their directions").
// Folders by rank: a folder imports lower ranks, and files of its own folder, never a higher
// rank or another folder of its own rank (a sideways edge is how loops start). `npm run deps`
// checks it in CI and no edge breaks a rule; tests/unit/architecture.test.ts proves the rules
// fire, and that the code has no exception.
// CommonJS because dependency-cruiser reads its configuration with require().
const RANKS = [
  ['contract', 'shared', 'errors\\.ts', 'config\\.ts'],
  ['db', 'ingest', 'names'],
  ['access', 'core', 'http-errors\\.ts'],
  ['anonymise', 'auth'],
  ['events', 'annotations', 'submissions', 'meetings'],
  ['duplicates', 'questions'],
  ['gaps'],
  ['timeline'],
  ['annex', 'reviews', 'users', 'audit', 'client-assets\\.ts'],
  ['demo'],
  ['app\\.ts'],
  ['main\\.ts'],
];
const dir = (names) => `^server/(${names.join('|')})(/|$)`;

const forbidden = [
  {
    name: 'no-circular',
    comment: 'Two modules that import each other, directly or through others.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'client-only-contract',
    comment:
      'The web app imports from the server only its contract (types and schemas), and the date reader (a pure core: a day typed in the app is read as an upload reads it).',
    severity: 'error',
    from: { path: '^client/' },
    to: { path: '^server/', pathNot: ['^server/contract/', '^server/ingest/dates\\.ts$'] },
  },
  {
    name: 'client-feature-own-folder',
    comment:
      'A client feature imports its own folder, client/shared/ and the contract: code two features need belongs in shared/.',
    severity: 'error',
    from: { path: '^client/features/([^/]+)/' },
    to: { path: '^client/', pathNot: ['^client/features/$1/', '^client/shared/'] },
  },
];
RANKS.forEach((names, i) => {
  const higher = RANKS.slice(i + 1).flat();
  if (higher.length > 0)
    forbidden.push({
      name: `up-from-rank-${i}`,
      comment: `${names.join(', ')} may not import a folder of a higher rank.`,
      severity: 'error',
      from: { path: dir(names) },
      to: { path: dir(higher) },
    });
  for (const name of names) {
    const others = names.filter((n) => n !== name);
    if (others.length > 0)
      forbidden.push({
        name: `sideways-from-${name.replaceAll('\\', '')}`,
        comment: `${name} may not import another folder of its own rank.`,
        severity: 'error',
        from: { path: dir([name]) },
        to: { path: dir(others) },
      });
  }
});

module.exports = {
  forbidden,
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type import is still a dependency a newcomer must follow.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|coverage|reports)/' },
  },
};
