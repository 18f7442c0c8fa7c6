import{A as e,C as t,D as n,F as r,H as i,I as a,L as o,M as s,O as c,R as l,_ as u,b as d,d as f,f as p,g as m,h,j as g,l as _,n as v,p as y,u as b,v as x,y as S}from"./explorer-BzQY6z7B.js";var C=`# Up to six entities of any kind, with what a side-by-side comparison shows of each: for a
# study its design, population, size, duration, strains, outcomes and their statistics; for a
# claim its grade, kind, source and the stances of the studies behind it; for the other kinds
# their kind, links and how much evidence touches them.
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
    ... on Strain {
      kind
      label
      fullName
      strainKind
      description
      species {
        ...EntityRef
      }
      mechanisms {
        ...CompareRelation
      }
      studies {
        id
        design
      }
      claims {
        id
        maturity
      }
    }
    ... on Species {
      kind
      label
      name
      speciesKind
      description
      strains {
        ...EntityRef
      }
      relations {
        ...CompareRelation
      }
    }
    ... on Mechanism {
      kind
      label
      category
      description
      influences {
        ...CompareRelation
      }
      influencedBy {
        ...CompareRelation
      }
      studies {
        id
        design
      }
      claims {
        id
        maturity
      }
    }
    ... on Condition {
      kind
      label
      conditionKind
      description
      subtypeOf {
        ...EntityRef
      }
      subtypes {
        ...EntityRef
      }
      influencedBy {
        ...CompareRelation
      }
      studies {
        id
        design
      }
      findings {
        id
      }
      claims {
        id
        maturity
      }
    }
    ... on Factor {
      kind
      label
      factorKind
      description
      affects {
        ...CompareRelation
      }
      claims {
        id
        maturity
      }
    }
    ... on Finding {
      kind
      label
      ...FindingValues
      study {
        ...EntityRef
      }
      measures {
        ...EntityRef
      }
    }
    ... on Source {
      kind
      label
      title
      publisher
      documentKind
      authors
      citations {
        number
      }
      claims {
        id
        maturity
      }
    }
  }
}

# A relationship as a comparison shows it: the other end, what the link is, its grade.
fragment CompareRelation on Relation {
  kind
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  effect
  maturity
}
`,w=()=>a(`span`,{class:`muted`},`not given`),T=e=>e==null||e===``?w():e;function E(e){let t=[`${e.measure??``}: ${_(e.effect)}`];return e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`),e.effectSize!==null&&e.effectSize!==void 0&&t.push(`effect size ${e.effectSize}`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var D=[{label:`Study`,text:e=>e.title,cell:e=>f(e.id,e.title,`STUDY`)},{label:`Authors`,text:t=>e(t).join(`, `),cell:t=>T(g(e(t)))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>T(e.journal)},{label:`Design`,text:e=>s(e.design),cell:e=>s(e.design)},{label:`Population`,text:e=>e.population??``,cell:e=>T(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=x(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=x(e);return t===null?w():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>T(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>p(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>p(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(E).join(` | `),cell:e=>e.findings.length?e.findings.map(h):w()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>S(e)}],O=[{label:`Claim`,text:e=>e.statement,cell:e=>f(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>n[e.maturity]?.label??e.maturity,cell:e=>u(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:e=>s(e.claimKind),cell:e=>s(e.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>p(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[f(e.source.id,e.source.title,`SOURCE`),a(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>a(`span`,{class:`prose-cell`},e.assessment)}];function k(e,t){return e.map(e=>(e.from.id===t?`${r(e.kind)} ${e.to.label}`:`${e.from.label} ${r(e.kind)}`)+(e.effect?` (${_(e.effect)})`:``)).join(`; `)}function A(e,t){return e.length?a(`ul`,{class:`plain compare-rels`},e.map(e=>{let n=e.from.id===t,i=n?e.to:e.from;return a(`li`,null,a(`span`,{class:`sub`},n?`${r(e.kind)} →`:`← ${r(e.kind)}`),` `,f(i.id,i.label,i.kind),e.effect?a(`span`,{class:`sub`},_(e.effect)):null,e.maturity?[` `,u(e.maturity)]:null)})):a(`span`,{class:`muted`},`none recorded`)}function j(e){if(!e.length)return`0`;let t=[...e].sort((e,t)=>c.indexOf(e.maturity)-c.indexOf(t.maturity))[0];return`${e.length} (strongest: ${n[t.maturity]?.label.toLowerCase()??t.maturity})`}function M(e){if(!e.length)return a(`span`,{class:`muted`},`none`);let t=[...e].sort((e,t)=>c.indexOf(e.maturity)-c.indexOf(t.maturity))[0];return[v(e.length,`claim`,`claims`),`, strongest `,u(t.maturity)]}function N(e){if(!e.length)return`0`;let t=new Map;for(let n of e)t.set(n.design,(t.get(n.design)??0)+1);let n=[...t].map(([e,t])=>`${t} ${s(e).toLowerCase()}`).join(`, `);return t.size===1?n:`${v(e.length,`study`,`studies`)}: ${n}`}var P=e=>e?.label??``,F=e=>e?f(e.id,e.label,e.kind):w(),I=e=>e.map(e=>e.label).join(`; `),L=e=>e.length?p(e):a(`span`,{class:`muted`},`none`),R=e=>a(`span`,{class:`prose-cell`},e);function z(e){return{label:e,text:e=>e.label,cell:e=>f(e.id,e.label,e.kind)}}var B=[z(`Strain`),{label:`Kind`,text:e=>s(e.strainKind),cell:e=>s(e.strainKind)},{label:`Species`,text:e=>P(e.species),cell:e=>F(e.species)},{label:`Mechanisms it acts on`,text:e=>k(e.mechanisms,e.id),cell:e=>A(e.mechanisms,e.id)},{label:`Studies`,text:e=>N(e.studies),cell:e=>N(e.studies)},{label:`Claims about it`,text:e=>j(e.claims),cell:e=>M(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>R(e.description)}],V=[z(`Species`),{label:`Kind`,text:e=>s(e.speciesKind),cell:e=>s(e.speciesKind)},{label:`Strains`,text:e=>I(e.strains),cell:e=>L(e.strains)},{label:`Relationships`,text:e=>k(e.relations,e.id),cell:e=>A(e.relations,e.id)},{label:`Description`,text:e=>e.description,cell:e=>R(e.description)}],H=[z(`Mechanism`),{label:`Category`,text:e=>s(e.category),cell:e=>s(e.category)},{label:`Acts on`,text:e=>k(e.influences,e.id),cell:e=>A(e.influences,e.id)},{label:`Acted on by`,text:e=>k(e.influencedBy,e.id),cell:e=>A(e.influencedBy,e.id)},{label:`Studies`,text:e=>N(e.studies),cell:e=>N(e.studies)},{label:`Claims about it`,text:e=>j(e.claims),cell:e=>M(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>R(e.description)}],U=[z(`Condition`),{label:`Kind`,text:e=>s(e.conditionKind),cell:e=>s(e.conditionKind)},{label:`A form of`,text:e=>P(e.subtypeOf),cell:e=>e.subtypeOf?F(e.subtypeOf):a(`span`,{class:`muted`},`none`)},{label:`Narrower forms`,text:e=>I(e.subtypes),cell:e=>L(e.subtypes)},{label:`Acted on by`,text:e=>k(e.influencedBy,e.id),cell:e=>A(e.influencedBy,e.id)},{label:`Studies`,text:e=>N(e.studies),cell:e=>N(e.studies)},{label:`Findings`,text:e=>String(e.findings.length),cell:e=>v(e.findings.length,`finding`,`findings`)},{label:`Claims about it`,text:e=>j(e.claims),cell:e=>M(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>R(e.description)}],W=[z(`Factor`),{label:`Kind`,text:e=>s(e.factorKind),cell:e=>s(e.factorKind)},{label:`Acts on`,text:e=>k(e.affects,e.id),cell:e=>A(e.affects,e.id)},{label:`Claims about it`,text:e=>j(e.claims),cell:e=>M(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>R(e.description)}],G=[z(`Finding`),{label:`Study`,text:e=>e.study.label,cell:e=>F(e.study)},{label:`About`,text:e=>I(e.measures),cell:e=>L(e.measures)},{label:`Result and statistics`,text:e=>E(e),cell:e=>h(e)}],K=[z(`Source`),{label:`Kind of document`,text:e=>s(e.documentKind),cell:e=>s(e.documentKind)},{label:`Publisher`,text:e=>e.publisher??``,cell:e=>T(e.publisher)},{label:`Authors`,text:e=>e.authors.join(`; `),cell:e=>e.authors.length?e.authors.join(`, `):w()},{label:`Citations`,text:e=>String(e.citations.length),cell:e=>v(e.citations.length,`citation`,`citations`)},{label:`Claims it makes`,text:e=>j(e.claims),cell:e=>M(e.claims)}],q=[{kind:`STUDY`,attrs:D,one:`study`,many:`studies`},{kind:`CLAIM`,attrs:O,one:`claim`,many:`claims`},{kind:`STRAIN`,attrs:B,one:`strain`,many:`strains`},{kind:`SPECIES`,attrs:V,one:`species`,many:`species`},{kind:`MECHANISM`,attrs:H,one:`mechanism`,many:`mechanisms`},{kind:`CONDITION`,attrs:U,one:`condition`,many:`conditions`},{kind:`FACTOR`,attrs:W,one:`factor`,many:`factors`},{kind:`FINDING`,attrs:G,one:`finding`,many:`findings`},{kind:`SOURCE`,attrs:K,one:`source`,many:`sources`}];function J(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function Y(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(J).join(`,`)).join(`\r
`)+`\r
`}function X(e,t,n,r,i){let o=Y(e,t),s=URL.createObjectURL(new Blob([`\ufeff${o}`],{type:`text/csv;charset=utf-8`})),c=e=>d(i.filter(t=>t!==e));return a(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${r}`},a(`p`,{class:`compare-actions`},a(`a`,{href:s,download:`compare-${r}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${v(e.length,n,r)})`)),a(`div`,{class:`table-wrap compare-wrap`},a(`table`,{class:`table compare-table`},a(`caption`,{class:`visually-hidden`},`${e.length} ${r} side by side`),a(`thead`,null,a(`tr`,null,a(`th`,{scope:`col`},a(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>a(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,a(`a`,{href:c(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),a(`tbody`,null,t.map(t=>a(`tr`,null,a(`th`,{scope:`row`},t.label),e.map(e=>a(`td`,null,t.cell(e)))))))))}async function Z(e){let n=(e.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),r=[...new Set(n)].slice(0,6);e.setTitle(`Compare`);let s=a(`div`,null,m(`Loading the comparison…`));if(l(e.main,a(`div`,{class:`compare-page`},a(`h1`,{tabindex:`-1`},`Compare`),a(`p`,{class:`lead`},`Entities side by side: studies, claims, strains or any other kind. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),s)),r.length===0)l(s,b(`Nothing chosen to compare yet.`),a(`p`,null,`Start from `,a(`a`,{href:t(`studies`)},`the studies`),` or `,a(`a`,{href:t(`claims`)},`the claims`),`.`));else try{let t=await i(C,{ids:r},e.signal);if(!e.current())return;let c=t.nodes.filter(e=>!!e&&`kind`in e&&q.some(t=>t.kind===e.kind)),u=r.filter(e=>!c.some(t=>t.id===e)),d=q.map(e=>({...e,items:c.filter(t=>t.kind===e.kind)})).filter(e=>e.items.length),f=d.map(e=>v(e.items.length,e.one,e.many)),p=f.length>1?`${f.slice(0,-1).join(`, `)} and ${f[f.length-1]}`:f[0]??``;e.setTitle(`Compare ${p}`),e.main.querySelector(`h1`).textContent=p?`Compare ${p}`:`Compare`,l(s,n.length>6?a(`p`,{class:`muted`},`Only the first 6 of the ${n.length} items in the address are shown.`):null,u.length?a(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,o(u.map(e=>a(`code`,null,e))),`. The graph has nothing with `,u.length===1?`this id.`:`these ids.`):null,d.length>1?a(`p`,{class:`muted`},`Each kind is compared in a table of its own, as each has rows of its own.`):null,d.map(e=>X(e.items,e.attrs,e.one,e.many,r)),c.length?null:b(`None of these can be compared.`))}catch(t){if(t.name===`AbortError`||!e.current())return;l(s,y(t,()=>void Z(e)))}}export{Z as comparePage};