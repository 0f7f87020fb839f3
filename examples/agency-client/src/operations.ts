import { readdirSync, readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type * as G from './generated/graphql.js';

/**
 * Every operation the client sends, by name, with the result and variable types that
 * `npm run codegen` generated from the same `.graphql` files (the files are the one source: codegen
 * reads them to type the operations, the client reads them to send the operations).
 */
export interface Operations {
  CurrentTerms: [G.CurrentTermsQuery, G.CurrentTermsQueryVariables];
  AcceptTerms: [G.AcceptTermsMutation, G.AcceptTermsMutationVariables];
  StartAmendment: [G.StartAmendmentMutation, G.StartAmendmentMutationVariables];
  SaveAmendmentDraft: [G.SaveAmendmentDraftMutation, G.SaveAmendmentDraftMutationVariables];
  UploadAmendmentDocument: [
    G.UploadAmendmentDocumentMutation,
    G.UploadAmendmentDocumentMutationVariables,
  ];
  SubmitAmendment: [G.SubmitAmendmentMutation, G.SubmitAmendmentMutationVariables];
  GetAmendment: [G.GetAmendmentQuery, G.GetAmendmentQueryVariables];
  MyAmendments: [G.MyAmendmentsQuery, G.MyAmendmentsQueryVariables];
  AmendmentRequirements: [G.AmendmentRequirementsQuery, G.AmendmentRequirementsQueryVariables];
}
export type OperationName = keyof Operations;
export type ResultOf<K extends OperationName> = Operations[K][0];
export type VariablesOf<K extends OperationName> = Operations[K][1];

/** `src/operations/` next to this module (and `dist/operations/` once built). */
const OPERATIONS_DIR = new URL('./operations/', import.meta.url);

let documents: Map<string, string> | undefined;

/** The text to send for one named operation: the operation and exactly the fragments it uses. */
export function operationText(name: OperationName): string {
  documents ??= loadDocuments();
  const text = documents.get(name);
  if (!text) throw new Error(`GraphQL operation ${name} is not in ${OPERATIONS_DIR.pathname}`);
  return text;
}

function loadDocuments(): Map<string, string> {
  const definitions = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')).definitions);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const result = new Map<string, string>();
  for (const d of definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
    result.set(d.name.value, withFragments(d, fragments));
  }
  return result;
}

/** The server refuses unused fragments, so each operation gets only those it spreads. */
function withFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(spread.name.value)) return;
        used.set(spread.name.value, fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n\n');
}
