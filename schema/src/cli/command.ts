import type { RegistryClient } from '../client/registry-client.js';
import type { Output } from './output.js';

export interface CommandInput {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly client: RegistryClient;
  readonly output: Output;
}

/** One CLI command: its words (`subgraph check`), its options, and what it does. */
export interface Command {
  readonly words: readonly [string, string];
  readonly summary: string;
  readonly usage: string;
  readonly options?: Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;
  /** Resolves to the exit code: 0, or 1 for a failed check. */
  run(input: CommandInput): Promise<number>;
}
