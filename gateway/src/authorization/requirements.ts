import {
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  Kind,
  type NamedTypeNode,
  parse,
  type TypeNode,
} from 'graphql';

/**
 * What the schema asks of a caller before a field or type may be seen, from the federation
 * authorization directives the subgraphs declare (`@authenticated`, `@requiresScopes`,
 * `@policy`), as composed into the supergraph.
 */
export interface Requirement {
  readonly authenticated: boolean;
  /** Any one of these sets of scopes, all of a set, is enough (OR of ANDs). */
  readonly scopes: ReadonlyArray<readonly string[]>;
  /** Likewise for named policies. */
  readonly policies: ReadonlyArray<readonly string[]>;
}

export interface Requirements {
  /** By coordinate: `Type.field` for fields, `Type` for types. */
  readonly byCoordinate: ReadonlyMap<string, Requirement>;
}

function stringMatrix(value: ConstValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((row) =>
    row.kind === Kind.LIST
      ? row.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []))
      : [],
  );
}

function requirementOf(
  directives: readonly ConstDirectiveNode[] | undefined,
): Requirement | undefined {
  let authenticated = false;
  const scopes: string[][] = [];
  const policies: string[][] = [];
  for (const directive of directives ?? []) {
    const argument = (name: string) =>
      directive.arguments?.find((candidate) => candidate.name.value === name)?.value;
    switch (directive.name.value) {
      case 'authenticated':
        authenticated = true;
        break;
      case 'requiresScopes':
        scopes.push(...stringMatrix(argument('scopes')));
        break;
      case 'policy':
        policies.push(...stringMatrix(argument('policies')));
        break;
    }
  }
  if (!authenticated && scopes.length === 0 && policies.length === 0) return undefined;
  // A scope or policy requirement implies an identity.
  return { authenticated: true, scopes, policies };
}

/** Reads every type's and field's requirements from a supergraph's SDL. */
export function readRequirements(supergraphSdl: string | DocumentNode): Requirements {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const byCoordinate = new Map<string, Requirement>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const ofType = requirementOf(definition.directives);
    if (ofType) byCoordinate.set(typeName, ofType);
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION
    ) {
      for (const field of definition.fields ?? []) {
        const ofField = requirementOf(field.directives);
        if (ofField) byCoordinate.set(`${typeName}.${field.name.value}`, ofField);
      }
    }
  }
  return { byCoordinate };
}

export function namedType(type: TypeNode): NamedTypeNode {
  return type.kind === Kind.NAMED_TYPE ? type : namedType(type.type);
}
