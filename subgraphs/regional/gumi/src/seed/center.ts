import { sample, seededRandom, seedOf } from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  careerBookings,
  careerSessions,
  EMPLOYER_SIZES,
  GUMI_CENTER_ID,
  hrApplications,
  hrMeasures,
  TARGET_INDUSTRIES,
  targetEmployers,
} from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { GumiTransaction } from './transaction.js';

const centerFile = z.object({
  targetEmployers: z.array(
    z.object({
      id: z.string().regex(/^E\d{5}$/),
      name: z.string().min(1),
      industry: z.enum(TARGET_INDUSTRIES),
      size: z.enum(EMPLOYER_SIZES),
    }),
  ),
  measures: z.array(
    z.object({
      code: z.string().regex(/^[A-Z][A-Z_]+$/),
      nameKo: z.string().min(1),
      nameEn: z.string().min(1),
      amountPerWorkerKrw: z.number().int().positive(),
      maxWorkers: z.number().int().positive(),
    }),
  ),
  applications: z.array(
    z.object({
      employerId: z.string(),
      measureCode: z.string(),
      workersCovered: z.number().int().positive(),
      plan: z.string().min(1),
      status: z.enum(APPLICATION_STATUSES),
      submittedAt: z.iso.datetime({ offset: true }),
      submittedBy: z.string(),
      decidedAt: z.iso.datetime({ offset: true }).nullable(),
      decidedBy: z.string().nullable(),
      decisionNote: z.string().nullable(),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.string().regex(/^cds-[a-z0-9-]+$/),
      titleKo: z.string(),
      titleEn: z.string(),
      venue: z.string(),
      startsAt: z.iso.datetime({ offset: true }),
      durationMinutes: z.number().int().positive(),
      minimumAge: z.number().int(),
      capacity: z.number().int().positive(),
      /** How many members booked (drawn deterministically). */
      bookings: z.number().int().nonnegative(),
    }),
  ),
});

/** Members drawn as bookers: M00000007… (the story people book on their own). */
const FIRST_MEMBER = 7;
const MEMBERS = 2000;
const memberId = (n: number) => `M${String(n).padStart(8, '0')}`;
const DAY_MS = 86_400_000;

/** The story: 최은주 (51, Gumi, looking for work) booked a career design session for 50+. */
const STORY = [{ memberId: 'M00000004', sessionId: 'cds-2026-12-16-am' }] as const;

/**
 * Gumi's target employers, the incentive's measures with their amounts, the applications filed so
 * far, and the career design sessions with bookings drawn per session (seeded by its id).
 */
export async function seedCenter(tx: GumiTransaction): Promise<void> {
  const file = await readSeedJson('center.json', centerFile);
  await tx
    .insert(targetEmployers)
    .values(file.targetEmployers.map((employer) => ({ ...employer, regionCode: '47190' })));
  await tx
    .insert(hrMeasures)
    .values(file.measures.map((measure, position) => ({ ...measure, position })));
  for (const application of file.applications) {
    const measure = file.measures.find((entry) => entry.code === application.measureCode);
    if (!measure) throw new Error(`seed names no measure ${application.measureCode}`);
    await tx.insert(hrApplications).values({
      ...application,
      amountKrw: application.workersCovered * measure.amountPerWorkerKrw,
      submittedAt: new Date(application.submittedAt),
      decidedAt: application.decidedAt === null ? null : new Date(application.decidedAt),
    });
  }
  const members = Array.from({ length: MEMBERS }, (_, index) => memberId(FIRST_MEMBER + index));
  for (const session of file.sessions) {
    const random = seededRandom(seedOf(session.id));
    const story = STORY.filter((entry) => entry.sessionId === session.id).map(
      (entry) => entry.memberId,
    );
    const bookers = [...story, ...sample(members, session.bookings - story.length, random)];
    const { bookings: _count, startsAt, ...row } = session;
    await tx.insert(careerSessions).values({
      ...row,
      startsAt: new Date(startsAt),
      centerId: GUMI_CENTER_ID,
      booked: bookers.length,
    });
    const starts = Date.parse(startsAt);
    await tx.insert(careerBookings).values(
      bookers.map((member) => ({
        sessionId: session.id,
        memberId: member,
        bookedAt: new Date(starts - (2 + Math.floor(random() * 20)) * DAY_MS),
      })),
    );
  }
}
