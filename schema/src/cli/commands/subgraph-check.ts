import { readFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';
import { checkText } from './report-text.js';

export const subgraphCheck: Command = {
  words: ['subgraph', 'check'],
  summary: 'check a schema against the live graph (composition, breaking changes, ownership, lint)',
  usage: 'jobgraph subgraph check <name> --schema <file> [--url <url>] [--json]',
  options: { schema: { type: 'string' }, url: { type: 'string' } },
  async run({ positionals, options, client, output }) {
    const [name] = positionals;
    if (!name || typeof options.schema !== 'string')
      throw new UsageError('name the subgraph and give --schema');
    const sdl = await readFile(options.schema, 'utf8');
    const report = await client.check(name, {
      sdl,
      ...(typeof options.url === 'string' ? { url: options.url } : {}),
    });
    show(output, report, checkText);
    return report.passed ? 0 : 1;
  },
};
