import { forbidden, requireStaff } from '@jobgraph/subgraph-kit';
import type { CounselorRow } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';
import { counselorById } from '../counselors/loaders.js';

/**
 * Who works on case files: a Ministry counselor, acting for the center their access names, or an
 * administrator, who may act on any center's files but is nobody's counselor.
 */
export type CaseWorker =
  | { readonly kind: 'counselor'; readonly counselor: CounselorRow }
  | { readonly kind: 'admin'; readonly account: string };

/**
 * The caller as a case worker: UNAUTHENTICATED when signed out, FORBIDDEN for anyone but the
 * Ministry's staff, and for a counselor whose access names a center the Ministry's roster does
 * not have them at (a change is attributed to the counselor by the roster's foreign keys).
 */
export async function requireCaseWorker(context: MinistryContext): Promise<CaseWorker> {
  const viewer = requireStaff(context, 'ministry');
  if (viewer.roles.includes('admin')) return { kind: 'admin', account: viewer.subject };
  const counselor = await context.loaders.get(counselorById).load(viewer.subject);
  if (!counselor || viewer.center === undefined || counselor.centerId !== viewer.center) {
    throw forbidden(
      `${viewer.subject} is not on the roster of ${viewer.center ?? 'a national employment center'}`,
    );
  }
  return { kind: 'counselor', counselor };
}

/** A counselor acts only on their own center's records; an administrator on any center's. */
export function assertWorksAt(worker: CaseWorker, centerId: string): void {
  if (worker.kind === 'counselor' && worker.counselor.centerId !== centerId) {
    throw forbidden(
      `counselor ${worker.counselor.id} works at ${worker.counselor.centerId}, not at ${centerId}`,
    );
  }
}

/** The counselor a change is attributed to; none for an administrator's. */
export const attributedCounselor = (worker: CaseWorker): string | null =>
  worker.kind === 'counselor' ? worker.counselor.id : null;
