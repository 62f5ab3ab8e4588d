// Imported first by the CLI entry: Node 22.1+ then keeps the compiled code of every module loaded afterwards (each
// verb's chunk, the YAML library) on disk, so a second `edit` does not compile them again. A no-op on Node 20,
// which engines still allows, and whenever the user turns it off (NODE_DISABLE_COMPILE_CACHE).
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
