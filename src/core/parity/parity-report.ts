// What the parity check reports: one row per target whose deployed images a change moves (or cannot be checked).

export type ParityRule =
  | 'parity' | 'soak' | 'same-change' | 'unverified-change' | 'render-error' | 'env-removed'
  | 'tag-pattern' | 'no-latest' | 'regions-disagree' | 'invalid-file';

export interface ParityRow {
  app: string;
  env: string;
  region?: string;
  file: string;
  line: number;
  /** Images the target deploys at base and after the merge. */
  oldImages?: string[];
  newImages?: string[];
  previousEnv?: string;
  /** What the previous environment deploys on the base branch (static model). */
  previousImages?: string[];
  verdict: 'ok' | 'rollback' | 'violation';
  rule?: ParityRule;
  reason: string;
}

export interface ParityReport {
  base: string;
  head: string;
  /** render: overlays built by the renderer; static: the images: model, unexplained changes refused. */
  mode: 'render' | 'static';
  renderer?: string;
  /** Things a reviewer should know that are not violations (a config change that takes effect after merging). */
  notices: string[];
  rows: ParityRow[];
  violations: ParityRow[];
  ok: boolean;
}
