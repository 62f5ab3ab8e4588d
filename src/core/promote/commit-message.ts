// The promotion commit: a subject people can scan, a body listing every target, and trailers tools can read.
import { formatTrailers } from '../history/trailers.js';

export interface MessageTarget { file: string; region?: string; old?: string; new: string }

export interface PromotionFacts {
  app: string;
  env: string;
  version: string;
  previous: string[];
  from?: string;
  by: string;
  runUrl?: string;
  gateSkipped?: string;
  freezeOverride?: string;
  targets: MessageTarget[];
}

export const NO_VERSION = 'none';

export function previousLabel(previous: readonly string[]): string {
  if (!previous.length) return NO_VERSION;
  return previous.length === 1 ? (previous[0] as string) : 'mixed';
}

export function promotionMessage(f: PromotionFacts): string {
  const subject = `promote(${f.app}): ${f.env} ${previousLabel(f.previous)} -> ${f.version}`;
  const changed = f.targets.filter((t) => t.old !== t.new);
  const lines = changed.map((t) => `- ${t.file}${t.region ? ` [${t.region}]` : ''}: ${t.old ?? NO_VERSION} -> ${t.new}`);
  const intro = `Promote ${f.app} ${f.version} to ${f.env}${f.from ? ` from ${f.from}` : ''} (${changed.length} target${changed.length === 1 ? '' : 's'}).`;
  const trailers = formatTrailers([
    ['Promoted-App', f.app],
    ['Promoted-Env', f.env],
    ['Promoted-Version', f.version],
    ['Previous-Version', f.previous.length ? f.previous.join(', ') : NO_VERSION],
    ['Promoted-From', f.from],
    ['Promoted-By', f.by],
    ['Workflow-Run', f.runUrl],
    ['Gate-Skipped', f.gateSkipped],
    ['Freeze-Override', f.freezeOverride],
  ]);
  return `${subject}\n\n${intro}\n\n${lines.join('\n')}\n\n${trailers}\n`;
}
