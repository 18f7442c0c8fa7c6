import{A as e,B as t,E as n,F as r,I as i,P as a,S as o,_ as s,c,d as l,f as u,g as d,h as f,k as p,l as m,m as h,u as g,v as _,y as v}from"./explorer-t7xb6uc0.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
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
`,b=()=>a(`span`,{class:`muted`},`not given`),x=e=>e==null||e===``?b():e;function S(e){let t=[`${e.measure??``}: ${c(e.effect)}`];return e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`),e.effectSize!==null&&e.effectSize!==void 0&&t.push(`effect size ${e.effectSize}`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var C=[{label:`Study`,text:e=>e.title,cell:e=>g(e.id,e.title,`STUDY`)},{label:`Authors`,text:e=>e.authors.join(`, `),cell:e=>x(p(e.authors))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>x(e.journal)},{label:`Design`,text:t=>e(t.design),cell:t=>e(t.design)},{label:`Population`,text:e=>e.population??``,cell:e=>x(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=s(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=s(e);return t===null?b():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>x(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>l(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>l(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(S).join(` | `),cell:e=>e.findings.length?e.findings.map(h):b()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>_(e)}],w=[{label:`Claim`,text:e=>e.statement,cell:e=>g(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>n[e.maturity]?.label??e.maturity,cell:e=>d(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:t=>e(t.claimKind),cell:t=>e(t.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>l(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[g(e.source.id,e.source.title,`SOURCE`),a(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>a(`span`,{class:`prose-cell`},e.assessment)}];function T(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function E(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(T).join(`,`)).join(`\r
`)+`\r
`}function D(e,t,n,r){let i=E(e,t),o=URL.createObjectURL(new Blob([`\ufeff${i}`],{type:`text/csv;charset=utf-8`})),s=e=>v(r.filter(t=>t!==e));return a(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${n}`},a(`p`,{class:`compare-actions`},a(`a`,{href:o,download:`compare-${n}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${e.length} ${n})`)),a(`div`,{class:`table-wrap compare-wrap`},a(`table`,{class:`table compare-table`},a(`caption`,{class:`visually-hidden`},`${e.length} ${n} side by side`),a(`thead`,null,a(`tr`,null,a(`th`,{scope:`col`},a(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>a(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,a(`a`,{href:s(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),a(`tbody`,null,t.map(t=>a(`tr`,null,a(`th`,{scope:`row`},t.label),e.map(e=>a(`td`,null,t.cell(e)))))))))}async function O(e){let n=(e.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),s=[...new Set(n)].slice(0,6);e.setTitle(`Compare`);let c=a(`div`,null,f(`Loading the comparison…`));if(i(e.main,a(`div`,{class:`compare-page`},a(`h1`,{tabindex:`-1`},`Compare`),a(`p`,{class:`lead`},`Studies or claims side by side. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),c)),s.length===0)i(c,m(`Nothing chosen to compare yet.`),a(`p`,null,`Start from `,a(`a`,{href:o(`studies`)},`the studies`),` or `,a(`a`,{href:o(`claims`)},`the claims`),`.`));else try{let o=await t(y,{ids:s},e.signal);if(!e.current())return;let l=o.nodes.filter(e=>!!e&&`kind`in e&&(e.kind===`STUDY`||e.kind===`CLAIM`)),u=s.filter(e=>!l.some(t=>t.id===e)),d=l.filter(e=>e.kind===`STUDY`),f=l.filter(e=>e.kind===`CLAIM`),p=[d.length?`${d.length} ${d.length===1?`study`:`studies`}`:null,f.length?`${f.length} ${f.length===1?`claim`:`claims`}`:null].filter(Boolean).join(` and `);e.setTitle(`Compare ${p}`),e.main.querySelector(`h1`).textContent=p?`Compare ${p}`:`Compare`,i(c,n.length>6?a(`p`,{class:`muted`},`Only the first 6 of the ${n.length} items in the address are shown.`):null,u.length?a(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,r(u.map(e=>a(`code`,null,e))),`. Only studies and claims can be compared.`):null,d.length?D(d,C,`studies`,s):null,f.length?D(f,w,`claims`,s):null,l.length?null:m(`None of these can be compared.`))}catch(t){if(t.name===`AbortError`||!e.current())return;i(c,u(t,()=>void O(e)))}}export{O as comparePage};