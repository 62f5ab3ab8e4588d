import { main } from './main.js';
import { processOutput } from './output.js';

// `gitops-promote history | head`: a reader that goes away is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
