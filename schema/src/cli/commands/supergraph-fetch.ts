import type { Command } from '../command.js';
import { show } from '../output.js';

export const supergraphFetch: Command = {
  words: ['supergraph', 'fetch'],
  summary: 'print the live (or a given) supergraph SDL',
  usage: 'jobgraph supergraph fetch [--version <n>] [--json]',
  options: { version: { type: 'string' } },
  async run({ options, client, output }) {
    const artifact =
      typeof options.version === 'string'
        ? await client.supergraphVersion(Number(options.version))
        : await client.latestSupergraph(null);
    if (!artifact) {
      output.write('no supergraph yet\n');
      return 1;
    }
    show(output, artifact, (value) => value.sdl);
    return 0;
  },
};
