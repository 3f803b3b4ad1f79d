import { asc } from 'drizzle-orm';
import {
  type AcademyPlanRow,
  academyPlans,
  type CampusRow,
  campuses,
  type OccupationRow,
  occupations,
  type ProgramRow,
  programs,
  type RegionRow,
  regions,
  type SupportTypeRow,
  type SurveyFindingRow,
  type SurveyRow,
  supportTypes,
  surveyFindings,
  surveys,
  type TalentPlanRow,
  talentPlans,
} from '../db/schema.js';
import type { FiftyPlusDatabase } from './context.js';

/**
 * What only seeds and migrations change: code lists, campuses, programmes and their published
 * figures. Read once per process and held in memory, so a request's statement count depends
 * only on the records it reads. A restart picks up a changed catalog.
 */
export interface Catalog {
  readonly regions: ReadonlyMap<string, RegionRow>;
  readonly occupations: ReadonlyMap<string, OccupationRow>;
  /** West to east, as the foundation lists them. */
  readonly campuses: readonly CampusRow[];
  readonly campusById: ReadonlyMap<string, CampusRow>;
  readonly programs: readonly ProgramRow[];
  readonly programById: ReadonlyMap<string, ProgramRow>;
  readonly academyPlanOf: ReadonlyMap<string, AcademyPlanRow>;
  readonly surveyOf: ReadonlyMap<string, SurveyRow>;
  readonly findingsOf: ReadonlyMap<string, readonly SurveyFindingRow[]>;
  readonly talentPlanOf: ReadonlyMap<string, TalentPlanRow>;
  readonly supportTypesOf: ReadonlyMap<string, readonly SupportTypeRow[]>;
}

const snapshots = new WeakMap<object, Promise<Catalog>>();

export function catalog(db: FiftyPlusDatabase): Promise<Catalog> {
  let snapshot = snapshots.get(db);
  if (!snapshot) {
    snapshot = load(db);
    snapshot.catch(() => snapshots.delete(db));
    snapshots.set(db, snapshot);
  }
  return snapshot;
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

async function load(db: FiftyPlusDatabase): Promise<Catalog> {
  const [
    regionRows,
    occupationRows,
    campusRows,
    programRows,
    academyRows,
    surveyRows,
    findingRows,
    talentRows,
    supportTypeRows,
  ] = await Promise.all([
    db.select().from(regions),
    db.select().from(occupations),
    db.select().from(campuses).orderBy(asc(campuses.position)),
    db.select().from(programs).orderBy(asc(programs.id)),
    db.select().from(academyPlans),
    db.select().from(surveys),
    db.select().from(surveyFindings).orderBy(asc(surveyFindings.position)),
    db.select().from(talentPlans),
    db.select().from(supportTypes).orderBy(asc(supportTypes.position)),
  ]);
  return {
    regions: new Map(regionRows.map((row) => [row.code, row])),
    occupations: new Map(occupationRows.map((row) => [row.code, row])),
    campuses: campusRows,
    campusById: new Map(campusRows.map((row) => [row.id, row])),
    programs: programRows,
    programById: new Map(programRows.map((row) => [row.id, row])),
    academyPlanOf: new Map(academyRows.map((row) => [row.programId, row])),
    surveyOf: new Map(surveyRows.map((row) => [row.programId, row])),
    findingsOf: groupBy(findingRows, (row) => row.surveyId),
    talentPlanOf: new Map(talentRows.map((row) => [row.programId, row])),
    supportTypesOf: groupBy(supportTypeRows, (row) => row.programId),
  };
}
