import {
  type DocumentNode,
  GraphQLEnumType,
  type GraphQLSchema,
  getNamedType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The schema coordinates an operation uses: `Type.field` for each selected field, its named
 * return type, `Type.field.argument` for each argument given, input fields and enum values written
 * in the document, and the types of its variables. The registry weighs breaking changes by them.
 */
export function usedCoordinates(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || node.name.value.startsWith('__')) return;
        used.add(`${parent.name}.${field.name}`);
        used.add(getNamedType(field.type).name);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field && typeInfo.getArgument()) {
          used.add(`${parent.name}.${field.name}.${node.name.value}`);
        }
      },
      ObjectField(node) {
        const input = typeInfo.getParentInputType();
        if (input) used.add(`${getNamedType(input).name}.${node.name.value}`);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        const named = type ? getNamedType(type) : undefined;
        if (named instanceof GraphQLEnumType) used.add(`${named.name}.${node.value}`);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as Parameters<typeof typeFromAST>[1]);
        if (type) used.add(getNamedType(type).name);
      },
    }),
  );
  return used;
}
