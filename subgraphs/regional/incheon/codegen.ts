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
        contextType: '../graphql/context.js#IncheonContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          JobDemandDay: '../db/schema.js#DemandDayRow',
          JobDemandDayEmployer: '../db/schema.js#DemandDayEmployerRow',
          JobDemandDayRegistration: '../db/schema.js#DemandDayRegistrationRow',
          JobCreationWorkingGroup: '../db/schema.js#WorkingGroupRow',
          WorkingGroupMember: '../db/schema.js#WorkingGroupMemberRow',
          IncheonJointJobFair: '../db/schema.js#JointFairRow',
          PolytechnicTraining: '../db/schema.js#TrainingRow',
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
