import{B as e,H as t,P as n,R as r,W as i,a,f as o,j as s}from"./explorer-BkSkjD8N.js";import{c,i as l,l as u,n as d,o as f,s as p,t as m}from"./forms-DYvbTVWT.js";var h=`# A curator adds a study from the literature: no source cites it, and its provenance is, by
# default, the curator's own reading of it (its DOI, else its PubMed id).
mutation CreateStudy($input: CreateStudyInput!) {
  createStudy(input: $input) {
    study {
      id
      kind
      label
      title
      year
    }
    version
    change {
      seq
      curator
    }
  }
}
`,g=`# Is a study with this DOI already in the graph? A curator looks before adding one.
query StudyByDoi($doi: String!) {
  study(doi: $doi) {
    id
    kind
    label
    title
    year
  }
}
`;function _(e){return e.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i,``).replace(/^doi:\s*/i,``)}var v=e=>/^10\.\d{4,9}\/\S+$/.test(_(e));async function y(e){try{return(await i(g,{doi:_(e)})).study}catch(e){if(e instanceof t&&(e.notFound||e.badInput))return null;throw e}}function b(g){let b=g.idPrefix,x=f(`${b}-doi`,g.doi?_(g.doi):``,{inputmode:`url`,spellcheck:`false`}),S={doi:l(`DOI`,x,`e.g. 10.3390/microorganisms9020353 (a doi.org address works too). Looked up first, so that a study is never added twice.`,!0),title:l(`Title`,f(`${b}-title`),`The publication’s title.`,!0),authors:l(`Authors`,u(`${b}-authors`,``,3),`One per line, as cited: family name, initials (Doe, J.).`,!0),year:l(`Year`,f(`${b}-year`,``,{inputmode:`numeric`}),`The year of publication.`,!0),journal:l(`Journal`,f(`${b}-journal`),`The journal or other venue (optional).`),design:l(`Design`,p(`${b}-design`,[[``,`Choose the design…`],...s.map(e=>[e,n(e)])]),`How the study was designed.`,!0),population:l(`Population`,f(`${b}-population`),`Who was studied, in words (optional).`),sampleSize:l(`Sample size`,f(`${b}-sampleSize`,``,{inputmode:`numeric`}),`The number of participants (optional).`),summary:l(`Summary`,u(`${b}-summary`,``,3),`What the study did and why it matters here, in your own words.`,!0),reason:l(`Reason`,f(`${b}-reason`),`Why you add the study; it is kept in the history.`,!0)},C=r(`div`,{class:`lookup-result`,role:`status`}),w=r(`button`,{type:`button`,class:`btn btn-small`},`Look up the DOI`);S.doi.root.insertBefore(r(`div`,{class:`lookup-row`},w),S.doi.root.querySelector(`.field-error`)),S.doi.root.append(C);let{form:T,formError:E}=d(`${b}`,`Add a study from the literature`,S,`Add the study`,{note:`For a study no source document cites. Its provenance is your reading of the study (its DOI), recorded with your name and the day.`});T.classList.add(`new-study-form`);let D=null,O=(t,n)=>{D=t,t?e(C,r(`p`,null,`Already in the graph: `,o(t.id,`${t.title} (${t.year})`,`STUDY`),`. It is not added again.`),r(`button`,{type:`button`,class:`btn btn-small btn-primary`,onclick:()=>g.onStudy(t,!1)},g.useLabel??`Use this study`)):e(C,r(`p`,null,`No study in the graph has the DOI ${_(n)}: fill in the rest to add it.`))},k=async()=>{m(S,E);let e=x.value;if(!v(e))return S.doi.setError(e.trim()?`“${e.trim()}” is not a DOI: it starts with 10., a registrant number, a slash and a suffix, e.g. 10.3390/microorganisms9020353.`:`Missing: give the study’s DOI.`),x.focus(),!1;w.disabled=!0;try{return O(await y(e),e),!0}catch(e){return c(e,S,E,`the look-up`),!1}finally{w.disabled=!1}};w.addEventListener(`click`,()=>void k()),x.addEventListener(`input`,()=>{D=null,e(C)});let A=()=>{let t=e=>S[e].control.value.trim(),n=[];t(`title`)||n.push([`title`,`Missing: give the publication’s title.`]),t(`authors`)||n.push([`authors`,`Missing: give at least one author, as cited (Doe, J.).`]);let r=Number(t(`year`));t(`year`)?(!Number.isInteger(r)||r<1900||r>2100)&&n.push([`year`,`“${t(`year`)}” is not a year from 1900 to 2100.`]):n.push([`year`,`Missing: give the year of publication.`]),t(`design`)||n.push([`design`,`Missing: choose how the study was designed.`]);let i=Number(t(`sampleSize`));t(`sampleSize`)&&(!Number.isInteger(i)||i<1)&&n.push([`sampleSize`,`“${t(`sampleSize`)}” is not a number of participants (a whole number, 1 or more).`]),t(`summary`)||n.push([`summary`,`Missing: say in a sentence or two what the study did.`]),t(`reason`)||n.push([`reason`,`Missing: say why you add the study.`]);for(let[e,t]of n)S[e].setError(t);return n.length&&(e(E,`Not saved: ${n.length===1?`one field needs`:`${n.length} fields need`} your attention above.`),E.hidden=!1,S[n[0][0]].control.focus()),n.length===0};return T.addEventListener(`submit`,n=>{n.preventDefault(),(async()=>{if(!await k())return;if(D){e(E,`Not saved: a study with this DOI is already in the graph (see above).`),E.hidden=!1;return}if(!A())return;let n=a();if(!n){c(new t(`you are not signed in`,`UNAUTHENTICATED`),S,E,`the study`);return}let s=e=>S[e].control.value.trim(),l=_(s(`doi`)),u={reason:s(`reason`),source:`doi:${l}`,doi:l,title:s(`title`),authors:s(`authors`).split(`
`).map(e=>e.trim()).filter(Boolean),year:Number(s(`year`)),journal:s(`journal`)||null,design:s(`design`),population:s(`population`)||null,sampleSize:s(`sampleSize`)?Number(s(`sampleSize`)):null,summary:s(`summary`)},d=T.querySelector(`button[type="submit"]`);d.disabled=!0,T.setAttribute(`aria-busy`,`true`);try{let t=await i(h,{input:u},void 0,n),a=t.createStudy.study;e(C,r(`p`,null,`Added: `,o(a.id,`${a.title} (${a.year})`,`STUDY`),` (by ${t.createStudy.change.curator}).`)),g.onStudy(a,!0)}catch(e){c(e,S,E,`the study`)}finally{d.disabled=!1,T.removeAttribute(`aria-busy`)}})()}),T}export{v as looksLikeDoi,b as newStudyForm};