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

/** How many times a mutation is sent again, with its key, when its outcome is unknown. */
export const MUTATION_RETRIES = 2;

/** A fresh idempotency key: 128 random bits as hex (crypto.randomUUID needs a secure context). */
export function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs a query (or, with a curator's bearer token, a mutation). Rejects with GraphQLError
 * when the response has errors. A mutation goes with an Idempotency-Key; when the server
 * could not be reached or says the commit's outcome is unknown (COMMIT_UNKNOWN), it is sent
 * again with the same key, which makes the change at most once and returns its answer.
 */
export async function gql<TResult, TVariables>(
  doc: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables, signal, token]: Args<TVariables>
): Promise<TResult> {
  const query = String(doc);
  const key = /^\s*mutation\b/.test(query) ? idempotencyKey() : undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send<TResult>(query, variables ?? {}, signal, token, key);
    } catch (err) {
      const unknown = err instanceof NetworkError || (err instanceof GraphQLError && err.code === 'COMMIT_UNKNOWN');
      if (!key || !unknown || attempt >= MUTATION_RETRIES || signal?.aborted) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
    }
  }
}

async function send<TResult>(query: string, variables: unknown, signal?: AbortSignal, token?: string, key?: string): Promise<TResult> {
  let res: globalThis.Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: JSON.stringify({ query, variables }),
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
