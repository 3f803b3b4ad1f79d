import { chunks } from '@jobgraph/data';
import { sample, seededRandom, seedOf } from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import {
  CADENCES,
  demandDayEmployers,
  demandDayRegistrations,
  demandDays,
  INCHEON_CENTERS,
  INDUSTRIES,
  jointFairHosts,
  jointFairIndustries,
  jointFairs,
  MEMBER_KINDS,
  trainings,
  workingGroupMembers,
  workingGroups,
} from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { IncheonTransaction } from './transaction.js';

const center = z.enum(INCHEON_CENTERS);
const industry = z.enum(INDUSTRIES);
const networkFile = z.object({
  demandDays: z.array(
    z.object({
      id: z.string().regex(/^jdd-[a-z0-9-]+$/),
      centerId: center,
      industry,
      titleKo: z.string().min(1),
      titleEn: z.string().min(1),
      date: z.iso.date(),
      venue: z.string().min(1),
      capacity: z.number().int().positive(),
      employers: z.array(
        z.object({
          id: z.string().regex(/^E\d{5}$/),
          name: z.string(),
          openings: z.number().int().positive(),
        }),
      ),
      /** How many members registered (drawn deterministically). */
      registrations: z.number().int().nonnegative(),
    }),
  ),
  workingGroups: z.array(
    z.object({
      id: z.string().regex(/^wg-[a-z0-9-]+$/),
      centerId: center,
      industry,
      nameKo: z.string(),
      nameEn: z.string(),
      formedOn: z.iso.date(),
      cadence: z.enum(CADENCES),
      members: z.array(
        z.object({
          kind: z.enum(MEMBER_KINDS),
          nameKo: z.string(),
          nameEn: z.string(),
          employerId: z.string().nullable(),
          regionCode: z.string().nullable(),
        }),
      ),
    }),
  ),
  jointFairs: z.array(
    z.object({
      id: z.string().regex(/^jjf-[a-z0-9-]+$/),
      titleKo: z.string(),
      titleEn: z.string(),
      date: z.iso.date(),
      venue: z.string(),
      regionCode: z.string(),
      plannedEmployers: z.number().int().positive(),
      hosts: z.array(center).min(1),
      industries: z.array(industry).min(1),
    }),
  ),
  trainings: z.array(
    z.object({
      id: z.string().regex(/^kpt-[a-z0-9-]+$/),
      centerId: center,
      industry,
      campusKo: z.string(),
      campusEn: z.string(),
      courseKo: z.string(),
      courseEn: z.string(),
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      hours: z.number().int().positive(),
      seats: z.number().int().positive(),
    }),
  ),
});

/** Members drawn as registrants: M00000007… (the story people register on their own). */
const FIRST_MEMBER = 7;
const MEMBERS = 2000;
const memberId = (n: number) => `M${String(n).padStart(8, '0')}`;
const DAY_MS = 86_400_000;

/** The story: 이정호 (61, Bupyeong-gu, in training at Incheon Bukbu) registered for a root-industry day. */
const STORY = [{ memberId: 'M00000003', demandDayId: 'jdd-bukbu-2027-01-13' }] as const;

/** The Incheon network of seed/network.json, with registrations drawn per day (seeded by its id). */
export async function seedNetwork(tx: IncheonTransaction): Promise<void> {
  const file = await readSeedJson('network.json', networkFile);
  const members = Array.from({ length: MEMBERS }, (_, index) => memberId(FIRST_MEMBER + index));
  for (const day of file.demandDays) {
    const random = seededRandom(seedOf(day.id));
    const story = STORY.filter((entry) => entry.demandDayId === day.id).map(
      (entry) => entry.memberId,
    );
    const registrants = [...story, ...sample(members, day.registrations - story.length, random)];
    await tx.insert(demandDays).values({
      id: day.id,
      centerId: day.centerId,
      industry: day.industry,
      titleKo: day.titleKo,
      titleEn: day.titleEn,
      heldOn: day.date,
      venue: day.venue,
      capacity: day.capacity,
      registered: registrants.length,
    });
    await tx.insert(demandDayEmployers).values(
      day.employers.map((employer) => ({
        demandDayId: day.id,
        employerId: employer.id,
        name: employer.name,
        openings: employer.openings,
      })),
    );
    const held = Date.parse(`${day.date}T10:00:00+09:00`);
    const rows = registrants.map((member) => ({
      demandDayId: day.id,
      memberId: member,
      registeredAt: new Date(held - (3 + Math.floor(random() * 25)) * DAY_MS),
    }));
    for (const batch of chunks(rows, 1000)) {
      if (batch.length > 0) await tx.insert(demandDayRegistrations).values(batch);
    }
  }
  for (const group of file.workingGroups) {
    const { members: roster, ...row } = group;
    await tx.insert(workingGroups).values(row);
    await tx
      .insert(workingGroupMembers)
      .values(roster.map((member, position) => ({ groupId: group.id, position, ...member })));
  }
  for (const fair of file.jointFairs) {
    const { hosts, industries, date, ...row } = fair;
    await tx.insert(jointFairs).values({ ...row, heldOn: date });
    await tx
      .insert(jointFairHosts)
      .values(hosts.map((centerId) => ({ fairId: fair.id, centerId })));
    await tx
      .insert(jointFairIndustries)
      .values(industries.map((entry) => ({ fairId: fair.id, industry: entry })));
  }
  await tx.insert(trainings).values(file.trainings);
}
