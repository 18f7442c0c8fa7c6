// Curator forms every entity page offers: state a relationship from or to the entity (its
// kind, the other end, the direction of effect, a grade the curator chooses, the studies
// behind it and the publication the curator read), and retire the entity. A retired entity's
// not-found page offers to restore it. Loaded on demand, for a signed-in curator only.
import { GraphQLError, gql } from '../api';
import { h, replace } from '../dom';
import { EFFECT, KINDS, MATURITY, MATURITY_ORDER, verb, type Effect, type EntityRef, type NodeKind, type RelationKind } from '../model';
import type { PageContext } from '../page';
import { createCombobox } from '../search';
import { entityLink, errorBox } from '../ui';
import { chosen, curateForm, describedBy, field, fieldErrorSlot, input, onSubmit, reasonField, select, showFieldError, textarea, type Field } from './forms';
import { refreshWith } from './hook';
import { AddRelationDocument, RestoreDocument, RetireDocument, RetiredStateDocument, RevisionDocument, type AddRelationInput } from '../../generated/graphql';

/**
 * The relationships a curator may state directly, with the kinds at each end and whether a
 * direction of effect is required (the API's rules, kg.RelationSpecs; it refuses anything else).
 */
export const STATABLE: Partial<Record<RelationKind, { from: NodeKind[]; to: NodeKind[]; effect: boolean }>> = {
  MODULATES: { from: ['STRAIN', 'SPECIES'], to: ['MECHANISM'], effect: true },
  INFLUENCES: { from: ['MECHANISM'], to: ['MECHANISM', 'CONDITION'], effect: true },
  AFFECTS: { from: ['FACTOR'], to: ['MECHANISM', 'CONDITION'], effect: true },
  IMPLICATED_IN: { from: ['SPECIES'], to: ['CONDITION'], effect: true },
  EXAMINED: { from: ['STUDY'], to: ['STRAIN', 'SPECIES'], effect: false },
  INVESTIGATES: { from: ['STUDY'], to: ['CONDITION', 'MECHANISM', 'FACTOR'], effect: false },
};

/** The relationships an entity of this kind may be an end of: `KIND|from` or `KIND|to`, with words. */
export function relationChoices(kind: NodeKind): { value: string; type: RelationKind; outgoing: boolean; other: NodeKind[]; effect: boolean; label: string }[] {
  const out = [];
  for (const [type, spec] of Object.entries(STATABLE) as [RelationKind, NonNullable<(typeof STATABLE)[RelationKind]>][]) {
    const others = (ks: NodeKind[]) => ks.map((k) => KINDS[k].singular.toLowerCase()).join(' or ');
    if (spec.from.includes(kind)) out.push({ value: `${type}|from`, type, outgoing: true, other: spec.to, effect: spec.effect, label: `This ${verb(type)} a ${others(spec.to)}` });
    if (spec.to.includes(kind)) out.push({ value: `${type}|to`, type, outgoing: false, other: spec.from, effect: spec.effect, label: `A ${others(spec.from)} ${verb(type)} this` });
  }
  return out;
}

/** The source of a retirement or a restoration, which may be left out. */
const optionalSource = (prefix: string) => field('Source', input(`${prefix}-source`), 'The document id, DOI or web address behind the change (optional).');

/** The forms of an entity page: state a relationship (for kinds that have one) and retire. */
export async function entityEditor(ctx: PageContext, holder: HTMLElement, entity: EntityRef, message: string | null): Promise<void> {
  // On a claim page the claim editor above has the status line that says what was just done.
  const status = entity.kind === 'CLAIM' ? null : h('p', { class: 'curate-status', role: 'status', tabindex: '-1' }, message ?? '');
  const choices = relationChoices(entity.kind);
  replace(holder, status, h('div', { class: 'curate-forms' }, choices.length ? relationForm(entity, choices) : null, retireForm(ctx, entity)));
  holder.removeAttribute('aria-busy');
  if (message) status?.focus();
}

function relationForm(entity: EntityRef, choices: ReturnType<typeof relationChoices>): HTMLElement {
  const none = '';
  const otherError = fieldErrorSlot('relation-other-error');
  let picker = makePicker(choices[0].other);
  const otherHolder = h('div', null, picker.root);
  const other: Field = {
    root: h('div', { class: 'field' }, otherHolder, otherError),
    control: picker.input,
    // The picker, and so the control, changes with the relationship chosen.
    setError: (text) => showFieldError(otherError, text, other.control),
  };
  function makePicker(kinds: NodeKind[]) {
    const p = createCombobox({ label: 'The other end', inputId: 'relation-other', kinds, keepSelection: true, required: true, placeholder: `A ${kinds.map((k) => KINDS[k].singular.toLowerCase()).join(' or ')}`, onSelect: () => {} });
    describedBy(p.input, 'relation-other-error');
    return p;
  }

  // The studies behind it: picked one by one, each listed with a way to take it out again.
  const studies = new Map<string, EntityRef>();
  const studyList = h('ul', { class: 'plain relation-studies', 'aria-live': 'polite' });
  const drawStudies = () =>
    replace(
      studyList,
      [...studies.values()].map((s) =>
        h('li', null, entityLink(s.id, s.label, 'STUDY'), ' ', h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': `Take out “${s.label}”`, onclick: () => (studies.delete(s.id), drawStudies()) }, 'Take out')),
      ),
    );
  const studyPicker = createCombobox({
    label: 'Studies behind it',
    inputId: 'relation-studies',
    kinds: ['STUDY'],
    placeholder: 'Type words of a title, a DOI or an author',
    onSelect: (s) => {
      studies.set(s.id, s);
      drawStudies();
    },
  });
  const studiesError = fieldErrorSlot('relation-studies-error');
  const studiesField: Field = {
    root: h('div', { class: 'field' }, studyPicker.root, h('p', { class: 'field-hint' }, 'Each study you choose is listed here (optional).'), studyList, studiesError),
    control: studyPicker.input,
    setError: (text) => showFieldError(studiesError, text),
  };

  const type = select('relation-type', choices.map((c) => [c.value, c.label]));
  const fields = {
    type: field('Relationship', type, `How ${entity.label} relates to the other end; the arrow follows the relationship’s stated direction.`, true),
    other,
    effect: field('Direction of effect', select('relation-effect', [[none, 'Not stated'], ...(Object.entries(EFFECT) as [string, string][])]), 'Required for modulates, influences, affects and is implicated in; not given for a study’s links.'),
    maturity: field(
      'Evidence maturity',
      select('relation-maturity', [[none, 'Choose a grade'], ...MATURITY_ORDER.map((m) => [m, MATURITY[m].label] as [string, string])]),
      'How mature the evidence for this relationship is; nothing is graded unless you choose.',
      true,
    ),
    studies: studiesField,
    provenance: field('Publication you read', input('relation-provenance'), 'Where the relationship is stated: a DOI or a PubMed id (PMID:…). It becomes the relationship’s provenance, with your name and the day.', true),
    note: field('Note', textarea('relation-note', '', 2), 'A note on the relationship (optional).'),
    reason: reasonField('relation'),
    source: field('Source', input('relation-source'), 'The document id, DOI or web address behind the change (the publication above if left empty).'),
  };
  const replaceBox = h('input', { type: 'checkbox', id: 'relation-replace', name: 'replace' });
  const replaceRow = h('div', { class: 'field field-check', hidden: true }, h('label', { for: 'relation-replace' }, replaceBox, ' Replace the existing relationship (its effect, grade, studies, note and provenance)'));
  const { form, formError } = curateForm('add-relation', 'State a relationship', fields, 'State the relationship', {
    note: 'A relationship says how two entities are linked, with its grade and the studies behind it. Stating one that exists is refused unless you choose to replace it.',
  });
  form.insertBefore(replaceRow, formError);

  const current = () => choices.find((c) => c.value === type.value) ?? choices[0];
  type.addEventListener('change', () => {
    // The other end's kinds follow the relationship chosen.
    picker = makePicker(current().other);
    otherHolder.replaceChildren(picker.root);
    other.control = picker.input;
    replaceRow.hidden = true;
    replaceBox.checked = false;
  });

  const v = (k: keyof typeof fields) => fields[k].control.value.trim();
  onSubmit(form, fields, formError, 'the relationship', async (token) => {
    const c = current();
    const end = picker.value();
    if (!end) throw new GraphQLError('choose the other end from the suggestions', 'BAD_USER_INPUT', 'input.other');
    const maturity = v('maturity') ? chosen(fields, 'maturity', MATURITY_ORDER) : null;
    if (!maturity) throw new GraphQLError('choose how mature the evidence is', 'BAD_USER_INPUT', 'input.maturity');
    const effect = v('effect') ? chosen(fields, 'effect', Object.keys(EFFECT) as Effect[]) : null;
    if (!v('provenance')) throw new GraphQLError('missing', 'BAD_USER_INPUT', 'input.provenance');
    const input: AddRelationInput = {
      type: c.type,
      from: c.outgoing ? entity.id : end.id,
      to: c.outgoing ? end.id : entity.id,
      effect,
      maturity,
      studies: [...studies.keys()],
      note: v('note') || null,
      provenance: [{ publication: v('provenance') }],
      reason: v('reason'),
      source: v('source') || v('provenance'),
      replace: replaceBox.checked || null,
    };
    try {
      const r = (await gql(AddRelationDocument, { input }, undefined, token)).addRelation;
      const words = c.outgoing ? `${entity.label} ${verb(c.type)} ${end.label}` : `${end.label} ${verb(c.type)} ${entity.label}`;
      refreshWith(entity.id, `${input.replace ? 'Restated' : 'Stated'}: ${words}, graded ${MATURITY[maturity].label.toLowerCase()} (by ${r.change.curator}).`);
    } catch (err) {
      // The relationship exists: say so next to its other end, and offer to replace it.
      if (err instanceof GraphQLError && err.code === 'CONFLICT' && !input.replace) {
        replaceRow.hidden = false;
        throw new GraphQLError(`this relationship with “${end.label}” is already stated, so nothing was changed. To restate it, tick “Replace the existing relationship” below and save again`, 'BAD_USER_INPUT', 'input.other');
      }
      // The API names the wrong end as input.from or input.to: it is the other end here.
      if (err instanceof GraphQLError && (err.field === 'input.from' || err.field === 'input.to')) {
        const ours = c.outgoing ? 'input.from' : 'input.to';
        throw new GraphQLError(err.message, err.code, err.field === ours ? 'input.type' : 'input.other');
      }
      if (err instanceof GraphQLError && err.field?.startsWith('input.provenance')) throw new GraphQLError(err.message, err.code, 'input.provenance');
      throw err;
    }
  });
  return form;
}

function retireForm(ctx: PageContext, entity: EntityRef): HTMLElement {
  const what = KINDS[entity.kind].singular.toLowerCase();
  const fields = { reason: reasonField('retire'), source: optionalSource('retire') };
  const { form, formError } = curateForm('retire', `Retire this ${what}`, fields, `Retire the ${what}`, {
    note: `A retired ${what} leaves lists, search, links and pathways; its history stays, and an administrator can restore it.`,
    primary: false,
  });
  onSubmit(form, fields, formError, 'the retirement', async (token) => {
    const { revision } = await gql(RevisionDocument, { id: entity.id }, ctx.signal);
    const r = (await gql(RetireDocument, { input: { id: entity.id, expectedVersion: revision.version, reason: fields.reason.control.value.trim(), source: fields.source.control.value.trim() || null } }, undefined, token)).retire;
    refreshWith(entity.id, `Retired “${entity.label}” (version ${r.revision.version}, by ${r.change.curator}).`);
  });
  return form;
}

/**
 * On the not-found page of an id: when it names a retired entity, says who retired it and why,
 * and offers to restore it (the API allows that to administrators).
 */
export async function retiredNotice(ctx: PageContext, holder: HTMLElement, id: string, message: string | null): Promise<void> {
  let state;
  try {
    state = (await gql(RetiredStateDocument, { id }, ctx.signal)).revision;
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    // An id the graph never had has no revision: nothing to restore.
    if (err instanceof GraphQLError && (err.notFound || err.badInput)) return holder.remove();
    replace(holder, errorBox(err, () => void retiredNotice(ctx, holder, id, message)));
    return;
  }
  if (!ctx.current()) return;
  if (!state.retired) return holder.remove();
  const status = h('p', { class: 'curate-status', role: 'status', tabindex: '-1' }, message ?? '');
  const fields = { reason: reasonField('restore'), source: optionalSource('restore') };
  const { form, formError } = curateForm('restore', 'Restore it', fields, 'Restore', { note: 'Only an administrator’s token may restore what was retired.' });
  onSubmit(form, fields, formError, 'the restoration', async (token) => {
    const r = (await gql(RestoreDocument, { input: { id, expectedVersion: state.version, reason: fields.reason.control.value.trim(), source: fields.source.control.value.trim() || null } }, undefined, token)).restore;
    refreshWith(id, `Restored (version ${r.revision.version}, by ${r.change.curator}).`);
  });
  replace(
    holder,
    h('h2', { id: 'retired-h' }, 'Retired'),
    status,
    h('p', null, `Retired by ${state.retiredBy ?? 'a curator'}${state.retiredReason ? `, because “${state.retiredReason}”` : ''}. Its history is kept.`),
    form,
  );
  holder.removeAttribute('aria-busy');
  if (message) status.focus();
}
