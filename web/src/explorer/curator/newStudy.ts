// "Add a study from the literature": a DOI look-up against the graph first (a study is never
// added twice), then createStudy with no citing source, its provenance the curator's own
// reading of the study. Used on the curator page and, from a claim, by the evidence form when
// the study it looks for is not in the graph yet.
import { GraphQLError, gql } from '../api';
import { h, replace } from '../dom';
import { STUDY_DESIGNS, humanize } from '../model';
import { entityLink } from '../ui';
import { chosen, clearErrors, curateForm, field, input, select, sendChange, showError, textarea, type Field } from './forms';
import { CreateStudyDocument as CREATE_STUDY, StudyByDoiDocument as STUDY_BY_DOI, type StudyByDoiQuery } from '../../generated/graphql';


/** A study the graph has (the StudyByDoi query's answer). */
type FoundStudy = NonNullable<StudyByDoiQuery['study']>;

/** A DOI as the API stores it: without a doi.org address or "doi:" in front. */
export function bareDoi(s: string): string {
  return s
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

export const looksLikeDoi = (s: string) => /^10\.\d{4,9}\/\S+$/.test(bareDoi(s));

/** The study with this DOI, or null; throws only when the graph cannot be asked. */
export async function studyByDoi(doi: string): Promise<FoundStudy | null> {
  try {
    return (await gql(STUDY_BY_DOI, { doi: bareDoi(doi) })).study;
  } catch (err) {
    if (err instanceof GraphQLError && (err.notFound || err.badInput)) return null;
    throw err;
  }
}

export interface NewStudyOptions {
  /** Prefix of the controls' ids (two forms may share a page). */
  idPrefix: string;
  doi?: string;
  /** Called with a study that exists (found by the look-up, or just created). */
  onStudy(study: FoundStudy, created: boolean): void;
  /** The label of the button that takes a study already in the graph. */
  useLabel?: string;
}

/** The form. Its status line says what the look-up found and what was saved. */
export function newStudyForm(opts: NewStudyOptions): HTMLElement {
  const p = opts.idPrefix;
  const doi = input(`${p}-doi`, opts.doi ? bareDoi(opts.doi) : '', { inputmode: 'url', spellcheck: 'false' });
  const fields: Record<string, Field> = {
    doi: field('DOI', doi, 'e.g. 10.3390/microorganisms9020353 (a doi.org address works too). Looked up first, so that a study is never added twice.', true),
    title: field('Title', input(`${p}-title`), 'The publication’s title.', true),
    authors: field('Authors', textarea(`${p}-authors`, '', 3), 'One per line, as cited: family name, initials (Doe, J.).', true),
    year: field('Year', input(`${p}-year`, '', { inputmode: 'numeric' }), 'The year of publication.', true),
    journal: field('Journal', input(`${p}-journal`), 'The journal or other venue (optional).'),
    design: field('Design', select(`${p}-design`, [['', 'Choose the design…'], ...STUDY_DESIGNS.map((d) => [d, humanize(d)] as [string, string])]), 'How the study was designed.', true),
    population: field('Population', input(`${p}-population`), 'Who was studied, in words (optional).'),
    sampleSize: field('Sample size', input(`${p}-sampleSize`, '', { inputmode: 'numeric' }), 'The number of participants (optional).'),
    summary: field('Summary', textarea(`${p}-summary`, '', 3), 'What the study did and why it matters here, in your own words.', true),
    reason: field('Reason', input(`${p}-reason`), 'Why you add the study; it is kept in the history.', true),
  };
  const found = h('div', { class: 'lookup-result', role: 'status' });
  const lookup = h('button', { type: 'button', class: 'btn btn-small' }, 'Look up the DOI');
  fields.doi.root.insertBefore(h('div', { class: 'lookup-row' }, lookup), fields.doi.root.querySelector('.field-error'));
  fields.doi.root.append(found);
  const { form, formError } = curateForm(`${p}`, 'Add a study from the literature', fields, 'Add the study', {
    note: 'For a study no source document cites. Its provenance is your reading of the study (its DOI), recorded with your name and the day.',
  });
  form.classList.add('new-study-form');

  let existing: FoundStudy | null = null;
  const showFound = (s: FoundStudy | null, asked: string) => {
    existing = s;
    if (s) {
      replace(
        found,
        h('p', null, 'Already in the graph: ', entityLink(s.id, `${s.title} (${s.year})`, 'STUDY'), '. It is not added again.'),
        h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => opts.onStudy(s, false) }, opts.useLabel ?? 'Use this study'),
      );
    } else replace(found, h('p', null, `No study in the graph has the DOI ${bareDoi(asked)}: fill in the rest to add it.`));
  };
  const doLookup = async (): Promise<boolean> => {
    clearErrors(fields, formError);
    const d = doi.value;
    if (!looksLikeDoi(d)) {
      fields.doi.setError(d.trim() ? `“${d.trim()}” is not a DOI: it starts with 10., a registrant number, a slash and a suffix, e.g. 10.3390/microorganisms9020353.` : 'Missing: give the study’s DOI.');
      doi.focus();
      return false;
    }
    lookup.disabled = true;
    try {
      showFound(await studyByDoi(d), d);
      return true;
    } catch (err) {
      showError(err, fields, formError, 'the look-up');
      return false;
    } finally {
      lookup.disabled = false;
    }
  };
  lookup.addEventListener('click', () => void doLookup());
  doi.addEventListener('input', () => {
    existing = null;
    replace(found);
  });

  /** Checks what the form can check itself, each error next to its field; true when all is well. */
  const check = (): boolean => {
    const v = (k: string) => fields[k].control.value.trim();
    const errors: [string, string][] = [];
    if (!v('title')) errors.push(['title', 'Missing: give the publication’s title.']);
    if (!v('authors')) errors.push(['authors', 'Missing: give at least one author, as cited (Doe, J.).']);
    const year = Number(v('year'));
    if (!v('year')) errors.push(['year', 'Missing: give the year of publication.']);
    else if (!Number.isInteger(year) || year < 1900 || year > 2100) errors.push(['year', `“${v('year')}” is not a year from 1900 to 2100.`]);
    if (!v('design')) errors.push(['design', 'Missing: choose how the study was designed.']);
    const n = Number(v('sampleSize'));
    if (v('sampleSize') && (!Number.isInteger(n) || n < 1)) errors.push(['sampleSize', `“${v('sampleSize')}” is not a number of participants (a whole number, 1 or more).`]);
    if (!v('summary')) errors.push(['summary', 'Missing: say in a sentence or two what the study did.']);
    if (!v('reason')) errors.push(['reason', 'Missing: say why you add the study.']);
    for (const [k, text] of errors) fields[k].setError(text);
    if (errors.length) {
      replace(formError, `Not saved: ${errors.length === 1 ? 'one field needs' : `${errors.length} fields need`} your attention above.`);
      formError.hidden = false;
      fields[errors[0][0]].control.focus();
    }
    return errors.length === 0;
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      if (!(await doLookup())) return;
      if (existing) {
        replace(formError, 'Not saved: a study with this DOI is already in the graph (see above).');
        formError.hidden = false;
        return;
      }
      if (!check()) return;
      await sendChange(form, fields, formError, 'the study', async (token) => {
        const v = (k: string) => fields[k].control.value.trim();
        const d = bareDoi(v('doi'));
        const input = {
          reason: v('reason'),
          source: `doi:${d}`,
          doi: d,
          title: v('title'),
          authors: v('authors')
            .split('\n')
            .map((a) => a.trim())
            .filter(Boolean),
          year: Number(v('year')),
          journal: v('journal') || null,
          design: chosen(fields, 'design', STUDY_DESIGNS),
          population: v('population') || null,
          sampleSize: v('sampleSize') ? Number(v('sampleSize')) : null,
          summary: v('summary'),
        };
        const r = await gql(CREATE_STUDY, { input }, undefined, token);
        const s = r.createStudy.study;
        replace(found, h('p', null, 'Added: ', entityLink(s.id, `${s.title} (${s.year})`, 'STUDY'), ` (by ${r.createStudy.change.curator}).`));
        opts.onStudy(s, true);
      });
    })();
  });
  return form;
}
