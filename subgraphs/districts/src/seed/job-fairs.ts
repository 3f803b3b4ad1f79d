import { chunks } from '@jobgraph/data';
import { sample, seededRandom, seedOf } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  employers,
  JOB_FAIR_KINDS,
  jobFairEmployers,
  jobFairRegistrations,
  jobFairs,
} from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { DistrictsTransaction } from './transaction.js';

const fairFile = z.object({
  jobFairs: z.array(
    z.object({
      id: z.string(),
      centerId: z.string(),
      kind: z.enum(JOB_FAIR_KINDS),
      titleKo: z.string(),
      titleEn: z.string(),
      date: z.iso.date(),
      venue: z.string(),
      capacity: z.number().int().positive(),
      visitors: z.number().int().nullable(),
      onSiteInterviews: z.number().int().nullable(),
      /** How many employers of the feed take part (drawn deterministically). */
      employers: z.number().int().nonnegative(),
      /** How many members pre-registered (drawn deterministically). */
      preRegistrations: z.number().int().nonnegative(),
    }),
  ),
});

const DAY_MS = 86_400_000;
/** Members drawn for pre-registrations: M00000007… (the story people register on their own). */
const FIRST_MEMBER = 7;
const MEMBERS = 3000;
/** Pre-registrations come in between 60 and 16 days before the fair. */
const REGISTRATION_WINDOW = { earliest: 60, latest: 16 } as const;

const memberId = (n: number) => `M${String(n).padStart(8, '0')}`;

function registrationTime(fairDate: string, random: () => number): Date {
  const daysBefore =
    REGISTRATION_WINDOW.latest +
    Math.floor(random() * (REGISTRATION_WINDOW.earliest - REGISTRATION_WINDOW.latest + 1));
  const day = new Date(Date.parse(`${fairDate}T00:00:00Z`) - daysBefore * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const minutes = 9 * 60 + Math.floor(random() * 12 * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+09:00`);
}

/**
 * The 2026 fairs of seed/job-fairs.json, with their employers (SMEs and mid-sized firms of the
 * feed in Seoul) and pre-registrations drawn by a generator seeded with the fair's id.
 */
export async function seedJobFairs(tx: DistrictsTransaction): Promise<void> {
  const file = await readSeedJson('job-fairs.json', fairFile);
  const candidates = (
    await tx
      .select({ id: employers.id, regionCode: employers.regionCode })
      .from(employers)
      .where(inArray(employers.size, ['SMALL_OR_MEDIUM', 'MID_SIZED']))
      .orderBy(asc(employers.id))
  )
    .filter((employer) => employer.regionCode.startsWith('11'))
    .map((employer) => employer.id);
  const members = Array.from({ length: MEMBERS }, (_, index) => memberId(FIRST_MEMBER + index));

  for (const fair of file.jobFairs) {
    const random = seededRandom(seedOf(fair.id));
    await tx.insert(jobFairs).values({
      id: fair.id,
      centerId: fair.centerId,
      kind: fair.kind,
      titleKo: fair.titleKo,
      titleEn: fair.titleEn,
      heldOn: fair.date,
      venue: fair.venue,
      capacity: fair.capacity,
      visitors: fair.visitors,
      onSiteInterviews: fair.onSiteInterviews,
    });
    const taking = sample(candidates, fair.employers, random).sort();
    if (taking.length > 0) {
      await tx
        .insert(jobFairEmployers)
        .values(taking.map((employerId) => ({ jobFairId: fair.id, employerId })));
    }
    const registrations = sample(members, fair.preRegistrations, random).map((member) => ({
      jobFairId: fair.id,
      memberId: member,
      registeredAt: registrationTime(fair.date, random),
    }));
    for (const batch of chunks(registrations, 1000)) {
      await tx.insert(jobFairRegistrations).values(batch);
    }
  }
}
