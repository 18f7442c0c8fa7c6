import{B as e,L as t,M as n,N as r,O as i,P as a,R as o,W as s,_ as c,b as l,d as u,f as d,g as f,k as p,l as m,m as h,n as g,p as _,u as v,v as y,w as b,x,y as S,z as C}from"./explorer-BkSkjD8N.js";var w=`# Up to six entities of any kind, with what a side-by-side comparison shows of each: for a
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
`,T=()=>o(`span`,{class:`muted`},`not given`),E=e=>e==null||e===``?T():e;function D(e){let t=[`${e.measure??``}: ${v(e.effect)}`];e.value!==null&&e.value!==void 0&&t.push(`value ${e.value}${e.unit??``}`);let n=m(e);return n&&t.push(`${n.label} ${n.value} (${n.note})`),e.pValue!==null&&e.pValue!==void 0&&t.push(`p ${e.pValue}`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&t.push(`I² ${e.heterogeneityI2}%`),e.timepoint&&t.push(`at ${e.timepoint}`),e.significant!==null&&t.push(e.significant?`significant`:`not significant`),t.join(`; `)}var O=[{label:`Study`,text:e=>e.title,cell:e=>d(e.id,e.title,`STUDY`)},{label:`Authors`,text:e=>n(e).join(`, `),cell:e=>E(r(n(e)))},{label:`Year`,text:e=>String(e.year),cell:e=>e.year},{label:`Journal`,text:e=>e.journal??``,cell:e=>E(e.journal)},{label:`Design`,text:e=>a(e.design),cell:e=>a(e.design)},{label:`Population`,text:e=>e.population??``,cell:e=>E(e.population)},{label:`Sample size`,text:e=>{let{n:t,pooled:n}=S(e);return t===null?``:`${t}${n?` (pooled)`:``}`},cell:e=>{let{n:t,pooled:n}=S(e);return t===null?T():`${t.toLocaleString(`en`)}${n?` (pooled)`:``}`}},{label:`Duration`,text:e=>e.duration??``,cell:e=>E(e.duration)},{label:`Strains`,text:e=>e.strains.map(e=>e.label).join(`; `),cell:e=>_(e.strains)},{label:`Conditions`,text:e=>e.topics.filter(e=>e.kind===`CONDITION`).map(e=>e.label).join(`; `),cell:e=>_(e.topics.filter(e=>e.kind===`CONDITION`))},{label:`Outcomes, effects and significance`,text:e=>e.findings.map(D).join(` | `),cell:e=>e.findings.length?e.findings.map(f):T()},{label:`DOI or link`,text:e=>e.link??``,cell:e=>l(e)}],k=[{label:`Claim`,text:e=>e.statement,cell:e=>d(e.id,e.statement,`CLAIM`)},{label:`Evidence maturity`,text:e=>i[e.maturity]?.label??e.maturity,cell:e=>y(e.maturity)},{label:`Graded`,text:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`by the source`:`assessed`,cell:e=>e.maturityBasis===`GRADED_BY_SOURCE`?`By the source document`:`Assessed from the source`},{label:`Kind`,text:e=>a(e.claimKind),cell:e=>a(e.claimKind)},{label:`Studies`,text:e=>String(e.evidenceSummary.total),cell:e=>e.evidenceSummary.total},{label:`Support`,text:e=>String(e.evidenceSummary.supports),cell:e=>e.evidenceSummary.supports},{label:`Qualify`,text:e=>String(e.evidenceSummary.qualifies),cell:e=>e.evidenceSummary.qualifies},{label:`Contradict`,text:e=>String(e.evidenceSummary.contradicts),cell:e=>e.evidenceSummary.contradicts},{label:`About`,text:e=>e.subjects.map(e=>e.label).join(`; `),cell:e=>_(e.subjects)},{label:`Source`,text:e=>`${e.source.title}, ${e.section}`,cell:e=>[d(e.source.id,e.source.title,`SOURCE`),o(`span`,{class:`sub`},e.section)]},{label:`Assessment`,text:e=>e.assessment,cell:e=>o(`span`,{class:`prose-cell`},e.assessment)}];function A(e,n){return e.map(e=>(e.from.id===n?`${t(e.kind)} ${e.to.label}`:`${e.from.label} ${t(e.kind)}`)+(e.effect?` (${v(e.effect)})`:``)).join(`; `)}function j(e,n){return e.length?o(`ul`,{class:`plain compare-rels`},e.map(e=>{let r=e.from.id===n,i=r?e.to:e.from;return o(`li`,null,o(`span`,{class:`sub`},r?`${t(e.kind)} →`:`← ${t(e.kind)}`),` `,d(i.id,i.label,i.kind),e.effect?o(`span`,{class:`sub`},v(e.effect)):null,e.maturity?[` `,y(e.maturity)]:null)})):o(`span`,{class:`muted`},`none recorded`)}function M(e){if(!e.length)return`0`;let t=[...e].sort((e,t)=>p.indexOf(e.maturity)-p.indexOf(t.maturity))[0];return`${e.length} (strongest: ${i[t.maturity]?.label.toLowerCase()??t.maturity})`}function N(e){if(!e.length)return o(`span`,{class:`muted`},`none`);let t=[...e].sort((e,t)=>p.indexOf(e.maturity)-p.indexOf(t.maturity))[0];return[g(e.length,`claim`,`claims`),`, strongest `,y(t.maturity)]}function P(e){if(!e.length)return`0`;let t=new Map;for(let n of e)t.set(n.design,(t.get(n.design)??0)+1);let n=[...t].map(([e,t])=>`${t} ${a(e).toLowerCase()}`).join(`, `);return t.size===1?n:`${g(e.length,`study`,`studies`)}: ${n}`}var F=e=>e?.label??``,I=e=>e?d(e.id,e.label,e.kind):T(),L=e=>e.map(e=>e.label).join(`; `),R=e=>e.length?_(e):o(`span`,{class:`muted`},`none`),z=e=>o(`span`,{class:`prose-cell`},e);function B(e){return{label:e,text:e=>e.label,cell:e=>d(e.id,e.label,e.kind)}}var V=[B(`Strain`),{label:`Kind`,text:e=>a(e.strainKind),cell:e=>a(e.strainKind)},{label:`Species`,text:e=>F(e.species),cell:e=>I(e.species)},{label:`Mechanisms it acts on`,text:e=>A(e.mechanisms,e.id),cell:e=>j(e.mechanisms,e.id)},{label:`Studies`,text:e=>P(e.studies),cell:e=>P(e.studies)},{label:`Claims about it`,text:e=>M(e.claims),cell:e=>N(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>z(e.description)}],H=[B(`Species`),{label:`Kind`,text:e=>a(e.speciesKind),cell:e=>a(e.speciesKind)},{label:`Strains`,text:e=>L(e.strains),cell:e=>R(e.strains)},{label:`Relationships`,text:e=>A(e.relations,e.id),cell:e=>j(e.relations,e.id)},{label:`Description`,text:e=>e.description,cell:e=>z(e.description)}],U=[B(`Mechanism`),{label:`Category`,text:e=>a(e.category),cell:e=>a(e.category)},{label:`Acts on`,text:e=>A(e.influences,e.id),cell:e=>j(e.influences,e.id)},{label:`Acted on by`,text:e=>A(e.influencedBy,e.id),cell:e=>j(e.influencedBy,e.id)},{label:`Studies`,text:e=>P(e.studies),cell:e=>P(e.studies)},{label:`Claims about it`,text:e=>M(e.claims),cell:e=>N(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>z(e.description)}],W=[B(`Condition`),{label:`Kind`,text:e=>a(e.conditionKind),cell:e=>a(e.conditionKind)},{label:`A form of`,text:e=>F(e.subtypeOf),cell:e=>e.subtypeOf?I(e.subtypeOf):o(`span`,{class:`muted`},`none`)},{label:`Narrower forms`,text:e=>L(e.subtypes),cell:e=>R(e.subtypes)},{label:`Acted on by`,text:e=>A(e.influencedBy,e.id),cell:e=>j(e.influencedBy,e.id)},{label:`Studies`,text:e=>P(e.studies),cell:e=>P(e.studies)},{label:`Findings`,text:e=>String(e.findings.length),cell:e=>g(e.findings.length,`finding`,`findings`)},{label:`Claims about it`,text:e=>M(e.claims),cell:e=>N(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>z(e.description)}],G=[B(`Factor`),{label:`Kind`,text:e=>a(e.factorKind),cell:e=>a(e.factorKind)},{label:`Acts on`,text:e=>A(e.affects,e.id),cell:e=>j(e.affects,e.id)},{label:`Claims about it`,text:e=>M(e.claims),cell:e=>N(e.claims)},{label:`Description`,text:e=>e.description,cell:e=>z(e.description)}],K=[B(`Finding`),{label:`Study`,text:e=>e.study.label,cell:e=>I(e.study)},{label:`About`,text:e=>L(e.measures),cell:e=>R(e.measures)},{label:`Result and statistics`,text:e=>D(e),cell:e=>f(e)}],q=[B(`Source`),{label:`Kind of document`,text:e=>a(e.documentKind),cell:e=>a(e.documentKind)},{label:`Publisher`,text:e=>e.publisher??``,cell:e=>E(e.publisher)},{label:`Authors`,text:e=>e.authors.join(`; `),cell:e=>e.authors.length?e.authors.join(`, `):T()},{label:`Citations`,text:e=>String(e.citations.length),cell:e=>g(e.citations.length,`citation`,`citations`)},{label:`Claims it makes`,text:e=>M(e.claims),cell:e=>N(e.claims)}],J=[{kind:`STUDY`,attrs:O,one:`study`,many:`studies`},{kind:`CLAIM`,attrs:k,one:`claim`,many:`claims`},{kind:`STRAIN`,attrs:V,one:`strain`,many:`strains`},{kind:`SPECIES`,attrs:H,one:`species`,many:`species`},{kind:`MECHANISM`,attrs:U,one:`mechanism`,many:`mechanisms`},{kind:`CONDITION`,attrs:W,one:`condition`,many:`conditions`},{kind:`FACTOR`,attrs:G,one:`factor`,many:`factors`},{kind:`FINDING`,attrs:K,one:`finding`,many:`findings`},{kind:`SOURCE`,attrs:q,one:`source`,many:`sources`}];function Y(e){return/[",\n\r]/.test(e)?`"${e.replace(/"/g,`""`)}"`:e}function X(e,t){return[[`Attribute`,...e.map(e=>e.id)],...t.map(t=>[t.label,...e.map(e=>t.text(e))])].map(e=>e.map(Y).join(`,`)).join(`\r
`)+`\r
`}function Z(e,t,n,r,i){let a=X(e,t),s=URL.createObjectURL(new Blob([`\ufeff${a}`],{type:`text/csv;charset=utf-8`})),c=e=>x(i.filter(t=>t!==e));return o(`section`,{class:`section compare`,"aria-label":`Comparison of ${e.length} ${r}`},o(`p`,{class:`compare-actions`},o(`a`,{href:s,download:`compare-${r}.csv`,class:`btn btn-small`,"data-csv":`true`},`Download CSV (${g(e.length,n,r)})`)),o(`div`,{class:`table-wrap compare-wrap`},o(`table`,{class:`table compare-table`},o(`caption`,{class:`visually-hidden`},`${e.length} ${r} side by side`),o(`thead`,null,o(`tr`,null,o(`th`,{scope:`col`},o(`span`,{class:`visually-hidden`},`Attribute`)),e.map((e,t)=>o(`th`,{scope:`col`},`${t+1}. `,e.label.length>60?`${e.label.slice(0,58)}…`:e.label,` `,o(`a`,{href:c(e.id),class:`compare-remove`,"aria-label":`Remove “${e.label}” from the comparison`},`remove`))))),o(`tbody`,null,t.map(t=>o(`tr`,null,o(`th`,{scope:`row`},t.label),e.map(e=>o(`td`,null,t.cell(e)))))))))}async function Q(t){let n=(t.params.get(`ids`)??``).split(`,`).map(e=>e.trim()).filter(Boolean),r=[...new Set(n)].slice(0,6);t.setTitle(`Compare`);let i=o(`div`,null,c(`Loading the comparison…`));if(e(t.main,o(`div`,{class:`compare-page`},o(`h1`,{tabindex:`-1`},`Compare`),o(`p`,{class:`lead`},`Entities side by side: studies, claims, strains or any other kind. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.`),i)),r.length===0)e(i,u(`Nothing chosen to compare yet.`),o(`p`,null,`Start from `,o(`a`,{href:b(`studies`)},`the studies`),` or `,o(`a`,{href:b(`claims`)},`the claims`),`.`));else try{let a=await s(w,{ids:r},t.signal);if(!t.current())return;let c=a.nodes.filter(e=>!!e&&`kind`in e&&J.some(t=>t.kind===e.kind)),l=r.filter(e=>!c.some(t=>t.id===e)),d=J.map(e=>({...e,items:c.filter(t=>t.kind===e.kind)})).filter(e=>e.items.length),f=d.map(e=>g(e.items.length,e.one,e.many)),p=f.length>1?`${f.slice(0,-1).join(`, `)} and ${f[f.length-1]}`:f[0]??``;t.setTitle(`Compare ${p}`),t.main.querySelector(`h1`).textContent=p?`Compare ${p}`:`Compare`,e(i,n.length>6?o(`p`,{class:`muted`},`Only the first 6 of the ${n.length} items in the address are shown.`):null,l.length?o(`p`,{class:`error`,role:`alert`},`Not found, so left out: `,C(l.map(e=>o(`code`,null,e))),`. The graph has nothing with `,l.length===1?`this id.`:`these ids.`):null,d.length>1?o(`p`,{class:`muted`},`Each kind is compared in a table of its own, as each has rows of its own.`):null,d.map(e=>Z(e.items,e.attrs,e.one,e.many,r)),c.length?null:u(`None of these can be compared.`))}catch(n){if(n.name===`AbortError`||!t.current())return;e(i,h(n,()=>void Q(t)))}}export{Q as comparePage};