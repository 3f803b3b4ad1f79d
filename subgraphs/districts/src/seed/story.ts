import { and, asc, eq, gte, sql } from 'drizzle-orm';
import {
  consultationSlots,
  consultations,
  incentiveApplications,
  incentiveEvents,
} from '../db/schema.js';
import { slotId } from './calendar.js';
import type { DistrictsTransaction } from './transaction.js';

const DAY_MS = 86_400_000;

/**
 * The records of the people the documentation follows (data/synthetic/README.md): 정민수
 * (M00000005) consulted the Noryangjin Youth Job Center before his placement in September 2023,
 * and his employer was paid the hiring incentive; 김영수 (M00000001) has a booking at the
 * Dongjak 50+ Center a week or more ahead of the day the database was seeded.
 */
export async function seedStory(tx: DistrictsTransaction, now = new Date()): Promise<void> {
  const pastSlot = slotId('dc-dongjak', 'noryangjin-youth', '2023-09-12', 10);
  await tx.insert(consultationSlots).values({
    id: pastSlot,
    centerId: 'dc-dongjak',
    serviceCode: 'noryangjin-youth',
    startsAt: new Date('2023-09-12T10:00:00+09:00'),
    capacity: 2,
    booked: 1,
  });
  await tx.insert(consultations).values({
    slotId: pastSlot,
    memberId: 'M00000005',
    name: '정민수',
    phone: '010-2001-0005',
    topic: 'JOB_SEARCH',
    note: '첫 취업 준비, 물류·유통 분야 희망',
    status: 'ATTENDED',
    bookedAt: new Date('2023-09-05T14:20:00+09:00'),
  });

  const [upcoming] = await tx
    .select({ id: consultationSlots.id })
    .from(consultationSlots)
    .where(
      and(
        eq(consultationSlots.centerId, 'dc-dongjak'),
        eq(consultationSlots.serviceCode, 'dongjak-50plus'),
        gte(consultationSlots.startsAt, new Date(now.getTime() + 7 * DAY_MS)),
        sql`extract(hour from ${consultationSlots.startsAt} at time zone 'Asia/Seoul') = 14`,
      ),
    )
    .orderBy(asc(consultationSlots.startsAt))
    .limit(1);
  if (!upcoming) throw new Error('the slot calendar has no Dongjak 50+ slot a week ahead');
  await tx
    .update(consultationSlots)
    .set({ booked: sql`${consultationSlots.booked} + 1` })
    .where(eq(consultationSlots.id, upcoming.id));
  await tx.insert(consultations).values({
    slotId: upcoming.id,
    memberId: 'M00000001',
    name: '김영수',
    phone: '010-2001-0001',
    topic: 'CAREER_DESIGN',
    note: '사무·영업 경력을 살린 재취업 상담 희망',
    bookedAt: now,
  });

  const [application] = await tx
    .insert(incentiveApplications)
    .values({
      programId: 'district-dongjak-sme-hiring-incentive',
      employerId: 'E00133',
      personId: 'M00000005',
      placementId: 'PL000001',
      hiredOn: '2023-09-26',
      monthsClaimed: 6,
      status: 'PAID',
      submittedAt: new Date('2023-10-10T10:12:00+09:00'),
    })
    .returning({ id: incentiveApplications.id });
  if (!application) throw new Error('the story application was not stored');
  await tx.insert(incentiveEvents).values([
    {
      applicationId: application.id,
      status: 'SUBMITTED',
      at: new Date('2023-10-10T10:12:00+09:00'),
    },
    {
      applicationId: application.id,
      status: 'APPROVED',
      at: new Date('2023-10-24T15:40:00+09:00'),
      staffId: 'st-dongjak-01',
      note: '센터 알선 채용 확인',
    },
    {
      applicationId: application.id,
      status: 'PAID',
      at: new Date('2024-04-30T11:00:00+09:00'),
      staffId: 'st-dongjak-02',
    },
  ]);
}
