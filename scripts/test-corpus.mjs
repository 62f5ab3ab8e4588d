// npm run test:corpus -- DIR: the round-trip property test over every YAML file below DIR.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error(`error: test:corpus needs a corpus directory; got ${JSON.stringify(dir ?? '')}`);
  process.exit(2);
}
const jest = resolve('node_modules/jest/bin/jest.js');
const r = spawnSync(process.execPath, [jest, '--config', 'jest.corpus.config.js', '--maxWorkers=2', ...process.argv.slice(3)], {
  stdio: 'inherit',
  env: { ...process.env, GITOPS_PROMOTE_CORPUS: resolve(dir), NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
});
process.exit(r.status ?? 1);
