import {
  badUserInput,
  type InputProblem,
  normalisePhone,
  notFound,
  Refusal,
  requireCitizen,
  settle,
  throwIfProblems,
} from '@jobgraph/subgraph-kit';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import {
  members,
  type SuitRentalReservationRow,
  suitRentalReservations,
  suitRentalSlots,
} from '../../db/schema.js';
import type { CancelSuitRentalInput, ReserveSuitRentalInput } from '../../generated/graphql.js';
import type { CityContext } from '../context.js';

type ReserveErrorCode = 'SLOT_FULL' | 'SLOT_PASSED' | 'ALREADY_RESERVED';

export type ReserveResult =
  | { ok: true; reservation: SuitRentalReservationRow; error: null }
  | { ok: false; reservation: null; error: { code: ReserveErrorCode; message: string } };

const SLOT_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Takes one place in a slot. The conditional increment (`reserved < capacity`) runs under the
 * slot's row lock, so concurrent requests queue on it and the last places go to exactly as many
 * requests as there are places; the CHECK constraint would refuse anything else.
 */
export async function reserveSuitRental(
  context: CityContext,
  input: ReserveSuitRentalInput,
): Promise<ReserveResult> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!SLOT_ID.test(input.slotId)) problems.push({ field: 'input.slotId', message: 'a slot id' });
  const phone = normalisePhone(input.phone, 'input.phone', problems);
  throwIfProblems(problems, 'cannot reserve');

  const settled = await settle<SuitRentalReservationRow, ReserveErrorCode>(() =>
    context.db.transaction(async (tx) => {
      const [taken] = await tx
        .update(suitRentalSlots)
        .set({ reserved: sql`${suitRentalSlots.reserved} + 1` })
        .where(
          and(
            eq(suitRentalSlots.id, input.slotId),
            lt(suitRentalSlots.reserved, suitRentalSlots.capacity),
            gt(suitRentalSlots.startsAt, sql`now()`),
          ),
        )
        .returning({ id: suitRentalSlots.id });
      if (!taken) {
        const [slot] = await tx
          .select()
          .from(suitRentalSlots)
          .where(eq(suitRentalSlots.id, input.slotId));
        if (!slot) {
          throw badUserInput(`input.slotId: no suit-rental slot "${input.slotId}"`, [
            { field: 'input.slotId', message: 'an existing slot' },
          ]);
        }
        if (slot.startsAt.getTime() <= Date.now()) {
          throw new Refusal<ReserveErrorCode>('SLOT_PASSED', 'This slot has already started.');
        }
        throw new Refusal<ReserveErrorCode>('SLOT_FULL', 'This slot is fully booked.');
      }
      await tx.insert(members).values({ id: memberId }).onConflictDoNothing();
      const [created] = await tx
        .insert(suitRentalReservations)
        .values({ slotId: input.slotId, memberId: memberId, phone })
        .onConflictDoNothing({
          target: [suitRentalReservations.slotId, suitRentalReservations.memberId],
          where: sql`status = 'RESERVED'`,
        })
        .returning();
      if (!created) {
        throw new Refusal<ReserveErrorCode>(
          'ALREADY_RESERVED',
          'This member already holds a place in this slot.',
        );
      }
      return created;
    }),
  );
  return settled.ok
    ? { ok: true, reservation: settled.value, error: null }
    : { ok: false, reservation: null, error: settled.error };
}

/** Cancels a member's own reservation and gives its place back, in one transaction. */
export async function cancelSuitRental(
  context: CityContext,
  input: CancelSuitRentalInput,
): Promise<SuitRentalReservationRow> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!/^[0-9a-f-]{36}$/i.test(input.reservationId)) {
    problems.push({ field: 'input.reservationId', message: 'a reservation id' });
  }
  throwIfProblems(problems, 'cannot cancel');
  const cancelled = await context.db.transaction(async (tx) => {
    const [row] = await tx
      .update(suitRentalReservations)
      .set({ status: 'CANCELLED', cancelledAt: sql`now()` })
      .where(
        and(
          eq(suitRentalReservations.id, input.reservationId),
          eq(suitRentalReservations.memberId, memberId),
          eq(suitRentalReservations.status, 'RESERVED'),
        ),
      )
      .returning();
    if (!row) return null;
    await tx
      .update(suitRentalSlots)
      .set({ reserved: sql`${suitRentalSlots.reserved} - 1` })
      .where(eq(suitRentalSlots.id, row.slotId));
    return row;
  });
  if (!cancelled) throw notFound('active reservation', input.reservationId);
  return cancelled;
}
