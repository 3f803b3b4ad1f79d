import { type Summary, seconds } from './stats.js';

export interface RegistryFigures {
  readonly subgraphs: number;
  readonly target: string;
  readonly repetitions: number;
  /** The reference: a bare composition of the same subgraphs, in-process. */
  readonly composition: Summary;
  readonly check: Summary;
  /** The check a center's CI runs against its deployed service before publishing. */
  readonly checkDeployed: Summary;
  readonly publishCall: Summary;
  /** From the publish response to the first answer of the new field through the gateway. */
  readonly publishToLive: Summary;
  readonly publishTotal: Summary;
  /** The gateway's own log of each switch (schema, plans), when it reported them. */
  readonly gatewaySwitch: Summary | undefined;
  readonly memoryAtStart: { rssMb: number; peakMb: number };
  readonly memoryAfter: { rssMb: number; peakMb: number };
}

/** The issue's goals. */
const GOALS = { checkMs: 3000, publishToLiveMs: 1000 } as const;

const cell = (text: string, width: number) => text.padStart(width);
const megabytes = (memory: { rssMb: number; peakMb: number }) =>
  `${memory.rssMb.toFixed(0)} MB (peak ${memory.peakMb.toFixed(0)} MB)`;

export function printReport(figures: RegistryFigures, log: (line: string) => void): void {
  const reference = figures.composition.median;
  const ratio = (ms: number) => `${(ms / reference).toFixed(2)}×`;
  const row = (label: string, summary: Summary) =>
    log(
      `${label.padEnd(46)} ${cell(seconds(summary.median), 9)} ${cell(seconds(summary.max), 9)} ${cell(ratio(summary.median), 15)}   ${summary.runs.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`,
    );
  const bare = `a bare composition of ${figures.subgraphs} subgraphs (${seconds(reference)})`;

  log('');
  log(
    `${`measure (${figures.target}, N=${figures.repetitions})`.padEnd(46)} ${cell('median', 9)} ${cell('max', 9)} ${cell('× composition', 15)}   runs (s)`,
  );
  row('check, one added field', figures.check);
  row('check of the deployed revision (with --url)', figures.checkDeployed);
  row('publish of the checked revision: the call', figures.publishCall);
  row('  publish response → live in the gateway', figures.publishToLive);
  row('  publish → live in the gateway, total', figures.publishTotal);
  if (figures.gatewaySwitch) row('  switch inside the gateway (its log)', figures.gatewaySwitch);
  log(`${'gateway RSS after start'.padEnd(46)} ${megabytes(figures.memoryAtStart)}`);
  log(
    `${`gateway RSS after ${figures.repetitions} publishes`.padEnd(46)} ${megabytes(figures.memoryAfter)}`,
  );
  log('');
  log(`check ${seconds(figures.check.median)} = ${ratio(figures.check.median)} ${bare}`);
  log(
    `publish ${seconds(figures.publishCall.median)} = ${ratio(figures.publishCall.median)} ${bare}; live in the gateway ${seconds(figures.publishToLive.median)} later, ${seconds(figures.publishTotal.median)} in all = ${ratio(figures.publishTotal.median)}`,
  );
  const verdict = (summary: Summary, goalMs: number) =>
    `${summary.median < goalMs ? 'met' : 'not met'} (median ${seconds(summary.median)}, max ${seconds(summary.max)})`;
  log(`goal check < ${seconds(GOALS.checkMs)}: ${verdict(figures.check, GOALS.checkMs)}`);
  log(
    `goal publish-to-live < ${seconds(GOALS.publishToLiveMs)} (publish call to live in the gateway): ${verdict(figures.publishTotal, GOALS.publishToLiveMs)}`,
  );
}
