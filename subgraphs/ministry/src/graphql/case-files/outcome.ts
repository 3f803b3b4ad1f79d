import type { CaseFileRow } from '../../db/schema.js';

/**
 * An expected refusal, as the payload shows it: `ok` false, the file as it stands (when there is
 * one), and a typed error. Nothing was changed.
 */
export function refused<Code extends string>(
  code: Code,
  message: string,
  caseFile: CaseFileRow | null,
) {
  return { ok: false, caseFile, error: { code, message } } as const;
}
