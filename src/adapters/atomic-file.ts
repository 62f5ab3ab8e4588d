// Files are replaced whole: write a temp file beside the target, copy its mode, fsync, rename.
// A crash or a refused edit never leaves a half-written file behind.
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Unique per process and call; 'wx' refuses an existing file anyway. (node:crypto would cost `edit` its start-up.)
let seq = 0;
const tmpSuffix = (): string => `${process.pid.toString(36)}${(++seq).toString(36)}${Date.now().toString(36).slice(-4)}`;

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const target = await realpath(file); // write through a symlink, never replace the link itself
  const { mode } = await stat(target);
  const tmp = join(dirname(target), `.${basename(target)}.${tmpSuffix()}.tmp`);
  const fh = await open(tmp, 'wx', mode & 0o7777);
  try {
    await fh.chmod(mode & 0o7777); // the umask may have narrowed the mode open() set
    await fh.writeFile(text);
    await fh.sync();
    await fh.close();
    await rename(tmp, target);
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Write many files, `limit` at a time: fsync latency overlaps instead of adding up. */
export async function writeFilesAtomic(files: readonly { file: string; text: string }[], limit = 16): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const f = files[next++] as { file: string; text: string };
      await writeFileAtomic(f.file, f.text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, files.length) }, worker));
}
