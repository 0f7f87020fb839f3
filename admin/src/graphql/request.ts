import type { OperationVariables } from '@apollo/client/core';
import { apolloClient } from './client';
import { ApiError, toApiError } from './errors';
import type { Operation } from './operations';

/**
 * Sends one typed operation and returns its data; any failure becomes an `ApiError` carrying the
 * API's localised message and code.
 */
export async function request<TData, TVariables extends OperationVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  const context = options.signal ? { fetchOptions: { signal: options.signal } } : undefined;
  try {
    const result =
      operation.kind === 'query'
        ? await apolloClient.query<TData, TVariables>({
            query: operation.document,
            variables,
            context,
          })
        : await apolloClient.mutate<TData, TVariables>({
            mutation: operation.document,
            variables,
            context,
          });
    if (result.data == null) throw new ApiError('goldcard.error.empty_answer', 'EMPTY_ANSWER');
    return result.data;
  } catch (error) {
    throw toApiError(error);
  }
}
