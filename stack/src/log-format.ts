const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const COLOURS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const STANDARD_KEYS = new Set(['level', 'time', 'service', 'msg', 'pid', 'hostname']);

/**
 * Makes a child's pino JSON line readable in a terminal: time, service, level, message and the
 * remaining fields; anything that is not pino JSON passes through with the service prefix.
 */
export function formatLogLine(service: string, line: string, colour: boolean): string {
  const name = service.padEnd(9);
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${name} ${line}`;
  }
  if (typeof record !== 'object' || record === null || typeof record.level !== 'number') {
    return `${name} ${line}`;
  }
  const level = record.level;
  const time = typeof record.time === 'string' ? record.time.slice(11, 19) : '';
  const extra = Object.entries(record)
    .filter(([key]) => !STANDARD_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  const label = LEVELS[level] ?? String(level);
  const message = String(record.msg ?? '');
  if (!colour) return `${time} ${name} ${label} ${message}${extra ? ` ${extra}` : ''}`;
  const tint = COLOURS[level] ?? '';
  return `${DIM}${time}${RESET} ${name} ${tint}${label}${tint ? RESET : ''} ${message}${
    extra ? ` ${DIM}${extra}${RESET}` : ''
  }`;
}
