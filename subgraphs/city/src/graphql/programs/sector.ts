import type { ProgramSectorRow } from '../../db/schema.js';

/** A sector as resolved: its row and its programme's total, for `share`. */
export type SectorParent = ProgramSectorRow & { readonly programPositions: number };
