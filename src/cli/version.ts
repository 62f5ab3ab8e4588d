// `gitops-promote --version`. scripts/build.mjs writes package.json's version into the CLI bundle in place of the
// placeholder below (and fails when it is not there exactly once); the TypeScript source, which only tests run,
// keeps the placeholder. Built in, not read from a file at run time: ncc would copy whatever file we read into
// dist/ anyway, and a version bump without a rebuild is caught by CI's stale-dist check.
const BUILT_VERSION = '0.0.0-source';

export const packageVersion = (): string => BUILT_VERSION;
