// The claim editor of curator mode: change what the claim says (statement, kind), grade it
// (maturity, basis, and the rationale that becomes its assessment), add a study as evidence
// with its stance, remove one. Each change says why and on what source, is made
// against the version `revision` reports, and draws the page again when it is saved.
import { GraphQLError, gql } from '../api';
import { h, replace } from '../dom';
import { CLAIM_KIND, CLAIM_KINDS, MATURITY, MATURITY_ORDER, STANCE, type EntityRef, type Stance } from '../model';
const STANCES = Object.keys(STANCE) as Stance[];
import type { PageContext } from '../page';
import { createCombobox } from '../search';
import { errorBox } from '../ui';
import { chosen as chosenValue, curateForm, describedBy, field, fieldErrorSlot, input, onSubmit, reasonField, select, showFieldError, textarea, type Field } from './forms';
import { refreshWith } from './hook';
import { looksLikeDoi, newStudyForm } from './newStudy';
import { AddEvidenceDocument as ADD_EVIDENCE, GradeClaimDocument as GRADE_CLAIM, RemoveEvidenceDocument as REMOVE_EVIDENCE, RevisionDocument as REVISION, UpdateClaimDocument as UPDATE_CLAIM, type ClaimQuery, type MaturityBasis, type UpdateClaimInput } from '../../generated/graphql';


/** What the editor needs of a claim: the fields the claim page's query reads. */
export type EditableClaim = Pick<NonNullable<ClaimQuery['claim']>, 'id' | 'statement' | 'claimKind' | 'maturity' | 'maturityBasis' | 'assessment' | 'source' | 'evidence'>;

const BASIS: Record<MaturityBasis, string> = {
  ASSESSED: 'Assessed here',
  GRADED_BY_SOURCE: 'Graded by the source',
};
const BASES = Object.keys(BASIS) as MaturityBasis[];

export async function claimEditor(ctx: PageContext, holder: HTMLElement, claim: EditableClaim, message: string | null): Promise<void> {
  let version: number;
  try {
    version = (await gql(REVISION, { id: claim.id }, ctx.signal)).revision.version;
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(holder, errorBox(err, () => void claimEditor(ctx, holder, claim, message)));
    holder.removeAttribute('aria-busy');
    return;
  }
  if (!ctx.current()) return;
  const status = h('p', { class: 'curate-status', role: 'status', tabindex: '-1' }, message ?? '');
  replace(
    holder,
    status,
    h('p', { class: 'muted' }, `You are changing version ${version} of this claim. Every change needs a reason and is kept in the claim’s history, below.`),
    h('div', { class: 'curate-forms' }, editForm(claim, () => version), gradeForm(claim, () => version), addEvidenceForm(claim), removeEvidenceForm(claim)),
  );
  holder.removeAttribute('aria-busy');
  if (message) status.focus();
}

function reasonAndSource(prefix: string, source: string, sourceRequired: boolean): { reason: Field; source: Field } {
  return {
    reason: reasonField(prefix),
    source: field('Source', input(`${prefix}-source`, source), 'The document id, DOI or web address behind the change.', sourceRequired),
  };
}

/** What the claim says: its statement and kind, through updateClaim. */
function editForm(claim: EditableClaim, version: () => number): HTMLElement {
  const fields = {
    statement: field('Statement', textarea('edit-statement', claim.statement, 3), 'The proposition in one sentence, stated as it is asserted (a denial is a source’s position, not the statement).', true),
    kind: field('Kind', select('edit-kind', CLAIM_KINDS.map((k) => [k, CLAIM_KIND[k].long]), claim.claimKind), 'A scientific statement, or a marketing promise.', true),
    ...reasonAndSource('edit', '', false),
  };
  const { form, formError } = curateForm('edit', 'Edit the claim', fields, 'Save the claim', { note: 'The assessment is the grade’s rationale: change it in “Grade the claim”.' });
  const v = (k: keyof typeof fields) => fields[k].control.value;
  onSubmit(form, fields, formError, 'the claim', async (token) => {
    // Only what changed is sent; the API keeps the rest as it is.
    const input: UpdateClaimInput = { id: claim.id, expectedVersion: version(), reason: v('reason'), source: v('source').trim() || null };
    if (v('statement') !== claim.statement) input.statement = v('statement');
    const kind = chosenValue(fields, 'kind', CLAIM_KINDS);
    if (kind !== claim.claimKind) input.kind = kind;
    const u = (await gql(UPDATE_CLAIM, { input }, undefined, token)).updateClaim;
    refreshWith(claim.id, `Saved: the claim’s statement and kind (version ${u.version}, by ${u.change.curator}).`);
  });
  return form;
}

function gradeForm(claim: EditableClaim, version: () => number): HTMLElement {
  const fields = {
    maturity: field('Evidence maturity', select('grade-maturity', MATURITY_ORDER.map((m) => [m, MATURITY[m].label]), claim.maturity), MATURITY_ORDER.map((m) => `${MATURITY[m].label}: ${MATURITY[m].description.replace(/\.$/, '')}`).join('. ') + '.', true),
    basis: field('Basis', select('grade-basis', Object.entries(BASIS), claim.maturityBasis), 'Whether the source document graded the claim, or this knowledge base assessed it.', true),
    rationale: field('Rationale', textarea('grade-rationale', claim.assessment, 4), 'Why the claim gets this grade; it becomes the claim’s assessment.', true),
    ...reasonAndSource('grade', claim.source.id, true),
  };
  const { form, formError } = curateForm('grade', 'Grade the claim', fields, 'Save the grade');
  const v = (k: keyof typeof fields) => fields[k].control.value;
  onSubmit(form, fields, formError, 'the grade', async (token) => {
    const input = { claim: claim.id, expectedVersion: version(), maturity: chosenValue(fields, 'maturity', MATURITY_ORDER), basis: chosenValue(fields, 'basis', BASES), rationale: v('rationale'), reason: v('reason'), source: v('source') };
    const g = (await gql(GRADE_CLAIM, { input }, undefined, token)).gradeClaim;
    refreshWith(claim.id, `Saved: the claim is now graded ${MATURITY[g.claim.maturity]?.label ?? g.claim.maturity} (version ${g.version}, by ${g.change.curator}).`);
  });
  return form;
}

function addEvidenceForm(claim: EditableClaim): HTMLElement {
  const linked = new Map(claim.evidence.map((e) => [e.study.id, e.stance]));
  const studyError = fieldErrorSlot('evidence-study-error');
  // When nothing in the graph matches what the curator typed, the way forward: add the study.
  const noMatch = h('div', { class: 'evidence-nomatch', role: 'status' });
  const addHolder = h('div', { class: 'evidence-add-study' });
  const replaceBox = h('input', { type: 'checkbox', id: 'evidence-replace', name: 'replace' });
  const replaceNote = h('p', { class: 'field-hint', id: 'evidence-replace-hint' });
  replaceBox.setAttribute('aria-describedby', 'evidence-replace-hint');
  const replaceRow = h('div', { class: 'field field-check', hidden: true }, h('label', { for: 'evidence-replace' }, replaceBox, ' Replace the existing link (its stance, note and provenance)'), replaceNote);
  const showReplace = (id: string | null) => {
    const stance = id ? linked.get(id) : undefined;
    replaceRow.hidden = !stance;
    if (stance) replaceNote.textContent = `This study is already evidence for the claim: it ${STANCE[stance].toLowerCase()} it. Adding it again restates the link, so tick this to replace it.`;
    else replaceBox.checked = false;
  };
  const picker = createCombobox({
    label: 'Study',
    inputId: 'evidence-study',
    kinds: ['STUDY'],
    keepSelection: true,
    required: true,
    placeholder: 'Type words of its title, a DOI or an author',
    onSelect: (s) => {
      replace(noMatch);
      showReplace(s.id);
    },
    quietEmpty: true,
    onResults: (count, query) => {
      if (count || !query.trim()) return replace(noMatch);
      replace(
        noMatch,
        h('p', null, `No study in the graph matches “${query.trim()}”. `, h('button', { type: 'button', class: 'btn btn-small', onclick: () => openAdd(query) }, looksLikeDoi(query) ? 'Add this study' : 'Add a study from the literature')),
      );
    },
  });
  describedBy(picker.input, 'evidence-study-error');
  const study: Field = {
    root: h('div', { class: 'field' }, picker.root, studyError, noMatch),
    control: picker.input,
    setError: (text) => showFieldError(studyError, text, picker.input),
  };
  const openAdd = (query: string) => {
    replace(noMatch);
    const doi = looksLikeDoi(query);
    const form = newStudyForm({
      idPrefix: 'evstudy',
      doi: doi ? query : undefined,
      useLabel: 'Link this study',
      onStudy: (s, created) => {
        picker.setValue(s);
        showReplace(s.id);
        replace(addHolder);
        replace(noMatch, h('p', null, created ? `Added to the graph and chosen: “${s.label}”. Now give its stance and save.` : `Chosen: “${s.label}”, already in the graph.`));
        picker.input.focus();
      },
    });
    replace(addHolder, form, h('button', { type: 'button', class: 'btn btn-small btn-quiet', onclick: () => (replace(addHolder), picker.input.focus()) }, 'Cancel adding a study'));
    form.querySelector<HTMLElement>(doi ? '#evstudy-title' : '#evstudy-doi')?.focus();
  };
  const fields = {
    study,
    stance: field('Stance', select('evidence-stance', Object.entries(STANCE) as [string, string][], 'SUPPORTS'), 'Whether the study supports, qualifies (limits) or contradicts the claim.', true),
    note: field('Note', textarea('evidence-note', '', 2), 'How the study bears on the claim (optional).'),
    ...reasonAndSource('evidence', '', true),
  };
  const { form, formError } = curateForm('add-evidence', 'Add a study as evidence', fields, 'Add the study', {
    note: 'The link’s provenance is your reading of the study (its DOI or PubMed id), with your name and the day; its grade is left for a later assessment.',
  });
  form.insertBefore(replaceRow, formError);
  // The study form follows the evidence form (forms do not nest), in the same column.
  const group = h('div', { class: 'curate-group' }, form, addHolder);
  onSubmit(form, fields, formError, 'the evidence', async (token) => {
    const chosen: EntityRef | null = picker.value();
    if (!chosen) throw new GraphQLError('choose a study from the suggestions, or add it to the graph first', 'BAD_USER_INPUT', 'input.study');
    const input = { claim: claim.id, study: chosen.id, stance: chosenValue(fields, 'stance', STANCES), note: fields.note.control.value.trim() || null, reason: fields.reason.control.value, source: fields.source.control.value, replace: replaceBox.checked || null };
    try {
      await gql(ADD_EVIDENCE, { input }, undefined, token);
    } catch (err) {
      // A link that exists is CONFLICT: say so next to the study, and offer to replace it.
      if (err instanceof GraphQLError && err.code === 'CONFLICT' && !input.replace) {
        linked.set(chosen.id, linked.get(chosen.id) ?? (input.stance as Stance));
        showReplace(chosen.id);
        throw new GraphQLError(`“${chosen.label}” is already evidence for this claim, so nothing was changed. To restate the link, tick “Replace the existing link” below and save again`, 'BAD_USER_INPUT', 'input.study');
      }
      throw err;
    }
    const verb = input.replace ? 'restated as' : 'added as';
    refreshWith(claim.id, `Saved: “${chosen.label}” ${verb} evidence that ${STANCE[input.stance as Stance].toLowerCase()} the claim.`);
  });
  return group;
}

function removeEvidenceForm(claim: EditableClaim): HTMLElement {
  if (!claim.evidence.length) return h('div', { class: 'curate-form' }, h('h3', null, 'Remove a study from the evidence'), h('p', { class: 'empty' }, 'No studies are linked to this claim.'));
  const studies = [...claim.evidence].sort((a, b) => a.study.title.localeCompare(b.study.title));
  const fields = {
    study: field('Study', select('remove-study', studies.map((e) => [e.study.id, `${e.study.title} (${e.study.year}) — ${STANCE[e.stance].toLowerCase()}`])), undefined, true),
    ...reasonAndSource('remove', '', false),
  };
  const { form, formError } = curateForm('remove-evidence', 'Remove a study from the evidence', fields, 'Remove the study', { primary: false });
  onSubmit(form, fields, formError, 'the removal', async (token) => {
    const id = fields.study.control.value;
    const title = studies.find((e) => e.study.id === id)?.study.title ?? id;
    await gql(REMOVE_EVIDENCE, { input: { claim: claim.id, study: id, reason: fields.reason.control.value, source: fields.source.control.value.trim() || null } }, undefined, token);
    refreshWith(claim.id, `Saved: “${title}” is no longer evidence for this claim.`);
  });
  return form;
}
