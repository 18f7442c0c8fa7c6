// A small GraphQL client: POSTs a document and its variables to /query and returns `data`.
// The documents live in src/queries/*.graphql; GraphQL Code Generator turns each into a typed
// document in src/generated/graphql.ts (its text with the fragments it spreads, and the types
// of its variables and answer), so a call's variables and result are checked by the compiler.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The GraphQL endpoint (same origin; the Content-Security-Policy allows only 'self'). */
export const ENDPOINT = '/query';

export class GraphQLError extends Error {
  readonly code: string | undefined;
  /** The input path a refused mutation names (extensions.field), e.g. `input.reason`. */
  readonly field: string | undefined;
  constructor(message: string, code?: string, field?: string) {
    super(message);
    this.name = 'GraphQLError';
    this.code = code;
    this.field = field;
  }
  get notFound(): boolean {
    return this.code === 'NOT_FOUND';
  }
  /** The request named something in a form the API refuses (e.g. an id of the wrong shape). */
  get badInput(): boolean {
    return this.code === 'BAD_USER_INPUT';
  }
}

/** The server could not be reached at all (offline, server down, connection cut). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/**
 * A document's variables, then an optional abort signal and bearer token. The variables may be
 * left out only when the document has no required ones.
 */
type Args<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, signal?: AbortSignal, token?: string]
  : [variables: TVariables, signal?: AbortSignal, token?: string];

/**
 * Runs a query (or, with a curator's bearer token, a mutation). Rejects with GraphQLError
 * when the response has errors.
 */
export async function gql<TResult, TVariables>(
  doc: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables, signal, token]: Args<TVariables>
): Promise<TResult> {
  let res: globalThis.Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(doc), variables: variables ?? {} }),
      signal,
    });
  } catch (err) {
    // An aborted request (the reader moved on) stays an AbortError; anything else means the
    // server did not answer.
    if ((err as Error).name === 'AbortError') throw err;
    throw new NetworkError(err);
  }
  let body: Response<TResult>;
  try {
    body = (await res.json()) as Response<TResult>;
  } catch {
    throw new GraphQLError(`The server answered ${res.status} ${res.statusText} without a GraphQL response.`);
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code;
    // A field that failed with NOT_FOUND nulls its parent; treat it as a missing entity.
    throw new GraphQLError(body.errors.map((e) => e.message).join('; '), code, first.extensions?.field);
  }
  if (!body.data) throw new GraphQLError(`The server answered ${res.status} with no data.`);
  return body.data;
}
