import type { InputProblem } from '@jobgraph/subgraph-kit';

/**
 * Resident registration numbers (주민등록번호: YYMMDD-GNNNNNN) are never accepted or stored,
 * wherever they are typed.
 */
const RESIDENT_NUMBER = /\d{6}\s*-?\s*[1-8]\d{6}/;

export function looksLikeResidentNumber(value: string): boolean {
  return RESIDENT_NUMBER.test(value);
}

const MEMBER_ID = /^M[0-9A-Za-z]{8,32}$/;

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

const STAFF_ID = /^[a-z][a-z0-9-]{2,39}$/;

/** Staff ids (counselors, coordinators) are lower-case words joined by hyphens: `fp-south-01`. */
export function checkStaffId(value: string, field: string, problems: InputProblem[]): void {
  if (!STAFF_ID.test(value)) {
    problems.push({ field, message: 'a staff id such as fp-south-01 (3–40 a–z, 0–9, -)' });
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

/**
 * Free text of bounded length that never carries a resident registration number; returns it
 * trimmed (null when empty and allowed to be).
 */
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
  } else if (looksLikeResidentNumber(text)) {
    problems.push({
      field,
      message: 'free of resident registration numbers (they are never accepted)',
    });
  }
  return text;
}
