// What the core sees of a config repository at one commit: its file list and file contents.
export interface RepoSnapshot {
  /** The commit these files are from, when known. */
  commit?: string;
  /** Every file path (relative to the repository root, "/" separated). */
  files: readonly string[];
  /** The text of a file; throws a UserError if it is not there or not UTF-8 YAML text. */
  read(path: string): Promise<string>;
  /** The git mode of a file (100644, 100755, 120000 for a symlink); undefined when not known (100644 assumed). */
  mode?(path: string): string | undefined;
  /** The blob id of a file, when known: identical blobs need reading and parsing only once. */
  blobId?(path: string): string | undefined;
}
