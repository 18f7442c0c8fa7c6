import{B as e,D as t,H as n,I as r,O as i,R as a,a as o,c as s,k as c,p as l,r as u}from"./explorer-BzQY6z7B.js";import{c as d,i as f,l as p,n as m,o as h,s as g,t as _}from"./forms-DIGmhax7.js";var v=`# A curator states that a study is evidence for a claim, with its stance.
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
`,C=[[`SCIENTIFIC`,`Scientific statement`],[`MARKETING`,`Marketing promise`]],w=[[`ASSESSED`,`Assessed here`],[`GRADED_BY_SOURCE`,`Graded by the source`]];async function T(e,t,i,o){let s;try{s=(await n(x,{id:i.id},e.signal)).revision.version}catch(n){if(n.name===`AbortError`||!e.current())return;a(t,l(n,()=>void T(e,t,i,o))),t.removeAttribute(`aria-busy`);return}if(!e.current())return;let c=r(`p`,{class:`curate-status`,role:`status`,tabindex:`-1`},o??``);a(t,c,r(`p`,{class:`muted`},`You are changing version ${s} of this claim. Every change needs a reason and is kept in the claim’s history, below.`),r(`div`,{class:`curate-forms`},O(i,()=>s),k(i,()=>s),A(i),j(i))),t.removeAttribute(`aria-busy`),o&&c.focus()}async function E(t,n,r,i,a,s){_(n,r);let c=o(),l=t.querySelector(`button[type="submit"]`);if(!c)d(new e(`you are not signed in`,`UNAUTHENTICATED`),n,r,i);else{l.disabled=!0,t.setAttribute(`aria-busy`,`true`);try{let e=await a(c);u(s,e)}catch(e){d(e,n,r,i)}finally{l.disabled=!1,t.removeAttribute(`aria-busy`)}}}function D(e,t,n){return{reason:f(`Reason`,h(`${e}-reason`),`Why you make this change; it is kept in the history.`,!0),source:f(`Source`,h(`${e}-source`,t),`The document id, DOI or web address behind the change.`,n)}}function O(e,t){let r={statement:f(`Statement`,p(`edit-statement`,e.statement,3),`The proposition in one sentence, stated as it is asserted (a denial is a source’s position, not the statement).`,!0),kind:f(`Kind`,g(`edit-kind`,C,e.claimKind),`A scientific statement, or a marketing promise.`,!0),...D(`edit`,``,!1)},{form:i,formError:a}=m(`edit`,`Edit the claim`,r,`Save the claim`,{note:`The assessment is the grade’s rationale: change it in “Grade the claim”.`});return i.addEventListener(`submit`,o=>{o.preventDefault();let s=e=>r[e].control.value;E(i,r,a,`the claim`,async r=>{let i={id:e.id,expectedVersion:t(),reason:s(`reason`),source:s(`source`).trim()||null};s(`statement`)!==e.statement&&(i.statement=s(`statement`)),s(`kind`)!==e.claimKind&&(i.kind=s(`kind`));let a=(await n(S,{input:i},void 0,r)).updateClaim;return`Saved: the claim’s statement and kind (version ${a.version}, by ${a.change.curator}).`},e.id)}),i}function k(e,r){let a={maturity:f(`Evidence maturity`,g(`grade-maturity`,i.map(e=>[e,t[e].label]),e.maturity),i.map(e=>`${t[e].label}: ${t[e].description.replace(/\.$/,``)}`).join(`. `)+`.`,!0),basis:f(`Basis`,g(`grade-basis`,w,e.maturityBasis),`Whether the source document graded the claim, or this knowledge base assessed it.`,!0),rationale:f(`Rationale`,p(`grade-rationale`,e.assessment,4),`Why the claim gets this grade; it becomes the claim’s assessment.`,!0),...D(`grade`,e.source.id,!0)},{form:o,formError:s}=m(`grade`,`Grade the claim`,a,`Save the grade`);return o.addEventListener(`submit`,i=>{i.preventDefault();let c=e=>a[e].control.value;E(o,a,s,`the grade`,async i=>{let a=(await n(y,{input:{claim:e.id,expectedVersion:r(),maturity:c(`maturity`),basis:c(`basis`),rationale:c(`rationale`),reason:c(`reason`),source:c(`source`)}},void 0,i)).gradeClaim;return`Saved: the claim is now graded ${t[a.claim.maturity]?.label??a.claim.maturity} (version ${a.version}, by ${a.change.curator}).`},e.id)}),o}function A(t){let i=new Set(t.evidence.map(e=>e.study.id)),a=r(`p`,{class:`field-error`,id:`evidence-study-error`,hidden:!0}),o=s({label:`Study`,inputId:`evidence-study`,kinds:[`STUDY`],keepSelection:!0,required:!0,placeholder:`Type words of its title, a DOI or an author`,onSelect:()=>void 0});o.input.setAttribute(`aria-describedby`,`${o.input.getAttribute(`aria-describedby`)??``} evidence-study-error`.trim());let l={study:{root:r(`div`,{class:`field`},o.root,a),control:o.input,setError(e){a.hidden=!e,a.textContent=e??``,e?o.input.setAttribute(`aria-invalid`,`true`):o.input.removeAttribute(`aria-invalid`)}},stance:f(`Stance`,g(`evidence-stance`,Object.entries(c),`SUPPORTS`),`Whether the study supports, qualifies (limits) or contradicts the claim.`,!0),note:f(`Note`,p(`evidence-note`,``,2),`How the study bears on the claim (optional).`),...D(`evidence`,``,!0)},{form:u,formError:d}=m(`add-evidence`,`Add a study as evidence`,l,`Add the study`);return u.addEventListener(`submit`,r=>{r.preventDefault();let a=o.value();E(u,l,d,`the evidence`,async r=>{if(!a)throw new e(`choose a study from the suggestions`,`BAD_USER_INPUT`,`input.study`);let o={claim:t.id,study:a.id,stance:l.stance.control.value,note:l.note.control.value.trim()||null,reason:l.reason.control.value,source:l.source.control.value};await n(v,{input:o},void 0,r);let s=i.has(a.id)?`restated as`:`added as`;return`Saved: “${a.label}” ${s} evidence that ${c[o.stance].toLowerCase()} the claim.`},t.id)}),u}function j(e){if(!e.evidence.length)return r(`div`,{class:`curate-form`},r(`h3`,null,`Remove a study from the evidence`),r(`p`,{class:`empty`},`No studies are linked to this claim.`));let t=[...e.evidence].sort((e,t)=>e.study.title.localeCompare(t.study.title)),i={study:f(`Study`,g(`remove-study`,t.map(e=>[e.study.id,`${e.study.title} (${e.study.year}) — ${c[e.stance].toLowerCase()}`])),void 0,!0),...D(`remove`,``,!1)},{form:a,formError:o}=m(`remove-evidence`,`Remove a study from the evidence`,i,`Remove the study`,{primary:!1});return a.addEventListener(`submit`,r=>{r.preventDefault();let s=i.study.control.value,c=t.find(e=>e.study.id===s)?.study.title??s;E(a,i,o,`the removal`,async t=>(await n(b,{input:{claim:e.id,study:s,reason:i.reason.control.value,source:i.source.control.value.trim()||null}},void 0,t),`Saved: “${c}” is no longer evidence for this claim.`),e.id)}),a}export{T as claimEditor};