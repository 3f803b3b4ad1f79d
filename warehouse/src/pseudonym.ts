import { createHash, createHmac } from 'node:crypto';
import { AGE_BANDS, type AgeBandCode } from './age-bands.js';

/**
 * A person as the warehouse knows them: HMAC-SHA256 of their member id under a secret, in hex.
 * The same member id gives the same key in every agency's records, so facts join across agencies;
 * without the secret the key cannot be turned back into the id, nor guessed from a list of ids.
 */
export function personKey(memberId: string, secret: string): string {
  return createHmac('sha256', secret).update(memberId, 'utf8').digest('hex');
}

/** `YYYY-MM-DD` as [year, month, day], or an error naming the bad value. */
function parseDay(value: string, what: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`${what}: expected YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Age in completed years on a day. A birthday is reached on its day; one born on 29 February
 * reaches it on 1 March in common years (the Civil Act counts the period to the end of
 * February). Days are ISO dates, so no time zone can move them.
 */
export function ageAt(birthDate: string, eventDate: string): number {
  const [by, bm, bd] = parseDay(birthDate, 'birth date');
  const [ey, em, ed] = parseDay(eventDate, 'event date');
  const beforeBirthday = em < bm || (em === bm && ed < bd);
  return ey - by - (beforeBirthday ? 1 : 0);
}

/** The age band (dim_age_band.code) of a person born on `birthDate`, on `eventDate`. */
export function ageBandAt(birthDate: string, eventDate: string): AgeBandCode {
  const age = ageAt(birthDate, eventDate);
  if (age < 0) throw new RangeError(`event ${eventDate} is before the birth date`);
  const band = AGE_BANDS.find(
    (candidate) =>
      (candidate.minAge === null || age >= candidate.minAge) &&
      (candidate.maxAge === null || age <= candidate.maxAge),
  );
  if (!band) throw new RangeError(`no age band for age ${age}`);
  return band.code;
}

/**
 * The inner and outer HMAC-SHA256 keys of a secret (RFC 2104), so that PostgreSQL can compute
 * `personKey` itself with its core `sha256()`: loads then move rows inside the server instead of
 * through this process, and the secret's padded keys travel only as query parameters.
 */
export function hmacPads(secret: string): { inner: Buffer; outer: Buffer } {
  const BLOCK = 64;
  let key = Buffer.from(secret, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const padded = Buffer.alloc(BLOCK);
  key.copy(padded);
  return {
    inner: Buffer.from(padded.map((byte) => byte ^ 0x36)),
    outer: Buffer.from(padded.map((byte) => byte ^ 0x5c)),
  };
}

/**
 * SQL computing `personKey(<memberId>, secret)` given the pads of `hmacPads` as parameters
 * `$<inner>` and `$<outer>` (bytea).
 */
export function personKeySql(memberId: string, inner: number, outer: number): string {
  return `encode(sha256($${outer}::bytea || sha256($${inner}::bytea || convert_to(${memberId}, 'UTF8'))), 'hex')`;
}

/** SQL for `ageAt(<birth>, <day>)` (both dates): the same rule, so SQL and TypeScript agree. */
export function ageAtSql(birth: string, day: string): string {
  return `(extract(year from ${day})::int - extract(year from ${birth})::int
    - (extract(month from ${day}) * 100 + extract(day from ${day})
       < extract(month from ${birth}) * 100 + extract(day from ${birth}))::int)`;
}
