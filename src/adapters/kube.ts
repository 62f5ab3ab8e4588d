// KubePort on kubectl: `kubectl get --raw <API path>` with the kubeconfig and context given. kubectl does the
// authentication every cluster needs (tokens, client certificates, exec plugins such as EKS/GKE/AKS logins) and
// prints the object exactly as the API server returns it (what `kubectl get -o json` prints for one object). Using
// --raw with the object's path skips discovery, so one look is one request. Arguments are an argv array.
import { spawn } from 'node:child_process';
import type { KubePort } from '../core/ports.js';

export interface KubectlOptions {
  kubectl?: string;
  env?: NodeJS.ProcessEnv;
  /** kubectl processes at once (default 8). */
  concurrency?: number;
}

function cleanError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  // kubectl's own klog lines (E1123 15:33:59 …) come before the message that matters.
  const plain = lines.filter((l) => !/^[EWI]\d{4} /.test(l));
  return (plain[plain.length - 1] ?? lines[lines.length - 1] ?? 'kubectl failed without a message')
    .replace(/^error: /, '');
}

export function kubectlPort(o: KubectlOptions = {}): KubePort {
  const bin = o.kubectl ?? 'kubectl';
  let running = 0;
  const queue: (() => void)[] = [];
  const limit = o.concurrency ?? 8;
  const acquire = (): Promise<void> => running < limit
    ? (running++, Promise.resolve())
    : new Promise((resolve) => queue.push(() => (running++, resolve())));
  const release = (): void => {
    running--;
    queue.shift()?.();
  };

  return {
    async get(path, opts) {
      await acquire();
      try {
        const args = ['get', '--raw', path, `--request-timeout=${Math.max(1, Math.ceil(opts.timeoutMs / 1000))}s`];
        if (opts.kubeconfig) args.push('--kubeconfig', opts.kubeconfig);
        if (opts.context) args.push('--context', opts.context);
        type KubectlExit = { code: number | null; stdout: string; stderr: string; error?: NodeJS.ErrnoException };
        const { code, stdout, stderr, error } = await new Promise<KubectlExit>((resolve) => {
          const child = spawn(bin, args, { env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          const out: Buffer[] = [];
          const err: Buffer[] = [];
          child.stdout.on('data', (b: Buffer) => out.push(b));
          child.stderr.on('data', (b: Buffer) => err.push(b));
          const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs + 2000);
          child.on('error', (e: NodeJS.ErrnoException) => {
            clearTimeout(timer);
            resolve({ code: null, stdout: '', stderr: '', error: e });
          });
          child.on('close', (c) => {
            clearTimeout(timer);
            resolve({
              code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
            });
          });
        });
        if (error?.code === 'ENOENT') {
          throw new Error(`kubectl is not installed (${bin} is not on PATH); ` +
            'the flux and kubernetes checks run kubectl');
        }
        if (error) throw new Error(`kubectl: ${error.message}`);
        if (code !== 0) throw new Error(`kubectl: ${cleanError(stderr)}`);
        try {
          return JSON.parse(stdout) as unknown;
        } catch {
          throw new Error(`kubectl printed something that is not JSON for ${path}`);
        }
      } finally {
        release();
      }
    },
  };
}
