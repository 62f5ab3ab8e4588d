// Everything a parity check reads before judging: the base, head and fork snapshots, the merged state, the rules
// (config, environments, layout) from the base branch only, and the renderer the rules or the caller ask for.
import { CONFIG_FILE, type PromoteConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { discoverLayout, type Layout, type Target } from '../layout.js';
import type { GitPort, GrepLine } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import type { AssessContext } from './assess-target.js';
import type { ParityOptions } from './check-parity.js';
import { DeployView, targetDir, type ParseCache } from './deploy-view.js';
import { lineMatches, reachableDirs, textLineSearch, type LineQuery, type LineSearch } from './reach-index.js';
import type { Tree } from '../deploy/tree.js';
import { mergedSnapshot } from './merged-snapshot.js';
import type { ParityReport, ParityRow } from './parity-report.js';

export interface Scene {
  config: PromoteConfig;
  /** The base branch's layout: environments, their order, and targets. */
  layout: Layout;
  /** The same rules applied to the merged files: targets the change adds or removes. */
  afterLayout: Layout;
  /** Every target of base and after, in environments the base branch knows. */
  targets: Target[];
  assess: AssessContext;
  rule: DeployView;
  historyRef: string;
  rendererVersion?: string;
  notices: string[];
  parses: ParseCache;
}

const targetKey = (t: Target): string => `${t.app}\0${t.env}\0${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}`;

function configViolation(base: string, head: string, e: UserError, file: string): { report: ParityReport } {
  const row: ParityRow = { app: '(config)', env: '-', file: e.file ?? file, line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
  return { report: { base, head, mode: 'static', notices: [], rows: [row], violations: [row], ok: false } };
}

export async function loadParityScene(git: GitPort, base: string, head: string, opts: ParityOptions): Promise<Scene | { report: ParityReport }> {
  const fork = (await git.mergeBase(base, head)) ?? base;
  const historyRef = opts.historyRef ?? base;
  const [baseSnap, ruleSnap, changed] = await Promise.all([
    git.snapshot(base), git.snapshot(historyRef), git.changedFiles(fork, head),
  ]);
  const touched = new Set(changed);
  // Of the head, only the files the change touches are ever read: the rest of the merged state is the base's.
  const headSnap = await (git.snapshotOf?.(head, changed) ?? git.snapshot(head));
  const configFile = opts.configPath ?? CONFIG_FILE;
  const notices: string[] = [];
  let config: PromoteConfig;
  let layout: Layout;
  let afterLayout: Layout;
  const after = mergedSnapshot(baseSnap, headSnap, touched);
  try {
    if (touched.has(configFile)) {
      if (headSnap.files.includes(configFile)) await configAt(headSnap, opts.configPath);
      notices.push(`this change edits ${configFile}: it is judged by the base branch's rules; the new ones apply after merging`);
    }
    config = await configAt(ruleSnap, opts.configPath && ruleSnap.files.includes(configFile) ? opts.configPath : undefined);
    layout = discoverLayout(config, ruleSnap.files, opts.singleAppName);
    // The merged files are read with the base branch's environments: a zero-config repo whose PR renames or adds an
    // overlay directory cannot change which environments there are, nor make the layout ambiguous.
    afterLayout = discoverLayout({ ...config, environments: config.environments ?? layout.envs }, after.files, opts.singleAppName);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return configViolation(base, head, e, configFile);
  }
  const choice = opts.render ?? config.policy.render;
  const renderer = choice === 'none' ? undefined : await opts.findRenderer?.(choice);
  const parses: ParseCache = new Map();
  const baseView = new DeployView(baseSnap, parses, renderer);
  const rule = historyRef === base ? baseView : new DeployView(ruleSnap, parses, renderer);
  const afterView = new DeployView(after, parses, renderer);
  const known = new Set(layout.envs.map((e) => e.name));
  const reach = await reachableDirs([baseView.tree, afterView.tree], touched, lineSearch(git, base, head, touched, [baseView.tree, afterView.tree]));
  // Only targets whose closure may hold a changed file are assessed (the rest cannot move); undefined: all are.
  const mayMove = (t: Target): boolean => !reach || touched.has(t.file) || (t.image !== undefined && reach.has(targetDir(t)));
  const all = new Map<string, Target>();
  for (const t of layout.targets) if (mayMove(t)) all.set(targetKey(t), t);
  for (const t of afterLayout.targets) if (known.has(t.env) && mayMove(t)) all.set(targetKey(t), t);
  const order = (t: Target): number => layout.envs.findIndex((e) => e.name === t.env);
  const targets = [...all.values()].sort((a, b) => order(a) - order(b) || a.app.localeCompare(b.app) || a.file.localeCompare(b.file));
  const assess: AssessContext = { base: baseView, after: afterView, touched, render: renderer !== undefined, ignore: config.policy.parityIgnore };
  return { config, layout, afterLayout, targets, assess, rule, historyRef, rendererVersion: renderer?.version, notices, parses };
}

const KUSTOMIZATION_SPECS = ['*kustomization.yaml', '*kustomization.yml', '*Kustomization'];
/** Up to this many files are named one by one (literal pathspecs); more are found by the specs above. */
const LITERAL_LIMIT = 500;

/**
 * git grep over the files the searches ask about: the base's, and the head's touched ones (the merged state takes
 * every other file from the base). Queries over the same files share one pass; without grep, the files are read.
 */
function lineSearch(git: GitPort, base: string, head: string, touched: ReadonlySet<string>, trees: readonly Tree[]): LineSearch {
  const grep = git.grepLines?.bind(git);
  if (!grep) return textLineSearch(trees);
  const specs = (files: readonly string[]): string[] => (files.length > LITERAL_LIMIT ? KUSTOMIZATION_SPECS : files.map((f) => `:(literal)${f}`));
  const pass = async (qs: readonly LineQuery[]): Promise<GrepLine[]> => {
    const files = [...new Set(qs.flatMap((q) => q.files))];
    const groups = [...new Map(qs.flatMap((q) => q.groups).map((g) => [g.join('\0'), g])).values()];
    const heads = files.filter((f) => touched.has(f));
    const [a, b] = await Promise.all([grep(base, groups, specs(files)), heads.length ? grep(head, groups, specs(heads)) : []]);
    return [...a, ...b];
  };
  return async (queries) => {
    const big = queries.filter((q) => q.files.length > LITERAL_LIMIT);
    const small = queries.filter((q) => q.files.length <= LITERAL_LIMIT);
    const [bigLines, smallLines] = await Promise.all([big.length ? pass(big) : [], small.length ? pass(small) : []]);
    return queries.map((q) => {
      const wanted = new Set(q.files);
      const hits = new Set<string>();
      for (const l of q.files.length > LITERAL_LIMIT ? bigLines : smallLines) if (wanted.has(l.file) && lineMatches(l.text, q.groups)) hits.add(l.file);
      return hits;
    });
  };
}
