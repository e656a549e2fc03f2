import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends one GraphQL operation over real HTTP, as a front end would. Accepts codegen's typed documents. */
export async function graphqlRequest<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
  url: string,
  query: string | DocumentNode | TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    throw new Error(`Expected JSON from ${url}, got ${response.status}: ${text.slice(0, 200)}`);
  }
}

/** Returns `data`, failing with the errors' messages when there are any: for tests that expect success. */
export async function graphqlData<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
  url: string,
  query: string | DocumentNode | TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const result = await graphqlRequest<TData, TVariables>(url, query, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? 'no data')}`);
  }
  return result.data;
}
