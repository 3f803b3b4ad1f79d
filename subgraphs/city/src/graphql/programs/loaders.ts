import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, desc, inArray } from 'drizzle-orm';
import {
  type EligibilityRuleRow,
  type ProgramRow,
  type ProgramSectorRow,
  type ProgramTypeRow,
  programEligibilityRules,
  programSectors,
  programs,
  programTrainingFields,
  programTypes,
  type TrainingFieldRow,
} from '../../db/schema.js';
import type { CityContext } from '../context.js';

export const programById = defineLoader<string, ProgramRow | null, CityContext>(
  'programById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programs)
      .where(inArray(programs.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const sectorsOfProgram = defineLoader<string, ProgramSectorRow[], CityContext>(
  'sectorsOfProgram',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programSectors)
      .where(inArray(programSectors.programId, [...ids]))
      .orderBy(desc(programSectors.kind));
    return groupByKey(ids, rows, (row) => row.programId);
  },
);

export const typesOfProgram = defineLoader<string, ProgramTypeRow[], CityContext>(
  'typesOfProgram',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programTypes)
      .where(inArray(programTypes.programId, [...ids]))
      .orderBy(asc(programTypes.id));
    return groupByKey(ids, rows, (row) => row.programId);
  },
);

export const trainingFieldsOfProgram = defineLoader<string, TrainingFieldRow[], CityContext>(
  'trainingFieldsOfProgram',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programTrainingFields)
      .where(inArray(programTrainingFields.programId, [...ids]))
      .orderBy(asc(programTrainingFields.position));
    return groupByKey(ids, rows, (row) => row.programId);
  },
);

export const eligibilityRulesOfProgram = defineLoader<string, EligibilityRuleRow[], CityContext>(
  'eligibilityRulesOfProgram',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programEligibilityRules)
      .where(inArray(programEligibilityRules.programId, [...ids]))
      .orderBy(asc(programEligibilityRules.position));
    return groupByKey(ids, rows, (row) => row.programId);
  },
);

/** All the city's programmes (a handful), for the region listings. */
export const allCityPrograms = defineLoader<'all', ProgramRow[], CityContext>(
  'allCityPrograms',
  async (keys, { db }) => {
    const rows = await db.select().from(programs).orderBy(asc(programs.id));
    return keys.map(() => rows);
  },
);
