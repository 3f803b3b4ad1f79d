import { ageOn, looksLikeResidentNumber } from '@jobgraph/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { judgeEnrollment } from '../src/domain/enrollment-rules.js';
import { readinessOfScore, TRACK_FOR_READINESS, trackSuits } from '../src/domain/readiness.js';

describe('readiness', () => {
  it('bands diagnosis scores: below 40 low, 40–69 medium, 70 and above high', () => {
    expect([0, 39, 40, 69, 70, 100].map(readinessOfScore)).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
    ]);
  });

  it('recommends Exploration, Regular or Fast-track after the basic education', () => {
    expect(TRACK_FOR_READINESS).toEqual({
      LOW: 'EXPLORATION',
      MEDIUM: 'REGULAR',
      HIGH: 'FAST_TRACK',
    });
    expect(trackSuits('FAST_TRACK', 'HIGH')).toBe(true);
    expect(trackSuits('FAST_TRACK', 'MEDIUM')).toBe(false);
    expect(trackSuits('REGULAR', 'MEDIUM')).toBe(true);
    expect(trackSuits('REGULAR', 'LOW')).toBe(false);
    expect(trackSuits('REGULAR', null)).toBe(false);
    expect(trackSuits('EXPLORATION', null)).toBe(true);
    expect(trackSuits('BASIC', 'LOW')).toBe(true);
  });
});

describe('judgeEnrollment', () => {
  const academy = { minAge: 40, maxAge: 64, areaCode: '11' };
  const member = {
    birthDate: '1970-06-15',
    residenceRegionCode: '11590',
    readiness: 'MEDIUM' as const,
    completedBasic: true,
  };
  const regular = { track: 'REGULAR' as const, startsOn: '2026-12-21' };

  it('admits an eligible, prepared member', () => {
    expect(judgeEnrollment(member, regular, academy)).toBeNull();
  });

  it('counts the age on the first day of the course', () => {
    expect(ageOn('1962-12-20', '2026-12-21')).toBe(64);
    expect(ageOn('1961-12-21', '2026-12-21')).toBe(65);
    expect(judgeEnrollment({ ...member, birthDate: '1962-12-21' }, regular, academy)).toBeNull();
    expect(judgeEnrollment({ ...member, birthDate: '1961-12-21' }, regular, academy)?.refusal).toBe(
      'NOT_ELIGIBLE',
    );
    expect(judgeEnrollment({ ...member, birthDate: '1986-12-22' }, regular, academy)?.message).toBe(
      'Aged 39 on 2026-12-21, the first day; the Academy is for ages 40–64.',
    );
  });

  it('refuses residents outside Seoul, then a missing basic education, then an unsuited track', () => {
    expect(
      judgeEnrollment({ ...member, residenceRegionCode: '28237' }, regular, academy)?.refusal,
    ).toBe('NOT_ELIGIBLE');
    expect(judgeEnrollment({ ...member, completedBasic: false }, regular, academy)?.refusal).toBe(
      'PREREQUISITE_MISSING',
    );
    expect(
      judgeEnrollment(
        { ...member, completedBasic: false },
        { ...regular, track: 'BASIC' },
        academy,
      ),
    ).toBeNull();
    expect(judgeEnrollment(member, { ...regular, track: 'FAST_TRACK' }, academy)?.refusal).toBe(
      'TRACK_NOT_SUITED',
    );
    expect(judgeEnrollment({ ...member, readiness: 'LOW' }, regular, academy)?.message).toBe(
      "A REGULAR course needs MEDIUM or HIGH readiness; the member's is LOW.",
    );
  });
});

describe('resident registration numbers', () => {
  it('are recognised with or without the hyphen, and phone numbers are not', () => {
    expect(looksLikeResidentNumber('700615-1234567')).toBe(true);
    expect(looksLikeResidentNumber('번호 7006151234567')).toBe(true);
    expect(looksLikeResidentNumber('010-2345-6789')).toBe(false);
  });
});
