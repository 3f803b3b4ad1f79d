import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

/**
 * `export NAME='value'` lines a shell can source, after `#` comment lines; owner-only, since such
 * a file holds tokens and passwords.
 */
export async function writeEnvFile(
  path: string,
  values: Readonly<Record<string, string>>,
  comments: readonly string[] = [],
): Promise<void> {
  const lines = [
    ...comments.map((comment) => `# ${comment}`),
    ...Object.entries(values).map(([name, value]) => `export ${name}=${quote(value)}`),
  ];
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${lines.join('\n')}\n`, { mode: 0o600 });
}

/** The values of a file `writeEnvFile` wrote; none when there is no file yet. */
export async function readEnvFile(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^export ([A-Z][A-Z0-9_]*)='(.*)'$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      values[match[1]] = match[2].replaceAll("'\\''", "'");
    }
  }
  return values;
}
