import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['schema.graphql', '../../kit/federation.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        immutableTypes: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        contextType: '../graphql/context.js#GwanakContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          GwanakPartnerEmployer: '../db/schema.js#PartnerEmployerRow',
          GwanakPartnerOpening: '../db/schema.js#PartnerOpeningRow',
          GwanakOpeningApplication: '../db/schema.js#OpeningApplicationRow',
          EmploymentCenter: '../graphql/references.js#CenterParent',
          Person: '../graphql/references.js#PersonParent',
          Region: '../graphql/references.js#RegionParent',
          Employer: '../graphql/references.js#EmployerParent',
        },
      },
    },
  },
};

export default config;
