// The runner's entry, bundled to dist/wait-healthy/index.js. main.ts only exports run(), so that importing it
// (as @github/local-action does) starts nothing; this file starts it. run() ends every failure itself (failAction).
import { run } from './main.js';

void run();
