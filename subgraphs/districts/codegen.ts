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
        contextType: '../graphql/context.js#DistrictsContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          DistrictEmploymentCenter: '../db/schema.js#CenterRow',
          CenterService: '../db/schema.js#CenterServiceRow',
          Award: '../db/schema.js#CenterAwardRow',
          ConsultationSlot: '../db/schema.js#ConsultationSlotRow',
          Consultation: '../db/schema.js#ConsultationRow',
          JobFair: '../db/schema.js#JobFairRow',
          JobFairRegistration: '../db/schema.js#JobFairRegistrationRow',
          Placement: '../db/schema.js#PlacementRow',
          DistrictProgram: '../db/schema.js#ProgramRow',
          DistrictProgramRule: '../db/schema.js#ProgramRuleRow',
          HiringIncentiveApplication: '../db/schema.js#IncentiveApplicationRow',
          HiringIncentiveStatusChange: '../db/schema.js#IncentiveEventRow',
          PlacementConnection: '../graphql/placements/connection.js#PlacementConnectionParent',
          HiringIncentiveApplicationConnection:
            '../graphql/incentives/connection.js#ApplicationConnectionParent',
          Person: '../graphql/references.js#PersonParent',
          Region: '../graphql/references.js#RegionParent',
          Employer: '../graphql/references.js#EmployerParent',
          EmploymentInsuranceRecord: '../graphql/references.js#InsuranceRecordParent',
        },
      },
    },
  },
};

export default config;
