// Types of the API's answers (only the fields the Explorer asks for) and how to show them.

export type NodeKind = 'SOURCE' | 'STUDY' | 'SPECIES' | 'STRAIN' | 'MECHANISM' | 'CONDITION' | 'FACTOR' | 'CLAIM' | 'FINDING';
export type Maturity = 'ESTABLISHED' | 'PLAUSIBLE' | 'EMERGING' | 'EARLY' | 'NOT_SUPPORTED';
export type Stance = 'SUPPORTS' | 'QUALIFIES' | 'CONTRADICTS';
export type PositionKind = 'ENDORSES' | 'HEDGES' | 'REJECTS';
export type Effect = 'INCREASES' | 'DECREASES' | 'NO_EFFECT' | 'MODULATES' | 'MIXED' | 'DESCRIPTIVE';

export interface EntityRef {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Provenance {
  /** Null for a publication a curator read. */
  source: { id: string; title: string } | null;
  section: string | null;
  citations: number[];
  citedStudies: { id: string; title: string; year: number }[];
  curated: boolean;
  curator: string | null;
  date: string | null;
  publication: string | null;
}

export interface Relation {
  kind: string;
  from: EntityRef;
  to: EntityRef;
  effect: Effect | null;
  /** Null for evidence a curator linked: no one graded the link. */
  maturity: Maturity | null;
  note: string | null;
  studies: { id: string; title: string; year: number }[];
}

export interface StudyRow {
  id: string;
  title: string;
  /** The authors, each in the one form the service shows ("Family, I."). */
  authorNames: PersonName[];
  year: number;
  design: string;
  sampleSize: number | null;
  link: string | null;
  /** The strains and species it examined. */
  strains?: EntityRef[];
  /** The conditions, mechanisms and factors it addressed. */
  topics?: EntityRef[];
}

export interface ClaimRow {
  id: string;
  statement: string;
  maturity: Maturity;
  claimKind: 'SCIENTIFIC' | 'MARKETING';
  /** What the claim is about: strains, conditions, mechanisms, factors. */
  subjects?: EntityRef[];
}

export interface KindInfo {
  /** URL segment and id prefix. */
  slug: string;
  singular: string;
  plural: string;
  /** Node colour in graphs and the legend (white text on it meets WCAG AA). */
  color: string;
  /** Cytoscape node shape, so that kinds differ by more than colour. */
  shape: string;
  /** The list page, when there is one. */
  list?: string;
}

export const KINDS: Record<NodeKind, KindInfo> = {
  CLAIM: { slug: 'claim', singular: 'Claim', plural: 'Claims', color: '#be185d', shape: 'round-rectangle', list: 'claims' },
  STUDY: { slug: 'study', singular: 'Study', plural: 'Studies', color: '#1d4ed8', shape: 'rectangle', list: 'studies' },
  STRAIN: { slug: 'strain', singular: 'Strain', plural: 'Strains', color: '#15803d', shape: 'ellipse', list: 'strains' },
  SPECIES: { slug: 'species', singular: 'Species', plural: 'Species', color: '#0f766e', shape: 'hexagon' },
  MECHANISM: { slug: 'mechanism', singular: 'Mechanism', plural: 'Mechanisms', color: '#7e22ce', shape: 'diamond', list: 'mechanisms' },
  CONDITION: { slug: 'condition', singular: 'Condition', plural: 'Conditions', color: '#b91c1c', shape: 'octagon', list: 'conditions' },
  FACTOR: { slug: 'factor', singular: 'Factor', plural: 'Factors', color: '#b45309', shape: 'triangle', list: 'factors' },
  FINDING: { slug: 'finding', singular: 'Finding', plural: 'Findings', color: '#0e7490', shape: 'tag' },
  SOURCE: { slug: 'source', singular: 'Source', plural: 'Sources', color: '#4b5563', shape: 'barrel', list: 'sources' },
};

export const KIND_ORDER: NodeKind[] = ['CLAIM', 'STUDY', 'STRAIN', 'SPECIES', 'MECHANISM', 'CONDITION', 'FACTOR', 'FINDING', 'SOURCE'];

export function kindFromSlug(slug: string): NodeKind | undefined {
  return KIND_ORDER.find((k) => KINDS[k].slug === slug);
}

/** The kind an id is prefixed with ("strain:hn001" -> STRAIN). */
export function kindOfId(id: string): NodeKind | undefined {
  const i = id.indexOf(':');
  return i > 0 ? kindFromSlug(id.slice(0, i)) : undefined;
}

/** Normalises the kind strings of `stats` ("Claim", "CLAIM", "claim") to NodeKind. */
export function asNodeKind(s: string): NodeKind | undefined {
  const up = s.toUpperCase();
  return (KIND_ORDER as string[]).includes(up) ? (up as NodeKind) : undefined;
}

export interface MaturityInfo {
  label: string;
  description: string;
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  rank: number;
}

export const MATURITY: Record<Maturity, MaturityInfo> = {
  ESTABLISHED: { label: 'Established', description: 'A well-described concept, supported across reviews.', color: '#166534', width: 5, lineStyle: 'solid', rank: 0 },
  PLAUSIBLE: { label: 'Plausible', description: 'Plausible and partly shown.', color: '#3f6212', width: 4, lineStyle: 'solid', rank: 1 },
  EMERGING: { label: 'Emerging', description: 'Some positive results, mixed overall.', color: '#a16207', width: 3, lineStyle: 'solid', rank: 2 },
  EARLY: { label: 'Early-stage', description: 'Few, small or thin studies.', color: '#c2410c', width: 2.5, lineStyle: 'dashed', rank: 3 },
  NOT_SUPPORTED: { label: 'Not supported', description: 'Not supported by good evidence.', color: '#991b1b', width: 2, lineStyle: 'dotted', rank: 4 },
};

export const MATURITY_ORDER: Maturity[] = ['ESTABLISHED', 'PLAUSIBLE', 'EMERGING', 'EARLY', 'NOT_SUPPORTED'];

export const STANCE: Record<Stance, string> = {
  SUPPORTS: 'Supports',
  QUALIFIES: 'Qualifies',
  CONTRADICTS: 'Contradicts',
};

export const EFFECT: Record<Effect, string> = {
  INCREASES: '↑ increases',
  DECREASES: '↓ decreases',
  NO_EFFECT: '∅ no effect',
  MODULATES: '↕ modulates',
  MIXED: '± mixed',
  DESCRIPTIVE: '# descriptive figure',
};

export const STUDY_DESIGNS = [
  'RANDOMIZED_CONTROLLED_TRIAL',
  'CONTROLLED_TRIAL',
  'META_ANALYSIS',
  'SYSTEMATIC_REVIEW',
  'SCOPING_REVIEW',
  'NARRATIVE_REVIEW',
  'CONSENSUS_STATEMENT',
  'EDITORIAL',
  'IN_VIVO_HUMAN_STUDY',
  'CITIZEN_SCIENCE_COHORT',
  'OBSERVATIONAL_STUDY',
  'ANIMAL_STUDY',
  'CONFERENCE_ABSTRACT',
  'EVIDENCE_SUMMARY',
];

const DESIGN_LABELS: Record<string, string> = {
  RANDOMIZED_CONTROLLED_TRIAL: 'Randomised controlled trial',
  IN_VIVO_HUMAN_STUDY: 'In-vivo human study',
};

/** "RANDOMIZED_CONTROLLED_TRIAL" -> "Randomised controlled trial"; "SKIN_CONDITION" -> "Skin condition". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  if (DESIGN_LABELS[value]) return DESIGN_LABELS[value];
  const s = value.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Relationship kinds as verbs, read in their stated direction. */
export const RELATION_VERB: Record<string, string> = {
  CITES: 'cites',
  MAKES: 'makes',
  MEMBER_OF: 'is a member of',
  MODULATES: 'modulates',
  INFLUENCES: 'influences',
  AFFECTS: 'affects',
  IMPLICATED_IN: 'is implicated in',
  SUBTYPE_OF: 'is a form of',
  EXAMINED: 'examined',
  INVESTIGATES: 'investigates',
  HAS_EVIDENCE: 'has evidence',
  ABOUT: 'is about',
  REPORTS: 'reports',
  MEASURES: 'measures',
};

export function verb(kind: string): string {
  return RELATION_VERB[kind] ?? humanize(kind).toLowerCase();
}

/** "Smith J, Doe A, Roe B, Poe C" -> "Smith J, Doe A, Roe B, et al." */
/** An author's name as the API parses it; display is "Family, I.". */
export interface PersonName {
  display: string;
}

/** A study's authors in display form. */
export function authorDisplay(s: { authorNames: PersonName[] }): string[] {
  return s.authorNames.map((n) => n.display);
}

export function authorList(authors: string[], max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')}, et al.`;
}

/** Cuts a long label for a graph node. */
export function shorten(s: string, n = 42): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
