import type { InputProblem } from '@jobgraph/graphql-server';

/**
 * Checks of the personal data people type in, the same in every agency. Resident registration
 * numbers (주민등록번호: YYMMDD-GNNNNNN) are never accepted or stored, wherever they are typed.
 */
const RESIDENT_NUMBER = /\d{6}\s*-?\s*[1-8]\d{6}/;
const MEMBER_ID = /^M[0-9A-Za-z]{8,32}$/;

export function looksLikeResidentNumber(value: string): boolean {
  return RESIDENT_NUMBER.test(value);
}

/** Integrated-membership ids are pseudonymous: `M` and 8–32 letters or digits. */
export function isMemberId(value: string): boolean {
  return MEMBER_ID.test(value);
}

export function checkMemberId(value: string, field: string, problems: InputProblem[]): void {
  if (!isMemberId(value)) {
    problems.push({
      field,
      message: 'an integrated-membership id (M followed by 8–32 letters or digits)',
    });
  }
}

/** Korean mobile numbers: 010, 011, 016–019; returned as 010-1234-5678. */
export function normalisePhone(value: string, field: string, problems: InputProblem[]): string {
  const digits = value.replace(/[\s-]/g, '');
  const match = /^(01[016789])(\d{3,4})(\d{4})$/.exec(digits);
  if (!match) {
    problems.push({ field, message: 'a Korean mobile number such as 010-1234-5678' });
    return value;
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** A person's name as on their ID: 1–50 letters (Hangul or Latin), spaces, dots, hyphens. */
export function checkName(value: string, field: string, problems: InputProblem[]): string {
  const name = value.trim().replace(/\s+/g, ' ');
  const length = [...name].length;
  if (length < 1 || length > 50) {
    problems.push({ field, message: 'between 1 and 50 characters' });
  } else if (!/^[\p{L}\p{M} .'-]+$/u.test(name)) {
    problems.push({ field, message: 'letters only (Hangul or Latin), spaces, dots, hyphens' });
  }
  return name;
}

const NO_RESIDENT_NUMBER = 'free of resident registration numbers (they are never accepted)';

/** Rejects any free text carrying what looks like a resident registration number. */
export function checkNoResidentNumber(
  value: string | null | undefined,
  field: string,
  problems: InputProblem[],
): void {
  if (value && looksLikeResidentNumber(value))
    problems.push({ field, message: NO_RESIDENT_NUMBER });
}

/** Free text of `min`–`max` characters, trimmed, never carrying a resident registration number. */
export function checkText(
  value: string,
  field: string,
  bounds: { readonly min: number; readonly max: number },
  problems: InputProblem[],
): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < bounds.min || length > bounds.max) {
    problems.push({
      field,
      message:
        bounds.min === 0
          ? `at most ${bounds.max} characters`
          : `between ${bounds.min} and ${bounds.max} characters`,
    });
  } else {
    checkNoResidentNumber(text, field, problems);
  }
  return text;
}

/** Optional free text: null when absent or blank, otherwise as `checkText` with at most `max`. */
export function readOptionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  problems: InputProblem[],
): string | null {
  const text = value?.trim() || null;
  return text === null ? null : checkText(text, field, { min: 1, max }, problems);
}
