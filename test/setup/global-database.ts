import { startTestServer } from '@jobgraph/db/testing';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from './env.js';

/** One PostgreSQL per test run: DATABASE_URL's, or a fresh embedded one. */
export default async function setup(project: TestProject) {
  const server = await startTestServer(testDatabaseUrl());
  project.provide('adminDatabaseUrl', server.adminUrl);
  return () => server.stop();
}
