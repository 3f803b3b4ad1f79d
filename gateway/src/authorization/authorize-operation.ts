import { hasScope, type Viewer } from '@jobgraph/auth';
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { inlinedOperation } from './inline-fragments.js';
import { satisfiesPolicy } from './policies.js';
import type { Requirement, Requirements } from './requirements.js';

export type DenialCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface Denial {
  /** Response keys from the root to the denied field. */
  readonly path: readonly string[];
  readonly coordinate: string;
  readonly code: DenialCode;
  readonly message: string;
  /** Where null goes: the field itself, or its nearest nullable ancestor (non-null fields
   * cannot be null); empty means the whole `data`. */
  readonly nullAt: readonly string[];
}

export interface AuthorizedOperation {
  readonly operation: OperationDefinitionNode;
  readonly document: DocumentNode;
  readonly denials: readonly Denial[];
  /** Selection sets emptied by denials keep `__typename` under this alias, removed afterwards. */
  readonly fillerPaths: ReadonlyArray<readonly string[]>;
}

export const FILLER_ALIAS = '__jobgraph_filler';

interface PathEntry {
  readonly key: string;
  readonly nullable: boolean;
}

function verdict(
  requirements: ReadonlyArray<Requirement | undefined>,
  viewer: Viewer | undefined,
): { code: DenialCode; message: string } | undefined {
  for (const requirement of requirements) {
    if (!requirement) continue;
    if (!viewer) return { code: 'UNAUTHENTICATED', message: 'sign in to see this' };
    if (
      requirement.scopes.length > 0 &&
      !requirement.scopes.some((set) => set.every((scope) => hasScope(viewer, scope)))
    ) {
      return { code: 'FORBIDDEN', message: 'your access does not include this' };
    }
    if (
      requirement.policies.length > 0 &&
      !requirement.policies.some((set) => set.every((policy) => satisfiesPolicy(viewer, policy)))
    ) {
      return { code: 'FORBIDDEN', message: 'your access does not include this' };
    }
  }
  return undefined;
}

function fieldOf(
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * Removes from an operation every field the caller may not see, before it is planned: such
 * fields are never fetched. Each removal is a denial with the path to report and to null.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  requirements: Requirements,
  viewer: Viewer | undefined,
): AuthorizedOperation | undefined {
  const operation = inlinedOperation(document, operationName);
  if (!operation) return undefined;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return undefined;
  const denials: Denial[] = [];
  const fillerPaths: string[][] = [];

  const nearestNullable = (path: readonly PathEntry[]): string[] => {
    for (let end = path.length; end > 0; end -= 1) {
      if (path[end - 1]?.nullable) return path.slice(0, end).map((entry) => entry.key);
    }
    return [];
  };

  const filter = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    path: readonly PathEntry[],
  ): SelectionSetNode => {
    const kept: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (!condition || !isCompositeType(condition)) continue;
        const inner = filter(selection.selectionSet, condition, path);
        if (inner.selections.length > 0) kept.push({ ...selection, selectionSet: inner });
        continue;
      }
      if (selection.kind !== Kind.FIELD) continue;
      const name = selection.name.value;
      if (name.startsWith('__')) {
        kept.push(selection);
        continue;
      }
      const field = fieldOf(parent, name);
      if (!field) {
        kept.push(selection);
        continue;
      }
      const entry: PathEntry = {
        key: selection.alias?.value ?? name,
        nullable: !isNonNullType(field.type),
      };
      const fieldPath = [...path, entry];
      const named = getNamedType(field.type as GraphQLOutputType);
      const denied = verdict(
        [
          requirements.byCoordinate.get(`${parent.name}.${name}`),
          requirements.byCoordinate.get(named.name),
        ],
        viewer,
      );
      if (denied) {
        denials.push({
          path: fieldPath.map((item) => item.key),
          coordinate: `${parent.name}.${name}`,
          ...denied,
          nullAt: nearestNullable(fieldPath),
        });
        continue;
      }
      if (!selection.selectionSet || !isCompositeType(named)) {
        kept.push(selection);
        continue;
      }
      let inner = filter(selection.selectionSet, named, fieldPath);
      if (inner.selections.length === 0) {
        fillerPaths.push(fieldPath.map((item) => item.key));
        inner = { ...inner, selections: [fillerField()] };
      }
      kept.push({ ...selection, selectionSet: inner } satisfies FieldNode);
    }
    return { ...selectionSet, selections: kept };
  };

  let selectionSet = filter(operation.selectionSet, root, []);
  if (selectionSet.selections.length === 0) {
    fillerPaths.push([]);
    selectionSet = { ...selectionSet, selections: [fillerField()] };
  }
  const authorized = { ...operation, selectionSet };
  return {
    operation: authorized,
    document: { kind: Kind.DOCUMENT, definitions: [authorized] },
    denials,
    fillerPaths,
  };
}

function fillerField(): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: FILLER_ALIAS },
    name: { kind: Kind.NAME, value: '__typename' },
  };
}
