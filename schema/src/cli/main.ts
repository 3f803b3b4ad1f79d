#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { RegistryClient, RegistryRequestError } from '../client/registry-client.js';
import type { Command } from './command.js';
import { auditList } from './commands/audit-list.js';
import { checkApprove } from './commands/check-approve.js';
import { subgraphApprove } from './commands/subgraph-approve.js';
import { subgraphCheck } from './commands/subgraph-check.js';
import { subgraphDelete } from './commands/subgraph-delete.js';
import { subgraphHistory } from './commands/subgraph-history.js';
import { subgraphList } from './commands/subgraph-list.js';
import { subgraphPublish } from './commands/subgraph-publish.js';
import { supergraphDiff } from './commands/supergraph-diff.js';
import { supergraphFetch } from './commands/supergraph-fetch.js';
import { supergraphHistory } from './commands/supergraph-history.js';
import { supergraphRollback } from './commands/supergraph-rollback.js';
import { tokenCreate } from './commands/token-create.js';
import { tokenList } from './commands/token-list.js';
import { tokenRevoke } from './commands/token-revoke.js';
import { cliEnvironment } from './env.js';
import { UsageError } from './usage-error.js';

const COMMANDS: readonly Command[] = [
  subgraphCheck,
  subgraphPublish,
  subgraphDelete,
  subgraphHistory,
  subgraphList,
  subgraphApprove,
  checkApprove,
  supergraphHistory,
  supergraphDiff,
  supergraphRollback,
  supergraphFetch,
  tokenCreate,
  tokenList,
  tokenRevoke,
  auditList,
];

const GLOBAL = `global options:
  --registry <url>   the registry (JOBGRAPH_REGISTRY_URL, default http://127.0.0.1:4020)
  --token <token>    your registry token (JOBGRAPH_TOKEN)
  --json             machine-readable output
exit codes: 0 ok, 1 check failed or refused, 2 usage error`;

const help = () =>
  `usage: jobgraph <command> [options]\n\n${COMMANDS.map((command) => `  ${command.usage}\n      ${command.summary}`).join('\n')}\n\n${GLOBAL}\n`;

export async function runCli(
  argv: readonly string[],
  write: (text: string) => void,
  writeError: (text: string) => void,
): Promise<number> {
  const command = COMMANDS.find(
    (candidate) => candidate.words[0] === argv[0] && candidate.words[1] === argv[1],
  );
  if (!command) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      write(help());
      return 0;
    }
    writeError(`unknown command: ${argv.slice(0, 2).join(' ')}\n\n${help()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(2),
      allowPositionals: true,
      options: {
        ...command.options,
        registry: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      write(`usage: ${command.usage}\n  ${command.summary}\n\n${GLOBAL}\n`);
      return 0;
    }
    const environment = cliEnvironment();
    const token = (values.token as string | undefined) ?? environment.token;
    if (!token) throw new UsageError('give your registry token with --token or JOBGRAPH_TOKEN');
    const client = new RegistryClient({
      url:
        (values.registry as string | undefined) ??
        environment.registryUrl ??
        'http://127.0.0.1:4020',
      token,
    });
    return await command.run({
      positionals,
      options: values as Record<string, string | boolean | undefined>,
      client,
      output: { json: values.json === true, write },
    });
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      writeError(`${(error as Error).message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof RegistryRequestError) {
      writeError(`refused (${error.code}): ${error.message}\n`);
      return 1;
    }
    writeError(`${(error as Error).message}\n`);
    return 1;
  }
}

// Run when executed, not when imported by tests.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/jobgraph')) {
  runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
