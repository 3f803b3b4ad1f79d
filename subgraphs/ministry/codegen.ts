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
        contextType: '../graphql/context.js#MinistryContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          Region: '../graphql/regions/region-parent.js#RegionParent',
          Person: '../graphql/people/person.js#PersonParent',
          Employer: '../graphql/people/person.js#EmployerReference',
          IndustrySection: '../db/schema.js#IndustryRow',
          NationalEmploymentCenter: '../db/schema.js#CenterRow',
          DistrictEmploymentCenter: '../graphql/centers/district-center.js#DistrictCenterParent',
          RegionalStrategy: '../db/schema.js#StrategyRow',
          StrategyLine: '../db/schema.js#StrategyLineRow',
          TargetIndustry: '../db/schema.js#TargetIndustryRow',
          ConsortiumMember: '../db/schema.js#ConsortiumMemberRow',
          Counselor: '../db/schema.js#CounselorRow',
          MidCareerNetwork: '../db/schema.js#NetworkRow',
          NetworkPhase: '../db/schema.js#NetworkPhaseRow',
          CityProgram: '../graphql/programs/program-reference.js#ProgramReference',
          FiftyPlusProgram: '../graphql/programs/program-reference.js#ProgramReference',
          DistrictProgram: '../graphql/programs/program-reference.js#ProgramReference',
          MinistryProgram: '../db/schema.js#ProgramRow',
          PackageComponent: '../db/schema.js#PackageComponentRow',
          EmploymentInsuranceRecord: '../db/schema.js#InsuranceRecordRow',
          CaseFile: '../db/schema.js#CaseFileRow',
          CaseStageChange: '../graphql/case-files/parents.js#StageChangeParent',
          CaseNote: '../graphql/case-files/parents.js#NoteParent',
          NextAction: '../graphql/case-files/parents.js#ActionParent',
          CaseReferral: '../graphql/case-files/parents.js#ReferralParent',
          CaseFileConnection: '../graphql/case-files/connection.js#CaseFilePage',
        },
      },
    },
  },
};

export default config;
