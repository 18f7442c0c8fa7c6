import{A as e,C as t,D as n,H as r,I as i,L as a,M as o,R as s,_ as c,b as l,d as u,f as d,g as f,h as p,j as m,l as h,n as g,p as _,u as v,v as y,y as b}from"./explorer-Bnz4Qv1G.js";var x=`# Up to six studies or claims, with what a side-by-side comparison shows of each: for a study
# its design, population, size, duration, strains, outcomes and their statistics; for a claim
# its grade, kind, source and the stances of the studies behind it.
query Compare($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Study {
      kind
      label
      title
      authorNames {
        display
      }
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
`,S=()=>i(`span`,{class:`muted`},`not given`),C=e=>e==null||e===``?S():e;function w(e){let t=[`${e.measure??``}: ${h(e.effect)}`];return e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`),e.effectSize!==null&&e.effectSize!==void 0&&t.push(`effect size ${e.effectSize}`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var T=[{label:`Study`,text:e=>e.title,cell:e=>u(e.id,e.title,`STUDY`)},{label:`Authors`,text:t=>e(t).join(`, `),cell:t=>C(m(e(t)))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>C(e.journal)},{label:`Design`,text:e=>o(e.design),cell:e=>o(e.design)},{label:`Population`,text:e=>e.population??``,cell:e=>C(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=y(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=y(e);return t===null?S():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>C(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>d(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>d(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(w).join(` | `),cell:e=>e.findings.length?e.findings.map(p):S()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>b(e)}],E=[{label:`Claim`,text:e=>e.statement,cell:e=>u(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>n[e.maturity]?.label??e.maturity,cell:e=>c(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:e=>o(e.claimKind),cell:e=>o(e.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>d(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[u(e.source.id,e.source.title,`SOURCE`),i(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>i(`span`,{class:`prose-cell`},e.assessment)}];function D(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function O(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(D).join(`,`)).join(`\r
`)+`\r
`}function k(e,t,n,r){let a=O(e,t),o=URL.createObjectURL(new Blob([`\ufeff${a}`],{type:`text/csv;charset=utf-8`})),s=e=>l(r.filter(t=>t!==e));return i(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${n}`},i(`p`,{class:`compare-actions`},i(`a`,{href:o,download:`compare-${n}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${g(e.length,n.replace(/s$/,``),n)})`)),i(`div`,{class:`table-wrap compare-wrap`},i(`table`,{class:`table compare-table`},i(`caption`,{class:`visually-hidden`},`${e.length} ${n} side by side`),i(`thead`,null,i(`tr`,null,i(`th`,{scope:`col`},i(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>i(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,i(`a`,{href:s(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),i(`tbody`,null,t.map(t=>i(`tr`,null,i(`th`,{scope:`row`},t.label),e.map(e=>i(`td`,null,t.cell(e)))))))))}async function A(e){let n=(e.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),o=[...new Set(n)].slice(0,6);e.setTitle(`Compare`);let c=i(`div`,null,f(`Loading the comparison…`));if(s(e.main,i(`div`,{class:`compare-page`},i(`h1`,{tabindex:`-1`},`Compare`),i(`p`,{class:`lead`},`Studies or claims side by side. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),c)),o.length===0)s(c,v(`Nothing chosen to compare yet.`),i(`p`,null,`Start from `,i(`a`,{href:t(`studies`)},`the studies`),` or `,i(`a`,{href:t(`claims`)},`the claims`),`.`));else try{let t=await r(x,{ids:o},e.signal);if(!e.current())return;let l=t.nodes.filter(e=>!!e&&`kind`in e&&(e.kind===`STUDY`||e.kind===`CLAIM`)),u=o.filter(e=>!l.some(t=>t.id===e)),d=l.filter(e=>e.kind===`STUDY`),f=l.filter(e=>e.kind===`CLAIM`),p=[d.length?`${d.length} ${d.length===1?`study`:`studies`}`:null,f.length?`${f.length} ${f.length===1?`claim`:`claims`}`:null].filter(Boolean).join(` and `);e.setTitle(`Compare ${p}`),e.main.querySelector(`h1`).textContent=p?`Compare ${p}`:`Compare`,s(c,n.length>6?i(`p`,{class:`muted`},`Only the first 6 of the ${n.length} items in the address are shown.`):null,u.length?i(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,a(u.map(e=>i(`code`,null,e))),`. Only studies and claims can be compared.`):null,d.length?k(d,T,`studies`,o):null,f.length?k(f,E,`claims`,o):null,l.length?null:v(`None of these can be compared.`))}catch(t){if(t.name===`AbortError`||!e.current())return;s(c,_(t,()=>void A(e)))}}export{A as comparePage};