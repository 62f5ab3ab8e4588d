// One `git cat-file --batch` process answers many blob reads: reading hundreds of overlays costs one process,
// not hundreds. Replies come back in request order; the queue is read through a head index (Array#shift moves
// every element: 80,000 queued reads cost seconds of shifting) and the output is parsed where it lies.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending { resolve(b: Buffer): void; reject(e: Error): void; what: string }

export class CatFileBatch {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private queue: Pending[] = [];
  private head = 0;
  private buf: Buffer = Buffer.alloc(0);
  /** Requests not yet written: many reads asked in one tick go to git in one write. */
  private pending: string[] = [];

  constructor(private readonly cwd: string, private readonly env: NodeJS.ProcessEnv) {}

  read(object: string): Promise<Buffer> {
    if (!this.proc) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, what: object });
      if (!this.pending.length) queueMicrotask(() => this.flush());
      this.pending.push(`${object}\n`);
    });
  }

  close(): void {
    this.proc?.stdin.end();
    this.proc = undefined;
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    if (text) this.proc?.stdin.write(text);
  }

  private start(): void {
    const p = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = p;
    p.stdout.on('data', (d: Buffer) => {
      // What is left over is at most one partial reply: joining it with the next chunk stays linear.
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.drain();
    });
    const fail = (e: Error): void => {
      const waiting = this.queue.slice(this.head);
      this.queue = [];
      this.head = 0;
      for (const q of waiting) q.reject(e);
    };
    p.on('error', fail);
    p.on('close', (code) => fail(new Error(`git cat-file exited (${code})`)));
    p.stdin.on('error', fail);
  }

  private next(): Pending {
    const q = this.queue[this.head++] as Pending;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return q;
  }

  private drain(): void {
    let at = 0;
    const buf = this.buf;
    while (this.head < this.queue.length) {
      const nl = buf.indexOf(10, at);
      if (nl < 0) break;
      const header = buf.toString('latin1', at, nl);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        at = nl + 1;
        const q = this.next();
        q.reject(new Error(`${q.what}: ${header.split(' ').pop()}`));
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      if (buf.length < nl + 1 + size + 1) break;
      // A copy: the reply must not pin the whole chunk it arrived in.
      const body = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
      at = nl + 1 + size + 1;
      this.next().resolve(body);
    }
    this.buf = at >= buf.length ? Buffer.alloc(0) : buf.subarray(at);
  }
}
