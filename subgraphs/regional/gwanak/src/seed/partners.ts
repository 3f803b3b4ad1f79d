import { sample, seededRandom, seedOf } from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import {
  G_VALLEY_COMPLEXES,
  GWANAK_CENTER_ID,
  openingApplications,
  PARTNER_SECTORS,
  partnerEmployers,
  partnerOpenings,
} from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { GwanakTransaction } from './transaction.js';

const partnerFile = z.object({
  partners: z.array(
    z.object({
      id: z.string().regex(/^E\d{5}$/),
      name: z.string().min(1),
      sector: z.enum(PARTNER_SECTORS),
      regionCode: z.string().regex(/^\d{5}$/),
      gValleyComplex: z.enum(G_VALLEY_COMPLEXES).nullable(),
      partnerSince: z.iso.date(),
    }),
  ),
  openings: z.array(
    z.object({
      id: z.string().regex(/^gwo-[a-z0-9-]+$/),
      employerId: z.string(),
      titleKo: z.string().min(1),
      titleEn: z.string().min(1),
      minimumAge: z.number().int(),
      positions: z.number().int().positive(),
      capacity: z.number().int().positive(),
      monthlyWageKrw: z.number().int().positive().nullable(),
      hoursPerWeek: z.number().int().positive(),
      opensOn: z.iso.date(),
      closesOn: z.iso.date(),
    }),
  ),
});

/** Members drawn as applicants: M00000007… (the story people apply on their own). */
const FIRST_MEMBER = 7;
const MEMBERS = 2000;
const memberId = (n: number) => `M${String(n).padStart(8, '0')}`;

/** The story: 박미경 (53, Gwanak-gu) applied to a care-worker opening near home. */
const STORY = [{ memberId: 'M00000002', openingId: 'gwo-2026-018' }] as const;

/**
 * The partners and openings of seed/partners.json, and applications drawn by a generator seeded
 * with each opening's id: about half of each opening's places are taken, the count kept with the
 * opening as the application path keeps it.
 */
export async function seedPartners(tx: GwanakTransaction): Promise<void> {
  const file = await readSeedJson('partners.json', partnerFile);
  await tx
    .insert(partnerEmployers)
    .values(file.partners.map((partner) => ({ ...partner, centerId: GWANAK_CENTER_ID })));
  const members = Array.from({ length: MEMBERS }, (_, index) => memberId(FIRST_MEMBER + index));
  for (const opening of file.openings) {
    const random = seededRandom(seedOf(opening.id));
    const story = STORY.filter((entry) => entry.openingId === opening.id).map(
      (entry) => entry.memberId,
    );
    const drawn = sample(members, Math.floor(opening.capacity / 2) - story.length, random);
    const applicants = [...story, ...drawn];
    await tx.insert(partnerOpenings).values({ ...opening, applied: applicants.length });
    const opened = Date.parse(`${opening.opensOn}T09:00:00+09:00`);
    await tx.insert(openingApplications).values(
      applicants.map((member, index) => ({
        openingId: opening.id,
        memberId: member,
        motivation: null,
        appliedAt: new Date(opened + index * 5_400_000 + Math.floor(random() * 3_600_000)),
      })),
    );
  }
}
