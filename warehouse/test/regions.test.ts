import { describe, expect, it } from 'vitest';
import { buildRegionRows, type RegionCsvRow, readRegionsCsv } from '../src/load/regions.js';

const row = (values: Partial<RegionCsvRow> & { code: string }): RegionCsvRow => ({
  level: 'sigungu',
  parent: '',
  name_ko: values.code,
  name_en: values.code,
  valid_from: '',
  valid_to: '',
  ...values,
});

describe('buildRegionRows', () => {
  it('links the reference data renumberings into places, from the CSV alone', async () => {
    const rows = buildRegionRows(await readRegionsCsv());
    const byCode = (code: string) => rows.find((region) => region.code === code);
    expect(byCode('45140')).toMatchObject({ place_key: '45140', place_code: '52140' });
    expect(byCode('52140')).toMatchObject({ place_key: '45140', sido_place_key: '45' });
    expect(byCode('42')).toMatchObject({ place_key: '42', place_code: '51' });
    expect(byCode('51')).toMatchObject({ place_key: '42', place_label_en: 'Gangwon State' });
    expect(byCode('45')?.place_key).toBe(byCode('52')?.place_key);
    expect(byCode('11590')).toMatchObject({ place_key: '11590', sido_place_key: '11' });
    // Incheon's 2026 successors are not in the file yet: the old codes stay their own places.
    expect(byCode('28110')).toMatchObject({ place_key: '28110', place_code: '28110' });
  });

  it('leaves an ambiguous renumbering unlinked rather than guessing', () => {
    const rows = buildRegionRows([
      row({ code: '10', level: 'sido' }),
      row({ code: '10001', parent: '10', name_en: 'A', valid_to: '2020-12-31' }),
      row({ code: '10002', parent: '10', name_en: 'B', valid_to: '2020-12-31' }),
      row({ code: '10003', parent: '10', name_en: 'C', valid_from: '2021-01-01' }),
      row({ code: '10004', parent: '10', name_en: 'D', valid_from: '2021-01-01' }),
      row({ code: '10005', parent: '10', name_en: 'E', valid_to: '2019-12-31' }),
      row({ code: '10006', parent: '10', name_en: 'E', valid_from: '2020-01-01' }),
    ]);
    const place = (code: string) => rows.find((region) => region.code === code)?.place_key;
    expect(place('10003')).toBe('10003');
    expect(place('10004')).toBe('10004');
    expect(place('10006')).toBe('10005');
  });
});
