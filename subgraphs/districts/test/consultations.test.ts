import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  koreanDay,
  newMemberId,
  problemFields,
  query,
  startDistricts,
  type TestDistricts,
} from './support.js';

let districts: TestDistricts;
beforeAll(async () => {
  districts = await startDistricts();
});
afterAll(() => districts?.close());

const BOOK = /* GraphQL */ `
  mutation Book($input: BookConsultationInput!) {
    bookConsultation(input: $input) {
      ok
      error { code message }
      consultation { id status topic note slot { id booked available service { code } center { id } } }
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelConsultationInput!) {
    cancelConsultation(input: $input) {
      ok
      error { code }
      consultation { status cancelledAt slot { booked available } }
    }
  }
`;

interface BookData {
  bookConsultation: {
    ok: boolean;
    error: { code: string } | null;
    consultation: {
      id: string;
      status: string;
      slot: { id: string; booked: number; available: number };
    } | null;
  };
}

function booking(slotId: string) {
  return {
    input: {
      slotId,
      name: '홍길동',
      phone: '010 5555 1234',
      topic: 'JOB_SEARCH',
      note: '이력서 상담 희망',
    },
  };
}

/** Sends `operation` as the signed-in member `memberId`. */
async function as<Data>(memberId: string, operation: string, variables: Record<string, unknown>) {
  return graphql<Data>(districts.url, operation, variables, await asMember(memberId));
}

/** Books `slotId` as the signed-in member `memberId` (a new member unless given). */
function book(slotId: string, memberId = newMemberId()) {
  return as<BookData>(memberId, BOOK, booking(slotId));
}

let slotCounter = 0;
/** A slot of its own for a test, `hoursAhead` from now (negative: already started). */
async function freshSlot(capacity: number, hoursAhead = 72): Promise<string> {
  slotCounter += 1;
  const id = `test-${process.pid}-${slotCounter}`;
  await districts.db.execute(sql`
    insert into districts.consultation_slots (id, center_id, service_code, starts_at, capacity)
    values (${id}, 'dc-guro', 'integrated-desk',
            now() + make_interval(hours => ${hoursAhead}), ${capacity})`);
  return id;
}

async function slotInDatabase(slotId: string) {
  const [row] = await districts.db.execute<{ booked: number; active: number }>(sql`
    select s.booked, (select count(*)::int from districts.consultations c
                      where c.slot_id = s.id and c.status = 'BOOKED') as active
    from districts.consultation_slots s where s.id = ${slotId}`);
  return row;
}

describe('consultationSlots', () => {
  const SLOTS = /* GraphQL */ `
    query Slots($filter: ConsultationSlotFilter!) {
      consultationSlots(filter: $filter) { id startsAt capacity booked available service { code } center { id } }
    }
  `;
  type Slot = {
    id: string;
    startsAt: string;
    service: { code: string };
    center: { id: string };
  };

  it('keeps the desk open six weeks ahead: every weekday, five hours, each service', async () => {
    const from = koreanDay(1);
    const to = koreanDay(31);
    const { consultationSlots: slots } = await query<{ consultationSlots: Slot[] }>(
      districts,
      SLOTS,
      { filter: { centerId: 'dc-dongjak', from, to } },
    );
    let weekdays = 0;
    for (let offset = 1; offset <= 31; offset += 1) {
      const day = new Date(`${koreanDay(offset)}T12:00:00+09:00`).getUTCDay();
      if (day !== 0 && day !== 6) weekdays += 1;
    }
    expect(slots).toHaveLength(weekdays * 5 * 4);
    for (const slot of slots) {
      const local = new Date(new Date(slot.startsAt).getTime() + 9 * 3_600_000);
      expect([1, 2, 3, 4, 5]).toContain(local.getUTCDay());
      expect([10, 11, 14, 15, 16]).toContain(local.getUTCHours());
      expect(slot.center.id).toBe('dc-dongjak');
    }
    expect(new Set(slots.map((slot) => slot.service.code))).toEqual(
      new Set(['job-plus', 'senior-job', 'noryangjin-youth', 'dongjak-50plus']),
    );
    const times = slots.map((slot) => slot.startsAt);
    expect([...times].sort()).toEqual(times);

    const lastWeek = await query<{ consultationSlots: Slot[] }>(districts, SLOTS, {
      filter: { centerId: 'dc-gwanak', from: koreanDay(36), to: koreanDay(42) },
    });
    expect(lastWeek.consultationSlots).toHaveLength(5 * 5);
  });

  it('narrows to one service and to slots with places left', async () => {
    const full = await freshSlot(1);
    const open = await freshSlot(2);
    expect((await book(full)).data?.bookConsultation.ok).toBe(true);
    const filter = { centerId: 'dc-guro', from: koreanDay(2), to: koreanDay(4) };
    const all = await query<{ consultationSlots: Slot[] }>(districts, SLOTS, { filter });
    const ids = all.consultationSlots.map((slot) => slot.id);
    expect(ids).toEqual(expect.arrayContaining([full, open]));
    const available = await query<{ consultationSlots: Slot[] }>(districts, SLOTS, {
      filter: { ...filter, onlyAvailable: true, serviceCode: 'integrated-desk' },
    });
    const availableIds = available.consultationSlots.map((slot) => slot.id);
    expect(availableIds).toContain(open);
    expect(availableIds).not.toContain(full);

    const youth = await query<{ consultationSlots: Slot[] }>(districts, SLOTS, {
      filter: {
        centerId: 'dc-dongjak',
        from: koreanDay(1),
        to: koreanDay(14),
        serviceCode: 'noryangjin-youth',
      },
    });
    expect(youth.consultationSlots.length).toBeGreaterThan(0);
    expect(new Set(youth.consultationSlots.map((slot) => slot.service.code))).toEqual(
      new Set(['noryangjin-youth']),
    );
  });

  it('reports every problem with the filter at once', async () => {
    const tooLong = await graphql(districts.url, SLOTS, {
      filter: { centerId: 'dc-nowhere', from: '2026-12-01', to: '2027-02-01' },
    });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(tooLong)).toEqual(['filter.centerId', 'filter.to']);
    const backwards = await graphql(districts.url, SLOTS, {
      filter: { centerId: 'dc-dongjak', from: '2026-12-10', to: '2026-12-01', serviceCode: 'x' },
    });
    expect(problemFields(backwards)).toEqual(['filter.serviceCode', 'filter.to']);
  });

  it('lists a center’s slots from the center too, with the same rules', async () => {
    const data = await query<{
      districtEmploymentCenter: { consultationSlots: Slot[] };
    }>(
      districts,
      `query($from: Date!, $to: Date!) { districtEmploymentCenter(id: "dc-iksan") {
          consultationSlots(from: $from, to: $to) { id service { code } center { id } } } }`,
      { from: koreanDay(1), to: koreanDay(7) },
    );
    expect(data.districtEmploymentCenter.consultationSlots.length).toBeGreaterThanOrEqual(5 * 5);
    const tooLong = await graphql(
      districts.url,
      '{ districtEmploymentCenter(id: "dc-iksan") { consultationSlots(from: "2026-01-01", to: "2026-03-01") { id } } }',
    );
    expect(problemFields(tooLong)).toEqual(['to']);
  });
});

describe('bookConsultation', () => {
  it('never over-books a slot under many concurrent requests over HTTP', async () => {
    const slotId = await freshSlot(3);
    const attempts = 40;
    const results = await Promise.all(Array.from({ length: attempts }, () => book(slotId)));
    const codes = results.map((result) => result.data?.bookConsultation.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
    expect(codes.filter((code) => code === 'SLOT_FULL')).toHaveLength(attempts - 3);
    expect(await slotInDatabase(slotId)).toEqual({ booked: 3, active: 3 });
  });

  it('gives one person one place per slot, even when they click many times at once', async () => {
    const slotId = await freshSlot(5);
    const memberId = newMemberId();
    const results = await Promise.all(Array.from({ length: 10 }, () => book(slotId, memberId)));
    const codes = results.map((result) => result.data?.bookConsultation.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_BOOKED')).toHaveLength(9);
    expect(await slotInDatabase(slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('says ALREADY_BOOKED, not SLOT_FULL, to the holder of the last place', async () => {
    const slotId = await freshSlot(1);
    const memberId = newMemberId();
    const first = await book(slotId, memberId);
    expect(first.data?.bookConsultation.consultation).toMatchObject({
      status: 'BOOKED',
      slot: { booked: 1, available: 0 },
    });
    const again = await book(slotId, memberId);
    expect(again.data?.bookConsultation.error?.code).toBe('ALREADY_BOOKED');
  });

  it('refuses a slot that has started, and stores nothing', async () => {
    const slotId = await freshSlot(3, -1);
    const result = await book(slotId);
    expect(result.data?.bookConsultation).toMatchObject({
      ok: false,
      consultation: null,
      error: { code: 'SLOT_PASSED' },
    });
    expect(await slotInDatabase(slotId)).toEqual({ booked: 0, active: 0 });
  });

  it('reports every bad field at once as BAD_USER_INPUT and stores nothing', async () => {
    const memberId = newMemberId();
    const bad = await as(memberId, BOOK, {
      input: {
        slotId: 'NOT A SLOT',
        name: '',
        phone: '112',
        topic: 'JOB_SEARCH',
        note: '주민번호 900101-1234567 입니다',
      },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.name', 'input.note', 'input.phone', 'input.slotId']);
    const unknown = await as(memberId, BOOK, booking('dc-guro-no-such-slot'));
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(unknown)).toEqual(['input.slotId']);
    const slotId = await freshSlot(2);
    const tooLongNote = await as(memberId, BOOK, {
      input: { ...booking(slotId).input, note: 'x'.repeat(1001) },
    });
    expect(problemFields(tooLongNote)).toEqual(['input.note']);
    const [stored] = await districts.db.execute<{ count: number }>(sql`
      select count(*)::int as count from districts.consultations where member_id = ${memberId}`);
    expect(stored?.count).toBe(0);
    expect(await slotInDatabase(slotId)).toEqual({ booked: 0, active: 0 });
  });
});

describe('cancelConsultation', () => {
  it('frees the place; only the holder may cancel, and only once', async () => {
    const slotId = await freshSlot(1);
    const holder = newMemberId();
    const booked = await book(slotId, holder);
    const consultationId = booked.data?.bookConsultation.consultation?.id as string;

    const other = newMemberId();
    const full = await book(slotId, other);
    expect(full.data?.bookConsultation.error?.code).toBe('SLOT_FULL');

    const stranger = await as(other, CANCEL, { input: { consultationId } });
    expect(errorCodes(stranger)).toEqual(['NOT_FOUND']);
    expect(await slotInDatabase(slotId)).toEqual({ booked: 1, active: 1 });

    const cancelled = await as<{
      cancelConsultation: {
        ok: boolean;
        consultation: { status: string; cancelledAt: string | null; slot: { available: number } };
      };
    }>(holder, CANCEL, { input: { consultationId } });
    expect(cancelled.data?.cancelConsultation).toMatchObject({
      ok: true,
      consultation: { status: 'CANCELLED', slot: { available: 1 } },
    });
    expect(cancelled.data?.cancelConsultation.consultation.cancelledAt).not.toBeNull();

    const twice = await as<{ cancelConsultation: { ok: boolean; error: { code: string } } }>(
      holder,
      CANCEL,
      { input: { consultationId } },
    );
    expect(twice.data?.cancelConsultation).toMatchObject({
      ok: false,
      error: { code: 'NOT_BOOKED' },
    });

    const again = await book(slotId, other);
    expect(again.data?.bookConsultation.ok).toBe(true);
    expect(await slotInDatabase(slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('refuses to cancel once the slot has started', async () => {
    const slotId = await freshSlot(2);
    const holder = newMemberId();
    const booked = await book(slotId, holder);
    const consultationId = booked.data?.bookConsultation.consultation?.id as string;
    await districts.db.execute(sql`
      update districts.consultation_slots set starts_at = now() - interval '10 minutes'
      where id = ${slotId}`);
    const late = await as<{ cancelConsultation: { error: { code: string } } }>(holder, CANCEL, {
      input: { consultationId },
    });
    expect(late.data?.cancelConsultation.error.code).toBe('SLOT_PASSED');
    expect(await slotInDatabase(slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('refuses a malformed id as BAD_USER_INPUT', async () => {
    const bad = await as(newMemberId(), CANCEL, { input: { consultationId: 'abc' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.consultationId']);
  });
});

describe('a person’s consultations', () => {
  const PERSON = /* GraphQL */ `
    query People($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Person {
          id
          consultations {
            status topic bookedAt person { id }
            slot { startsAt center { id } service { code name } }
          }
        }
      }
    }
  `;

  it('gives district staff 김영수’s upcoming booking at the Dongjak 50+ Center and 정민수’s attended one', async () => {
    const data = await query<{
      _entities: Array<{
        id: string;
        consultations: Array<{
          status: string;
          topic: string;
          person: { id: string };
          slot: { startsAt: string; center: { id: string }; service: { code: string } };
        }>;
      }>;
    }>(
      districts,
      PERSON,
      {
        representations: [
          { __typename: 'Person', id: 'M00000001' },
          { __typename: 'Person', id: 'M00000005' },
        ],
      },
      await asStaff(),
    );
    const [youngsoo, minsu] = data._entities;
    expect(youngsoo?.consultations).toHaveLength(1);
    expect(youngsoo?.consultations[0]).toMatchObject({
      status: 'BOOKED',
      topic: 'CAREER_DESIGN',
      person: { id: 'M00000001' },
      slot: { center: { id: 'dc-dongjak' }, service: { code: 'dongjak-50plus' } },
    });
    expect(Date.parse(youngsoo?.consultations[0]?.slot.startsAt ?? '')).toBeGreaterThan(Date.now());
    expect(minsu?.consultations).toEqual([
      expect.objectContaining({
        status: 'ATTENDED',
        topic: 'JOB_SEARCH',
        slot: {
          startsAt: '2023-09-12T01:00:00.000Z',
          center: { id: 'dc-dongjak' },
          service: { code: 'noryangjin-youth', name: '노량진청년일자리센터' },
        },
      }),
    ]);
  });
});
