import { readFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';
import { publishText } from './report-text.js';

export const subgraphPublish: Command = {
  words: ['subgraph', 'publish'],
  summary: 'check, then publish a subgraph version; the gateways pick it up',
  usage: 'jobgraph subgraph publish <name> --schema <file> --url <url> [--json]',
  options: { schema: { type: 'string' }, url: { type: 'string' } },
  async run({ positionals, options, client, output }) {
    const [name] = positionals;
    if (!name || typeof options.schema !== 'string' || typeof options.url !== 'string') {
      throw new UsageError('name the subgraph and give --schema and --url');
    }
    const sdl = await readFile(options.schema, 'utf8');
    const result = await client.publish(name, { sdl, url: options.url });
    show(output, result, publishText);
    return result.published ? 0 : 1;
  },
};
