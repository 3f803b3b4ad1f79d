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
        contextType: '../graphql/context.js#GumiContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          GumiTargetEmployer: '../db/schema.js#TargetEmployerRow',
          HrImprovementMeasure: '../db/schema.js#HrMeasureRow',
          HrImprovementApplication: '../db/schema.js#HrApplicationRow',
          CareerDesignSession: '../db/schema.js#CareerSessionRow',
          CareerDesignBooking: '../db/schema.js#CareerBookingRow',
          EmploymentCenter: '../graphql/references.js#CenterParent',
          Person: '../graphql/references.js#PersonParent',
          Employer: '../graphql/references.js#EmployerParent',
        },
      },
    },
  },
};

export default config;
