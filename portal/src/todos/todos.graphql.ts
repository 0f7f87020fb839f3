import { graphql } from '../generated';

/**
 * What the list shows of a to-do. The bell asks for the same fields (cases/cases.graphql.ts):
 * to-dos have no id, so Apollo keeps one list under `todos`, and one shape keeps both readers
 * fed from it.
 */
export const TodosItemFields = graphql(`
  fragment TodosItemFields on TodoItem {
    kind
    title
    detail
    amendmentId
    applicationNumber
    dueAt
    link
  }
`);

/** The signed-in account's to-do list (待辦事項), most urgent first. */
export const TodosListQuery = graphql(`
  query TodosList {
    todos {
      ...TodosItemFields
    }
  }
`);
