import type { GraphQLError } from 'graphql';
import type { CompositionProblem } from './report.js';

/** How to fix the composition errors centers meet most; other codes get the general advice. */
const FIXES: Record<string, string> = {
  INVALID_GRAPHQL: 'Fix the schema at the location given so that it is valid GraphQL.',
  INVALID_FIELD_SHARING:
    'Resolve the field in one subgraph only, or mark it @shareable in every subgraph that resolves it (only for fields whose value is the same wherever it is resolved).',
  FIELD_TYPE_MISMATCH:
    'Give the field the same type in every subgraph that defines it (nullability may differ only where it stays compatible).',
  FIELD_ARGUMENT_TYPE_MISMATCH: 'Give the argument the same type in every subgraph.',
  TYPE_KIND_MISMATCH:
    'A type name must be the same kind (object, interface, input, enum, ...) in every subgraph; rename yours.',
  EXTERNAL_MISSING_ON_BASE:
    'A field marked @external must be resolved (without @external) by some other subgraph; remove it or the directive.',
  EXTERNAL_TYPE_MISMATCH: 'Declare the @external field with the type its owning subgraph gives it.',
  KEY_FIELDS_SELECT_INVALID_TYPE: '@key may only select fields of object, scalar or enum types.',
  KEY_INVALID_FIELDS: 'Name in @key(fields:) only fields the type defines, e.g. `id`.',
  REQUIRES_INVALID_FIELDS: 'Name in @requires(fields:) only fields marked @external on this type.',
  PROVIDES_INVALID_FIELDS: 'Name in @provides(fields:) only fields of the returned entity.',
  SATISFIABILITY_ERROR:
    'Some queries could not be planned: make the field reachable (add the entity\u2019s @key in this subgraph, or resolve the field where the path to it is).',
  ENUM_VALUE_MISMATCH:
    'An enum used for input and output must have the same values in every subgraph that defines it.',
  EMPTY_MERGED_ENUM_TYPE:
    'Give the enum at least one value shared by every subgraph using it as input.',
  REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH:
    'Define the required argument in every subgraph that defines the field, or make it optional.',
  OVERRIDE_SOURCE_HAS_OVERRIDE:
    'A field can be overridden from one subgraph only; remove one @override.',
  OVERRIDE_FROM_SELF_ERROR: 'Name another subgraph in @override(from:).',
  OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE:
    'An overridden field cannot also be @external/@requires/@provides in the same subgraph.',
  INTERFACE_OBJECT_USAGE_ERROR:
    'An @interfaceObject must correspond to an entity interface (with @key) defined in another subgraph.',
  INTERFACE_KEY_NOT_ON_IMPLEMENTATIONS:
    'Every implementation of an entity interface needs its @key.',
  DIRECTIVE_DEFINITION_INVALID: 'Define the directive as the federation specification does.',
  UNKNOWN_FEDERATION_LINK_VERSION: 'Link a known federation version, e.g. v2.7.',
  INVALID_LINK_DIRECTIVE_USAGE:
    'Fix the @link: url and import list as the federation spec gives them.',
  ROOT_QUERY_USED: 'Name the root query type `Query`.',
  NO_QUERIES: 'At least one subgraph must define a field on Query.',
  TYPE_WITH_ONLY_UNUSED_EXTERNAL:
    'Use the @external fields (in @key/@requires/@provides) or remove them.',
};

const GENERAL_FIX =
  'See the message; the Apollo Federation composition rules explain this code. Run the check again after fixing.';

/** Composition's messages start with `[subgraph]` and quote the coordinate they are about. */
export function compositionProblem(error: GraphQLError): CompositionProblem {
  const code = String(error.extensions.code ?? 'COMPOSITION_ERROR');
  const subgraph = /^\[([^\]]+)\]/.exec(error.message)?.[1] ?? null;
  const coordinate =
    /"([A-Za-z_]\w*\.[A-Za-z_]\w*(?:\([A-Za-z_]\w*:\))?)"/.exec(error.message)?.[1] ??
    /(?:[Tt]ype|[Ii]nterface|[Ee]num) "([A-Za-z_]\w*)"/.exec(error.message)?.[1] ??
    null;
  return { subgraph, coordinate, code, message: error.message, fix: FIXES[code] ?? GENERAL_FIX };
}
