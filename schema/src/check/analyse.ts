import { composeServices } from '@apollo/composition';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, GraphQLError, parse, printSchema } from 'graphql';
import { compositionProblem } from './composition-problems.js';
import { lintSubgraph } from './lint.js';
import type { CompositionProblem, Criticality, LintFinding, SchemaChange } from './report.js';

export interface SubgraphSource {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

export interface AnalysisInput {
  /** Every subgraph of the candidate supergraph, the candidate among them (unless deleted). */
  readonly subgraphs: readonly SubgraphSource[];
  /** The live supergraph's API schema, to diff against; null for the first supergraph. */
  readonly currentApiSdl: string | null;
  /** The subgraphs being checked; each is linted when present in `subgraphs`. */
  readonly candidates: readonly string[];
}

export type Analysis =
  | {
      readonly composed: true;
      readonly supergraphSdl: string;
      readonly apiSdl: string;
      readonly changes: readonly SchemaChange[];
      readonly lint: readonly LintFinding[];
    }
  | {
      readonly composed: false;
      readonly problems: readonly CompositionProblem[];
      readonly lint: readonly LintFinding[];
    };

const CRITICALITY: Record<CriticalityLevel, Criticality> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

function schemaChange(change: Change): SchemaChange {
  return {
    type: change.type,
    criticality: CRITICALITY[change.criticality.level],
    coordinate: change.path ?? null,
    message: change.message,
  };
}

/**
 * Composes the candidate supergraph and compares its API schema with the live one. CPU-bound
 * (composition of ~40 subgraphs takes seconds), so the registry runs it in a worker.
 */
export async function analyse(input: AnalysisInput): Promise<Analysis> {
  const lint: LintFinding[] = [];
  const parsed = [];
  for (const subgraph of input.subgraphs) {
    try {
      parsed.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) });
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : String(error);
      return {
        composed: false,
        problems: [
          {
            subgraph: subgraph.name,
            coordinate: null,
            code: 'INVALID_GRAPHQL',
            message: `[${subgraph.name}] ${message}`,
            fix: 'Fix the schema so that it parses as GraphQL SDL.',
          },
        ],
        lint,
      };
    }
  }
  for (const candidate of parsed.filter((subgraph) => input.candidates.includes(subgraph.name))) {
    const others = parsed.filter((subgraph) => subgraph.name !== candidate.name);
    lint.push(
      ...lintSubgraph(
        candidate.typeDefs,
        others.map((other) => other.typeDefs),
      ),
    );
  }

  const result = composeServices(parsed);
  if (result.errors) {
    return { composed: false, problems: result.errors.map(compositionProblem), lint };
  }
  const apiSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  const changes = input.currentApiSdl
    ? (await diff(buildSchema(input.currentApiSdl), buildSchema(apiSdl))).map(schemaChange)
    : [];
  return { composed: true, supergraphSdl: result.supergraphSdl, apiSdl, changes, lint };
}
