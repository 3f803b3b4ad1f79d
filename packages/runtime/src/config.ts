import type { z } from 'zod';

/** Every problem in a service's configuration, found at once so one fix-and-retry is enough. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${service}: invalid configuration\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export type EnvSource = Readonly<Record<string, string | undefined>>;

/**
 * Validates an environment-shaped record against a service's zod model. Empty strings count as
 * unset, so `FOO= pnpm start` falls back to the default instead of failing on "".
 */
export function parseConfig<Schema extends z.ZodType>(
  service: string,
  schema: Schema,
  source: EnvSource,
): z.output<Schema> {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(service, result.error.issues.map(describeIssue));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(config)';
  return `${where}: ${issue.message}`;
}
