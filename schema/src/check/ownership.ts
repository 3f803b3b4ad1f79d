import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  parse,
} from 'graphql';
import type { OwnershipFinding } from './report.js';

export interface OwnedSubgraph {
  readonly name: string;
  readonly owner: string;
  readonly sdl: string;
}

interface FieldSite {
  readonly coordinate: string;
  readonly external: boolean;
  readonly overrideFrom: string | undefined;
  /** A key field, or a field of a value type: shared by nature, owned by nobody. */
  readonly shared: boolean;
}

const directive = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  directives?.find((candidate) => candidate.name.value === name);

function stringArgument(node: ConstDirectiveNode | undefined, name: string): string | undefined {
  const argument = node?.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/** Top-level field names of a `@key(fields:)` selection such as `id` or `id region { code }`. */
function keyFieldNames(selection: string): string[] {
  let depth = 0;
  let flat = '';
  for (const character of selection) {
    if (character === '{') depth += 1;
    else if (character === '}') depth -= 1;
    else if (depth === 0) flat += character;
  }
  return flat.split(/[\s,]+/).filter(Boolean);
}

const ROOT_TYPES = new Set(['Query', 'Mutation']);

function fieldSites(document: DocumentNode): FieldSite[] {
  const sites: FieldSite[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const keys = (definition.directives ?? [])
      .filter((candidate) => candidate.name.value === 'key')
      .flatMap((key) => keyFieldNames(stringArgument(key, 'fields') ?? ''));
    const entity =
      keys.length > 0 ||
      directive(definition.directives, 'interfaceObject') !== undefined ||
      ROOT_TYPES.has(typeName);
    for (const field of (definition.fields ?? []) as readonly FieldDefinitionNode[]) {
      sites.push({
        coordinate: `${typeName}.${field.name.value}`,
        external: directive(field.directives, 'external') !== undefined,
        overrideFrom: stringArgument(directive(field.directives, 'override'), 'from'),
        shared: !entity || keys.includes(field.name.value) || field.name.value.startsWith('_'),
      });
    }
  }
  return sites;
}

/**
 * Where a candidate subgraph reaches into fields another owner's subgraph resolves: taking one
 * over with `@override(from:)`, or resolving the same entity or root field beside it (which
 * lets the planner send that field's queries, with their callers' identities, to the
 * candidate). Key fields and value types are shared by nature and not counted.
 */
export function ownershipFindings(
  candidate: OwnedSubgraph,
  others: readonly OwnedSubgraph[],
): Array<Omit<OwnershipFinding, 'approved'>> {
  const foreign = others.filter((other) => other.owner !== candidate.owner);
  const byName = new Map(others.map((other) => [other.name, other]));
  const resolvedBy = new Map<string, OwnedSubgraph[]>();
  for (const other of foreign) {
    for (const site of fieldSites(parse(other.sdl))) {
      if (site.external || site.shared) continue;
      const list = resolvedBy.get(site.coordinate) ?? [];
      list.push(other);
      resolvedBy.set(site.coordinate, list);
    }
  }
  const findings: Array<Omit<OwnershipFinding, 'approved'>> = [];
  for (const site of fieldSites(parse(candidate.sdl))) {
    if (site.external) continue;
    if (site.overrideFrom) {
      const from = byName.get(site.overrideFrom);
      if (from && from.owner !== candidate.owner) {
        findings.push({
          kind: 'override',
          coordinate: site.coordinate,
          otherSubgraph: from.name,
          otherOwner: from.owner,
        });
      }
      continue;
    }
    if (site.shared) continue;
    for (const other of resolvedBy.get(site.coordinate) ?? []) {
      findings.push({
        kind: 'shadow',
        coordinate: site.coordinate,
        otherSubgraph: other.name,
        otherOwner: other.owner,
      });
    }
  }
  return findings;
}
