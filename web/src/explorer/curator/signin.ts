// /explore/curator: sign in with a curator token, or sign out. The token is checked with the
// viewer query, which writes nothing and spends none of the token's writes (see
// queries/curatorCheck.graphql), kept in this tab's sessionStorage, and never put in a URL.
import { GraphQLError, gql } from '../api';
import { h, replace } from '../dom';
import type { PageContext } from '../page';
import { BASE, entityHref, navigate } from '../router';
import { clearErrors, explain, field, formErrorSlot, input } from './forms';
import { curatorToken, signIn, signOut } from './session';
import { CuratorCheckDocument as CHECK } from '../../generated/graphql';


/** Where to go after signing in: an Explorer path only, never another site. */
function nextPath(params: URLSearchParams): string {
  const next = params.get('next') ?? BASE;
  return next.startsWith(BASE) && !next.startsWith('//') ? next : BASE;
}

/** Whether the API accepts token. Resolves with its holder, or rejects with the API's refusal. */
async function checkToken(token: string): Promise<{ name: string; role: string }> {
  const { viewer } = await gql(CHECK, {}, undefined, token);
  if (!viewer) throw new Error('the API did not see the token');
  return viewer;
}

export function signInPage(ctx: PageContext): void {
  ctx.setTitle('Curator sign-in');
  const next = nextPath(ctx.params);
  if (curatorToken()) {
    const studyHolder = h('section', { class: 'section', 'aria-label': 'Add a study' });
    replace(
      ctx.main,
      h(
        'article',
        { class: 'signin' },
        h('h1', { tabindex: '-1' }, 'Curator sign-in'),
        h('p', { role: 'status' }, 'You are signed in as a curator in this tab. Claim pages show the curator’s forms; every entity page shows its history. Below, add a study from the literature.'),
        h('p', null, h('a', { href: next, class: 'btn btn-primary' }, 'Go on to the page you were on'), ' ', h('button', { type: 'button', class: 'btn', onclick: () => (signOut(), navigate(location.pathname + location.search, { replace: true })) }, 'Sign out')),
        studyHolder,
      ),
    );
    void import('./newStudy').then(({ newStudyForm }) => {
      if (!ctx.current()) return;
      studyHolder.replaceChildren(newStudyForm({ idPrefix: 'newstudy', useLabel: 'Open this study', onStudy: (s, created) => !created && navigate(entityHref(s.id, 'STUDY')) }));
    });
    return;
  }
  const token = field('Curator token', input('signin-token', '', { type: 'password', spellcheck: 'false', autocapitalize: 'off' }), 'The token an administrator made for you (it starts with gsk_). It stays in this browser tab only, until you sign out or close the tab.', true);
  const formError = formErrorSlot();
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Sign in');
  const form = h('form', { class: 'curate-form signin-form', novalidate: true, 'aria-labelledby': 'signin-h' }, token.root, formError, button);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors({ token }, formError);
    const value = token.control.value.trim();
    if (!value) {
      token.setError('Paste your token here.');
      token.control.focus();
      return;
    }
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await checkToken(value);
      signIn(value);
      navigate(next);
    } catch (err) {
      if (err instanceof GraphQLError && err.code === 'UNAUTHENTICATED') token.setError('This token was refused: it is unknown or has been revoked. Check that you pasted all of it.');
      else {
        replace(formError, explain(err, 'the sign-in').text);
        formError.hidden = false;
      }
      token.control.focus();
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  replace(
    ctx.main,
    h(
      'article',
      { class: 'signin' },
      h('h1', { tabindex: '-1', id: 'signin-h' }, 'Curator sign-in'),
      h('p', { class: 'lead' }, 'Curators grade claims and change their evidence. Reading needs no sign-in.'),
      form,
      h('p', { class: 'muted' }, 'Your token is sent only to this site’s API, with each change you make. Signing out, or closing this tab, forgets it.'),
    ),
  );
}
