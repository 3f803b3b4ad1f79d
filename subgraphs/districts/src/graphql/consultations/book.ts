import {
  checkName,
  type InputProblem,
  normalisePhone,
  Refusal,
  readOptionalText,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
} from '@jobgraph/subgraph-kit';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { type ConsultationRow, consultationSlots, consultations } from '../../db/schema.js';
import type { BookConsultationInput } from '../../generated/graphql.js';
import type { DistrictsContext } from '../context.js';
import { ID_SHAPE } from '../input.js';

export type BookErrorCode = 'SLOT_FULL' | 'SLOT_PASSED' | 'ALREADY_BOOKED';

const NOTE_MAX = 1000;

/**
 * Books the signed-in member one place in a slot. The conditional increment (`booked <
 * capacity`, not started) takes the slot's row lock, so concurrent bookings queue on it and the
 * last places go to exactly as many requests as there are places; the CHECK constraint would
 * refuse anything else. The partial unique index keeps one active booking per person per slot.
 */
export async function bookConsultation(
  context: DistrictsContext,
  input: BookConsultationInput,
): Promise<Settled<ConsultationRow, BookErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!ID_SHAPE.test(input.slotId)) problems.push({ field: 'input.slotId', message: 'a slot id' });
  const name = checkName(input.name, 'input.name', problems);
  const phone = normalisePhone(input.phone, 'input.phone', problems);
  const note = readOptionalText(input.note, 'input.note', NOTE_MAX, problems);
  if (problems.length === 0) {
    const [slot] = await context.db
      .select({ id: consultationSlots.id })
      .from(consultationSlots)
      .where(eq(consultationSlots.id, input.slotId));
    if (!slot) {
      problems.push({
        field: 'input.slotId',
        message: `an existing slot (no slot "${input.slotId}")`,
      });
    }
  }
  throwIfProblems(problems, 'cannot book');

  return settle(() =>
    context.db.transaction(async (tx) => {
      const [taken] = await tx
        .update(consultationSlots)
        .set({ booked: sql`${consultationSlots.booked} + 1` })
        .where(
          and(
            eq(consultationSlots.id, input.slotId),
            lt(consultationSlots.booked, consultationSlots.capacity),
            gt(consultationSlots.startsAt, sql`now()`),
          ),
        )
        .returning({ id: consultationSlots.id });
      if (!taken) {
        const [slot] = await tx
          .select()
          .from(consultationSlots)
          .where(eq(consultationSlots.id, input.slotId));
        if (slot && slot.startsAt.getTime() <= Date.now()) {
          throw new Refusal('SLOT_PASSED', 'This slot has already started.');
        }
        const [held] = await tx
          .select({ id: consultations.id })
          .from(consultations)
          .where(
            and(
              eq(consultations.slotId, input.slotId),
              eq(consultations.memberId, memberId),
              inArray(consultations.status, ['BOOKED', 'ATTENDED']),
            ),
          );
        if (held) throw new Refusal('ALREADY_BOOKED', 'You already have a place in this slot.');
        throw new Refusal('SLOT_FULL', 'This slot is fully booked.');
      }
      const [created] = await tx
        .insert(consultations)
        .values({
          slotId: input.slotId,
          memberId,
          name,
          phone,
          topic: input.topic,
          note,
        })
        .onConflictDoNothing({
          target: [consultations.slotId, consultations.memberId],
          where: sql`status in ('BOOKED', 'ATTENDED')`,
        })
        .returning();
      if (!created) {
        throw new Refusal('ALREADY_BOOKED', 'You already have a place in this slot.');
      }
      return created;
    }),
  );
}
