import{B as e,D as t,E as n,I as r,O as i,P as a,R as o,f as s,i as c,n as l,s as u}from"./explorer-t7xb6uc0.js";import{c as d,i as f,l as p,n as m,o as h,s as g,t as _}from"./forms-CmF2OaBO.js";var v=`# A curator states that a study is evidence for a claim, with its stance.
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
`,y=`# A curator grades a claim: maturity, basis and rationale, with why and on what source.
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
`,b=`# A curator removes a study from a claim's evidence.
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
`,x=`# The version a change to an entity must give as expectedVersion.
query Revision($id: ID!) {
  revision(id: $id) {
    version
    retired
  }
}
`,S=`# A curator changes what a claim says (its statement and kind), with why, against the
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
`,C=[[`SCIENTIFIC`,`Scientific statement`],[`MARKETING`,`Marketing promise`]],w=[[`ASSESSED`,`Assessed here`],[`GRADED_BY_SOURCE`,`Graded by the source`]];async function T(t,n,i,o){let c;try{c=(await e(x,{id:i.id},t.signal)).revision.version}catch(e){if(e.name===`AbortError`||!t.current())return;r(n,s(e,()=>void T(t,n,i,o))),n.removeAttribute(`aria-busy`);return}if(!t.current())return;let l=a(`p`,{class:`curate-status`,role:`status`,tabindex:`-1`},o??``);r(n,l,a(`p`,{class:`muted`},`You are changing version ${c} of this claim. Every change needs a reason and is kept in the claim’s history, below.`),a(`div`,{class:`curate-forms`},O(i,()=>c),k(i,()=>c),A(i),j(i))),n.removeAttribute(`aria-busy`),o&&l.focus()}async function E(e,t,n,r,i,a){_(t,n);let s=c(),u=e.querySelector(`button[type="submit"]`);if(!s)d(new o(`you are not signed in`,`UNAUTHENTICATED`),t,n,r);else{u.disabled=!0,e.setAttribute(`aria-busy`,`true`);try{let e=await i(s);l(a,e)}catch(e){d(e,t,n,r)}finally{u.disabled=!1,e.removeAttribute(`aria-busy`)}}}function D(e,t,n){return{reason:f(`Reason`,h(`${e}-reason`),`Why you make this change; it is kept in the history.`,!0),source:f(`Source`,h(`${e}-source`,t),`The document id, DOI or web address behind the change.`,n)}}function O(t,n){let r={statement:f(`Statement`,p(`edit-statement`,t.statement,3),`The proposition in one sentence, stated as it is asserted (a denial is a source’s position, not the statement).`,!0),kind:f(`Kind`,g(`edit-kind`,C,t.claimKind),`A scientific statement, or a marketing promise.`,!0),...D(`edit`,``,!1)},{form:i,formError:a}=m(`edit`,`Edit the claim`,r,`Save the claim`,{note:`The assessment is the grade’s rationale: change it in “Grade the claim”.`});return i.addEventListener(`submit`,o=>{o.preventDefault();let s=e=>r[e].control.value;E(i,r,a,`the claim`,async r=>{let i={id:t.id,expectedVersion:n(),reason:s(`reason`),source:s(`source`).trim()||null};s(`statement`)!==t.statement&&(i.statement=s(`statement`)),s(`kind`)!==t.claimKind&&(i.kind=s(`kind`));let a=(await e(S,{input:i},void 0,r)).updateClaim;return`Saved: the claim’s statement and kind (version ${a.version}, by ${a.change.curator}).`},t.id)}),i}function k(r,i){let a={maturity:f(`Evidence maturity`,g(`grade-maturity`,t.map(e=>[e,n[e].label]),r.maturity),t.map(e=>`${n[e].label}: ${n[e].description.replace(/\.$/,``)}`).join(`. `)+`.`,!0),basis:f(`Basis`,g(`grade-basis`,w,r.maturityBasis),`Whether the source document graded the claim, or this knowledge base assessed it.`,!0),rationale:f(`Rationale`,p(`grade-rationale`,r.assessment,4),`Why the claim gets this grade; it becomes the claim’s assessment.`,!0),...D(`grade`,r.source.id,!0)},{form:o,formError:s}=m(`grade`,`Grade the claim`,a,`Save the grade`);return o.addEventListener(`submit`,t=>{t.preventDefault();let c=e=>a[e].control.value;E(o,a,s,`the grade`,async t=>{let a=(await e(y,{input:{claim:r.id,expectedVersion:i(),maturity:c(`maturity`),basis:c(`basis`),rationale:c(`rationale`),reason:c(`reason`),source:c(`source`)}},void 0,t)).gradeClaim;return`Saved: the claim is now graded ${n[a.claim.maturity]?.label??a.claim.maturity} (version ${a.version}, by ${a.change.curator}).`},r.id)}),o}function A(t){let n=new Set(t.evidence.map(e=>e.study.id)),r=a(`p`,{class:`field-error`,id:`evidence-study-error`,hidden:!0}),s=u({label:`Study`,inputId:`evidence-study`,kinds:[`STUDY`],keepSelection:!0,required:!0,placeholder:`Type words of its title, a DOI or an author`,onSelect:()=>void 0});s.input.setAttribute(`aria-describedby`,`${s.input.getAttribute(`aria-describedby`)??``} evidence-study-error`.trim());let c={study:{root:a(`div`,{class:`field`},s.root,r),control:s.input,setError(e){r.hidden=!e,r.textContent=e??``,e?s.input.setAttribute(`aria-invalid`,`true`):s.input.removeAttribute(`aria-invalid`)}},stance:f(`Stance`,g(`evidence-stance`,Object.entries(i),`SUPPORTS`),`Whether the study supports, qualifies (limits) or contradicts the claim.`,!0),note:f(`Note`,p(`evidence-note`,``,2),`How the study bears on the claim (optional).`),...D(`evidence`,``,!0)},{form:l,formError:d}=m(`add-evidence`,`Add a study as evidence`,c,`Add the study`);return l.addEventListener(`submit`,r=>{r.preventDefault();let a=s.value();E(l,c,d,`the evidence`,async r=>{if(!a)throw new o(`choose a study from the suggestions`,`BAD_USER_INPUT`,`input.study`);let s={claim:t.id,study:a.id,stance:c.stance.control.value,note:c.note.control.value.trim()||null,reason:c.reason.control.value,source:c.source.control.value};await e(v,{input:s},void 0,r);let l=n.has(a.id)?`restated as`:`added as`;return`Saved: “${a.label}” ${l} evidence that ${i[s.stance].toLowerCase()} the claim.`},t.id)}),l}function j(t){if(!t.evidence.length)return a(`div`,{class:`curate-form`},a(`h3`,null,`Remove a study from the evidence`),a(`p`,{class:`empty`},`No studies are linked to this claim.`));let n=[...t.evidence].sort((e,t)=>e.study.title.localeCompare(t.study.title)),r={study:f(`Study`,g(`remove-study`,n.map(e=>[e.study.id,`${e.study.title} (${e.study.year}) — ${i[e.stance].toLowerCase()}`])),void 0,!0),...D(`remove`,``,!1)},{form:o,formError:s}=m(`remove-evidence`,`Remove a study from the evidence`,r,`Remove the study`,{primary:!1});return o.addEventListener(`submit`,i=>{i.preventDefault();let a=r.study.control.value,c=n.find(e=>e.study.id===a)?.study.title??a;E(o,r,s,`the removal`,async n=>(await e(b,{input:{claim:t.id,study:a,reason:r.reason.control.value,source:r.source.control.value.trim()||null}},void 0,n),`Saved: “${c}” is no longer evidence for this claim.`),t.id)}),o}export{T as claimEditor};