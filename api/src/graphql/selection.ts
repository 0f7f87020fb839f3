import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects of the field being resolved, or under its `path`
 * (e.g. `items` of a page), through fragments and inline fragments. Lets a read leave out
 * columns no selected field needs, or fetch the relations it will need in the same statement.
 */
export function selectedFields(info: GraphQLResolveInfo, path?: string): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number, inside: boolean) => {
    if (!set || depth > 8) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (inside) names.add(s.name.value);
        else if (s.name.value === path) visit(s.selectionSet, depth + 1, true);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, depth + 1, inside);
      } else {
        visit(info.fragments[s.name.value]?.selectionSet, depth + 1, inside);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0, path === undefined);
  return names;
}
