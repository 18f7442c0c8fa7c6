<<<<<<<< HEAD:web/dist/assets/compare-BIKayt1C.js
<<<<<<<< HEAD:web/dist/assets/compare-BIKayt1C.js
<<<<<<<< HEAD:web/dist/assets/compare-BIKayt1C.js
import{D as e,E as t,O as n,S as r,T as i,a,c as o,d as s,f as c,i as l,l as u,m as d,n as f,o as p,r as m,s as h,u as g,v as _,x as v}from"./explorer-CecuunnW.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
========
import{D as e,E as t,O as n,S as r,T as i,a,c as o,d as s,f as c,i as l,l as u,m as d,n as f,o as p,r as m,s as h,u as g,v as _,x as v}from"./explorer-DdSDVqH5.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
>>>>>>>> search:web/dist/assets/compare-F-VNtwIp.js
========
import{D as e,E as t,O as n,S as r,T as i,a,c as o,d as s,f as c,i as l,l as u,m as d,n as f,o as p,r as m,s as h,u as g,v as _,x as v}from"./explorer-CnykJVFY.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
>>>>>>>> live:web/dist/assets/compare-DBILrsfg.js
========
import{D as e,E as t,O as n,S as r,T as i,a,c as o,d as s,f as c,i as l,l as u,m as d,n as f,o as p,r as m,s as h,u as g,v as _,x as v}from"./explorer-DFvxs3V4.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
>>>>>>>> paths:web/dist/assets/compare-CuvR0tQZ.js
# its design, population, size, duration, strains, outcomes and their statistics; for a claim
# its grade, kind, source and the stances of the studies behind it.
query Compare($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Study {
      kind
      label
      title
      authors
      year
      journal
      doi
      link
      design
      population
      sampleSize
      duration
      strains {
        ...EntityRef
      }
      topics {
        ...EntityRef
      }
      findings {
        ...FindingValues
      }
    }
    ... on Claim {
      kind
      label
      statement
      maturity
      maturityBasis
      claimKind
      assessment
      source {
        id
        title
      }
      section
      subjects {
        ...EntityRef
      }
      evidenceSummary {
        total
        supports
        qualifies
        contradicts
      }
    }
  }
}
`,b=()=>i(`span`,{class:`muted`},`not given`),x=e=>e==null||e===``?b():e;function S(e){let t=[`${e.measure??``}: ${f(e.effect)}`];return e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`),e.effectSize!==null&&e.effectSize!==void 0&&t.push(`effect size ${e.effectSize}`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var C=[{label:`Study`,text:e=>e.title,cell:e=>l(e.id,e.title,`STUDY`)},{label:`Authors`,text:e=>e.authors.join(`, `),cell:e=>x(v(e.authors))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>x(e.journal)},{label:`Design`,text:e=>r(e.design),cell:e=>r(e.design)},{label:`Population`,text:e=>e.population??``,cell:e=>x(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=g(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=g(e);return t===null?b():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>x(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>a(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>a(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(S).join(` | `),cell:e=>e.findings.length?e.findings.map(h):b()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>s(e)}],w=[{label:`Claim`,text:e=>e.statement,cell:e=>l(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>_[e.maturity]?.label??e.maturity,cell:e=>u(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:e=>r(e.claimKind),cell:e=>r(e.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>a(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[l(e.source.id,e.source.title,`SOURCE`),i(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>i(`span`,{class:`prose-cell`},e.assessment)}];function T(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function E(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(T).join(`,`)).join(`\r
`)+`\r
`}function D(e,t,n,r){let a=E(e,t),o=URL.createObjectURL(new Blob([`\ufeff${a}`],{type:`text/csv;charset=utf-8`})),s=e=>c(r.filter(t=>t!==e));return i(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${n}`},i(`p`,{class:`compare-actions`},i(`a`,{href:o,download:`compare-${n}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${e.length} ${n})`)),i(`div`,{class:`table-wrap compare-wrap`},i(`table`,{class:`table compare-table`},i(`caption`,{class:`visually-hidden`},`${e.length} ${n} side by side`),i(`thead`,null,i(`tr`,null,i(`th`,{scope:`col`},i(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>i(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,i(`a`,{href:s(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),i(`tbody`,null,t.map(t=>i(`tr`,null,i(`th`,{scope:`row`},t.label),e.map(e=>i(`td`,null,t.cell(e)))))))))}async function O(r){let a=(r.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),s=[...new Set(a)].slice(0,6);r.setTitle(`Compare`);let c=i(`div`,null,o(`Loading the comparison…`));if(e(r.main,i(`div`,{class:`compare-page`},i(`h1`,{tabindex:`-1`},`Compare`),i(`p`,{class:`lead`},`Studies or claims side by side. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),c)),s.length===0)e(c,m(`Nothing chosen to compare yet.`),i(`p`,null,`Start from `,i(`a`,{href:d(`studies`)},`the studies`),` or `,i(`a`,{href:d(`claims`)},`the claims`),`.`));else try{let o=await n(y,{ids:s},r.signal);if(!r.current())return;let l=o.nodes.filter(e=>!!e&&`kind`in e&&(e.kind===`STUDY`||e.kind===`CLAIM`)),u=s.filter(e=>!l.some(t=>t.id===e)),d=l.filter(e=>e.kind===`STUDY`),f=l.filter(e=>e.kind===`CLAIM`),p=[d.length?`${d.length} ${d.length===1?`study`:`studies`}`:null,f.length?`${f.length} ${f.length===1?`claim`:`claims`}`:null].filter(Boolean).join(` and `);r.setTitle(`Compare ${p}`),r.main.querySelector(`h1`).textContent=p?`Compare ${p}`:`Compare`,e(c,a.length>6?i(`p`,{class:`muted`},`Only the first 6 of the ${a.length} items in the address are shown.`):null,u.length?i(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,t(u.map(e=>i(`code`,null,e))),`. Only studies and claims can be compared.`):null,d.length?D(d,C,`studies`,s):null,f.length?D(f,w,`claims`,s):null,l.length?null:m(`None of these can be compared.`))}catch(t){if(t.name===`AbortError`||!r.current())return;e(c,p(t,()=>void O(r)))}}export{O as comparePage};