import { describe, expect, it } from 'vitest';
import { loadWarehouseLoadConfig } from '../src/env.js';
import { ageAt, ageBandAt, personKey } from '../src/pseudonym.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe('personKey', () => {
  it('is a stable HMAC-SHA256 in hex, different under another secret', () => {
    const key = personKey('M00000001', SECRET);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(personKey('M00000001', SECRET)).toBe(key);
    expect(personKey('M00000002', SECRET)).not.toBe(key);
    expect(personKey('M00000001', `${SECRET}!`)).not.toBe(key);
    // A known vector (openssl dgst -sha256 -hmac): plain HMAC, nothing home-made.
    expect(personKey('M00000001', 'k'.repeat(32))).toBe(
      '92d28cdee754e053453c14e99a85306b3b12abc898d24d4f579f2e50ace3886d',
    );
    expect(key).not.toContain('M00000001');
  });

  it('takes its secret from WAREHOUSE_PERSON_KEY, at least 32 characters', () => {
    expect(loadWarehouseLoadConfig({ WAREHOUSE_PERSON_KEY: SECRET }).personKey).toBe(SECRET);
    expect(() => loadWarehouseLoadConfig({ WAREHOUSE_PERSON_KEY: 'short' })).toThrow(
      /WAREHOUSE_PERSON_KEY: WAREHOUSE_PERSON_KEY must be at least 32 characters/,
    );
    expect(() => loadWarehouseLoadConfig({})).toThrow(/WAREHOUSE_PERSON_KEY/);
  });
});

describe('ageBandAt', () => {
  it('counts completed years: the birthday itself is the new age', () => {
    expect(ageAt('1974-05-10', '2024-05-09')).toBe(49);
    expect(ageAt('1974-05-10', '2024-05-10')).toBe(50);
    expect(ageBandAt('1974-05-10', '2024-05-09')).toBe('40-49');
    expect(ageBandAt('1974-05-10', '2024-05-10')).toBe('50-54');
  });

  it('gives a 29 February birthday on 1 March in common years', () => {
    expect(ageAt('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageAt('1964-02-29', '2024-02-29')).toBe(60);
    expect(ageAt('1964-02-29', '2023-02-28')).toBe(58);
    expect(ageAt('1964-02-29', '2023-03-01')).toBe(59);
    expect(ageBandAt('1965-02-28', '2025-02-28')).toBe('60-64');
  });

  it('covers every age with one band, open at both ends', () => {
    expect(ageBandAt('2000-01-01', '2000-01-01')).toBe('U40');
    expect(ageBandAt('1985-01-01', '2024-12-31')).toBe('U40');
    expect(ageBandAt('1984-12-31', '2024-12-31')).toBe('40-49');
    expect(ageBandAt('1970-06-01', '2025-06-01')).toBe('55-59');
    expect(ageBandAt('1960-06-01', '2025-05-31')).toBe('60-64');
    expect(ageBandAt('1960-06-01', '2025-06-01')).toBe('65+');
    expect(ageBandAt('1920-01-01', '2025-06-01')).toBe('65+');
  });

  it('refuses an event before birth and dates that are not days', () => {
    expect(() => ageBandAt('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => ageAt('2000/01/01', '2001-01-01')).toThrow(/expected YYYY-MM-DD/);
  });
});
