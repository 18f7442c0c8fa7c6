import{A as e,B as t,H as n,O as r,R as i,W as a,a as o,c as s,k as c,m as l,r as u}from"./explorer-BkSkjD8N.js";import{c as d,i as f,l as p,n as m,o as h,s as g,t as _}from"./forms-DYvbTVWT.js";import{looksLikeDoi as v,newStudyForm as y}from"./newStudy-DUGimx2q.js";var b=`# A curator states that a study is evidence for a claim, with its stance.
mutation AddEvidence($input: AddEvidenceInput!) {
  addEvidence(input: $input) {
    claim {
      id
      evidenceSummary {
        total
      }
    }
    change {
      seq
      curator
    }
  }
}
`,x=`# A curator grades a claim: maturity, basis and rationale, with why and on what source.
mutation GradeClaim($input: GradeClaimInput!) {
  gradeClaim(input: $input) {
    version
    claim {
      id
      maturity
    }
    change {
      seq
      curator
    }
  }
}
`,S=`# A curator removes a study from a claim's evidence.
mutation RemoveEvidence($input: RemoveEvidenceInput!) {
  removeEvidence(input: $input) {
    claim {
      id
      evidenceSummary {
        total
      }
    }
    change {
      seq
      curator
    }
  }
}
`,C=`# The version a change to an entity must give as expectedVersion.
query Revision($id: ID!) {
  revision(id: $id) {
    version
    retired
  }
}
`,w=`# A curator changes what a claim says (its statement and kind), with why, against the
# version the editor read; a stale version gets CONFLICT.
mutation UpdateClaim($input: UpdateClaimInput!) {
  updateClaim(input: $input) {
    version
    claim {
      id
      statement
    }
    change {
      seq
      curator
    }
  }
}
`,T=[[`SCIENTIFIC`,`Scientific statement`],[`MARKETING`,`Marketing promise`]],E=[[`ASSESSED`,`Assessed here`],[`GRADED_BY_SOURCE`,`Graded by the source`]];async function D(e,n,r,o){let s;try{s=(await a(C,{id:r.id},e.signal)).revision.version}catch(i){if(i.name===`AbortError`||!e.current())return;t(n,l(i,()=>void D(e,n,r,o))),n.removeAttribute(`aria-busy`);return}if(!e.current())return;let c=i(`p`,{class:`curate-status`,role:`status`,tabindex:`-1`},o??``);t(n,c,i(`p`,{class:`muted`},`You are changing version ${s} of this claim. Every change needs a reason and is kept in the claim’s history, below.`),i(`div`,{class:`curate-forms`},A(r,()=>s),j(r,()=>s),M(r),N(r))),n.removeAttribute(`aria-busy`),o&&c.focus()}async function O(e,t,r,i,a,s){_(t,r);let c=o(),l=e.querySelector(`button[type="submit"]`);if(!c)d(new n(`you are not signed in`,`UNAUTHENTICATED`),t,r,i);else{l.disabled=!0,e.setAttribute(`aria-busy`,`true`);try{let e=await a(c);u(s,e)}catch(e){d(e,t,r,i)}finally{l.disabled=!1,e.removeAttribute(`aria-busy`)}}}function k(e,t,n){return{reason:f(`Reason`,h(`${e}-reason`),`Why you make this change; it is kept in the history.`,!0),source:f(`Source`,h(`${e}-source`,t),`The document id, DOI or web address behind the change.`,n)}}function A(e,t){let n={statement:f(`Statement`,p(`edit-statement`,e.statement,3),`The proposition in one sentence, stated as it is asserted (a denial is a source’s position, not the statement).`,!0),kind:f(`Kind`,g(`edit-kind`,T,e.claimKind),`A scientific statement, or a marketing promise.`,!0),...k(`edit`,``,!1)},{form:r,formError:i}=m(`edit`,`Edit the claim`,n,`Save the claim`,{note:`The assessment is the grade’s rationale: change it in “Grade the claim”.`});return r.addEventListener(`submit`,o=>{o.preventDefault();let s=e=>n[e].control.value;O(r,n,i,`the claim`,async n=>{let r={id:e.id,expectedVersion:t(),reason:s(`reason`),source:s(`source`).trim()||null};s(`statement`)!==e.statement&&(r.statement=s(`statement`)),s(`kind`)!==e.claimKind&&(r.kind=s(`kind`));let i=(await a(w,{input:r},void 0,n)).updateClaim;return`Saved: the claim’s statement and kind (version ${i.version}, by ${i.change.curator}).`},e.id)}),r}function j(e,t){let n={maturity:f(`Evidence maturity`,g(`grade-maturity`,c.map(e=>[e,r[e].label]),e.maturity),c.map(e=>`${r[e].label}: ${r[e].description.replace(/\.$/,``)}`).join(`. `)+`.`,!0),basis:f(`Basis`,g(`grade-basis`,E,e.maturityBasis),`Whether the source document graded the claim, or this knowledge base assessed it.`,!0),rationale:f(`Rationale`,p(`grade-rationale`,e.assessment,4),`Why the claim gets this grade; it becomes the claim’s assessment.`,!0),...k(`grade`,e.source.id,!0)},{form:i,formError:o}=m(`grade`,`Grade the claim`,n,`Save the grade`);return i.addEventListener(`submit`,s=>{s.preventDefault();let c=e=>n[e].control.value;O(i,n,o,`the grade`,async n=>{let i=(await a(x,{input:{claim:e.id,expectedVersion:t(),maturity:c(`maturity`),basis:c(`basis`),rationale:c(`rationale`),reason:c(`reason`),source:c(`source`)}},void 0,n)).gradeClaim;return`Saved: the claim is now graded ${r[i.claim.maturity]?.label??i.claim.maturity} (version ${i.version}, by ${i.change.curator}).`},e.id)}),i}function M(r){let o=new Map(r.evidence.map(e=>[e.study.id,e.stance])),c=i(`p`,{class:`field-error`,id:`evidence-study-error`,hidden:!0}),l=i(`div`,{class:`evidence-nomatch`,role:`status`}),u=i(`div`,{class:`evidence-add-study`}),d=i(`input`,{type:`checkbox`,id:`evidence-replace`,name:`replace`}),h=i(`p`,{class:`field-hint`,id:`evidence-replace-hint`});d.setAttribute(`aria-describedby`,`evidence-replace-hint`);let _=i(`div`,{class:`field field-check`,hidden:!0},i(`label`,{for:`evidence-replace`},d,` Replace the existing link (its stance, note and provenance)`),h),x=t=>{let n=t?o.get(t):void 0;_.hidden=!n,n?h.textContent=`This study is already evidence for the claim: it ${e[n].toLowerCase()} it. Adding it again restates the link, so tick this to replace it.`:d.checked=!1},S=s({label:`Study`,inputId:`evidence-study`,kinds:[`STUDY`],keepSelection:!0,required:!0,placeholder:`Type words of its title, a DOI or an author`,onSelect:e=>{t(l),x(e.id)},quietEmpty:!0,onResults:(e,n)=>{if(e||!n.trim())return t(l);t(l,i(`p`,null,`No study in the graph matches “${n.trim()}”. `,i(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>w(n)},v(n)?`Add this study`:`Add a study from the literature`)))}});S.input.setAttribute(`aria-describedby`,`${S.input.getAttribute(`aria-describedby`)??``} evidence-study-error`.trim());let C={root:i(`div`,{class:`field`},S.root,c,l),control:S.input,setError(e){c.hidden=!e,c.textContent=e??``,e?S.input.setAttribute(`aria-invalid`,`true`):S.input.removeAttribute(`aria-invalid`)}},w=e=>{t(l);let n=v(e),r=y({idPrefix:`evstudy`,doi:n?e:void 0,useLabel:`Link this study`,onStudy:(e,n)=>{S.setValue(e),x(e.id),t(u),t(l,i(`p`,null,n?`Added to the graph and chosen: “${e.label}”. Now give its stance and save.`:`Chosen: “${e.label}”, already in the graph.`)),S.input.focus()}});t(u,r,i(`button`,{type:`button`,class:`btn btn-small btn-quiet`,onclick:()=>(t(u),S.input.focus())},`Cancel adding a study`)),r.querySelector(n?`#evstudy-title`:`#evstudy-doi`)?.focus()},T={study:C,stance:f(`Stance`,g(`evidence-stance`,Object.entries(e),`SUPPORTS`),`Whether the study supports, qualifies (limits) or contradicts the claim.`,!0),note:f(`Note`,p(`evidence-note`,``,2),`How the study bears on the claim (optional).`),...k(`evidence`,``,!0)},{form:E,formError:D}=m(`add-evidence`,`Add a study as evidence`,T,`Add the study`,{note:`The link’s provenance is your reading of the study (its DOI or PubMed id), with your name and the day; its grade is left for a later assessment.`});E.insertBefore(_,D);let A=i(`div`,{class:`curate-group`},E,u);return E.addEventListener(`submit`,t=>{t.preventDefault();let i=S.value();O(E,T,D,`the evidence`,async t=>{if(!i)throw new n(`choose a study from the suggestions, or add it to the graph first`,`BAD_USER_INPUT`,`input.study`);let s={claim:r.id,study:i.id,stance:T.stance.control.value,note:T.note.control.value.trim()||null,reason:T.reason.control.value,source:T.source.control.value,replace:d.checked||null};try{await a(b,{input:s},void 0,t)}catch(e){throw e instanceof n&&e.code===`CONFLICT`&&!s.replace?(o.set(i.id,o.get(i.id)??s.stance),x(i.id),new n(`“${i.label}” is already evidence for this claim, so nothing was changed. To restate the link, tick “Replace the existing link” below and save again`,`BAD_USER_INPUT`,`input.study`)):e}let c=s.replace?`restated as`:`added as`;return`Saved: “${i.label}” ${c} evidence that ${e[s.stance].toLowerCase()} the claim.`},r.id)}),A}function N(t){if(!t.evidence.length)return i(`div`,{class:`curate-form`},i(`h3`,null,`Remove a study from the evidence`),i(`p`,{class:`empty`},`No studies are linked to this claim.`));let n=[...t.evidence].sort((e,t)=>e.study.title.localeCompare(t.study.title)),r={study:f(`Study`,g(`remove-study`,n.map(t=>[t.study.id,`${t.study.title} (${t.study.year}) — ${e[t.stance].toLowerCase()}`])),void 0,!0),...k(`remove`,``,!1)},{form:o,formError:s}=m(`remove-evidence`,`Remove a study from the evidence`,r,`Remove the study`,{primary:!1});return o.addEventListener(`submit`,e=>{e.preventDefault();let i=r.study.control.value,c=n.find(e=>e.study.id===i)?.study.title??i;O(o,r,s,`the removal`,async e=>(await a(S,{input:{claim:t.id,study:i,reason:r.reason.control.value,source:r.source.control.value.trim()||null}},void 0,e),`Saved: “${c}” is no longer evidence for this claim.`),t.id)}),o}export{D as claimEditor};