// The API client without a browser: what it sends (the generated document's text, with the
// fragments the generator appended, and the variables), what it makes of the answers.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ENDPOINT, GraphQLError, NetworkError, gql } from '../.unit/explorer/api.js';
import { AddEvidenceDocument, ClaimDocument, LabelsDocument } from '../.unit/generated/graphql.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Replaces fetch: records each call and answers with the given status and body. */
function answer(status, body) {
  const calls = [];
  globalThis.fetch = async (url, init) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return calls;
}

test('a query is POSTed as JSON with its variables, and its data returned', async () => {
  const calls = answer(200, { data: { nodes: [{ id: 'strain:hn001', kind: 'STRAIN', label: 'HN001' }] } });
  const data = await gql(LabelsDocument, { ids: ['strain:hn001'] });
  assert.deepEqual(data, { nodes: [{ id: 'strain:hn001', kind: 'STRAIN', label: 'HN001' }] });
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, ENDPOINT);
  assert.equal(calls[0].init.method, 'POST');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
  assert.equal(calls[0].init.headers.Authorization, undefined, 'no token, no Authorization');
  const sent = JSON.parse(calls[0].init.body);
  assert.deepEqual(sent.variables, { ids: ['strain:hn001'] });
  assert.match(sent.query, /^\s*query Labels\(/);
});

test('a document goes with every fragment it spreads, each once (composed by the generator)', async () => {
  const calls = answer(200, { data: { claim: null } });
  await gql(ClaimDocument, { id: 'claim:x' });
  const text = JSON.parse(calls[0].init.body).query;
  const spread = new Set([...text.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]));
  const defined = [...text.matchAll(/^\s*fragment (\w+) on/gm)].map((m) => m[1]);
  assert.ok(spread.size >= 3, 'the claim query spreads fragments');
  assert.deepEqual([...new Set(defined)].sort(), [...spread].sort(), 'every spread fragment is defined');
  assert.equal(defined.length, new Set(defined).size, 'no fragment twice');
});

test('a token is sent as a bearer token', async () => {
  const calls = answer(200, { data: { nodes: [] } });
  await gql(LabelsDocument, { ids: [] }, undefined, 's3cret');
  assert.equal(calls[0].init.headers.Authorization, 'Bearer s3cret');
});

test('errors become a GraphQLError with the code and the field the API names', async () => {
  answer(200, { data: null, errors: [{ message: 'year: “19” is not a year', extensions: { code: 'BAD_USER_INPUT', field: 'input.year' } }, { message: 'and more' }] });
  await assert.rejects(gql(LabelsDocument, { ids: [] }), (err) => {
    assert.ok(err instanceof GraphQLError);
    assert.equal(err.code, 'BAD_USER_INPUT');
    assert.equal(err.field, 'input.year');
    assert.equal(err.badInput, true);
    assert.equal(err.notFound, false);
    assert.equal(err.message, 'year: “19” is not a year; and more');
    return true;
  });
});

test('an answer that is not GraphQL, or has no data, is an error that gives the status', async () => {
  answer(502, '<html>bad gateway</html>');
  await assert.rejects(gql(LabelsDocument, { ids: [] }), (err) => err instanceof GraphQLError && /answered 502/.test(err.message));
  answer(200, {});
  await assert.rejects(gql(LabelsDocument, { ids: [] }), (err) => err instanceof GraphQLError && /with no data/.test(err.message));
});

test('no answer at all is a NetworkError; an abort stays an AbortError', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('fetch failed');
  };
  await assert.rejects(gql(LabelsDocument, { ids: [] }), (err) => err instanceof NetworkError && err.message === 'fetch failed');
  globalThis.fetch = async () => {
    throw new DOMException('The operation was aborted.', 'AbortError');
  };
  await assert.rejects(gql(LabelsDocument, { ids: [] }), (err) => err.name === 'AbortError' && !(err instanceof NetworkError));
});

test('a mutation whose outcome is unknown is sent again with the same Idempotency-Key; a query has none', async () => {
  const calls = [];
  const replies = [
    () => Promise.reject(new TypeError('network down')),
    () => new Response(JSON.stringify({ errors: [{ message: 'may have been made', extensions: { code: 'COMMIT_UNKNOWN' } }] }), { status: 503 }),
    () => new Response(JSON.stringify({ data: { addEvidence: { claim: { id: 'claim:x' } } } }), { status: 200 }),
  ];
  globalThis.fetch = async (url, init) => {
    calls.push({ url, init });
    return replies[calls.length - 1]();
  };
  const data = await gql(AddEvidenceDocument, { input: { claim: 'claim:x', study: 'study:y', stance: 'SUPPORTS', reason: 'r' } }, undefined, 'tok');
  assert.deepEqual(data, { addEvidence: { claim: { id: 'claim:x' } } });
  assert.equal(calls.length, 3);
  const keys = calls.map((c) => c.init.headers['Idempotency-Key']);
  assert.match(keys[0], /^[0-9a-f]{32}$/);
  assert.ok(keys.every((k) => k === keys[0]), 'every attempt carries the first key');

  const again = answer(200, { data: { addEvidence: { claim: { id: 'claim:x' } } } });
  await gql(AddEvidenceDocument, { input: { claim: 'claim:x', study: 'study:y', stance: 'SUPPORTS', reason: 'r' } }, undefined, 'tok');
  assert.notEqual(again[0].init.headers['Idempotency-Key'], keys[0], 'a new submission, a new key');

  const q = answer(200, { data: { nodes: [] } });
  await gql(LabelsDocument, { ids: [] }, undefined, 'tok');
  assert.equal(q[0].init.headers['Idempotency-Key'], undefined);
});

test('a refused mutation is not sent again', async () => {
  const calls = answer(200, { errors: [{ message: 'exists', extensions: { code: 'CONFLICT' } }] });
  await assert.rejects(gql(AddEvidenceDocument, { input: { claim: 'claim:x', study: 'study:y', stance: 'SUPPORTS', reason: 'r' } }, undefined, 'tok'));
  assert.equal(calls.length, 1);
});
