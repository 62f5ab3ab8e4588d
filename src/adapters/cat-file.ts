// One `git cat-file --batch` process answers many blob reads: reading hundreds of overlays costs one process,
// not hundreds.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending { resolve(b: Buffer): void; reject(e: Error): void; what: string }

export class CatFileBatch {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private queue: Pending[] = [];
  private buf = Buffer.alloc(0);

  constructor(private readonly cwd: string, private readonly env: NodeJS.ProcessEnv) {}

  read(object: string): Promise<Buffer> {
    if (!this.proc) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, what: object });
      this.proc?.stdin.write(`${object}\n`);
    });
  }

  close(): void {
    this.proc?.stdin.end();
    this.proc = undefined;
  }

  private start(): void {
    const p = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = p;
    p.stdout.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
    const fail = (e: Error): void => {
      for (const q of this.queue.splice(0)) q.reject(e);
    };
    p.on('error', fail);
    p.on('close', (code) => fail(new Error(`git cat-file exited (${code})`)));
    p.stdin.on('error', fail);
  }

  private drain(): void {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl < 0 || !this.queue.length) return;
      const header = this.buf.subarray(0, nl).toString('utf8');
      const head = this.queue[0] as Pending;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buf = this.buf.subarray(nl + 1);
        this.queue.shift();
        head.reject(new Error(`${head.what}: ${header.split(' ').pop()}`));
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (this.buf.length < nl + 1 + size + 1) return;
      const body = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + size));
      this.buf = this.buf.subarray(nl + 1 + size + 1);
      this.queue.shift();
      head.resolve(body);
    }
  }
}
