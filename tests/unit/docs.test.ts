import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is a newcomer's first page and docs/ holds the rest (issue #13). A page moved or a
// heading renamed leaves links that GitHub shows as working and that open nowhere, and a README
// that grows back into a manual buries the two commands a newcomer needs. These tests catch both.

const root = path.resolve(import.meta.dirname, '../..');
const README_MAX_LINES = 200;

function lineCount(text: string): number {
  const lines = text.split('\n');
  return text.endsWith('\n') ? lines.length - 1 : lines.length;
}

/** The text outside fenced code blocks: a `#` or `[x](y)` inside a code sample is not markdown. */
function prose(markdown: string): string[] {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence === null) kept.push(line);
  }
  return kept;
}

/**
 * GitHub's anchor for a heading (github-slugger): the rendered text in lower case, every
 * character that is not a letter, digit, mark, underscore, hyphen or space dropped, each space a
 * hyphen; a repeated slug gets -1, -2, … in order.
 */
function headingSlugs(markdown: string): string[] {
  const seen = new Map<string, number>();
  const slugs: string[] = [];
  for (const line of prose(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|\*/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.push(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** Link targets in a page, code spans and code blocks left out. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of prose(markdown)) {
    const text = line.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      targets.push(m[1]!);
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
    if (definition) targets.push(definition[1]!);
  }
  return targets;
}

/** Every relative link in the pages that points at a missing file or a missing heading. */
function brokenLinks(baseDir: string, pages: string[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const pagePath = path.join(baseDir, page);
    for (const target of linkTargets(readFileSync(pagePath, 'utf8'))) {
      // A scheme (https:, mailto:) or a protocol-relative address is not a file of the project.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const [filePart = '', anchor] = target.split('#', 2);
      const file =
        filePart === '' ? pagePath : path.resolve(path.dirname(pagePath), decodeURI(filePart));
      if (!existsSync(file)) {
        problems.push(`${page}: ${target} (no such file)`);
        continue;
      }
      if (anchor === undefined || !file.endsWith('.md')) continue;
      if (!headingSlugs(readFileSync(file, 'utf8')).includes(decodeURIComponent(anchor))) {
        problems.push(`${page}: ${target} (no such heading)`);
      }
    }
  }
  return problems;
}

const docsPages = readdirSync(path.join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);

describe('the README and docs/', () => {
  it(`keeps the README under ${README_MAX_LINES} lines`, () => {
    const lines = lineCount(readFileSync(path.join(root, 'README.md'), 'utf8'));
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('has no relative link to a missing file or heading', () => {
    expect(docsPages.length).toBeGreaterThan(0);
    expect(brokenLinks(root, ['README.md', ...docsPages])).toEqual([]);
  });

  it("names in the README's map of the code only folders that exist, and every server folder", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const map = /## The code\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    // Top-level folders start a line; a server folder is indented under `server/`, several may
    // share a line ("annotations/ meetings/ annex/").
    const named: string[] = [];
    let parent = '';
    for (const line of map.split('\n')) {
      const top = /^([a-z][\w-]*)\//.exec(line)?.[1];
      if (top) parent = top;
      const nested = /^ +((?:[a-z][\w-]*\/ ?)+)/.exec(line)?.[1];
      if (top) named.push(top);
      else if (nested)
        for (const dir of nested.split(/\/ ?/)) if (dir) named.push(`${parent}/${dir}`);
    }
    expect(named.filter((dir) => !existsSync(path.join(root, dir)))).toEqual([]);
    const serverFolders = readdirSync(path.join(root, 'server'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `server/${entry.name}`);
    expect(serverFolders.filter((dir) => !named.includes(dir))).toEqual([]);
  });
});

describe('the link check itself', () => {
  it("follows GitHub's slug rules for headings", () => {
    const page = [
      '# Accounts, roles and the audit log',
      '## The anonymised view: search and filters (#1, #9)',
      '### `dhr-adult.json` and **Present**',
      '```md',
      '# not a heading',
      '```',
      '## Notes',
      '## Notes',
    ].join('\n');
    expect(headingSlugs(page)).toEqual([
      'accounts-roles-and-the-audit-log',
      'the-anonymised-view-search-and-filters-1-9',
      'dhr-adultjson-and-present',
      'notes',
      'notes-1',
    ]);
  });

  it('reports a missing file and a missing heading, and passes the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tapestry-docs-'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'b.md'), '# B\n\n## Where it is\n');
    writeFileSync(
      path.join(dir, 'README.md'),
      [
        '# A',
        '[fine](docs/b.md#where-it-is), [here](#a), [web](https://example.org/x.md#nope)',
        '[gone](docs/missing.md) and [wrong heading](docs/b.md#where-it-was)',
        '`[in code](docs/also-missing.md)`',
        '[ref]: docs/nowhere.md',
      ].join('\n'),
    );
    expect(brokenLinks(dir, ['README.md'])).toEqual([
      'README.md: docs/missing.md (no such file)',
      'README.md: docs/b.md#where-it-was (no such heading)',
      'README.md: docs/nowhere.md (no such file)',
    ]);
  });
});
