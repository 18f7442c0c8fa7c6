// What every kind's page shares: how a page reads its entity and what it returns, and the
// small parts several kinds draw (findings, paragraphs, rows gathered from several lists).
import { gql } from '../../api';
import { h, type Child } from '../../dom';
import type { EntityRef, Provenance } from '../../model';
import { empty, entityLink, facts, findingValues, section, type FindingValues } from '../../ui';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** What the frame of every entity page reads: the EntityPage fragment, which every kind's query spreads. */
export interface Base extends EntityRef {
  provenance: Provenance[];
}

/** What a kind's renderer returns. */
export interface Rendered {
  /** The page heading. */
  title: string;
  /** Lines under the heading (badges, subtitles). */
  lead: Child[];
  body: Child[];
}

/** How a kind's page reads its entity (its query, and the field of the answer that holds it) and draws it. */
export interface KindPage {
  load(id: string, signal: AbortSignal): Promise<{ entity: Base; render: () => Rendered } | null>;
}

/** A kind's page from its typed query: the renderer gets exactly the type the query answers. */
export function kindPage<R, K extends keyof R>(query: DocumentTypeDecoration<R, { id: string }>, field: K, render: (e: NonNullable<R[K]> & Base) => Rendered): KindPage {
  return {
    async load(id, signal) {
      const entity = (await gql(query, { id }, signal))[field] as (NonNullable<R[K]> & Base) | null;
      return entity ? { entity, render: () => render(entity) } : null;
    },
  };
}

export const significance = (s: boolean | null | undefined) => (s === true ? 'significant' : s === false ? 'not significant' : null);

export function findingsList(findings: (FindingValues & { study?: { id: string; title: string; year: number } })[], withStudy = false): HTMLElement {
  if (!findings.length) return empty('No findings recorded.');
  return h(
    'ul',
    { class: 'findings' },
    findings.map((f) => h('li', null, findingValues(f), withStudy && f.study ? h('span', { class: 'sub' }, 'Reported by ', entityLink(f.study.id, `${f.study.title} (${f.study.year})`, 'STUDY')) : null)),
  );
}

export function para(text: string | null | undefined): Child {
  return text ? h('p', { class: 'prose' }, text) : null;
}

/** The line under a page's heading: a badge that says what the entity is, then what is given after it. */
export function badges(label: string, after?: Child): HTMLElement {
  return h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, label), after === undefined ? null : [' ', after]);
}

/** A page's "About" section: the entity's facts (empty ones left out), then its description. */
export function about(rows: [string, Child][], description: string | null | undefined): HTMLElement {
  return section('About', 'about', facts(rows), para(description));
}

/** Rows gathered from several places, once each, noting where each came from. */
export function gather<T extends { id: string }>(groups: { via: string; rows: T[] }[]): (T & { via: string })[] {
  const out = new Map<string, T & { via: string }>();
  for (const g of groups) {
    for (const r of g.rows) {
      const seen = out.get(r.id);
      if (seen) {
        if (!seen.via.includes(g.via)) seen.via += `, ${g.via}`;
      } else out.set(r.id, { ...r, via: g.via });
    }
  }
  return [...out.values()];
}
