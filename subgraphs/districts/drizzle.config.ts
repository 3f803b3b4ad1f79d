import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  schemaFilter: ['districts'],
  migrations: { schema: 'drizzle', table: 'districts_migrations' },
});
