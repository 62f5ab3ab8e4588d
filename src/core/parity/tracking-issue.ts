// One tracking issue for drift: created when drift appears, updated in place while it lasts, closed when gone.
import type { IssuePort } from '../ports.js';
import type { Matrix } from '../status/matrix.js';
import type { DriftItem } from './drift.js';
import { TRACKING_LABEL, TRACKING_TITLE, trackingIssueBody } from './report.js';

export type TrackingAction = { action: 'created' | 'updated' | 'closed'; url: string } | { action: 'none' };

export async function syncTrackingIssue(issues: IssuePort, matrix: Matrix, drift: DriftItem[], runUrl?: string): Promise<TrackingAction> {
  const open = await issues.findOpen(TRACKING_LABEL);
  if (drift.length) {
    const body = trackingIssueBody(matrix, drift, runUrl);
    if (open) {
      await issues.update(open.number, body);
      return { action: 'updated', url: open.url };
    }
    const made = await issues.create({ title: TRACKING_TITLE, body, labels: [TRACKING_LABEL] });
    return { action: 'created', url: made.url };
  }
  if (!open) return { action: 'none' };
  await issues.close(open.number, `No drift any more${runUrl ? ` (checked by ${runUrl})` : ''}: closing.`);
  return { action: 'closed', url: open.url };
}
