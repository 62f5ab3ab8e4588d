import { main } from './main.js';
import { processOutput } from './output.js';

void main(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
