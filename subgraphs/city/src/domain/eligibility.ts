import type { EligibilityRuleRow } from '../db/schema.js';

export type EmploymentStatus = 'UNEMPLOYED' | 'EMPLOYED' | 'SELF_EMPLOYED' | 'STUDENT';

/** What the rules are judged on; validated before it gets here. */
export interface Applicant {
  readonly birthDate: string;
  readonly residenceRegionCode: string;
  /** The residence region's sido name, for messages. */
  readonly residenceName: string;
  readonly employmentStatus: EmploymentStatus;
  readonly priorParticipationMonths: number;
}

export interface EligibilityReason {
  readonly rule: EligibilityRuleRow['kind'];
  readonly met: boolean;
  readonly message: string;
}

export interface EligibilityVerdict {
  readonly eligible: boolean;
  readonly reasons: readonly EligibilityReason[];
}

/** Full years between a birth date and a day, both YYYY-MM-DD (a birthday counts on the day). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

const SEOUL = '11';

/** Judges every rule, met or not, so the applicant sees all that stands in the way at once. */
export function judgeEligibility(
  rules: readonly EligibilityRuleRow[],
  applicant: Applicant,
  today: string,
): EligibilityVerdict {
  const reasons = rules.map((rule) => judgeRule(rule, applicant, today));
  return { eligible: reasons.every((reason) => reason.met), reasons };
}

function judgeRule(
  rule: EligibilityRuleRow,
  applicant: Applicant,
  today: string,
): EligibilityReason {
  switch (rule.kind) {
    case 'SEOUL_RESIDENT': {
      const met = applicant.residenceRegionCode.startsWith(SEOUL);
      return {
        rule: rule.kind,
        met,
        message: met
          ? `Lives in Seoul (${applicant.residenceName})`
          : `Must live in Seoul; the registered address is in ${applicant.residenceName}`,
      };
    }
    case 'MIN_AGE': {
      const minimum = rule.value ?? 0;
      const age = ageOn(applicant.birthDate, today);
      const met = age >= minimum;
      return {
        rule: rule.kind,
        met,
        message: met
          ? `Aged ${age}, at least ${minimum}`
          : `Aged ${age}; must be at least ${minimum}`,
      };
    }
    case 'UNEMPLOYED': {
      const met = applicant.employmentStatus === 'UNEMPLOYED';
      return {
        rule: rule.kind,
        met,
        message: met
          ? 'Currently unemployed'
          : `Must be unemployed; declared ${applicant.employmentStatus.toLowerCase().replace('_', '-')}`,
      };
    }
    case 'MAX_PRIOR_PARTICIPATION_MONTHS': {
      const maximum = rule.value ?? 0;
      const used = applicant.priorParticipationMonths;
      const met = used < maximum;
      return {
        rule: rule.kind,
        met,
        message: met
          ? `${used} of at most ${maximum} months used`
          : `Already ${used} months in the programme; the maximum is ${maximum}`,
      };
    }
    default:
      throw new Error(`unknown eligibility rule ${String(rule.kind satisfies never)}`);
  }
}
