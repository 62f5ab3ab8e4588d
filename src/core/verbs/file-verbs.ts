// edit and schema: CLI verbs on files, without a repository. Their definitions generate the flags and --help.
import type { VerbDef } from './definition.js';
import { JSON_OUT } from './shared-options.js';

export const EDIT: VerbDef = {
  verb: 'edit',
  summary: 'Change one image tag or YAML value in place, keeping every other byte of the file.',
  details: ['Several files are checked first and written only when every one of them can be edited.'],
  positionals: { arg: 'FILE...', description: 'YAML files to edit (kustomization.yaml, Helm values, manifests).' },
  synopsis: 'FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]',
  options: [
    { name: 'image', type: 'string', arg: 'NAME', description: 'The name of the kustomization images: entry to set.' },
    {
      name: 'path', type: 'string', arg: 'PATH',
      description: 'The path of the scalar to set, e.g. image.tag or spec.source.targetRevision.',
    },
    {
      name: 'document', type: 'string', arg: 'N',
      description: 'Which document of a multi-document file (0-based).', defaultText: 'the one document that matches',
    },
    {
      name: 'to', type: 'string', arg: 'VALUE', required: true,
      description: 'The new value: TAG, TAG@sha256:..., @sha256:... or any scalar.',
    },
    JSON_OUT,
  ],
  env: [],
  examples: ['gitops-promote edit overlays/prod/kustomization.yaml --image ghcr.io/acme/web --to v1.4.0'],
};

export const SCHEMA: VerbDef = {
  verb: 'schema',
  summary: 'Print the JSON Schema of gitops-promote.yaml (for editors).',
  options: [],
  env: [],
  examples: ['gitops-promote schema > gitops-promote.schema.json'],
};
