import { print } from 'graphql';
import type {
  AgencyRequestMandateMutation as Result,
  RequestMandateInput,
} from '../generated/graphql';
import { apiFetch } from '../graphql/client';
import { ApiError, type FieldProblem } from '../graphql/errors';
import { AgencyRequestMandateMutation } from './agency.graphql';

interface Answer {
  data?: Result | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: FieldProblem[]; params?: Record<string, unknown> };
  }[];
}

/**
 * `requestMandate` with its file, as a GraphQL multipart request (Apollo's HTTP link sends JSON
 * only). The same fetch as every other request (cookie, language, session listeners), plus the
 * header the API asks of multipart requests against cross-site forgery.
 */
export async function requestMandate(input: RequestMandateInput, file: File): Promise<Result> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      operationName: 'AgencyRequestMandate',
      query: print(AgencyRequestMandateMutation),
      variables: { input, file: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  let answer: Answer;
  try {
    const response = await apiFetch('/graphql', {
      method: 'POST',
      headers: { 'Apollo-Require-Preflight': 'true' },
      body: form,
    });
    answer = (await response.json()) as Answer;
  } catch (error) {
    throw new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
  }
  const first = answer.errors?.[0];
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first.extensions?.fields ?? [],
      first.extensions?.params ?? {},
    );
  }
  if (!answer.data) throw new ApiError('No answer', 'NETWORK_ERROR');
  return answer.data;
}
