import{A as e,L as t,O as n,U as r,V as i,a,c as o,k as s,m as c,r as l,z as u}from"./explorer-CFD_VClS.js";import{c as d,i as f,l as p,n as m,o as h,s as g,t as _}from"./forms-C8heONR1.js";var v=`# A curator states that a study is evidence for a claim, with its stance.
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
`,C=[[`SCIENTIFIC`,`Scientific statement`],[`MARKETING`,`Marketing promise`]],w=[[`ASSESSED`,`Assessed here`],[`GRADED_BY_SOURCE`,`Graded by the source`]];async function T(e,n,i,a){let o;try{o=(await r(x,{id:i.id},e.signal)).revision.version}catch(t){if(t.name===`AbortError`||!e.current())return;u(n,c(t,()=>void T(e,n,i,a))),n.removeAttribute(`aria-busy`);return}if(!e.current())return;let s=t(`p`,{class:`curate-status`,role:`status`,tabindex:`-1`},a??``);u(n,s,t(`p`,{class:`muted`},`You are changing version ${o} of this claim. Every change needs a reason and is kept in the claim’s history, below.`),t(`div`,{class:`curate-forms`},O(i,()=>o),k(i,()=>o),A(i),j(i))),n.removeAttribute(`aria-busy`),a&&s.focus()}async function E(e,t,n,r,o,s){_(t,n);let c=a(),u=e.querySelector(`button[type="submit"]`);if(!c)d(new i(`you are not signed in`,`UNAUTHENTICATED`),t,n,r);else{u.disabled=!0,e.setAttribute(`aria-busy`,`true`);try{let e=await o(c);l(s,e)}catch(e){d(e,t,n,r)}finally{u.disabled=!1,e.removeAttribute(`aria-busy`)}}}function D(e,t,n){return{reason:f(`Reason`,h(`${e}-reason`),`Why you make this change; it is kept in the history.`,!0),source:f(`Source`,h(`${e}-source`,t),`The document id, DOI or web address behind the change.`,n)}}function O(e,t){let n={statement:f(`Statement`,p(`edit-statement`,e.statement,3),`The proposition in one sentence, stated as it is asserted (a denial is a source’s position, not the statement).`,!0),kind:f(`Kind`,g(`edit-kind`,C,e.claimKind),`A scientific statement, or a marketing promise.`,!0),...D(`edit`,``,!1)},{form:i,formError:a}=m(`edit`,`Edit the claim`,n,`Save the claim`,{note:`The assessment is the grade’s rationale: change it in “Grade the claim”.`});return i.addEventListener(`submit`,o=>{o.preventDefault();let s=e=>n[e].control.value;E(i,n,a,`the claim`,async n=>{let i={id:e.id,expectedVersion:t(),reason:s(`reason`),source:s(`source`).trim()||null};s(`statement`)!==e.statement&&(i.statement=s(`statement`)),s(`kind`)!==e.claimKind&&(i.kind=s(`kind`));let a=(await r(S,{input:i},void 0,n)).updateClaim;return`Saved: the claim’s statement and kind (version ${a.version}, by ${a.change.curator}).`},e.id)}),i}function k(e,t){let i={maturity:f(`Evidence maturity`,g(`grade-maturity`,s.map(e=>[e,n[e].label]),e.maturity),s.map(e=>`${n[e].label}: ${n[e].description.replace(/\.$/,``)}`).join(`. `)+`.`,!0),basis:f(`Basis`,g(`grade-basis`,w,e.maturityBasis),`Whether the source document graded the claim, or this knowledge base assessed it.`,!0),rationale:f(`Rationale`,p(`grade-rationale`,e.assessment,4),`Why the claim gets this grade; it becomes the claim’s assessment.`,!0),...D(`grade`,e.source.id,!0)},{form:a,formError:o}=m(`grade`,`Grade the claim`,i,`Save the grade`);return a.addEventListener(`submit`,s=>{s.preventDefault();let c=e=>i[e].control.value;E(a,i,o,`the grade`,async i=>{let a=(await r(y,{input:{claim:e.id,expectedVersion:t(),maturity:c(`maturity`),basis:c(`basis`),rationale:c(`rationale`),reason:c(`reason`),source:c(`source`)}},void 0,i)).gradeClaim;return`Saved: the claim is now graded ${n[a.claim.maturity]?.label??a.claim.maturity} (version ${a.version}, by ${a.change.curator}).`},e.id)}),a}function A(n){let a=new Set(n.evidence.map(e=>e.study.id)),s=t(`p`,{class:`field-error`,id:`evidence-study-error`,hidden:!0}),c=o({label:`Study`,inputId:`evidence-study`,kinds:[`STUDY`],keepSelection:!0,required:!0,placeholder:`Type words of its title, a DOI or an author`,onSelect:()=>void 0});c.input.setAttribute(`aria-describedby`,`${c.input.getAttribute(`aria-describedby`)??``} evidence-study-error`.trim());let l={study:{root:t(`div`,{class:`field`},c.root,s),control:c.input,setError(e){s.hidden=!e,s.textContent=e??``,e?c.input.setAttribute(`aria-invalid`,`true`):c.input.removeAttribute(`aria-invalid`)}},stance:f(`Stance`,g(`evidence-stance`,Object.entries(e),`SUPPORTS`),`Whether the study supports, qualifies (limits) or contradicts the claim.`,!0),note:f(`Note`,p(`evidence-note`,``,2),`How the study bears on the claim (optional).`),...D(`evidence`,``,!0)},{form:u,formError:d}=m(`add-evidence`,`Add a study as evidence`,l,`Add the study`);return u.addEventListener(`submit`,t=>{t.preventDefault();let o=c.value();E(u,l,d,`the evidence`,async t=>{if(!o)throw new i(`choose a study from the suggestions`,`BAD_USER_INPUT`,`input.study`);let s={claim:n.id,study:o.id,stance:l.stance.control.value,note:l.note.control.value.trim()||null,reason:l.reason.control.value,source:l.source.control.value};await r(v,{input:s},void 0,t);let c=a.has(o.id)?`restated as`:`added as`;return`Saved: “${o.label}” ${c} evidence that ${e[s.stance].toLowerCase()} the claim.`},n.id)}),u}function j(n){if(!n.evidence.length)return t(`div`,{class:`curate-form`},t(`h3`,null,`Remove a study from the evidence`),t(`p`,{class:`empty`},`No studies are linked to this claim.`));let i=[...n.evidence].sort((e,t)=>e.study.title.localeCompare(t.study.title)),a={study:f(`Study`,g(`remove-study`,i.map(t=>[t.study.id,`${t.study.title} (${t.study.year}) — ${e[t.stance].toLowerCase()}`])),void 0,!0),...D(`remove`,``,!1)},{form:o,formError:s}=m(`remove-evidence`,`Remove a study from the evidence`,a,`Remove the study`,{primary:!1});return o.addEventListener(`submit`,e=>{e.preventDefault();let t=a.study.control.value,c=i.find(e=>e.study.id===t)?.study.title??t;E(o,a,s,`the removal`,async e=>(await r(b,{input:{claim:n.id,study:t,reason:a.reason.control.value,source:a.source.control.value.trim()||null}},void 0,e),`Saved: “${c}” is no longer evidence for this claim.`),n.id)}),o}export{T as claimEditor};