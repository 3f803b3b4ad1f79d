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
          Region: '../db/schema.js#RegionRow',
          Employer: '../db/schema.js#EmployerRow',
          JobPosting: '../db/schema.js#JobPostingRow',
          Program: '../db/schema.js#ProgramRow',
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
