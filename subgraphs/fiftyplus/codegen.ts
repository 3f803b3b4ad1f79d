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
        contextType: '../graphql/context.js#FiftyPlusContext',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          Region: '../graphql/regions/region-parent.js#RegionParent',
          Person: '../graphql/people/person.js#PersonParent',
          FiftyPlusProgram: '../db/schema.js#ProgramRow',
          MidCareerAcademy: '../graphql/programs/parents.js#AcademyParent',
          MidCareerSurvey: '../db/schema.js#SurveyRow',
          SurveyFinding: '../db/schema.js#SurveyFindingRow',
          ExperiencedTalentSupport: '../graphql/programs/parents.js#TalentSupportParent',
          ExperiencedTalentSupportTypeInfo: '../graphql/programs/parents.js#SupportTypeParent',
          Campus: '../db/schema.js#CampusRow',
          Course: '../db/schema.js#CourseRow',
          CourseConnection: '../graphql/courses/connection.js#CourseConnectionParent',
          Enrollment: '../db/schema.js#EnrollmentRow',
          TalentProfile: '../db/schema.js#TalentProfileRow',
          DesiredConditions: '../db/schema.js#TalentProfileRow',
          CareerEntry: '../db/schema.js#CareerEntryRow',
          CareerOccupation: '../db/schema.js#OccupationRow',
          CareerDiagnosis: '../db/schema.js#CareerDiagnosisRow',
          JobRecommendation: '../domain/recommendation.js#Recommendation',
          ExperiencedTalentPlacement: '../db/schema.js#PlacementRow',
          FollowUp: '../db/schema.js#FollowUpRow',
        },
      },
    },
  },
};

export default config;
