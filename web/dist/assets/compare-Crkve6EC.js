import{_ as e,a as t,c as n,d as r,f as i,g as a,h as o,i as s,l as c,m as l,n as u,o as d,p as f,r as p,s as m,t as h,u as g,v as _,y as v}from"./explorer-BEsIsZRd.js";var y=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
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
`,b=()=>a(`span`,{class:`muted`},`not given`),x=e=>e==null||e===``?b():e;function S(e){let t=[`${e.measure??``}: ${h(e.effect)}`];return e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`),e.effectSize!==null&&e.effectSize!==void 0&&t.push(`effect size ${e.effectSize}`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var C=[{label:`Study`,text:e=>e.title,cell:e=>p(e.id,e.title,`STUDY`)},{label:`Authors`,text:e=>e.authors.join(`, `),cell:e=>x(l(e.authors))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>x(e.journal)},{label:`Design`,text:e=>o(e.design),cell:e=>o(e.design)},{label:`Population`,text:e=>e.population??``,cell:e=>x(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=c(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=c(e);return t===null?b():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>x(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>s(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>s(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(S).join(` | `),cell:e=>e.findings.length?e.findings.map(d):b()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>g(e)}],w=[{label:`Claim`,text:e=>e.statement,cell:e=>p(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>f[e.maturity]?.label??e.maturity,cell:e=>n(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:e=>o(e.claimKind),cell:e=>o(e.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>s(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[p(e.source.id,e.source.title,`SOURCE`),a(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>a(`span`,{class:`prose-cell`},e.assessment)}];function T(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function E(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(T).join(`,`)).join(`\r
`)+`\r
`}function D(e,t,n,i){let o=E(e,t),s=URL.createObjectURL(new Blob([`\ufeff${o}`],{type:`text/csv;charset=utf-8`})),c=e=>r(i.filter(t=>t!==e));return a(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${n}`},a(`p`,{class:`compare-actions`},a(`a`,{href:s,download:`compare-${n}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${e.length} ${n})`)),a(`div`,{class:`table-wrap compare-wrap`},a(`table`,{class:`table compare-table`},a(`caption`,{class:`visually-hidden`},`${e.length} ${n} side by side`),a(`thead`,null,a(`tr`,null,a(`th`,{scope:`col`},a(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>a(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,a(`a`,{href:c(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),a(`tbody`,null,t.map(t=>a(`tr`,null,a(`th`,{scope:`row`},t.label),e.map(e=>a(`td`,null,t.cell(e)))))))))}async function O(n){let r=(n.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),o=[...new Set(r)].slice(0,6);n.setTitle(`Compare`);let s=a(`div`,null,m(`Loading the comparison…`));if(_(n.main,a(`div`,{class:`compare-page`},a(`h1`,{tabindex:`-1`},`Compare`),a(`p`,{class:`lead`},`Studies or claims side by side. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),s)),o.length===0)_(s,u(`Nothing chosen to compare yet.`),a(`p`,null,`Start from `,a(`a`,{href:i(`studies`)},`the studies`),` or `,a(`a`,{href:i(`claims`)},`the claims`),`.`));else try{let t=await v(y,{ids:o},n.signal);if(!n.current())return;let i=t.nodes.filter(e=>!!e&&`kind`in e&&(e.kind===`STUDY`||e.kind===`CLAIM`)),c=o.filter(e=>!i.some(t=>t.id===e)),l=i.filter(e=>e.kind===`STUDY`),d=i.filter(e=>e.kind===`CLAIM`),f=[l.length?`${l.length} ${l.length===1?`study`:`studies`}`:null,d.length?`${d.length} ${d.length===1?`claim`:`claims`}`:null].filter(Boolean).join(` and `);n.setTitle(`Compare ${f}`),n.main.querySelector(`h1`).textContent=f?`Compare ${f}`:`Compare`,_(s,r.length>6?a(`p`,{class:`muted`},`Only the first 6 of the ${r.length} items in the address are shown.`):null,c.length?a(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,e(c.map(e=>a(`code`,null,e))),`. Only studies and claims can be compared.`):null,l.length?D(l,C,`studies`,o):null,d.length?D(d,w,`claims`,o):null,i.length?null:u(`None of these can be compared.`))}catch(e){if(e.name===`AbortError`||!n.current())return;_(s,t(e,()=>void O(n)))}}export{O as comparePage};