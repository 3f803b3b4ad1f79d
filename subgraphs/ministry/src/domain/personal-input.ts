import type { InputProblem } from '@jobgraph/subgraph-kit';

/**
 * Resident registration numbers (주민등록번호: YYMMDD-GNNNNNN) are never accepted or stored,
 * wherever they are typed: a counselor's note is as likely a place for one as a form field.
 */
const RESIDENT_NUMBER = /\d{6}\s*-?\s*[1-8]\d{6}/;

export function looksLikeResidentNumber(value: string): boolean {
  return RESIDENT_NUMBER.test(value);
}

/** Rejects any free-text field carrying what looks like a resident registration number. */
export function checkNoResidentNumber(
  value: string | null | undefined,
  field: string,
  problems: InputProblem[],
): void {
  if (value && looksLikeResidentNumber(value)) {
    problems.push({
      field,
      message: 'free of resident registration numbers (they are never accepted)',
    });
  }
}

const MEMBER_ID = /^M[0-9A-Za-z]{8,32}$/;

/** Integrated-membership ids are pseudonymous: `M` and 8–32 letters or digits. */
export function checkMemberId(value: string, field: string, problems: InputProblem[]): void {
  if (!MEMBER_ID.test(value)) {
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

/** Free text of 1–`max` characters, trimmed; the resident-number check is the caller's. */
export function checkText(
  value: string,
  field: string,
  max: number,
  problems: InputProblem[],
): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    problems.push({ field, message: `between 1 and ${max} characters` });
  }
  return text;
}
