// Files are replaced whole: write a temp file beside the target, copy its mode, fsync, rename.
// A crash or a refused edit never leaves a half-written file behind.
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, fchmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileAtomic(file: string, text: string): void {
  const target = realpathSync(file); // write through a symlink, never replace the link itself
  const { mode } = statSync(target);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode & 0o7777);
  try {
    fchmodSync(fd, mode & 0o7777); // the umask may have narrowed the mode openSync set
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, target);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    rmSync(tmp, { force: true });
    throw e;
  }
}
