import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { repoRoot } from '../config.js';

/** One operation a known client sends, as it sends it. */
export interface ClientOperation {
  /** Where it comes from: `admin/src/auth/session.graphql#Login`, `docs/integration.md:154`. */
  origin: string;
  text: string;
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  const root = path.join(repoRoot, dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && test(e.name) && !e.parentPath.includes('generated'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)))
    .sort();
}

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

/** Bodies of gql`…` / graphql(`…`) in TypeScript (none today: both clients use .graphql files). */
function taggedTemplates(source: string): string[] {
  return [...source.matchAll(/(?<![\w.$/-])(?:gql\s*\(?|graphql\()\s*`([^`]*)`/g)].map(
    (m) => m[1]!,
  );
}

/**
 * Apollo Client (the console) adds `__typename` to every selection set but the operation's own
 * before sending; measure what is really sent.
 */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if ((parent as ASTNode | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
        const has = node.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias,
        );
        if (has) return undefined;
        return {
          ...node,
          selections: [
            ...node.selections,
            { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
          ],
        };
      },
    },
  });
}

/** Each named operation with exactly the fragments it spreads (as both clients send them). */
function operationsOf(
  definitions: readonly DefinitionNode[],
  originOf: (operation: OperationDefinitionNode) => string,
  transform: (document: DocumentNode) => DocumentNode = (d) => d,
): ClientOperation[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (!fragment || used.has(spread.name.value)) return;
            used.set(spread.name.value, fragment);
            collect(fragment);
          },
        });
      collect(operation);
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...used.values()],
      };
      return { origin: originOf(operation), text: print(transform(document)) };
    });
}

/** `.graphql` files and tagged templates of a client's source folder. */
function clientOperations(
  dir: string,
  transform?: (document: DocumentNode) => DocumentNode,
): ClientOperation[] {
  const sources = [
    ...filesUnder(dir, (n) => n.endsWith('.graphql')).map((file) => ({ file, text: read(file) })),
    ...filesUnder(dir, (n) => /\.tsx?$/.test(n)).flatMap((file) =>
      taggedTemplates(read(file)).map((text) => ({ file, text })),
    ),
  ];
  const located = sources.flatMap(({ file, text }) =>
    parse(text).definitions.map((definition) => ({ file, definition })),
  );
  const fileOf = new Map(located.map(({ file, definition }) => [definition, file]));
  return operationsOf(
    located.map((l) => l.definition),
    (operation) => `${fileOf.get(operation)}#${operation.name?.value ?? '(anonymous)'}`,
    transform,
  );
}

/** ```graphql blocks, and `"query":"…"` bodies in other blocks (curl), of a Markdown file. */
function markdownOperations(file: string): ClientOperation[] {
  const text = read(file);
  const found: ClientOperation[] = [];
  for (const block of text.matchAll(/^[ \t]*```(\w*)\n([\s\S]*?)^[ \t]*```/gm)) {
    const line = text.slice(0, block.index).split('\n').length;
    if (block[1] === 'graphql') {
      found.push({ origin: `${file}:${line}`, text: block[2]! });
      continue;
    }
    for (const body of block[2]!.matchAll(/"query"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      found.push({ origin: `${file}:${line}`, text: JSON.parse(`"${body[1]!}"`) as string });
    }
  }
  return found;
}

/**
 * Every operation the officer console, the example agency client and the documentation send:
 * the defaults of the GraphQL limits must let each of them through.
 */
export function knownClientOperations(): ClientOperation[] {
  return [
    ...clientOperations('admin/src', withTypenames),
    ...clientOperations('examples/agency-client/src'),
    ...['README.md', ...filesUnder('docs', (n) => n.endsWith('.md'))].flatMap(markdownOperations),
  ];
}
