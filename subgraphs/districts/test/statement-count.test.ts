import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  koreanDay,
  PROGRAM_ID,
  startDistricts,
  type TestDistricts,
} from './support.js';

let districts: TestDistricts;
beforeAll(async () => {
  districts = await startDistricts();
  // postgres.js asks a new connection for its types once (one statement more); opening the
  // whole pool first keeps that out of the requests being counted.
  await Promise.all(
    Array.from({ length: 30 }, () =>
      graphql(districts.url, '{ districtEmploymentCenters { services { code } awards { year } } }'),
    ),
  );
  const [pool] = await districts.db.execute<{ open: number }>(sql`
    select count(*)::int as open from pg_stat_activity
    where application_name = 'jobgraph-districts' and datname = current_database()`);
  expect(pool?.open).toBe(10);
});
afterAll(() => districts?.close());

/**
 * Statements the subgraph sends for one request (the counter sees every statement), as district
 * staff with a reason: they may see every record asked for, and their reads are recorded (one
 * INSERT into the access log per request, whatever the number of people read).
 */
async function statementsFor(operation: string, variables: Record<string, unknown>) {
  const headers = await asStaff();
  const before = districts.statements.count;
  const response = await graphql(districts.url, operation, variables, headers);
  expect(response.errors).toBeUndefined();
  return { statements: districts.statements.count - before, data: response.data };
}

const CENTER_FIELDS = /* GraphQL */ `
  fragment CenterFields on DistrictEmploymentCenter {
    id name openedOn firstYearPlacements budgetSavedKrw
    services { code name }
    awards { prize }
    meetingSchedule { weekday }
    adoptedModelOf { id services { code } }
    jobFairCount(year: 2026)
    jobFairs { id registrationCount participatingEmployers { id } center { id } }
    placementsByService(from: "2023-05-01", to: "2024-04-30") { service { code } count }
    consultationSlots(from: $from, to: $to) { id available service { code name } center { id } }
    placements(first: $first) {
      totalCount
      edges { node { id placedOn service { code } center { id } person { id } employer { id } insuranceRecord { id } } }
    }
  }
`;

const CENTERS = /* GraphQL */ `
  query Centers($first: Int!, $from: Date!, $to: Date!) {
    districtEmploymentCenters { ...CenterFields }
  }
  ${CENTER_FIELDS}
`;

describe('SQL statements per request do not grow with list sizes', () => {
  it('is the same for centers with 100 placements and a month of slots as with 5 and a day', async () => {
    const small = await statementsFor(CENTERS, { first: 5, from: koreanDay(1), to: koreanDay(1) });
    const large = await statementsFor(CENTERS, {
      first: 100,
      from: koreanDay(1),
      to: koreanDay(31),
    });
    const centers = (
      large.data as {
        districtEmploymentCenters: Array<{
          placements: { edges: unknown[] };
          consultationSlots: unknown[];
        }>;
      }
    ).districtEmploymentCenters;
    expect(centers).toHaveLength(4);
    for (const center of centers) {
      expect(center.placements.edges).toHaveLength(100);
      expect(center.consultationSlots.length).toBeGreaterThan(100);
    }
    expect(large.statements).toBe(small.statements);
    // One statement per loader, whatever the number of centers, placements and slots, and one
    // INSERT recording the staff member's reads of the people placed, however many they are.
    expect(large.statements).toBeLessThanOrEqual(15);
  });

  it('resolves one center reference with the same statements as four', async () => {
    const operation = /* GraphQL */ `
      query Entities($representations: [_Any!]!, $first: Int!, $from: Date!, $to: Date!) {
        _entities(representations: $representations) { ...CenterFields }
      }
      ${CENTER_FIELDS}
    `;
    const args = { first: 20, from: koreanDay(1), to: koreanDay(7) };
    const one = await statementsFor(operation, {
      ...args,
      representations: [{ __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' }],
    });
    const four = await statementsFor(operation, {
      ...args,
      representations: ['dc-dongjak', 'dc-gwanak', 'dc-guro', 'dc-iksan'].map((id) => ({
        __typename: 'DistrictEmploymentCenter',
        id,
      })),
    });
    expect((four.data as { _entities: unknown[] })._entities).toHaveLength(4);
    expect(four.statements).toBe(one.statements);
  });

  it('resolves 3 or 40 people with their consultations, fairs, placements and incentives alike', async () => {
    const people = await districts.db.execute<{ id: string }>(sql`
      select distinct r.member_id as id from districts.job_fair_registrations r
      join districts.placements p on p.person_id = r.member_id
      order by id limit 40`);
    const ids = [...people].map((person) => person.id);
    expect(ids).toHaveLength(40);
    const [slot] = await districts.db.execute<{ id: string }>(sql`
      select id from districts.consultation_slots where starts_at > now() + interval '1 day'
      order by starts_at limit 1`);
    await districts.db.execute(sql`
      update districts.consultation_slots set capacity = 100 where id = ${slot?.id ?? ''}`);
    for (const memberId of ids) {
      const booked = await graphql<{ bookConsultation: { ok: boolean } }>(
        districts.url,
        `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { ok } }`,
        { input: { slotId: slot?.id, name: '테스트', phone: '010-5555-0101', topic: 'OTHER' } },
        await asMember(memberId),
      );
      expect(booked.data?.bookConsultation.ok).toBe(true);
    }
    const operation = /* GraphQL */ `
      query People($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person {
            id
            consultations { status slot { startsAt available center { name } service { name } } person { id } }
            jobFairRegistrations { registeredAt jobFair { title registrationCount center { name } participatingEmployers { id } } }
            placements { placedOn center { name } service { name } employer { id } }
            hiringIncentiveApplications { amountKrw program { name } placement { id } statusHistory { status } }
          }
        }
      }
    `;
    const represent = (list: readonly string[]) => ({
      representations: list.map((id) => ({ __typename: 'Person', id })),
    });
    const few = await statementsFor(operation, represent(ids.slice(0, 3)));
    const many = await statementsFor(operation, represent(ids));
    const entities = (many.data as { _entities: Array<{ consultations: unknown[] }> })._entities;
    expect(entities).toHaveLength(40);
    expect(entities.every((person) => person.consultations.length === 1)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });

  it('resolves 1 or 6 regions with their centers and programmes alike', async () => {
    const operation = /* GraphQL */ `
      query Regions($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Region {
            code
            districtEmploymentCenters { id name services { code } firstYearPlacements }
            districtPrograms { id name rules { kind } center { name } }
          }
        }
      }
    `;
    const represent = (codes: readonly string[]) => ({
      representations: codes.map((code) => ({ __typename: 'Region', code })),
    });
    const one = await statementsFor(operation, represent(['11590']));
    const six = await statementsFor(
      operation,
      represent(['11590', '11', '11620', '11530', '52', '52140']),
    );
    expect(six.statements).toBe(one.statements);
  });

  it('lists 2 or 12 applications for staff with the same statements', async () => {
    const placements = await districts.db.execute<{
      id: string;
      personId: string;
      employerId: string;
      placedOn: string;
    }>(sql`
      select p.id, p.person_id as "personId", p.employer_id as "employerId", p.placed_on::text as "placedOn"
      from districts.placements p join districts.employers e on e.id = p.employer_id
      where p.center_id = 'dc-dongjak' and e.size = 'SMALL_OR_MEDIUM' and p.id <> 'PL000001'
      order by p.id desc limit 12`);
    for (const placement of placements) {
      const applied = await graphql<{ applyForHiringIncentive: { ok: boolean } }>(
        districts.url,
        `mutation($input: ApplyForHiringIncentiveInput!) { applyForHiringIncentive(input: $input) { ok } }`,
        {
          input: {
            programId: PROGRAM_ID,
            employerId: placement.employerId,
            memberId: placement.personId,
            hiredOn: placement.placedOn,
            monthsClaimed: 4,
          },
        },
        await asStaff(),
      );
      expect(applied.data?.applyForHiringIncentive.ok).toBe(true);
    }
    const operation = /* GraphQL */ `
      query List($first: Int!) {
        hiringIncentiveApplications(programId: "${PROGRAM_ID}", first: $first) {
          totalCount
          edges { node { id amountKrw program { name center { name } } placement { placedOn service { name } }
                         employer { id } person { id } statusHistory { status at } } }
        }
      }
    `;
    const two = await statementsFor(operation, { first: 2 });
    const twelve = await statementsFor(operation, { first: 12 });
    expect(
      (twelve.data as { hiringIncentiveApplications: { edges: unknown[] } })
        .hiringIncentiveApplications.edges,
    ).toHaveLength(12);
    expect(twelve.statements).toBe(two.statements);
  });
});
