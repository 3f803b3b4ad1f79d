import { Role, type Viewer } from '@jobgraph/auth';
import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyDenials } from '../src/authorization/apply-denials.js';
import { authorizeOperation } from '../src/authorization/authorize-operation.js';
import { readRequirements } from '../src/authorization/requirements.js';

const SDL = /* GraphQL */ `
  directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
  type Query {
    region(code: ID!): Region
    person(id: ID!): Person
    caseFiles: [CaseFile!]! @requiresScopes(scopes: [["casefiles:read"]])
  }
  type Region { code: ID! name: String! }
  type Person {
    id: ID!
    applications: [Application!]! @policy(policies: [["self-or-staff"]])
    caseFile: CaseFile
  }
  type Application { id: ID! status: String! }
  type CaseFile @requiresScopes(scopes: [["casefiles:read"]]) { id: ID! stage: String! }
`;
const schema = buildSchema(SDL);
const requirements = readRequirements(SDL);

const citizen: Viewer = { subject: 'M00000001', roles: [Role.CITIZEN], scopes: [] };
const counselor: Viewer = {
  subject: 'cs-gwanak-01',
  roles: [Role.COUNSELOR],
  scopes: ['casefiles:read'],
  agency: 'ministry',
};
const analyst: Viewer = {
  subject: 'analyst-01',
  roles: [Role.ANALYST],
  scopes: ['analytics:read'],
};

function authorize(query: string, viewer: Viewer | undefined) {
  const result = authorizeOperation(schema, parse(query), undefined, requirements, viewer);
  if (!result) throw new Error('no operation');
  return result;
}

describe('authorizeOperation', () => {
  it('leaves an operation of public fields alone', () => {
    const result = authorize('{ region(code: "11") { name } }', undefined);
    expect(result.denials).toEqual([]);
  });

  it('removes fields the caller may not see, keeping the rest', () => {
    const result = authorize(
      '{ region(code: "11") { name } person(id: "M1") { id applications { status } caseFile { stage } } }',
      undefined,
    );
    expect(print(result.document)).not.toMatch(/applications|caseFile/);
    expect(print(result.document)).toMatch(/region/);
    expect(result.denials.map((denial) => [denial.path.join('.'), denial.code])).toEqual([
      ['person.applications', 'UNAUTHENTICATED'],
      ['person.caseFile', 'UNAUTHENTICATED'],
    ]);
  });

  it('tells a signed-in caller without the scope or policy FORBIDDEN', () => {
    const citizenResult = authorize(
      '{ person(id: "M1") { applications { id } caseFile { id } } }',
      citizen,
    );
    expect(citizenResult.denials.map((denial) => [denial.coordinate, denial.code])).toEqual([
      ['Person.caseFile', 'FORBIDDEN'],
    ]);
    const analystResult = authorize(
      '{ person(id: "M1") { applications { id } } caseFiles { id } }',
      analyst,
    );
    expect(analystResult.denials.map((denial) => denial.coordinate)).toEqual([
      'Person.applications',
      'Query.caseFiles',
    ]);
    expect(
      authorize('{ caseFiles { id } person(id: "M1") { caseFile { id } } }', counselor).denials,
    ).toEqual([]);
  });

  it('judges fields in named fragments where they are used', () => {
    const result = authorize(
      'query Q { person(id: "M1") { ...Journey } } fragment Journey on Person { id caseFile { stage } }',
      citizen,
    );
    expect(result.denials.map((denial) => denial.path.join('.'))).toEqual(['person.caseFile']);
    expect(print(result.document)).not.toMatch(/fragment/);
  });

  it('nulls the nearest nullable place and reports an error at the denied path', () => {
    const result = authorize('{ region(code: "11") { name } caseFiles { id } }', citizen);
    // caseFiles is non-null at the root: the whole data is null, as GraphQL requires.
    expect(result.denials[0]?.nullAt).toEqual([]);
    const shaped = applyDenials({ region: { name: '서울' } }, result);
    expect(shaped.data).toBeNull();
    expect(shaped.errors).toEqual([
      {
        message: 'Not authorized to see Query.caseFiles: your access does not include this',
        path: ['caseFiles'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);

    const nested = authorize('{ person(id: "M1") { id applications { status } } }', analyst);
    // applications is non-null, person is nullable: person becomes null.
    expect(nested.denials[0]?.nullAt).toEqual(['person']);
    expect(applyDenials({ person: { id: 'M1' } }, nested).data).toEqual({ person: null });
  });

  it('keeps a selection emptied by denials valid, and hides the filler afterwards', () => {
    const result = authorize('{ person(id: "M1") { caseFile { stage } } }', citizen);
    expect(print(result.document)).toMatch(/__jobgraph_filler: __typename/);
    const shaped = applyDenials({ person: { __jobgraph_filler: 'Person' } }, result);
    expect(shaped.data).toEqual({ person: { caseFile: null } });
  });
});
