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
        contextType: '../graphql/context.js#CityContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          Region: '../graphql/regions/region-parent.js#RegionParent',
          Employer: '../db/schema.js#EmployerRow',
          JobPosting: '../db/schema.js#JobPostingRow',
          CityProgram: '../db/schema.js#ProgramRow',
          FiftyPlusProgram: '../graphql/programs/program-reference.js#ProgramReference',
          MinistryProgram: '../graphql/programs/program-reference.js#ProgramReference',
          DistrictProgram: '../graphql/programs/program-reference.js#ProgramReference',
          ProgramType: '../db/schema.js#ProgramTypeRow',
          TrainingField: '../db/schema.js#TrainingFieldRow',
          ProgramApplication: '../db/schema.js#ProgramApplicationRow',
          SuitRentalBranch: '../db/schema.js#SuitRentalBranchRow',
          SuitRentalSlot: '../db/schema.js#SuitRentalSlotRow',
          SuitRentalReservation: '../db/schema.js#SuitRentalReservationRow',
          JobPostingConnection: '../graphql/postings/connection.js#PostingConnection',
          ProgramSector: '../graphql/programs/sector.js#SectorParent',
          Person: '../graphql/people/person.js#PersonParent',
        },
      },
    },
  },
};

export default config;
