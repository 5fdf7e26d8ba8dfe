import type { EvalReport, Figures, HoldoutReport } from './run';

// The human printout: per-file failures first (what a developer fixes), then the figures.

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mark = (met: boolean) => (met ? 'met ' : 'MISSED');

export function printReport(report: EvalReport): void {
  printMisses(report);
  const f = report.figures;
  console.log('\nFigures (goal from issue #10):');
  printFigures(f);
  for (const c of f.cases) {
    console.log(
      `  case ${c.name}: gap recall ${c.found}/${c.gaps} ${pct(c.recall)}; flags ${c.flags}, noise ${pct(c.noiseShare)}`,
    );
  }
  console.log(f.met ? '\nAll goals met.' : '\nSome goals missed.');
}

/** What went wrong, file by file, then the phrases and cases missed. */
function printMisses({ files, phrases, cases }: Pick<EvalReport, 'files' | 'phrases' | 'cases'>) {
  console.log('Per file (only what went wrong):');
  for (const r of files) {
    const problems: string[] = [];
    if (!r.stored) problems.push(`refused ${r.status}: ${r.refusal}`);
    else if (r.events.stored !== r.events.expected) {
      problems.push(`stored ${r.events.stored} events, expected ${r.events.expected}`);
    }
    if (r.dateColumn === 'wrong') problems.push('WRONG DATE COLUMN');
    const noReading = !r.stored && r.fieldsRight === 0;
    if (noReading) {
      problems.push(`no reading: all 15 fields and ${r.events.expected} row types count as missed`);
    }
    for (const w of noReading ? [] : r.wrongFields) {
      problems.push(
        `${w.field}: read ${JSON.stringify(w.got)}, expected ${JSON.stringify(w.expected)}`,
      );
    }
    for (const m of noReading ? [] : r.typeMisses.slice(0, 6)) {
      problems.push(
        `record ${m.record} type ${m.got ?? '—'} (${JSON.stringify(m.typeText)}), expected ${m.expected}`,
      );
    }
    if (!noReading && r.typeMisses.length > 6)
      problems.push(`… ${r.typeMisses.length - 6} more type misses`);
    if (r.kind.got && r.kind.got !== r.kind.expected)
      problems.push(`agency kind ${r.kind.got}, expected ${r.kind.expected}`);
    if (problems.length === 0) continue;
    console.log(`\n  ${r.file} [${r.format}]`);
    for (const p of problems) console.log(`    - ${p}`);
  }
  if (phrases.misses.length) {
    console.log(`\nType phrases missed (${phrases.misses.length}; first 25):`);
    for (const m of phrases.misses.slice(0, 25)) {
      console.log(
        `  - ${JSON.stringify(m.typeText)} / ${JSON.stringify(m.description.slice(0, 60))}: ${m.got ?? '—'}, expected ${m.expected}`,
      );
    }
  }
  for (const c of cases) {
    const refused = c.uploads.filter((u) => u.refusal);
    if (!refused.length && !c.missed.length) continue;
    console.log(`\nCase ${c.name}:`);
    for (const u of refused) console.log(`  - ${u.file} refused ${u.status}: ${u.refusal}`);
    if (c.missed.length) console.log(`  - criticised gaps not flagged: ${c.missed.join(', ')}`);
    for (const m of c.missedReadings) {
      for (const trigger of m.triggers) console.log(`    ${m.gap}: ${trigger}`);
    }
  }
}

/** The five measures and their goals, for the main corpus or the held-out one. */
function printFigures(f: Figures): void {
  console.log(
    `  files stored with no hand mapping  ${f.files.stored}/${f.files.total}  ${pct(f.files.share)}  goal ≥ ${pct(f.files.goal)}  ${mark(f.files.met)}`,
  );
  console.log(
    `  fields mapped right                ${f.fields.right}/${f.fields.total}  ${pct(f.fields.share)}  goal ≥ ${pct(f.fields.goal)}  ${mark(f.fields.met)}`,
  );
  console.log(
    `  wrong date columns                 ${f.wrongDateColumns.count}  goal ${f.wrongDateColumns.goal}  ${mark(f.wrongDateColumns.met)}`,
  );
  console.log(
    `  types right, file rows             ${f.types.rows.right}/${f.types.rows.total}  ${pct(f.types.rows.share)}  goal ≥ ${pct(f.types.goal)}  ${mark(f.types.rows.share >= f.types.goal)}`,
  );
  console.log(
    `  types right, type phrases          ${f.types.phrases.right}/${f.types.phrases.total}  ${pct(f.types.phrases.share)}  goal ≥ ${pct(f.types.goal)}  ${mark(f.types.phrases.share >= f.types.goal)}`,
  );
  console.log(
    `  agency kind from the name (info)   ${f.agencyKinds.right}/${f.agencyKinds.total}  ${pct(f.agencyKinds.share)}`,
  );
}

/**
 * The development set prints in full: it holds three former held-out corpora (opened on 04/12,
 * 05/12 and 07/12/2026), now open to engineers, so its per-file misses are what they work from
 * (docs/corpus.md).
 */
export function printDevset(devset: HoldoutReport): void {
  console.log('\nDevelopment set (fixtures/devset), in detail:');
  printMisses({ ...devset, cases: [] });
  console.log('\nDevelopment set (fixtures/devset; same goals, not judged by --check):');
  printFigures(devset.figures);
}

/**
 * The held-out corpus prints its figures only: the per-file misses would show its headers and
 * type cells to whoever runs the eval, and engineers improving recognition must not see them.
 * `--holdout-detail` prints them for the lead or the holdout's author.
 */
export function printHoldout(holdout: HoldoutReport, detail: boolean): void {
  if (detail) {
    console.log('\nHeld-out corpus, in detail (do not read while improving recognition):');
    printMisses({ ...holdout, cases: [] });
  }
  console.log('\nHeld-out corpus (fixtures/holdout; same goals, not judged by --check):');
  printFigures(holdout.figures);
  console.log(
    holdout.figures.met
      ? '  All goals met on the held-out corpus.'
      : '  Some goals missed on the held-out corpus.',
  );
}

/** What --json shows of the held-out corpus: the figures and per-file counts, no content. */
export function holdoutSummary(holdout: HoldoutReport) {
  return {
    figures: holdout.figures,
    files: holdout.files.map((r) => ({
      file: r.file,
      format: r.format,
      stored: r.stored,
      status: r.status,
      fieldsRight: r.fieldsRight,
      dateColumn: r.dateColumn,
      events: r.events,
      typesRight: r.typesRight,
    })),
  };
}
