// Prints the "Tables" section of docs/warehouse.md from the latest drizzle snapshot:
//   node warehouse/scripts/tables-doc.mjs
// Facts carry no foreign keys (schema.ts says why); a `*_key` column names the dimension or
// fact it refers to by the same key name.
import { readdirSync, readFileSync } from 'node:fs';

const meta = new URL('../drizzle/meta/', import.meta.url);
const latest = readdirSync(meta)
  .filter((name) => name.endsWith('_snapshot.json'))
  .sort()
  .at(-1);
const snapshot = JSON.parse(readFileSync(new URL(latest, meta), 'utf8'));
const tables = Object.values(snapshot.tables).filter((table) => table.schema === 'warehouse');

// Which table a key column belongs to: the table whose primary key has that name.
const owners = new Map();
for (const table of tables) {
  for (const column of Object.values(table.columns)) {
    if (column.primaryKey) owners.set(column.name, table.name);
  }
}
const refersTo = (table, column) => {
  if (column.primaryKey) return null;
  const name = column.name
    .replace(/^(workplace|residence)_region_key$/, 'region_key')
    .replace(/^(enrolled|ended|start|end|placed)_date_key$/, 'date_key');
  const owner = owners.get(name);
  return owner && owner !== table.name ? owner : null;
};

const lines = [];
for (const table of tables) {
  const rows = Object.values(table.columns).map((column) => {
    const notes = [];
    if (column.primaryKey) notes.push(column.identity ? 'surrogate key' : 'key');
    const owner = refersTo(table, column);
    if (owner) notes.push(`→ ${owner}`);
    if (!column.notNull && !column.primaryKey) notes.push('nullable');
    return [`\`${column.name}\``, column.type, notes.join('; ')];
  });
  const widths = [0, 1, 2].map((index) =>
    Math.max(index === 0 ? 6 : index === 1 ? 4 : 0, ...rows.map((row) => row[index].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
  lines.push(`### \`${table.name}\``, '');
  lines.push(line(['column', 'type', '']));
  lines.push(`| ${widths.map((width) => '-'.repeat(Math.max(3, width))).join(' | ')} |`);
  for (const row of rows) lines.push(line(row));
  const unique = [
    ...Object.values(table.uniqueConstraints).map((constraint) => constraint.columns),
    ...Object.values(table.compositePrimaryKeys).map((key) => key.columns),
  ];
  lines.push(
    '',
    `Unique: ${unique.length ? unique.map((columns) => `(${columns.join(', ')})`).join(', ') : '—'}`,
    '',
  );
}
process.stdout.write(lines.join('\n'));
