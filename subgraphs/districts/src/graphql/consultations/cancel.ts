import {
  type InputProblem,
  notFound,
  Refusal,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  UUID_SHAPE,
} from '@jobgraph/subgraph-kit';
import { and, eq, sql } from 'drizzle-orm';
import { type ConsultationRow, consultationSlots, consultations } from '../../db/schema.js';
import type { CancelConsultationInput } from '../../generated/graphql.js';
import type { DistrictsContext } from '../context.js';

export type CancelErrorCode = 'NOT_BOOKED' | 'SLOT_PASSED';

/**
 * Cancels the member's own booking and gives its place back, in one transaction. The slot is
 * locked before the booking, in the order a booking takes them, so a cancellation and a booking
 * of the same slot never wait on each other in a cycle.
 */
export async function cancelConsultation(
  context: DistrictsContext,
  input: CancelConsultationInput,
): Promise<Settled<ConsultationRow, CancelErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!UUID_SHAPE.test(input.consultationId)) {
    problems.push({ field: 'input.consultationId', message: 'a consultation id' });
  }
  throwIfProblems(problems, 'cannot cancel');

  const [owned] = await context.db
    .select({ slotId: consultations.slotId })
    .from(consultations)
    .where(and(eq(consultations.id, input.consultationId), eq(consultations.memberId, memberId)));
  // Someone else's booking is reported exactly like a missing one: nothing about it leaks.
  if (!owned) throw notFound('consultation', input.consultationId);

  return settle(() =>
    context.db.transaction(async (tx) => {
      const [slot] = await tx
        .select()
        .from(consultationSlots)
        .where(eq(consultationSlots.id, owned.slotId))
        .for('update');
      if (!slot) throw new Error('missing consultation slot behind a foreign key');
      if (slot.startsAt.getTime() <= Date.now()) {
        throw new Refusal('SLOT_PASSED', 'The slot has already started.');
      }
      const [cancelled] = await tx
        .update(consultations)
        .set({ status: 'CANCELLED', cancelledAt: sql`now()` })
        .where(and(eq(consultations.id, input.consultationId), eq(consultations.status, 'BOOKED')))
        .returning();
      if (!cancelled) throw new Refusal('NOT_BOOKED', 'This consultation is not booked.');
      await tx
        .update(consultationSlots)
        .set({ booked: sql`${consultationSlots.booked} - 1` })
        .where(eq(consultationSlots.id, slot.id));
      return cancelled;
    }),
  );
}
