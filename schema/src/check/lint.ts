import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  Kind,
  type TypeDefinitionNode,
} from 'graphql';
import type { LintFinding } from './report.js';

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING = /^[A-Z][A-Z0-9_]*$/;
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const isInaccessible = (directives: readonly ConstDirectiveNode[] | undefined) =>
  directives?.some((directive) => directive.name.value === 'inaccessible') ?? false;

function isTypeDefinition(definition: DefinitionNode): definition is TypeDefinitionNode {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.ENUM_TYPE_DEFINITION ||
    definition.kind === Kind.UNION_TYPE_DEFINITION ||
    definition.kind === Kind.SCALAR_TYPE_DEFINITION
  );
}

function typeNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const definition of document.definitions) {
    if ('name' in definition && definition.name) names.add(definition.name.value);
  }
  return names;
}

/**
 * The graph's conventions, checked on the candidate subgraph: PascalCase types, camelCase fields
 * and arguments, SCREAMING_CASE enum values, and a description on every public type it
 * introduces (types other subgraphs already define are described where they are owned).
 */
export function lintSubgraph(
  document: DocumentNode,
  others: readonly DocumentNode[],
): LintFinding[] {
  const elsewhere = new Set(others.flatMap((other) => [...typeNames(other)]));
  const findings: LintFinding[] = [];
  const finding = (rule: string, coordinate: string, message: string) =>
    findings.push({ rule, coordinate, message });

  for (const definition of document.definitions) {
    if (!isTypeDefinition(definition)) continue;
    const typeName = definition.name.value;
    if (!PASCAL.test(typeName)) {
      finding('type-names-pascal-case', typeName, `type "${typeName}" should be PascalCase`);
    }
    if (
      !definition.description &&
      !ROOT_TYPES.has(typeName) &&
      !elsewhere.has(typeName) &&
      !isInaccessible(definition.directives)
    ) {
      finding(
        'description-on-public-type',
        typeName,
        `type "${typeName}" is public and has no description`,
      );
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      for (const value of definition.values ?? []) {
        if (!SCREAMING.test(value.name.value)) {
          finding(
            'enum-values-upper-case',
            `${typeName}.${value.name.value}`,
            `enum value "${typeName}.${value.name.value}" should be UPPER_CASE`,
          );
        }
      }
    }
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
    ) {
      for (const field of definition.fields ?? []) {
        const coordinate = `${typeName}.${field.name.value}`;
        if (!field.name.value.startsWith('_') && !CAMEL.test(field.name.value)) {
          finding(
            'field-names-camel-case',
            coordinate,
            `field "${coordinate}" should be camelCase`,
          );
        }
        if (field.kind === Kind.FIELD_DEFINITION) {
          for (const argument of field.arguments ?? []) {
            if (!CAMEL.test(argument.name.value)) {
              finding(
                'argument-names-camel-case',
                `${coordinate}(${argument.name.value}:)`,
                `argument "${argument.name.value}" of "${coordinate}" should be camelCase`,
              );
            }
          }
        }
      }
    }
  }
  return findings;
}
