// The API's enumerations and shared selections, as GraphQL Code Generator writes them from the
// schema and src/queries/fragments.graphql, and how to show them. Nothing here restates what
// the schema says: a value added to an enumeration fails to compile until it has a label.
import type {
  ClaimKind,
  ClaimRowFragment,
  ConditionKind,
  FactorKind,
  MechanismCategory,
  StrainKind,
  Effect,
  EffectSizeMetric,
  EntityRefFragment,
  EvidenceMaturity,
  NodeKind,
  PositionKind,
  ProvenanceFieldsFragment,
  RelationFieldsFragment,
  RelationKind,
  Stance,
  StudyDesign,
  StudyRowFragment,
} from '../generated/graphql';

export type { ClaimKind, Effect, EffectSizeMetric, NodeKind, PositionKind, RelationKind, Stance, StudyDesign };
export type Maturity = EvidenceMaturity;
/** The three fields every entity has: the EntityRef fragment, one object type for every kind. */
export type EntityRef = Pick<EntityRefFragment, keyof EntityRefFragment>;
export type Provenance = ProvenanceFieldsFragment;
export type Relation = RelationFieldsFragment;
export type StudyRow = StudyRowFragment;
export type ClaimRow = ClaimRowFragment;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
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

/** How a claim's kind is named. */
export const CLAIM_KIND: Record<ClaimKind, { label: string; long: string; badge: string; description: string; detail: string }> = {
  SCIENTIFIC: { label: 'Scientific', long: 'Scientific statement', badge: 'Scientific claim', description: 'A scientific statement', detail: 'Scientific' },
  MARKETING: { label: 'Marketing', long: 'Marketing promise', badge: 'Marketing claim', description: 'A popular marketing promise, graded', detail: 'Marketing (a popular promise, graded)' },
};
export const CLAIM_KINDS = Object.keys(CLAIM_KIND) as ClaimKind[];

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

/** Passes a list through, and compiles only when the list names every value of T. */
export function everyValueOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => list;
}

export const STUDY_DESIGNS: readonly StudyDesign[] = everyValueOf<StudyDesign>()([
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
]);

/** Filter options, in the order the lists offer them; each compiles only while it names every value. */
export const MECHANISM_CATEGORIES: readonly MechanismCategory[] = everyValueOf<MechanismCategory>()(['BARRIER', 'METABOLITE', 'IMMUNE', 'NEURAL', 'NUTRIENT', 'MICROBIAL_BALANCE', 'INFLAMMATION', 'SKIN_BARRIER']);
export const CONDITION_KINDS: readonly ConditionKind[] = everyValueOf<ConditionKind>()(['SKIN_CONDITION', 'SKIN_OUTCOME', 'GUT_CONDITION', 'INFECTION', 'OTHER']);
export const FACTOR_KINDS: readonly FactorKind[] = everyValueOf<FactorKind>()(['DIET', 'LIFESTYLE', 'MEDICATION', 'ILLNESS', 'SKINCARE', 'TOPICAL_ACTIVE', 'SUPPLEMENT', 'INTRINSIC']);
export const STRAIN_KINDS: Record<StrainKind, string> = { STRAIN: 'Strain', PRODUCT: 'Product' };

const DESIGN_LABELS: Partial<Record<StudyDesign, string>> = {
  RANDOMIZED_CONTROLLED_TRIAL: 'Randomised controlled trial',
  IN_VIVO_HUMAN_STUDY: 'In-vivo human study',
};

/** "RANDOMIZED_CONTROLLED_TRIAL" -> "Randomised controlled trial"; "SKIN_CONDITION" -> "Skin condition". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const label = DESIGN_LABELS[value as StudyDesign];
  if (label) return label;
  const s = value.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Relationship kinds as verbs, read in their stated direction. */
export const RELATION_VERB: Record<RelationKind, string> = {
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
  HAS_POSITION: 'takes a position on',
};

export function verb(kind: string): string {
  return RELATION_VERB[kind as RelationKind] ?? humanize(kind).toLowerCase();
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

/** Effect-size metrics as the API names them (Finding.effectSizeMetric), in words. */
export const EFFECT_SIZE_METRICS: Record<EffectSizeMetric, string> = {
  STANDARDISED_MEAN_DIFFERENCE: 'standardised mean difference',
  MEAN_DIFFERENCE: 'mean difference',
  ODDS_RATIO: 'odds ratio',
  RISK_RATIO: 'risk ratio',
  HAZARD_RATIO: 'hazard ratio',
  CORRELATION: 'correlation',
  NOT_STATED: 'effect size',
};

/** A number as the explorer shows statistics: at most 4 significant digits, a true minus sign. */
export function statNumber(x: number): string {
  return x.toLocaleString('en', { maximumSignificantDigits: 4 }).replace('-', '−');
}

/** What a finding's effect-size fields say (the FindingValues fragment's). */
export interface EffectSizeFields {
  effectSize?: number | null;
  effectSizeMetric?: EffectSizeMetric | null;
  effectSizeInterval?: { lower: number; upper: number; level: number } | null;
}

/**
 * A finding's effect size as the API records it: `label` names the metric ("effect size" when
 * the source does not), `note` says what is not stated and gives the interval when there is
 * one, `text` is the whole of it in one line. Null without an effect size.
 */
export function effectSizeText(f: EffectSizeFields): { label: string; value: string; note: string; text: string } | null {
  if (f.effectSize === null || f.effectSize === undefined) return null;
  const m = f.effectSizeMetric ?? null;
  const label = m ? EFFECT_SIZE_METRICS[m] : 'effect size';
  const notes: string[] = [];
  if (m === 'NOT_STATED') notes.push('metric not stated by the source');
  else if (m === null) notes.push('metric not recorded');
  const iv = f.effectSizeInterval;
  if (iv) {
    const level = Math.round(iv.level * 1000) / 10;
    notes.push(`${level}% CI ${statNumber(iv.lower)} to ${statNumber(iv.upper)}`);
  } else notes.push('no interval reported');
  const value = statNumber(f.effectSize);
  const note = notes.join('; ');
  return { label, value, note, text: `${label} ${value} (${note})` };
}

/**
 * A list's total as the explorer shows it: exact totals as they are, a total the API stopped
 * counting at (`totalCountIsExact: false`) with a "+", since at least that many match.
 */
export function countLabel(total: number, exact: boolean | null | undefined = true): string {
  const n = total.toLocaleString('en');
  return exact === false ? `${n}+` : n;
}
