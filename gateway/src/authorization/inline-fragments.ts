import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** The operation a request names (or its only one), with named fragments written inline, so
 * each selection can be judged where it is used. */
export function inlinedOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return undefined;

  const inline = (selectionSet: SelectionSetNode): SelectionSetNode => ({
    ...selectionSet,
    selections: selectionSet.selections.flatMap(inlineSelection),
  });
  const inlineSelection = (selection: SelectionNode): SelectionNode[] => {
    if (selection.kind === Kind.FIELD) {
      return [
        selection.selectionSet
          ? { ...selection, selectionSet: inline(selection.selectionSet) }
          : selection,
      ];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return [{ ...selection, selectionSet: inline(selection.selectionSet) }];
    }
    const fragment = fragments.get(selection.name.value);
    if (!fragment) return [];
    return [
      {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        ...(selection.directives ? { directives: selection.directives } : {}),
        selectionSet: inline(fragment.selectionSet),
      },
    ];
  };
  return { ...operation, selectionSet: inline(operation.selectionSet) };
}
