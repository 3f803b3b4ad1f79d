import {
  checkMemberId,
  checkName,
  checkNoResidentNumber,
  forbidden,
  type InputProblem,
  normalisePhone,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import { caseFiles, caseStageChanges } from '../../db/schema.js';
import { ageOn } from '../../domain/dates.js';
import type { OpenCaseFileInput } from '../../generated/graphql.js';
import { centerById } from '../centers/loaders.js';
import type { MinistryContext } from '../context.js';
import { theNetwork } from '../network/loaders.js';
import { referenceData } from '../reference-data.js';
import { required } from '../required.js';
import { assertWorksAt, requireCaseWorker } from './case-worker.js';
import { refused } from './outcome.js';

const REGION_CODE = /^\d{5}$/;

/** `CF` and the file's number, five digits at least. */
const caseFileId = (number: number) => `CF${String(number).padStart(5, '0')}`;

/**
 * Opens a case file at INTAKE with the calling counselor in charge: validates everything (every
 * problem at once), refuses someone under the network's minimum age, and stores the file with its
 * first stage in one transaction. The partial unique index settles "one open file per person per
 * center", also between concurrent requests.
 */
export async function openCaseFile(context: MinistryContext, input: OpenCaseFileInput) {
  const worker = await requireCaseWorker(context);
  if (worker.kind !== 'counselor') {
    throw forbidden('opening a file puts the caller in charge of it: only a counselor can');
  }
  const { counselor } = worker;
  const problems: InputProblem[] = [];
  const today = todayInKorea();
  checkMemberId(input.memberId, 'input.memberId', problems);
  const [center, { regions }] = await Promise.all([
    context.loaders.get(centerById).load(input.centerId),
    referenceData(context.db),
  ]);
  if (!center) problems.push({ field: 'input.centerId', message: 'a national center (moel-…)' });
  const name = checkName(input.name, 'input.name', problems);
  checkNoResidentNumber(input.name, 'input.name', problems);
  if (input.birthDate > today) {
    problems.push({ field: 'input.birthDate', message: 'not in the future' });
  } else if (input.birthDate < '1900-01-01') {
    problems.push({ field: 'input.birthDate', message: 'on or after 1900-01-01' });
  }
  const phone = normalisePhone(input.phone, 'input.phone', problems);
  const region = regions.get(input.residenceRegionCode);
  if (!REGION_CODE.test(input.residenceRegionCode) || !region) {
    problems.push({ field: 'input.residenceRegionCode', message: 'an existing sigungu code' });
  } else if (region.validTo !== null && region.validTo < today) {
    problems.push({
      field: 'input.residenceRegionCode',
      message: `a code in use today (${region.code} ${region.nameKo} was retired after ${region.validTo})`,
    });
  }
  throwIfProblems(problems, 'cannot open a case file');
  assertWorksAt(worker, input.centerId);

  const network = required(await context.loaders.get(theNetwork).load('network'), 'network');
  const age = ageOn(input.birthDate, today);
  if (age < network.minimumAge) {
    return refused(
      'UNDER_MINIMUM_AGE',
      `Aged ${age} today; the network's case management is for job seekers aged ${network.minimumAge} and over.`,
      null,
    );
  }

  const opened = await context.db.transaction(async (tx) => {
    const [next] = await tx.execute<{ n: number }>(
      sql`select nextval('ministry.case_file_numbers')::int as n`,
    );
    const [file] = await tx
      .insert(caseFiles)
      .values({
        id: caseFileId(required(next, 'case file number').n),
        personId: input.memberId,
        centerId: input.centerId,
        counselorId: counselor.id,
        name,
        birthDate: input.birthDate,
        phone,
        residenceRegionCode: input.residenceRegionCode,
        stage: 'INTAKE',
        stageChangedOn: today,
        openedOn: today,
      })
      .onConflictDoNothing({
        target: [caseFiles.personId, caseFiles.centerId],
        where: sql`closed_on is null`,
      })
      .returning();
    if (!file) return null;
    await tx.insert(caseStageChanges).values({
      caseFileId: file.id,
      stage: 'INTAKE',
      enteredOn: today,
      counselorId: counselor.id,
    });
    return file;
  });
  if (!opened) {
    return refused(
      'ALREADY_OPEN',
      `${input.memberId} already has an open case file at ${input.centerId}.`,
      null,
    );
  }
  return { ok: true, caseFile: opened, error: null } as const;
}
