// Everything a parity check reads before judging: the base, head and fork snapshots, the merged state, the rules
// (config, environments, layout) from the base branch only, and the renderer the rules or the caller ask for.
import { CONFIG_FILE, type PromoteConfig } from '../config/config.js';
import { UserError } from '../errors.js';
import { discoverLayout, type Layout, type Target } from '../layout.js';
import type { GitPort } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import type { AssessContext } from './assess-target.js';
import type { ParityOptions } from './check-parity.js';
import { DeployView, targetDir, type ParseCache } from './deploy-view.js';
import { reachableDirs, treeLineSource, type LineSource } from './reach-index.js';
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

const targetKey = (t: Target): string => JSON.stringify([t.app, t.env, t.file, t.image ?? '', t.path ?? '', t.document ?? '']);

function configViolation(base: string, head: string, e: UserError, file: string): { report: ParityReport } {
  const row: ParityRow = { app: '(config)', env: '-', file: e.file ?? file, line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
  return { report: { base, head, mode: 'static', notices: [], rows: [row], violations: [row], ok: false } };
}

export async function loadParityScene(git: GitPort, base: string, head: string, opts: ParityOptions): Promise<Scene | { report: ParityReport }> {
  const fork = (await git.mergeBase(base, head)) ?? base;
  const historyRef = opts.historyRef ?? base;
  const [baseSnap, headSnap, ruleSnap, changed] = await Promise.all([git.snapshot(base), git.snapshot(head), git.snapshot(historyRef), git.changedFiles(fork, head)]);
  const touched = new Set(changed);
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
  const all = new Map<string, Target>();
  for (const t of [...layout.targets, ...afterLayout.targets.filter((x) => known.has(x.env))]) all.set(targetKey(t), t);
  const reach = await reachableDirs(afterView.tree, baseView.tree, touched, lineSource(git, base, baseView.tree, afterView.tree));
  // Only targets whose closure may hold a changed file are assessed (the rest cannot move); undefined: all are.
  if (reach) for (const [k, t] of all) if (!touched.has(t.file) && !(t.image !== undefined && reach.has(targetDir(t)))) all.delete(k);
  const order = (t: Target): number => layout.envs.findIndex((e) => e.name === t.env);
  const targets = [...all.values()].sort((a, b) => order(a) - order(b) || a.app.localeCompare(b.app) || a.file.localeCompare(b.file));
  const assess: AssessContext = { base: baseView, after: afterView, touched, render: renderer !== undefined, ignore: config.policy.parityIgnore };
  return { config, layout, afterLayout, targets, assess, rule, historyRef, rendererVersion: renderer?.version, notices, parses };
}

const KUSTOMIZATION_SPECS = ['*kustomization.yaml', '*kustomization.yml', '*Kustomization'];

/** git grep over the base commit (one pass over every kustomization), else reading the files. */
function lineSource(git: GitPort, base: string, baseTree: Tree, afterTree: Tree): LineSource {
  const grep = git.grepLines?.bind(git);
  if (!grep) return treeLineSource(baseTree, afterTree);
  return {
    grepBase: async (groups) => {
      const hits = new Map<string, string[]>();
      for (const { path, line } of groups.length ? await grep(base, groups, KUSTOMIZATION_SPECS) : []) {
        hits.set(path, [...(hits.get(path) ?? []), line]);
      }
      return hits;
    },
    text: (path) => afterTree.snap.read(path),
  };
}
