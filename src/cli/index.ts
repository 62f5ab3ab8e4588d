import './compile-cache.js';
import { processOutput } from './output.js';

// `gitops-promote history | head`: a reader that goes away is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// main and everything it imports load after the compile cache is on (the entry itself is compiled before it is).
void import('./main.js').then(({ main }) => main(process.argv.slice(2), processOutput)).then((code) => {
  process.exitCode = code;
});
