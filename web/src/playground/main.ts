// The GraphQL playground (/playground): GraphiQL, bundled (no CDN, no web fonts, no workers),
// talking to /query, opening with example tabs a newcomer can run at once.
import 'graphiql/src/style.css';
import '@graphiql/react/dist/style.css';
import './playground.css';

import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import claimEvidence from './examples/claim-evidence.graphql?raw';
import condition from './examples/condition.graphql?raw';
import curateStrain from './examples/curate-strain.graphql?raw';
import pathways from './examples/pathways.graphql?raw';
import searchEczema from './examples/search-eczema.graphql?raw';
import studiesByDesign from './examples/studies-by-design.graphql?raw';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** A plain fetch to /query, with the headers of the tab (a curation token). */
async function fetcher(params: FetcherParams, opts?: { headers?: Record<string, string> }) {
  const res = await fetch('/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
  }
}

const defaultTabs = [
  { query: searchEczema },
  { query: claimEvidence },
  { query: pathways },
  { query: studiesByDesign, variables: '{\n  "after": null\n}' },
  { query: condition },
  {
    query: curateStrain,
    variables: '{\n  "id": "strain:hn001",\n  "version": 1\n}',
    headers: '{\n  "Authorization": "Bearer <the token make run printed>"\n}',
  },
];

const root = createRoot(document.getElementById('graphiql')!);
root.render(
  createElement(
    StrictMode,
    null,
    createElement(
      GraphiQL,
      {
        fetcher: fetcher as never,
        defaultTabs,
        defaultEditorToolsVisibility: 'variables',
        shouldPersistHeaders: false,
      },
      createElement(
        GraphiQL.Logo,
        null,
        createElement('a', { href: '/explore/', className: 'pg-back' }, '← Back to the Explorer'),
        ' · Gut–Skin Axis API',
      ),
    ),
  ),
);
performance.mark('playground:rendered');
