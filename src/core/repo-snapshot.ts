// What the core sees of a config repository at one commit: its file list and file contents.
export interface RepoSnapshot {
  /** The commit these files are from, when known. */
  commit?: string;
  /** Every file path (relative to the repository root, "/" separated). */
  files: readonly string[];
  /** The text of a file; throws a UserError if it is not there or not UTF-8 YAML text. */
  read(path: string): Promise<string>;
}
