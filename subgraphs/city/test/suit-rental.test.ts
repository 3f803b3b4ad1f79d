import { asViewer, citizen, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMemberId, startCity, type TestCity } from './support.js';

let city: TestCity;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.close());

const RESERVE = /* GraphQL */ `
  mutation Reserve($input: ReserveSuitRentalInput!) {
    reserveSuitRental(input: $input) { ok error { code message } reservation { id status slot { id reserved available } } }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelSuitRentalInput!) {
    cancelSuitRental(input: $input) { ok reservation { status slot { reserved available } } }
  }
`;

/** Sends as the signed-in member `memberId`. */
async function as<Data>(memberId: string, query: string, variables: Record<string, unknown>) {
  return graphql<Data>(city.url, query, variables, await asViewer(citizen(memberId)));
}

interface ReserveData {
  reserveSuitRental: {
    ok: boolean;
    error: { code: string } | null;
    reservation: { id: string; slot: { id: string; reserved: number; available: number } } | null;
  };
}

let slotCounter = 0;
/** A future slot of its own for each test, so tests do not compete for places. */
async function freshSlot(capacity: number): Promise<string> {
  slotCounter += 1;
  const id = `test-${process.pid}-${slotCounter}`;
  await city.db.execute(sql`
    insert into city.suit_rental_slots (id, branch_id, starts_at, capacity)
    values (${id}, 'jw-jongno', now() + interval '3 days', ${capacity})`);
  return id;
}

async function reservedInDatabase(slotId: string) {
  const rows = await city.db.execute<{ reserved: number; active: number }>(sql`
    select s.reserved, (select count(*)::int from city.suit_rental_reservations r
                         where r.slot_id = s.id and r.status = 'RESERVED') as active
    from city.suit_rental_slots s where s.id = ${slotId}`);
  return rows[0];
}

describe('reserveSuitRental', () => {
  it('never over-books a slot under many concurrent requests over HTTP', async () => {
    const slotId = await freshSlot(3);
    const attempts = 40;
    const results = await Promise.all(
      Array.from({ length: attempts }, () =>
        as<ReserveData>(newMemberId(), RESERVE, {
          input: { slotId, phone: '010-5555-0000' },
        }),
      ),
    );
    const codes = results.map((result) => result.data?.reserveSuitRental.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
    expect(codes.filter((code) => code === 'SLOT_FULL')).toHaveLength(attempts - 3);
    expect(await reservedInDatabase(slotId)).toEqual({ reserved: 3, active: 3 });
  });

  it('gives one member one place per slot, even when they click many times at once', async () => {
    const slotId = await freshSlot(5);
    const memberId = newMemberId();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        as<ReserveData>(memberId, RESERVE, {
          input: { slotId, phone: '01055550001' },
        }),
      ),
    );
    const codes = results.map((result) => result.data?.reserveSuitRental.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_RESERVED')).toHaveLength(9);
    expect(await reservedInDatabase(slotId)).toEqual({ reserved: 1, active: 1 });
  });

  it('frees the place on cancellation, and only the holder may cancel', async () => {
    const slotId = await freshSlot(1);
    const holder = newMemberId();
    const first = await as<ReserveData>(holder, RESERVE, {
      input: { slotId, phone: '010-5555-0002' },
    });
    const reservationId = first.data?.reserveSuitRental.reservation?.id as string;
    expect(first.data?.reserveSuitRental.reservation?.slot).toMatchObject({
      reserved: 1,
      available: 0,
    });

    const other = newMemberId();
    const full = await as<ReserveData>(other, RESERVE, {
      input: { slotId, phone: '010-5555-0003' },
    });
    expect(full.data?.reserveSuitRental.error?.code).toBe('SLOT_FULL');

    const stranger = await as(other, CANCEL, { input: { reservationId } });
    expect(errorCodes(stranger)).toEqual(['NOT_FOUND']);

    const cancelled = await as<{
      cancelSuitRental: { reservation: { status: string; slot: { available: number } } };
    }>(holder, CANCEL, { input: { reservationId } });
    expect(cancelled.data?.cancelSuitRental.reservation).toEqual({
      status: 'CANCELLED',
      slot: { reserved: 0, available: 1 },
    });
    const again = await as<ReserveData>(other, RESERVE, {
      input: { slotId, phone: '010-5555-0003' },
    });
    expect(again.data?.reserveSuitRental.ok).toBe(true);
    expect(await reservedInDatabase(slotId)).toEqual({ reserved: 1, active: 1 });
  });

  it('refuses a slot that has passed', async () => {
    const slotId = `past-${process.pid}`;
    await city.db.execute(sql`
      insert into city.suit_rental_slots (id, branch_id, starts_at, capacity)
      values (${slotId}, 'jw-mapo', now() - interval '1 hour', 3)`);
    const result = await as<ReserveData>(newMemberId(), RESERVE, {
      input: { slotId, phone: '010-5555-0004' },
    });
    expect(result.data?.reserveSuitRental.error?.code).toBe('SLOT_PASSED');
    expect(await reservedInDatabase(slotId)).toEqual({ reserved: 0, active: 0 });
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const unknown = await as(newMemberId(), RESERVE, {
      input: { slotId: 'no-such-slot', phone: '010-5555-0005' },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const badPhone = await as(newMemberId(), RESERVE, {
      input: { slotId: 'x', phone: '112' },
    });
    expect(errorCodes(badPhone)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('suitRentalSlots', () => {
  const SLOTS =
    'query($filter: SuitRentalSlotFilter!) { suitRentalSlots(filter: $filter) { id startsAt available branch { name region { name } } } }';

  it('lists the open calendar eight weeks ahead on weekdays', async () => {
    const today = new Date(Date.now() + 9 * 3_600_000);
    const from = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    const response = await graphql<{
      suitRentalSlots: Array<{ startsAt: string; branch: { region: { name: string } } }>;
    }>(city.url, SLOTS, { filter: { from, to, branchId: 'jw-gwanak', onlyAvailable: true } });
    expect(response.errors).toBeUndefined();
    const slots = response.data?.suitRentalSlots ?? [];
    expect(slots.length).toBeGreaterThanOrEqual(9 * 8);
    for (const slot of slots) {
      const weekday = new Date(new Date(slot.startsAt).getTime() + 9 * 3_600_000).getUTCDay();
      expect(weekday).not.toBe(0);
      expect(weekday).not.toBe(6);
      expect(slot.branch.region.name).toBe('관악구');
    }
  });

  it('refuses a range of more than 31 days or an unknown branch', async () => {
    const tooLong = await graphql(city.url, SLOTS, {
      filter: { from: '2026-12-01', to: '2027-02-01' },
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    const backwards = await graphql(city.url, SLOTS, {
      filter: { from: '2026-12-10', to: '2026-12-01' },
    });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    const branch = await graphql(city.url, SLOTS, {
      filter: { from: '2026-12-01', to: '2026-12-02', branchId: 'nowhere' },
    });
    expect(errorCodes(branch)).toEqual(['BAD_USER_INPUT']);
  });
});
