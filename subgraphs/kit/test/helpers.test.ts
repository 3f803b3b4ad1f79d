import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  alignByKey,
  DateScalar,
  decodeCursor,
  defineLoader,
  encodeCursor,
  groupByKey,
  isIsoDate,
  LoaderRegistry,
  mergeResolvers,
  pageSize,
  requireScope,
  subgraphEnvSchema,
  toConnection,
  todayInKorea,
} from '../src/index.js';

describe('LoaderRegistry', () => {
  it('batches the loads of one request into one call and keeps requests apart', async () => {
    const calls: string[][] = [];
    const double = defineLoader<string, string, { tag: string }>(
      'double',
      async (keys, context) => {
        calls.push([...keys]);
        return keys.map((key) => `${context.tag}:${key}${key}`);
      },
    );
    const first = new LoaderRegistry<{ tag: string }>();
    first.bind({ tag: 'a' });
    const results = await Promise.all(
      ['x', 'y', 'x', 'z'].map((key) => first.get(double).load(key)),
    );
    expect(results).toEqual(['a:xx', 'a:yy', 'a:xx', 'a:zz']);
    expect(calls).toEqual([['x', 'y', 'z']]);

    const second = new LoaderRegistry<{ tag: string }>();
    second.bind({ tag: 'b' });
    expect(await second.get(double).load('x')).toBe('b:xx');
    expect(calls).toHaveLength(2);
  });

  it('uses a cache key for object keys', async () => {
    let batches = 0;
    const loader = defineLoader<{ id: number }, number, object>(
      'objects',
      async (keys) => {
        batches += 1;
        return keys.map((key) => key.id * 10);
      },
      (key) => String(key.id),
    );
    const registry = new LoaderRegistry<object>();
    registry.bind({});
    await Promise.all([registry.get(loader).load({ id: 1 }), registry.get(loader).load({ id: 1 })]);
    expect(await registry.get(loader).load({ id: 1 })).toBe(10);
    expect(batches).toBe(1);
  });

  it('refuses use before it is bound to a request', () => {
    const loader = defineLoader<string, string, object>('unbound', async (keys) => [...keys]);
    expect(() => new LoaderRegistry<object>().get(loader)).toThrow(/before bind/);
  });

  it('aligns and groups rows by key for batch functions', () => {
    const rows = [
      { id: 'b', parent: 'p' },
      { id: 'a', parent: 'p' },
      { id: 'c', parent: 'q' },
    ];
    expect(alignByKey(['a', 'x', 'b'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
    expect(groupByKey(['p', 'r', 'q'], rows, (row) => row.parent)).toEqual([
      [rows[0], rows[1]],
      [],
      [rows[2]],
    ]);
  });
});

describe('pagination', () => {
  it('bounds page sizes with a clear BAD_USER_INPUT', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 2.5]) {
      try {
        pageSize(bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('round-trips cursors and refuses anything else', () => {
    const schema = z.object({ n: z.number() }).strict();
    expect(decodeCursor(encodeCursor({ n: 3 }), schema)).toEqual({ n: 3 });
    for (const bad of ['', '!!!', encodeCursor({ n: 'x' }), encodeCursor({ n: 1, extra: true })]) {
      expect(() => decodeCursor(bad, schema)).toThrow(/not a cursor this API issued/);
    }
  });

  it('builds a connection from size + 1 rows', () => {
    const connection = toConnection([1, 2, 3], 2, false, (n) => ({ n }));
    expect(connection.edges.map((edge) => edge.node)).toEqual([1, 2]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(connection.pageInfo.endCursor).toBe(encodeCursor({ n: 2 }));
    expect(toConnection([], 2, true, (n) => n).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('scalars', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/calendar date/);
    expect(DateScalar.serialize(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
  });

  it('counts days in Korea Standard Time', () => {
    expect(todayInKorea(new Date('2026-03-01T14:59:59Z'))).toBe('2026-03-01');
    expect(todayInKorea(new Date('2026-03-01T15:00:00Z'))).toBe('2026-03-02');
  });
});

describe('mergeResolvers', () => {
  it('merges per-feature maps and refuses a field defined twice', () => {
    const merged = mergeResolvers<Record<string, Record<string, unknown>>>(
      { Query: { a: () => 1 } },
      { Query: { b: () => 2 }, Thing: { c: () => 3 } },
    );
    expect(Object.keys(merged.Query ?? {})).toEqual(['a', 'b']);
    expect(() => mergeResolvers({ Query: { a: 1 } }, { Query: { a: 2 } })).toThrow(
      /Query.a defined twice/,
    );
  });
});

describe('subgraphEnvSchema', () => {
  const schema = subgraphEnvSchema('CITY', 4001);

  it('prefers the subgraph’s own database URL', () => {
    const config = schema.parse({
      DATABASE_URL: 'postgres://shared/db',
      CITY_DATABASE_URL: 'postgres://own/db',
    });
    expect(config.database.url).toBe('postgres://own/db');
    expect(config.http.port).toBe(4001);
    expect(schema.parse({ DATABASE_URL: 'postgres://shared/db' }).database.url).toBe(
      'postgres://shared/db',
    );
    expect(schema.parse({}).database.url).toBeUndefined();
  });

  it('rejects what is not a postgres URL', () => {
    expect(schema.safeParse({ CITY_DATABASE_URL: 'mysql://x' }).success).toBe(false);
    expect(schema.safeParse({ DB_POOL_SIZE: '0' }).success).toBe(false);
  });
});

describe('requireScope', () => {
  const code = (attempt: () => unknown) => {
    try {
      attempt();
    } catch (error) {
      return (error as GraphQLError).extensions.code;
    }
    return 'none';
  };

  it('admits a caller with the scope: UNAUTHENTICATED signed out, FORBIDDEN without it', () => {
    const analyst = {
      subject: 'analyst-01',
      roles: ['analyst' as const],
      scopes: ['analytics:read'],
    };
    expect(requireScope({ viewer: analyst }, 'analytics:read')).toBe(analyst);
    expect(code(() => requireScope({ viewer: undefined }, 'analytics:read'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(() => requireScope({ viewer: { ...analyst, scopes: [] } }, 'analytics:read'))).toBe(
      'FORBIDDEN',
    );
  });
});
