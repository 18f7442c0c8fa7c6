// The pathways app: two entity ids in, the strongest pathways between them out. It calls the
// knowledge graph's /query on another origin with plain fetch; PathwaysDocument carries the
// query text and the types of its variables and answer, so `data` below is fully typed.
import { PathwaysDocument, type PathwaysQuery, type PathwaysQueryVariables } from './generated.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The service: `?api=` in the page's address, else the page's <meta name="gutskin-api">. */
const API = new URLSearchParams(location.search).get('api') ?? document.querySelector<HTMLMetaElement>('meta[name="gutskin-api"]')?.content ?? 'http://localhost:8080';

/** A GraphQL error as the service codes it (extensions.code: BAD_USER_INPUT, NOT_FOUND, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Sends a typed document; resolves with its typed answer or rejects with an ApiError. */
export async function request<R, V>(doc: DocumentTypeDecoration<R, V>, variables: V, token?: string): Promise<R> {
  let res: Response;
  try {
    res = await fetch(`${API}/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(doc), variables }),
    });
  } catch {
    // The browser gives no reason on purpose: a network failure and a refused CORS request look alike.
    throw new ApiError(`Could not reach ${API}: the service is down, or it does not allow this page's origin (${location.origin}) in CORS_ORIGINS.`, 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code);
  if (!body?.data) throw new ApiError(`The service answered ${res.status} without data.`, undefined);
  return body.data;
}

const form = document.querySelector<HTMLFormElement>('#ask')!;
const out = document.querySelector<HTMLElement>('#out')!;
const status = document.querySelector<HTMLElement>('#status')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...children);
  return e;
}

const words = (s: string) => s.toLowerCase().replace(/_/g, ' ');

/** One pathway: its entities in order, each hop's relationship and grade between them. */
function drawPathway(p: PathwaysQuery['pathways'][number]): HTMLElement {
  const steps = el('ol', 'steps');
  p.nodes.forEach((n, i) => {
    steps.append(el('li', `node kind-${n.kind.toLowerCase()}`, n.label));
    const hop = p.hops[i];
    if (!hop) return;
    const r = hop.relation;
    const grade = r.maturity ? words(r.maturity) : 'not graded';
    const hopItem = el('li', 'hop', `${hop.forward ? '' : '← '}${words(r.kind)}${hop.forward ? ' →' : ''}`, el('span', 'grade', `${r.effect ? `${words(r.effect)}, ` : ''}${grade}`));
    if (hop.claims.length) hopItem.title = hop.claims.map((c) => c.statement).join('\n');
    steps.append(hopItem);
  });
  return el('li', 'pathway', el('p', 'strength', `${p.length} hop${p.length === 1 ? '' : 's'}, as strong as its weakest: ${words(p.strength)}`), steps);
}

async function show(variables: PathwaysQueryVariables): Promise<void> {
  out.replaceChildren();
  status.textContent = 'Asking the knowledge graph…';
  try {
    const data = await request(PathwaysDocument, variables);
    const [from, to] = data.ends.map((e, i) => (e && 'label' in e ? e.label : i === 0 ? variables.from : variables.to));
    status.textContent = data.pathways.length ? `${data.pathways.length} pathway${data.pathways.length === 1 ? '' : 's'} from ${from} to ${to}.` : `No pathway from ${from} to ${to} within ${variables.maxHops} hops.`;
    out.append(...data.pathways.map(drawPathway));
  } catch (err) {
    status.textContent = err instanceof ApiError ? `${err.code ? `${err.code}: ` : ''}${err.message}` : String(err);
    status.classList.add('error');
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  status.classList.remove('error');
  const f = new FormData(form);
  void show({ from: String(f.get('from')).trim(), to: String(f.get('to')).trim(), maxHops: Number(f.get('maxHops')) || 3 });
});
// Open with the example filled in and asked, so the page shows something at once.
form.requestSubmit();
