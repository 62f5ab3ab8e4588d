// The answers bench/parity.mjs accepts: each run's output compared with what the generator knows
// (bench/parity-repo.mjs). Each function returns the problems found, [] when the answer is right.
import { APPS, DIRS } from './parity-repo.mjs';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function json(r) {
  try {
    return { rep: JSON.parse(r.stdout) };
  } catch {
    return { problems: [`not JSON (exit ${r.code}): ${r.stderr.slice(0, 300)}`] };
  }
}

/** One row against the generator's: file, verdict, rule (parity for a violation, none else), old → new images. */
function rowProblem(g = {}, e) {
  const ruleOk = e.verdict === 'violation' ? g.rule === 'parity' : g.rule === undefined;
  const right = g.file === e.file && g.verdict === e.verdict && ruleOk
    && same(g.oldImages, [e.old]) && same(g.newImages, [e.new]);
  if (right) return undefined;
  const got = { file: g.file, verdict: g.verdict, rule: g.rule, old: g.oldImages, new: g.newImages };
  return `row ${e.file}: got ${JSON.stringify(got)}, expected ${e.verdict} ${e.old} -> ${e.new}`;
}

/** `parity --json` in `mode` (static | render): exit 1, exactly the expected rows and violations. */
export function parityProblems(r, mode, expected) {
  const { rep, problems } = json(r);
  if (problems) return problems;
  const p = [];
  if (r.code !== 1) p.push(`exit ${r.code}, expected 1`);
  if (rep.mode !== mode) p.push(`mode ${rep.mode}, expected ${mode}`);
  const kube = /kubectl/.test(rep.renderer ?? '');
  if (mode === 'render' && !kube) p.push(`renderer ${rep.renderer}, expected kubectl`);
  const exp = expected.rows;
  const rows = [...rep.rows].sort((a, b) => a.file.localeCompare(b.file));
  if (rows.length !== exp.length) p.push(`${rows.length} rows, expected ${exp.length}`);
  exp.forEach((e, i) => {
    const wrong = rowProblem(rows[i], e);
    if (wrong) p.push(wrong);
  });
  const viol = rep.violations.map((v) => v.file).sort();
  const want = exp.filter((e) => e.verdict === 'violation').map((e) => e.file);
  if (!same(viol, want)) p.push(`${viol.length} violations (expected ${want.length}): ${viol.slice(0, 4).join(', ')}…`);
  if (rep.ok !== false) p.push(`ok ${rep.ok}, expected false`);
  return p.slice(0, 8);
}

/** `drift --json` on main: exit 0, every app and cell, exactly the expected findings (kind and file). */
export function driftProblems(r, expected) {
  const { rep, problems } = json(r);
  if (problems) return problems;
  const p = [];
  if (r.code !== 0) p.push(`exit ${r.code}, expected 0`);
  const cellsOf = (a) => Object.values(a.cells).reduce((m, c) => m + c.length, 0);
  const cells = rep.matrix.apps.reduce((n, a) => n + cellsOf(a), 0);
  if (rep.matrix.apps.length !== APPS || cells !== APPS * DIRS.length) {
    p.push(`${rep.matrix.apps.length} apps, ${cells} cells; expected ${APPS}, ${APPS * DIRS.length}`);
  }
  const got = rep.drift.map((d) => `${d.kind} ${d.file}`).sort();
  const want = expected.drift;
  const extra = got.filter((x) => !want.includes(x));
  const missing = want.filter((x) => !got.includes(x));
  if (extra.length || missing.length) {
    p.push(`${got.length} drift findings, expected ${want.length}; extra: ${extra.slice(0, 4).join(', ')};`
      + ` missing: ${missing.slice(0, 4).join(', ')}`);
  }
  return p;
}

/** bench/naive-parity.mjs: exit 1, 50 targets moved, exactly the violating files. */
export function naiveProblems(r, expected) {
  const { rep, problems } = json(r);
  if (problems) return problems;
  const bad = expected.rows.filter((e) => e.verdict === 'violation').map((e) => e.file);
  if (r.code === 1 && same(rep.violations, bad) && rep.moved === 50) return [];
  return [`exit ${r.code}, ${rep.violations.length} violations, ${rep.moved} moved`];
}
