// `gitops-promote edit`: change one version in a YAML text, and nothing else.
import { isScalar } from 'yaml';
import { UserError } from './errors.js';
import { checkValue } from './edit-value.js';
import { planImageEdit } from './kustomize-image.js';
import { aliasesOf, locatePath } from './locate.js';
import { editScalar } from './scalar-edit.js';
import { applySplices, type Splice } from './splice.js';
import { parseYaml } from './yaml-documents.js';
import { parsePath } from './yaml-path.js';

export type EditTarget = { kind: 'path'; path: string } | { kind: 'image'; name: string };

export interface EditRequest {
  target: EditTarget;
  value: string;
  /** 0-based document index in a multi-document file. */
  document?: number;
}

export interface EditChange {
  line: number;
  field: string;
  /** null: the key was inserted (from) or removed (to). */
  from: string | null;
  to: string | null;
}

export interface EditResult {
  text: string;
  changed: boolean;
  changes: EditChange[];
  /** How many aliases share an edited anchored node (they change with it). */
  sharedByAliases: number;
  anchor?: string;
}

export function editYamlText(text: string, req: EditRequest, file: string): EditResult {
  const parsed = parseYaml(text, file);
  const { source: src, documents } = parsed;
  let splices: Splice[];
  let changes: EditChange[];
  let sharedByAliases = 0;
  let anchor: string | undefined;
  if (req.target.kind === 'image') {
    ({ splices, changes, anchor, sharedByAliases } = planImageEdit(documents, req.target.name, req.value, req.document, src, file));
  } else {
    const segments = parsePath(req.target.path);
    const loc = locatePath(documents, segments, req.document, src, file, req.target.path);
    const line = loc.node.range ? src.lineOf(loc.node.range[0]) : 1;
    checkValue(req.value, file, line);
    const e = editScalar(loc.node, loc.pair, req.value, loc.inFlow, src, file, req.target.path);
    const same = e.splice.text === text.slice(e.splice.start, e.splice.end);
    splices = same ? [] : [e.splice];
    changes = same ? [] : [{ line: e.line, field: req.target.path, from: e.from, to: req.value }];
    if (isScalar(loc.node) && loc.node.anchor && documents[loc.documentIndex]) {
      anchor = loc.node.anchor;
      sharedByAliases = aliasesOf(documents[loc.documentIndex] as (typeof documents)[number], loc.node).length;
    }
  }
  if (!splices.length) return { text, changed: false, changes: [], sharedByAliases, anchor };
  const out = applySplices(text, splices);
  // Replacing one scalar token with a token the quoting rules made safe cannot break the file (the corpus
  // round-trip tests hold us to that). Inserting or removing lines can: re-parse those results, and never
  // write a file that no longer parses.
  if (changes.some((c) => c.from === null || c.to === null)) {
    try {
      parseYaml(out, file);
    } catch (e) {
      throw new Error(`internal: the edit would produce invalid YAML (${e instanceof UserError ? e.message : String(e)}); file left unchanged`);
    }
  }
  return { text: out, changed: true, changes, sharedByAliases, anchor };
}
