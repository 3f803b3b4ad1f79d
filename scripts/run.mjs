#!/usr/bin/env node
// `npm start` / `npm test` (and the same with pnpm) on any checkout, fresh or not: finds or
// fetches pnpm 10, installs the locked dependencies when they are missing or stale, builds, then
// starts the graph or runs the tests. Plain JavaScript with no dependencies: it runs before any
// are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const [command, ...rest] = process.argv.slice(2);

function pnpmCommand() {
  // biome-ignore lint/style/noProcessEnv: this bootstrap runs before any config module can load.
  const agent = process.env.npm_config_user_agent ?? '';
  if (agent.startsWith('pnpm/10.')) return ['pnpm'];
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.startsWith('10.')) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(argv, options = {}) {
  const [file, ...args] = argv;
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** pnpm keeps a copy of the lockfile it installed; a difference means a stale install. */
function dependenciesCurrent() {
  const installed = join(root, 'node_modules', '.pnpm', 'lock.yaml');
  if (!existsSync(installed)) return false;
  return readFileSync(installed, 'utf8') === readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
}

function prepare() {
  const pnpm = pnpmCommand();
  if (!dependenciesCurrent()) run([...pnpm, 'install', '--frozen-lockfile']);
  run([...pnpm, 'run', 'build']);
}

/**
 * Runs the final step in the foreground. Ctrl-C reaches it directly (same process group), so
 * SIGINT is not forwarded a second time; SIGTERM, sent to us alone, is.
 */
function handOver(argv) {
  const [file, ...args] = argv;
  const child = spawn(file, args, { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

switch (command) {
  case 'start':
    prepare();
    handOver([process.execPath, join(root, 'stack', 'dist', 'main.js'), ...rest]);
    break;
  case 'test':
    prepare();
    handOver([
      process.execPath,
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      ...rest,
    ]);
    break;
  case 'db':
    prepare();
    handOver([process.execPath, join(root, 'packages', 'db', 'dist', 'cli.js'), ...rest]);
    break;
  case 'bench':
    prepare();
    handOver([process.execPath, join(root, 'bench', 'dist', 'main.js'), ...rest]);
    break;
  default:
    process.stderr.write('usage: node scripts/run.mjs start|test|db|bench [args]\n');
    process.exit(2);
}
