// A small GraphQL client: POSTs a document and its variables to /query and returns `data`.
// The documents live in src/queries/*.graphql and are imported as plain strings.
import fragmentsDoc from '../queries/fragments.graphql?raw';

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

// fragments.graphql split into its fragment definitions, by name.
const fragments = new Map<string, string>();
for (const part of fragmentsDoc.split(/^(?=fragment\s)/m)) {
  const m = /^fragment\s+(\w+)/.exec(part);
  if (m) fragments.set(m[1], part.replace(/\n#[^\n]*(\n|$)/g, '\n').trim());
}

/** The document with the fragments it spreads (directly or through other fragments) appended. */
export function withFragments(doc: string): string {
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      const name = m[1];
      if (name === 'on' || used.has(name) || !fragments.has(name)) continue;
      used.add(name);
      visit(fragments.get(name)!);
    }
  };
  visit(doc);
  return [doc.trim(), ...[...used].sort().map((n) => fragments.get(n)!)].join('\n\n');
}

const composed = new Map<string, string>();

/**
 * Runs a query (or, with a curator's bearer token, a mutation). Rejects with GraphQLError
 * when the response has errors.
 */
export async function gql<T>(doc: string, variables: Record<string, unknown> = {}, signal?: AbortSignal, token?: string): Promise<T> {
  let full = composed.get(doc);
  if (!full) {
    full = withFragments(doc);
    composed.set(doc, full);
  }
  let res: globalThis.Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: full, variables }),
      signal,
    });
  } catch (err) {
    // An aborted request (the reader moved on) stays an AbortError; anything else means the
    // server did not answer.
    if ((err as Error).name === 'AbortError') throw err;
    throw new NetworkError(err);
  }
  let body: Response<T>;
  try {
    body = (await res.json()) as Response<T>;
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
