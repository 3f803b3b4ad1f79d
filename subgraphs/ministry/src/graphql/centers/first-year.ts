import { badUserInput, isIsoDate } from '@jobgraph/subgraph-kit';
import { addDays, addYear } from '../../domain/dates.js';
import type { MinistryContext } from '../context.js';
import { employmentStarts } from '../insurance/starts.js';
import { referenceData } from '../reference-data.js';
import type { DistrictCenterParent } from './district-center.js';

/** What the first-year figures need from the districts subgraph (`@requires`). */
interface FirstYear {
  readonly regionCode: string;
  readonly openedOn: string;
  readonly placements: number;
}

function firstYearOf(center: DistrictCenterParent, field: string): FirstYear {
  const { region, openedOn, firstYearPlacements } = center;
  if (
    !region ||
    openedOn === undefined ||
    !isIsoDate(openedOn) ||
    firstYearPlacements === undefined ||
    !Number.isInteger(firstYearPlacements)
  ) {
    throw badUserInput(
      `DistrictEmploymentCenter.${field} needs region { code }, openedOn and firstYearPlacements in the representation of ${center.id}`,
      [{ field: 'representations', message: 'the fields the field @requires' }],
    );
  }
  return { regionCode: region.code, openedOn, placements: firstYearPlacements };
}

/**
 * Employment starts of the center's sigungu (under any of its codes) in its first year: from the
 * opening day to the day before the first anniversary.
 */
async function startsInFirstYear(context: MinistryContext, year: FirstYear): Promise<number> {
  const { placesWithin } = await referenceData(context.db);
  return context.loaders.get(employmentStarts).load({
    places: placesWithin(year.regionCode),
    from: year.openedOn,
    to: addDays(addYear(year.openedOn), -1),
  });
}

export async function firstYearEmploymentStarts(
  context: MinistryContext,
  center: DistrictCenterParent,
): Promise<number> {
  return startsInFirstYear(context, firstYearOf(center, 'firstYearEmploymentStarts'));
}

export async function firstYearShareOfLocalEmployment(
  context: MinistryContext,
  center: DistrictCenterParent,
): Promise<number> {
  const year = firstYearOf(center, 'firstYearShareOfLocalEmployment');
  const starts = await startsInFirstYear(context, year);
  return starts === 0 ? 0 : year.placements / starts;
}
