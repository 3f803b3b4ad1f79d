import { defineLoader } from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import { insuranceRecords } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

/** People living in any of `places` who acquired insurance between `from` and `to` (inclusive). */
export interface StartsQuestion {
  readonly places: readonly string[];
  readonly from: string;
  readonly to: string;
}

const questionKey = (question: StartsQuestion) =>
  JSON.stringify([question.places, question.from, question.to]);

/**
 * Employment starts for many questions in one statement (the first years of a list of district
 * centers): a person who started twice in the period counts once. The residence index answers
 * each question with an index-only range scan per code.
 */
export const employmentStarts = defineLoader<StartsQuestion, number, MinistryContext>(
  'employmentStarts',
  async (questions, { db }) => {
    const rows = questions.map(
      (question, index) =>
        sql`(${index}::int, string_to_array(${question.places.join(',')}, ','), ${question.from}::date, ${question.to}::date)`,
    );
    const answers = await db.execute<{ index: number; starts: number }>(sql`
      select q.index, (
        select count(distinct r.person_id)::int
        from ${insuranceRecords} r
        where r.residence_region_code = any(q.places)
          and r.acquired_on between q.from_day and q.to_day
      ) as starts
      from (values ${sql.join(rows, sql`, `)}) as q(index, places, from_day, to_day)`);
    const byIndex = new Map(answers.map((row) => [row.index, row.starts]));
    return questions.map((_question, index) => byIndex.get(index) ?? 0);
  },
  questionKey,
);
