import type { CheckReport, PublishResult } from '../../check/report.js';
import { table } from '../output.js';

/** A check report as a person reads it. */
export function checkText(report: CheckReport): string {
  const parts: string[] = [];
  parts.push(
    `check ${report.id} of ${report.subgraph} (${report.action}) against supergraph ${report.baseSupergraphVersion ?? '-'}: ${report.passed ? 'PASSED' : 'FAILED'} in ${report.durationMs} ms\n`,
  );
  if (!report.composition.ok) {
    parts.push('\ncomposition errors\n');
    parts.push(
      table([...report.composition.problems], ['subgraph', 'coordinate', 'code', 'message', 'fix']),
    );
  }
  if (report.changes.length > 0) {
    parts.push('\nchanges to the API\n');
    parts.push(
      table(
        report.changes.map((change) => ({
          ...change,
          operations: change.usage?.operations ?? null,
          verdict:
            change.criticality !== 'BREAKING'
              ? 'ok'
              : change.approved
                ? 'approved'
                : change.safeBecauseUnused
                  ? 'safe (unused)'
                  : 'BLOCKS',
        })),
        ['criticality', 'type', 'coordinate', 'operations', 'verdict', 'message'],
      ),
    );
  }
  if (report.ownership.length > 0) {
    parts.push('\nfields of other owners\n');
    parts.push(
      table(
        [...report.ownership],
        ['kind', 'coordinate', 'otherSubgraph', 'otherOwner', 'approved'],
      ),
    );
  }
  if (report.lint.length > 0) {
    parts.push('\nlint\n');
    parts.push(table([...report.lint], ['rule', 'coordinate', 'message']));
  }
  if (report.drift) parts.push(`\nservice ${report.drift.url}: ${report.drift.detail}\n`);
  if (report.blockers.length > 0) {
    parts.push('\nblocked by\n');
    parts.push(table([...report.blockers], ['code', 'message']));
    parts.push(`\nan approver runs: jobgraph check approve ${report.id}\n`);
  }
  return parts.join('');
}

export function publishText(result: PublishResult): string {
  const head = result.unchanged
    ? `unchanged: already live in supergraph ${result.supergraphVersion}\n`
    : result.published
      ? `published ${result.check.subgraph} version ${result.subgraphVersion ?? '(deleted)'} as supergraph ${result.supergraphVersion}\n`
      : `not published\n`;
  return `${head}${checkText(result.check)}`;
}
