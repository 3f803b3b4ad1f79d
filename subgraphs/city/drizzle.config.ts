import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  schemaFilter: ['city'],
  migrations: { schema: 'drizzle', table: 'city_migrations' },
});
