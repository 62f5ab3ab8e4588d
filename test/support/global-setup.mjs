export { setup as default } from './scratch-tmpdir.mjs';
