export { teardown as default } from './scratch-tmpdir.mjs';
