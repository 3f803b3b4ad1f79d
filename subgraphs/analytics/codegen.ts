import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['schema.graphql', '../kit/federation.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        immutableTypes: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        contextType: '../graphql/context.js#AnalyticsContext',
        mappers: {
          PlacementRate: '../graphql/rates.js#PlacementRateRow',
          Region: '../graphql/references.js#RegionParent',
          Program: '../graphql/references.js#ProgramParent',
        },
      },
    },
  },
};

export default config;
