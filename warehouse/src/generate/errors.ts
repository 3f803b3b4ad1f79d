/** Why the generator refused to write anything (or anything more). */
export type GenerateRefusal =
  | 'ALREADY_GENERATED'
  | 'ID_RANGE_IN_USE'
  | 'TOO_MANY_PEOPLE'
  | 'MISSING_SOURCES'
  | 'MISSING_REFERENCE';

/**
 * The one error the generator refuses with: the database already holds generated people (or
 * something else in the id ranges it writes), the people do not fit those ranges, or the agencies'
 * tables or their reference data are not there. Nothing was written when it is thrown before the
 * first chunk, which is every case but an id range filling up mid-run.
 */
export class GenerateRefusedError extends Error {
  override readonly name = 'GenerateRefusedError';
  constructor(
    readonly reason: GenerateRefusal,
    message: string,
  ) {
    super(message);
  }
}
