// The small interfaces the core uses to reach the outside; adapters implement them.
import type { RepoSnapshot } from './repo-snapshot.js';

export interface Where { file?: string; line?: number }

export interface Logger {
  info(message: string): void;
  warning(message: string, where?: Where): void;
  error(message: string, where?: Where): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} };

export type PushResult =
  | { ok: true }
  | { ok: false; kind: 'rejected' | 'transient' | 'fatal'; message: string };

export interface CommitInfo {
  sha: string;
  parents: string[];
  authorName: string;
  /** ISO 8601. */
  authorDate: string;
  committerDate: string;
  message: string;
}

export interface GitPort {
  /** Fetch refs/heads/<branch> from the remote; its tip, or undefined when the branch does not exist. */
  fetchBranch(branch: string): Promise<string | undefined>;
  /** The files of a commit. */
  snapshot(commit: string): Promise<RepoSnapshot>;
  /**
   * The files of a commit among `paths` only (which may not all exist there): cheaper than a whole snapshot when a
   * few files of a big tree are wanted. Optional: without it the core takes the whole snapshot.
   */
  snapshotOf?(commit: string, paths: readonly string[]): Promise<RepoSnapshot>;
  /** A new commit on `parent` with these files' texts replaced (modes kept). The working tree is not touched. */
  commit(parent: string, files: ReadonlyMap<string, string>, message: string): Promise<string>;
  /**
   * Push `commit` to refs/heads/<branch>. Without `lease` only a fast-forward is accepted ('rejected' otherwise);
   * with `lease`, the branch is replaced if it still points at lease.expect (undefined: must not exist).
   */
  push(commit: string, branch: string, lease?: { expect: string | undefined }): Promise<PushResult>;
  /** Delete refs/heads/<branch> on the remote if it still points at `expect`. */
  deleteBranch(branch: string, expect: string): Promise<PushResult>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** Commits reachable from `ref`, newest first; `grep` is an extended regex on the message. */
  log(ref: string, opts?: { grep?: string; paths?: string[]; max?: number }): Promise<CommitInfo[]>;
  /** The best common ancestor of two commits (undefined when unrelated). */
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** Paths that differ between two commits. */
  changedFiles(base: string, head: string): Promise<string[]>;
  /** The tree a commit records. */
  treeOf(commit: string): Promise<string>;
  /**
   * The first-parent history of `ref`, newest first, with each commit's changes against its first parent (blob
   * ids), limited to commits that change `paths` when given (their other changes may come too: keep what you
   * asked for). What was pushed to a branch, in order: parity's evidence.
   */
  firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]>;
  /**
   * The lines of a commit's files, among those matching `pathspecs`, that hold every string of some group (fixed
   * strings, case-sensitive; groups are alternatives). Optional: without it the core reads the files itself.
   */
  grepLines?(commit: string, groups: readonly (readonly string[])[], pathspecs: readonly string[]): Promise<GrepLine[]>;
  /** The text of a blob by id. */
  readBlob(id: string): Promise<string>;
  /** Unified diff of a file's old and new text, for dry runs and summaries. */
  diff?(path: string, before: string, after: string): Promise<string>;
}

/** One line `git grep` found: the file (repository path) and the line's text. */
export interface GrepLine { file: string; text: string }

export interface FileChange { path: string; /** undefined when the commit deletes the file */ blob?: string; mode?: string }

export interface HistoryCommit { sha: string; /** ISO 8601 committer date. */ committerDate: string; changes: FileChange[] }

/** One file of a tree as git stores it, to materialise for a renderer. */
export interface TreeFile { path: string; mode: string; text?: string; /** symlink target, for mode 120000 */ target?: string }

/** Renders a kustomization (kustomize build) from files materialised in a scratch directory. */
export interface RenderPort {
  /** "kustomize v5.5.0" or "kubectl v1.32.4 (kustomize v5.5.0)": named in every summary. */
  readonly version: string;
  render(files: readonly TreeFile[], dir: string): Promise<{ manifests: string } | { error: string }>;
}

export interface PullRequest { number: number; url: string; nodeId?: string; created: boolean }

export interface PullRequestPort {
  findOpen(head: string, base: string): Promise<PullRequest | undefined>;
  create(p: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  update(number: number, p: { title: string; body: string }): Promise<PullRequest>;
  addLabels(number: number, labels: string[]): Promise<void>;
  enableAutoMerge(pr: PullRequest): Promise<void>;
}

export interface TrackingIssue { number: number; url: string }

/** The one issue a scheduled drift report keeps up to date. */
export interface IssuePort {
  findOpen(label: string): Promise<TrackingIssue | undefined>;
  create(p: { title: string; body: string; labels: string[] }): Promise<TrackingIssue>;
  update(number: number, body: string): Promise<void>;
  close(number: number, comment: string): Promise<void>;
}

export interface HttpRequest {
  url: string;
  /** Header values may be secrets: adapters never log them. */
  headers?: Record<string, string>;
  /** The whole request, redirects included, must finish within this. */
  timeoutMs: number;
  /** Redirects followed at most (default 5); more is an error. */
  maxRedirects?: number;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: number;
}

/** GET over HTTP(S). Rejects with an Error whose message says plainly what went wrong ("certificate has expired", "no response within 5s"). */
export interface HttpPort {
  get(req: HttpRequest): Promise<HttpResponse>;
}

/** Reads Kubernetes objects: GET of an API path such as /apis/apps/v1/namespaces/web/deployments/web. */
export interface KubePort {
  /** The object as JSON; rejects with an Error whose message is the server's or the client's ("deployments.apps \"web\" not found"). */
  get(path: string, opts: { kubeconfig?: string; context?: string; timeoutMs: number }): Promise<unknown>;
}
