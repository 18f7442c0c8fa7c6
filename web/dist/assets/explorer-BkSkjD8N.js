const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/claimEditor-psBKQhAc.js","assets/forms-DYvbTVWT.js","assets/newStudy-DUGimx2q.js","assets/graph-BfTPUbRI.js","assets/preload-helper-DhKmMKam.js","assets/signin-C0NTRQ59.js"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper-DhKmMKam.js";var t=`# Fragments shared by the Explorer's queries. The Explorer appends to each query only the
# fragments it uses (see src/explorer/api.ts), so every query below stays a valid document.

# The three fields every entity has and every link needs: where to go and what to call it.
fragment EntityRef on Entity {
  id
  kind
  label
}

# Where something is stated: the source document, the section and its citation numbers,
# resolved to the studies behind those numbers; or a curator's own reading (of a publication
# or a section), with the curator and the day.
fragment ProvenanceFields on Provenance {
  source {
    id
    title
  }
  section
  citations
  citedStudies {
    id
    title
    year
  }
  curated
  curator
  date
  publication
}

# A relationship seen from either end, with how mature its evidence is.
fragment RelationFields on Relation {
  kind
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  effect
  maturity
  note
  studies {
    id
    title
    year
  }
}

# A study as a row of a table, with what it examined (to sort and filter by strain and condition).
fragment StudyRow on Study {
  id
  title
  authorNames {
    display
  }
  year
  design
  sampleSize
  link
  strains {
    ...EntityRef
  }
  topics {
    ...EntityRef
  }
}

# A finding's numbers, shown as values in evidence tables (the prose summary on demand).
fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}

# A claim as a row of a table, with what it is about (to filter by strain and condition).
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}

# A pathway or connection with its hops: each hop's relationship, the claims that assert it,
# and its studies with the stances those claims take (pathways.graphql, connections.graphql).
fragment PathwayFields on Pathway {
  strength
  length
  nodes {
    ...EntityRef
  }
  hops {
    from {
      id
    }
    to {
      id
    }
    forward
    relation {
      kind
      effect
      maturity
      note
    }
    claims {
      id
      statement
      maturity
    }
    studies {
      study {
        id
        title
        year
        design
      }
      stances {
        claim {
          id
        }
        stance
      }
    }
  }
}
`,n=`/query`,r=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`GraphQLError`,this.code=t,this.field=n}get notFound(){return this.code===`NOT_FOUND`}get badInput(){return this.code===`BAD_USER_INPUT`}},i=class extends Error{constructor(e){super(e instanceof Error?e.message:String(e)),this.name=`NetworkError`}},a=new Map;for(let e of t.split(/^(?=fragment\s)/m)){let t=/^fragment\s+(\w+)/.exec(e);t&&a.set(t[1],e.replace(/\n#[^\n]*(\n|$)/g,`
`).trim())}function o(e){let t=new Set,n=e=>{for(let r of e.matchAll(/\.\.\.\s*(\w+)/g)){let e=r[1];e!==`on`&&!t.has(e)&&a.has(e)&&(t.add(e),n(a.get(e)))}};return n(e),[e.trim(),...[...t].sort().map(e=>a.get(e))].join(`

`)}var s=new Map;async function c(e,t={},a,c){let l=s.get(e);l||(l=o(e),s.set(e,l));let u;try{u=await fetch(n,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...c?{Authorization:`Bearer ${c}`}:{}},body:JSON.stringify({query:l,variables:t}),signal:a})}catch(e){throw e.name===`AbortError`?e:new i(e)}let d;try{d=await u.json()}catch{throw new r(`The server answered ${u.status} ${u.statusText} without a GraphQL response.`)}if(d.errors?.length){let e=d.errors[0],t=e.extensions?.code;throw new r(d.errors.map(e=>e.message).join(`; `),t,e.extensions?.field)}if(!d.data)throw new r(`The server answered ${u.status} with no data.`);return d.data}function l(e,t,...n){let r=document.createElement(e);if(t)for(let[e,n]of Object.entries(t))n!=null&&n!==!1&&(typeof n==`function`?r.addEventListener(e.replace(/^on/,``).toLowerCase(),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));return u(r,n),r}function u(e,t){for(let n of t)n!=null&&n!==!1&&(Array.isArray(n)?u(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function d(e,...t){e.replaceChildren(),u(e,t)}function f(e,t=`, `){let n=[];return e.forEach((e,r)=>{r>0&&n.push(typeof t==`string`?t:t.cloneNode(!0)),n.push(e)}),n}var p=0;function m(e){return p+=1,`${e}-${p}`}var h=`Gut–Skin Axis Explorer`,g={CLAIM:{slug:`claim`,singular:`Claim`,plural:`Claims`,color:`#be185d`,shape:`round-rectangle`,list:`claims`},STUDY:{slug:`study`,singular:`Study`,plural:`Studies`,color:`#1d4ed8`,shape:`rectangle`,list:`studies`},STRAIN:{slug:`strain`,singular:`Strain`,plural:`Strains`,color:`#15803d`,shape:`ellipse`,list:`strains`},SPECIES:{slug:`species`,singular:`Species`,plural:`Species`,color:`#0f766e`,shape:`hexagon`},MECHANISM:{slug:`mechanism`,singular:`Mechanism`,plural:`Mechanisms`,color:`#7e22ce`,shape:`diamond`,list:`mechanisms`},CONDITION:{slug:`condition`,singular:`Condition`,plural:`Conditions`,color:`#b91c1c`,shape:`octagon`,list:`conditions`},FACTOR:{slug:`factor`,singular:`Factor`,plural:`Factors`,color:`#b45309`,shape:`triangle`,list:`factors`},FINDING:{slug:`finding`,singular:`Finding`,plural:`Findings`,color:`#0e7490`,shape:`tag`},SOURCE:{slug:`source`,singular:`Source`,plural:`Sources`,color:`#4b5563`,shape:`barrel`,list:`sources`}},_=[`CLAIM`,`STUDY`,`STRAIN`,`SPECIES`,`MECHANISM`,`CONDITION`,`FACTOR`,`FINDING`,`SOURCE`];function v(e){return _.find(t=>g[t].slug===e)}function y(e){let t=e.indexOf(`:`);return t>0?v(e.slice(0,t)):void 0}function b(e){let t=e.toUpperCase();return _.includes(t)?t:void 0}var x={ESTABLISHED:{label:`Established`,description:`A well-described concept, supported across reviews.`,color:`#166534`,width:5,lineStyle:`solid`,rank:0},PLAUSIBLE:{label:`Plausible`,description:`Plausible and partly shown.`,color:`#3f6212`,width:4,lineStyle:`solid`,rank:1},EMERGING:{label:`Emerging`,description:`Some positive results, mixed overall.`,color:`#a16207`,width:3,lineStyle:`solid`,rank:2},EARLY:{label:`Early-stage`,description:`Few, small or thin studies.`,color:`#c2410c`,width:2.5,lineStyle:`dashed`,rank:3},NOT_SUPPORTED:{label:`Not supported`,description:`Not supported by good evidence.`,color:`#991b1b`,width:2,lineStyle:`dotted`,rank:4}},S=[`ESTABLISHED`,`PLAUSIBLE`,`EMERGING`,`EARLY`,`NOT_SUPPORTED`],C={SUPPORTS:`Supports`,QUALIFIES:`Qualifies`,CONTRADICTS:`Contradicts`},w={INCREASES:`↑ increases`,DECREASES:`↓ decreases`,NO_EFFECT:`∅ no effect`,MODULATES:`↕ modulates`,MIXED:`± mixed`,DESCRIPTIVE:`# descriptive figure`},T=[`RANDOMIZED_CONTROLLED_TRIAL`,`CONTROLLED_TRIAL`,`META_ANALYSIS`,`SYSTEMATIC_REVIEW`,`SCOPING_REVIEW`,`NARRATIVE_REVIEW`,`CONSENSUS_STATEMENT`,`EDITORIAL`,`IN_VIVO_HUMAN_STUDY`,`CITIZEN_SCIENCE_COHORT`,`OBSERVATIONAL_STUDY`,`ANIMAL_STUDY`,`CONFERENCE_ABSTRACT`,`EVIDENCE_SUMMARY`],E={RANDOMIZED_CONTROLLED_TRIAL:`Randomised controlled trial`,IN_VIVO_HUMAN_STUDY:`In-vivo human study`};function D(e){if(!e)return``;if(E[e])return E[e];let t=e.replace(/_/g,` `).toLowerCase();return t.charAt(0).toUpperCase()+t.slice(1)}var O={CITES:`cites`,MAKES:`makes`,MEMBER_OF:`is a member of`,MODULATES:`modulates`,INFLUENCES:`influences`,AFFECTS:`affects`,IMPLICATED_IN:`is implicated in`,SUBTYPE_OF:`is a form of`,EXAMINED:`examined`,INVESTIGATES:`investigates`,HAS_EVIDENCE:`has evidence`,ABOUT:`is about`,REPORTS:`reports`,MEASURES:`measures`};function k(e){return O[e]??D(e).toLowerCase()}function A(e){return e.authorNames.map(e=>e.display)}function ee(e,t=3){return e.length<=t?e.join(`, `):`${e.slice(0,t).join(`, `)}, et al.`}function te(e,t=42){return e.length<=t?e:`${e.slice(0,t-1).trimEnd()}…`}var j=`/explore/`,ne=[`claims`,`studies`,`strains`,`mechanisms`,`conditions`,`factors`,`sources`,`contested`];function re(e){return encodeURIComponent(e).replace(/%3A/gi,`:`)}function M(e,t){let n=t??y(e);return`${j}${n?g[n].slug:e.split(`:`)[0]}/${re(e)}`}function N(e,t){return ae(`${j}${e}`,t)}function P(e,t,n,r,i){return ae(`${j}pathways`,{from:e,to:t,maxHops:n===void 0?void 0:String(n),minMaturity:r,direction:i})}function ie(e){return ae(`${j}search`,{q:e})}function ae(e,t){let n=new URLSearchParams;for(let[e,r]of Object.entries(t??{}))r&&n.set(e,r);let r=n.toString();return r?`${e}?${r}`:e}function oe(e){let t=e.pathname;if(!t.startsWith(`/explore/`))return t===`/explore/`.slice(0,-1)?{name:`home`}:{name:`notfound`,path:t};t=t.slice(9);let n=new URLSearchParams(e.search),r=t.split(`/`);if(t===``||t===`index.html`)return{name:`home`};if(r.length===1||r.length===2&&r[1]===``){let t=r[0];return t===`pathways`?{name:`pathways`,params:n}:t===`search`?{name:`search`,params:n}:t===`compare`?{name:`compare`,params:n}:t===`curator`?{name:`curator`,params:n}:ne.includes(t)?{name:`list`,list:t,params:n}:{name:`notfound`,path:e.pathname}}let i;try{i=decodeURIComponent(r.slice(1).join(`/`))}catch{return{name:`notfound`,path:e.pathname}}return i?{name:`entity`,slug:r[0],id:i}:{name:`notfound`,path:e.pathname}}var se=()=>{};function ce(e){se=e}function F(e,t={}){let n=new URL(e,location.href);if(n.origin!==location.origin||!n.pathname.startsWith(`/explore/`)){location.assign(n.href);return}let r=n.pathname+n.search+n.hash,i=location.pathname+location.search+location.hash;t.replace||r===i?history.replaceState(null,``,r):history.pushState(null,``,r),window.scrollTo(0,0),se()}function le(){document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`))return;let n=new URL(t.href,location.href);n.origin===location.origin&&n.pathname.startsWith(`/explore/`)&&(n.hash&&n.pathname===location.pathname&&n.search===location.search||(e.preventDefault(),F(n.pathname+n.search+n.hash)))}),window.addEventListener(`popstate`,()=>se())}function ue(e){let t=new URLSearchParams;return t.set(`ids`,e.join(`,`)),`${j}compare?${t}`}function de(e,t){let n=e==null||e===``,r=t==null||t===``;return n||r?n===r?0:n?1:-1:typeof e==`number`&&typeof t==`number`?e-t:String(e).localeCompare(String(t),void 0,{numeric:!0,sensitivity:`base`})}function fe(e){let t=m(`dt`),n=e.rows,r=e.partial,i=e.initialSort?.key??null,a=e.initialSort?.descending??!1,o=``,s=new Map,c=new Set,u=l(`p`,{class:`dt-count muted`,"aria-live":`polite`,id:`${t}-count`}),d=l(`input`,{type:`search`,id:`${t}-q`,class:`dt-q`,placeholder:`Words in any column`,autocomplete:`off`,"aria-describedby":`${t}-count`}),f=l(`span`,{class:`dt-facets`}),p=e.columns.filter(e=>e.sort),h=l(`select`,{id:`${t}-sort`,onchange:e=>{let[t,n]=e.target.value.split(`:`);i=t||null,a=n===`desc`,O()}},l(`option`,{value:``},`As listed`),p.map(e=>[l(`option`,{value:`${e.key}:${e.numeric?`desc`:`asc`}`},`${e.label}${e.numeric?`, high to low`:`, A to Z`}`),l(`option`,{value:`${e.key}:${e.numeric?`asc`:`desc`}`},`${e.label}${e.numeric?`, low to high`:`, Z to A`}`)])),g=p.length?l(`div`,{class:`inline-field dt-sortsel`},l(`label`,{for:`${t}-sort`},`Sort by`),h):null,_=l(`div`,{class:`dt-controls`},l(`div`,{class:`inline-field grow`},l(`label`,{for:`${t}-q`},`Filter`),d),g,f),v=l(`a`,{class:`btn btn-small dt-compare`,href:`#`,"aria-disabled":`true`},`Compare`),y=l(`span`,{class:`muted dt-compare-note`}),b=e.compareId?l(`p`,{class:`dt-compare-bar`},v,` `,y):null,x=l(`thead`),S=l(`tbody`),C=l(`div`,{class:`dt-wrap`},_,u,l(`div`,{class:`table-wrap`},l(`table`,{class:`table stack dt ${e.cls??``}`},l(`caption`,{class:`visually-hidden`},e.caption),x,S)),b),w=()=>{if(!b)return;let e=[...c];v.textContent=`Compare selected (${e.length})`,e.length>=2?(v.href=ue(e),v.removeAttribute(`aria-disabled`)):(v.href=`#`,v.setAttribute(`aria-disabled`,`true`)),y.textContent=e.length>=6?`At most 6 at a time.`:e.length<2?`Tick two to six rows to compare them side by side.`:``;for(let t of S.querySelectorAll(`input.dt-tick`))t.disabled=!t.checked&&e.length>=6};v.addEventListener(`click`,e=>{v.getAttribute(`aria-disabled`)&&e.preventDefault()});let T=()=>{let t=[];e.compareId&&t.push(l(`th`,{scope:`col`,class:`dt-tick-col`},l(`span`,{class:`visually-hidden`},`Compare`)));for(let n of e.columns){if(!n.sort){t.push(l(`th`,{scope:`col`,class:n.cls},n.label));continue}let e=i===n.key;t.push(l(`th`,{scope:`col`,class:n.cls,"aria-sort":e?a?`descending`:`ascending`:null},l(`button`,{type:`button`,class:`dt-sort`,onclick:()=>{i===n.key?a=!a:(i=n.key,a=!!n.numeric),O(),x.querySelector(`[data-key="${n.key}"]`)?.focus()},"data-key":n.key,title:`Sort by ${n.label.toLowerCase()}`},n.label,l(`span`,{class:`dt-arrow`,"aria-hidden":`true`},e?a?` ▼`:` ▲`:` ↕`))))}x.replaceChildren(l(`tr`,null,t))},E=()=>{f.replaceChildren();for(let r of e.facets??[]){let e=new Set;for(let t of n)for(let n of r.values(t))e.add(n);if(e.size<2&&!s.get(r.key))continue;let i=`${t}-f-${r.key}`,a=s.get(r.key)??``,o=l(`select`,{id:i,onchange:e=>{let t=e.target.value;t?s.set(r.key,t):s.delete(r.key),O()}},l(`option`,{value:``},`Any`),[...e].sort((e,t)=>(r.labelOf?.(e)??e).localeCompare(r.labelOf?.(t)??t)).map(e=>l(`option`,{value:e,selected:e===a},r.labelOf?.(e)??e)));f.appendChild(l(`span`,{class:`inline-field`},l(`label`,{for:i},r.label),o))}},D=()=>{let t=o.toLowerCase().split(/\s+/).filter(Boolean),r=n.filter(n=>{for(let t of e.facets??[]){let e=s.get(t.key);if(e&&!t.values(n).includes(e))return!1}if(!t.length)return!0;let r=e.text(n).toLowerCase();return t.every(e=>r.includes(e))}),c=e.columns.find(e=>e.key===i);if(c?.sort){let e=a?-1:1;r=r.map((e,t)=>({r:e,i:t,v:c.sort(e)})).sort((t,n)=>{let r=t.v===null||t.v===void 0||t.v===``,i=n.v===null||n.v===void 0||n.v===``;return r||i?r===i?t.i-n.i:r?1:-1:e*de(t.v,n.v)||t.i-n.i}).map(e=>e.r)}return r},O=()=>{T(),h.value=i?`${i}:${a?`desc`:`asc`}`:``;let t=D();S.replaceChildren(...t.map(t=>{let n=[],r=e.compareId?.(t);e.compareId&&n.push(l(`td`,{class:`dt-tick-cell`,"data-label":`Compare`},r?l(`input`,{type:`checkbox`,class:`dt-tick`,checked:c.has(r),"aria-label":`Compare: ${e.rowLabel?.(t)??r}`,onchange:e=>{e.target.checked?c.add(r):c.delete(r),w()}}):null));for(let r of e.columns)n.push(l(`td`,{"data-label":r.label,class:r.cls},r.cell(t)));return l(`tr`,null,n)}));let[o,s]=e.noun,d=n.length;u.textContent=t.length===d?`${d} ${d===1?o:s}${r?` ${r}`:``}`:`Showing ${t.length} of ${d} ${d===1?o:s}${r?` ${r}`:``}`,!t.length&&d&&S.appendChild(l(`tr`,{class:`dt-none`},l(`td`,{colspan:String(e.columns.length+ +!!e.compareId)},`No rows match the filter.`))),w()};return d.addEventListener(`input`,()=>{o=d.value,O()}),E(),O(),_.hidden=n.length<4&&!e.facets?.length,{element:C,setRows(e,t){n=e,r=t,E(),_.hidden=!1,O()},visible:D}}function I(e){let t=x[e];return l(`span`,{class:`badge maturity maturity-${e.toLowerCase().replace(`_`,`-`)}`,title:t?.description},t?.label??D(e))}function pe(e){return l(`span`,{class:`badge stance stance-${e.toLowerCase()}`},C[e]??D(e))}function me(e){return l(`span`,{class:`badge claim-kind claim-kind-${e.toLowerCase()}`,title:e===`MARKETING`?`A popular marketing promise, graded`:`A scientific statement`},e===`MARKETING`?`Marketing claim`:`Scientific claim`)}function L(e){return e?w[e]??D(e):``}function R(e,t,n){return l(`a`,{href:M(e,n??y(e))},t)}function z(e){return l(`span`,{class:`chip`},Re(e.kind),` `,R(e.id,e.label,e.kind))}function he(e,t,n=`ext`){return l(`a`,{href:e,class:n,rel:`noopener noreferrer`,target:`_blank`},t,l(`span`,{class:`visually-hidden`},` (opens in a new tab)`))}function B(e){if(!e.link)return l(`span`,{class:`muted`},`—`);let t=e.link.startsWith(`https://doi.org/`)?`doi:${decodeURIComponent(e.link.slice(16))}`:e.doi?`doi:${e.doi}`:`link`;return he(e.link,t,`ext doi`)}function V(e,t,...n){return l(`section`,{class:`section`,"aria-labelledby":`${t}-h`},l(`h2`,{id:`${t}-h`},e),...n)}function H(e){return l(`dl`,{class:`facts`},e.filter(([,e])=>e!=null&&e!==``&&!(Array.isArray(e)&&e.length===0)).map(([e,t])=>[l(`dt`,null,e),l(`dd`,null,t)]))}function U(e){return e.length?f(e.map(e=>l(`span`,{class:`name`},e))):null}function W(e){return l(`p`,{class:`muted empty`},e)}function ge(e,t,n,r=``){return l(`div`,{class:`table-wrap`},l(`table`,{class:`table stack ${r}`},e?l(`caption`,{class:`visually-hidden`},e):null,l(`thead`,null,l(`tr`,null,t.map(e=>l(`th`,{scope:`col`},e)))),l(`tbody`,null,n.map(e=>l(`tr`,null,e.map((e,n)=>l(`td`,{"data-label":t[n]},e)))))))}var _e=(e,t)=>(e??[]).filter(e=>!t||e.kind===t);function G(e){return e.length?l(`span`,{class:`cell-list`},f(e.map(e=>R(e.id,e.label,e.kind)))):l(`span`,{class:`muted`},`—`)}function ve(e){if(e.sampleSize!==null&&e.sampleSize!==void 0)return{n:e.sampleSize,pooled:!1};let t=Math.max(0,...(e.findings??[]).map(e=>e.participants??0));return t>0?{n:t,pooled:!0}:{n:null,pooled:!1}}function ye(e){let{n:t,pooled:n}=ve(e);return t===null?l(`span`,{class:`muted`,title:`The source gives no sample size`},`not given`):n?l(`span`,{title:`Participants pooled across the trials of this review`},t.toLocaleString(`en`),l(`span`,{class:`sub`},`pooled`)):t.toLocaleString(`en`)}function be(e,t,n={}){if(!e.length)return W(`No studies.`);let r=[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>[R(e.id,e.title,`STUDY`),l(`span`,{class:`sub`},ee(A(e))),e.via?l(`span`,{class:`sub via`},e.via):null]},{key:`design`,label:`Design`,sort:e=>D(e.design),cell:e=>D(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>ve(e).n,cell:ye},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year}],i=e.some(e=>e.strains?.length),a=e.some(e=>_e(e.topics,`CONDITION`).length);return i&&r.push({key:`strains`,label:`Strains`,cell:e=>G(_e(e.strains))}),a&&r.push({key:`conditions`,label:`Conditions`,cell:e=>G(_e(e.topics,`CONDITION`))}),r.push({key:`link`,label:`Link`,cell:e=>B(e)}),fe({caption:t,noun:[`study`,`studies`],columns:r,rows:e,text:e=>[e.title,A(e).join(` `),D(e.design),e.year,e.via,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `),facets:xe(e=>e),initialSort:{key:`year`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.title,cls:(n.via,`study-table`)}).element}function xe(e){let t=new Map,n=e=>e.map(e=>(t.set(e.id,e.label),e.id));return[{key:`design`,label:`Design`,values:t=>[e(t).design],labelOf:D},{key:`strain`,label:`Strain`,values:t=>n(_e(e(t).strains,`STRAIN`)),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:t=>n(_e(e(t).topics,`CONDITION`)),labelOf:e=>t.get(e)??e}]}function K(e,t,n){if(!e.length)return W(`No claims.`);let r=[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),e.via?l(`span`,{class:`sub via`},e.via):null]}];n&&r.push({key:`stance`,label:`Stance of this study`,sort:e=>n.get(e.id)?q[n.get(e.id).stance]:null,cell:e=>{let t=n.get(e.id);return t?[pe(t.stance),t.note?l(`span`,{class:`sub`},t.note):null]:`—`}}),r.push({key:`maturity`,label:`Evidence maturity`,sort:e=>x[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>e.claimKind===`MARKETING`?`Marketing`:`Scientific`});let i=[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>x[e]?.label??e},{key:`kind`,label:`Kind`,values:e=>[e.claimKind],labelOf:D},...Se(e=>e.subjects)];return n&&i.unshift({key:`stance`,label:`Stance`,values:e=>n.get(e.id)?[n.get(e.id).stance]:[],labelOf:e=>C[e]??e}),fe({caption:t,noun:[`claim`,`claims`],columns:r,rows:e,text:e=>[e.statement,x[e.maturity]?.label,e.claimKind,e.via,n?.get(e.id)?.stance,n?.get(e.id)?.note,...(e.subjects??[]).map(e=>e.label)].join(` `),facets:i,initialSort:{key:`maturity`,descending:!1},compareId:e=>e.id,rowLabel:e=>e.statement,cls:`claim-table`}).element}function Se(e){let t=new Map,n=(n,r)=>(e(n)??[]).filter(e=>e.kind===r).map(e=>(t.set(e.id,e.label),e.id));return[{key:`strain`,label:`Strain`,values:e=>n(e,`STRAIN`),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:e=>n(e,`CONDITION`),labelOf:e=>t.get(e)??e}]}var q={SUPPORTS:0,QUALIFIES:1,CONTRADICTS:2},Ce=e=>e.toLocaleString(`en`,{maximumSignificantDigits:4}).replace(`-`,`−`),we=[[/SMD|standardi[sz]ed mean difference/i,`standardised mean difference (SMD)`],[/hedges[’']? ?g/i,`Hedges’ g`],[/cohen[’']?s? d/i,`Cohen’s d`],[/odds ratio|OR/,`odds ratio`],[/risk ratio|relative risk|RR/,`risk ratio`],[/hazard ratio|HR/,`hazard ratio`],[/weighted mean difference|WMD/i,`weighted mean difference`],[/mean difference|MD/,`mean difference`]];function Te(e){let t=`${e.measure??``} ${e.summary??``}`;return we.find(([e])=>e.test(t))?.[1]??null}function Ee(e){if(e.effectSize===null||e.effectSize===void 0)return null;let t=Te(e);return{label:t??`effect size`,value:Ce(e.effectSize),note:`${t?``:`metric not stated in the source; `}no confidence interval recorded`}}function De(e){let t=[],n=(e,n,r)=>t.push(l(`span`,{class:`fv`,title:r},l(`span`,{class:`fv-k`},e),` `,l(`span`,{class:`fv-v`},n)));e.value!==null&&e.value!==void 0&&n(`value`,`${Ce(e.value)}${e.unit?e.unit===`%`?`%`:` ${e.unit}`:``}`);let r=Ee(e);r&&t.push(l(`span`,{class:`fv fv-es`},l(`span`,{class:`fv-k`},r.label),` `,l(`span`,{class:`fv-v`},r.value),` `,l(`span`,{class:`fv-note`},`(${r.note})`))),e.pValue!==null&&e.pValue!==void 0&&n(`p`,Ce(e.pValue),`p-value`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&n(`I²`,`${Ce(e.heterogeneityI2)}%`,`Heterogeneity between trials`),e.timepoint&&n(`at`,e.timepoint,`Time point`),e.trials&&n(`trials`,String(e.trials)),e.participants&&n(`n`,e.participants.toLocaleString(`en`),`Participants`);let i=e.significant===!0?l(`span`,{class:`sig sig-yes`},`significant`):e.significant===!1?l(`span`,{class:`sig sig-no`},`not significant`):null;return l(`div`,{class:`finding-values`},l(`div`,{class:`fv-head`},l(`span`,{class:`fv-measure`},e.measure??``),` `,l(`span`,{class:`fv-effect`},L(e.effect)),i?[` `,i]:null),t.length?l(`div`,{class:`fv-list`},t):null,l(`details`,{class:`fv-prose`},l(`summary`,null,`What was found`),l(`p`,null,e.summary,` `,R(e.id,`Open the finding`,`FINDING`))))}function Oe(e){return e?.length?l(`div`,{class:`findings-cell`},e.map(De)):l(`span`,{class:`muted`},`none recorded`)}function J(e,t,n){return e.length?ge(n,[`Related`,`Relationship`,`Effect`,`Evidence maturity`,`Studies`],e.map(e=>{let n=e.from.id===t,r=n?e.to:e.from,i=n?`${k(e.kind)} →`:`← ${k(e.kind)}`;return[[z(r),e.note?l(`span`,{class:`sub`},e.note):null],l(`span`,{class:`rel`,title:n?`This ${k(e.kind)} the related entity`:`The related entity ${k(e.kind)} this`},i),L(e.effect)||`—`,e.maturity?I(e.maturity):l(`span`,{class:`muted`,title:`A curator linked this evidence without grading the link`},`Not graded`),e.studies.length?l(`ul`,{class:`plain`},e.studies.map(e=>l(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):`—`]})):W(`None recorded.`)}function ke(e){return V(`Provenance`,`provenance`,e.length?l(`ul`,{class:`provenance`},e.map(e=>l(`li`,e.curated?{class:`curated`}:null,...Ae(e)))):W(`No provenance recorded.`))}function Ae(e){let t=e.curated?l(`div`,{class:`prov-curated`},l(`span`,{class:`badge curated-badge`},`Curated`),` by ${e.curator??`a curator`}${e.date?` on ${e.date}`:``}`,e.publication?l(`span`,null,`, reading `,je(e.publication)):null):null;return e.source?[t,l(`div`,null,R(e.source.id,e.source.title,`SOURCE`)),l(`div`,{class:`prov-section`},l(`span`,{class:`muted`},`Section: `),e.section||`—`),e.citations.length?l(`div`,{class:`prov-cites`},l(`span`,{class:`muted`},e.citations.length===1?`Citation: `:`Citations: `),f(e.citations.map(e=>l(`span`,{class:`cite-num`},`[${e}]`)),` `),e.citedStudies.length?l(`ul`,{class:`plain cited`},e.citedStudies.map(e=>l(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):null):l(`div`,{class:`prov-cites muted`},`No citation numbers at this point.`)]:[t]}function je(e){return l(`a`,{href:e.startsWith(`doi:`)?`https://doi.org/${e.slice(4)}`:`https://pubmed.ncbi.nlm.nih.gov/${e.replace(/^PMID:/,``)}/`,rel:`noopener`},e)}function Y(e=`Loading…`){return l(`p`,{class:`loading`,role:`status`},l(`span`,{class:`spinner`,"aria-hidden":`true`}),e)}function X(e,t){if(e instanceof i){let e=l(`div`,{class:`error error-offline`,role:`alert`},l(`p`,null,l(`strong`,null,`Cannot reach the knowledge graph. `),navigator.onLine?`The server did not answer; it may be restarting, or your connection dropped.`:`You appear to be offline.`),l(`p`,null,`Nothing you chose is lost: this page will try again when you press the button`,t?` or when your connection comes back`:``,`.`),t?l(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null);if(t){let n=()=>{window.removeEventListener(`online`,n),e.isConnected&&t()};window.addEventListener(`online`,n)}return e}if(e instanceof r&&(e.badInput||e.notFound))return l(`div`,{class:`error`,role:`alert`},l(`p`,null,l(`strong`,null,`The graph cannot answer this request. `),e.message.charAt(0).toUpperCase()+e.message.slice(1),`.`),l(`p`,null,`Check the address, or `,l(`a`,{href:j},`start from the home page`),`.`));let n=e instanceof r&&(e.code===`SERVICE_UNAVAILABLE`||e.code===`TIMEOUT`||e.code===void 0),a=e instanceof Error?e.message:String(e);return l(`div`,{class:`error`,role:`alert`},l(`p`,null,l(`strong`,null,n?`The knowledge graph is not answering right now. `:`Something went wrong. `),n?`Please try again in a moment.`:a),t?l(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null)}function Me(e,t){return l(`div`,{class:`notfound`},l(`h1`,{tabindex:`-1`},`Not found`),l(`p`,null,e),l(`p`,null,`You could:`),l(`ul`,{class:`onward`},t.map(([e,t])=>l(`li`,null,l(`a`,{href:e},t))),l(`li`,null,l(`a`,{href:j},`start from the home page`))))}function Ne(e,t){let n=e.replace(/^[a-z]+:/,``).replace(/[^\p{L}\p{N}]+/gu,` `).trim(),r=[];n&&r.push([ie(n),`search for “${n}”`]);let i=t?g[t].list:void 0;return i&&r.push([N(i),`browse all ${g[t].plural.toLowerCase()}`]),r}var Pe={ENDORSES:{label:`Endorses`,cls:`stance-supports`},HEDGES:{label:`Hedges`,cls:`stance-qualifies`},REJECTS:{label:`Rejects`,cls:`stance-contradicts`}};function Fe(e){return l(`span`,{class:`badge stance position position-${e.toLowerCase()} ${Pe[e]?.cls??``}`},Pe[e]?.label??D(e))}var Ie=`# Full-text search, as used by the search box and the entity pickers. \`matched\` tells which
# name, synonym or former name matched, e.g. "eczema" for atopic dermatitis; a claim hit
# carries its grade (maturity) and claim kind, a study hit its year, so a list can be triaged.
# The total is counted up to 1,000; totalCountIsExact says whether it stopped there.
query Search($query: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      matched
      maturity
      claimKind
      year
      node {
        ...EntityRef
      }
    }
  }
}
`;function Le(e){let t=[];return e.maturity&&t.push(I(e.maturity)),e.claimKind===`MARKETING`&&t.push(me(e.claimKind)),e.year&&t.push(l(`span`,{class:`hit-year`},String(e.year))),t}function Re(e){let t=g[e];return l(`span`,{class:`kind-badge kind-${t.slug}`},t?t.singular:e)}function ze(e){let t=e.inputId??m(`combo`),n=`${t}-listbox`,r=`${t}-status`,i=e.max??8,a=e.initial??null,o=[],s=-1,u=0,d,f,p=l(`input`,{id:t,type:`search`,class:`combo-input`,role:`combobox`,autocomplete:`off`,autocapitalize:`off`,spellcheck:`false`,"aria-autocomplete":`list`,"aria-expanded":`false`,"aria-controls":n,"aria-describedby":r,placeholder:e.placeholder??``,required:e.required??!1,enterkeyhint:`search`});a&&(p.value=a.label);let h=l(`ul`,{id:n,class:`combo-list`,role:`listbox`,"aria-label":`${e.label}: suggestions`,hidden:!0}),g=l(`p`,{id:r,class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),_=l(`div`,{class:`combo`},l(`label`,{for:t,class:e.labelHidden?`visually-hidden`:`combo-label`},e.label),l(`div`,{class:`combo-field`},p,h),g),v=()=>!h.hidden;function y(){o.length!==0&&(h.hidden=!1,p.setAttribute(`aria-expanded`,`true`))}function b(){h.hidden=!0,p.setAttribute(`aria-expanded`,`false`),x(-1)}function x(e){s=e;let t=h.querySelectorAll(`[role="option"]`);t.forEach((t,n)=>t.setAttribute(`aria-selected`,n===e?`true`:`false`)),e>=0&&t[e]?(p.setAttribute(`aria-activedescendant`,t[e].id),t[e].scrollIntoView({block:`nearest`})):p.removeAttribute(`aria-activedescendant`)}function S(t){let n=o[t];n&&(b(),e.keepSelection?(a=n.node,p.value=n.node.label):(p.value=``,o=[]),e.onSelect(n.node))}function C(t){h.replaceChildren(),e.onResults?.(o.length,t),o.forEach((e,t)=>{let r=e.matched&&e.matched.trim().toLowerCase()!==e.node.label.trim().toLowerCase(),i=l(`li`,{id:`${n}-${t}`,role:`option`,class:`combo-option`,"aria-selected":`false`},Re(e.node.kind),l(`span`,{class:`combo-text`},l(`span`,{class:`combo-name`},e.node.label),r?l(`span`,{class:`combo-matched`},`matched “${e.matched}”`):null),l(`span`,{class:`combo-grade`},Le(e)));i.addEventListener(`mousedown`,e=>e.preventDefault()),i.addEventListener(`click`,()=>S(t)),i.addEventListener(`mousemove`,()=>{s!==t&&x(t)}),h.appendChild(i)}),o.length?(g.textContent=`${o.length} suggestion${o.length===1?``:`s`} for “${t}”. Use the up and down arrow keys to choose, Enter to open.`,y(),x(-1)):(g.textContent=t?`No matches for “${t}”.`:``,h.appendChild(l(`li`,{class:`combo-empty`,role:`presentation`},t?`No matches for “${t}”`:``)),h.hidden=!t||!!e.quietEmpty,p.setAttribute(`aria-expanded`,`false`))}async function w(t){let n=++u;f?.abort(),f=new AbortController,_.classList.add(`is-loading`);try{let r=await c(Ie,{query:t,first:i,kinds:e.kinds??null},f.signal);if(n!==u)return;o=r.search.edges,C(t)}catch(e){if(e.name===`AbortError`||n!==u)return;o=[],h.replaceChildren(l(`li`,{class:`combo-empty`,role:`presentation`},`Search failed: ${e.message}`)),h.hidden=!1,g.textContent=`Search failed.`}finally{n===u&&_.classList.remove(`is-loading`)}}return p.addEventListener(`input`,()=>{e.keepSelection&&a&&p.value!==a.label&&(a=null),window.clearTimeout(d);let t=p.value.trim();t.length<2?(u++,f?.abort(),o=[],h.replaceChildren(),b(),g.textContent=``):d=window.setTimeout(()=>void w(t),140)}),p.addEventListener(`keydown`,t=>{let n=o.length;switch(t.key){case`ArrowDown`:t.preventDefault(),v()?n&&x(s+1>=n?0:s+1):(y(),n&&x(0));break;case`ArrowUp`:t.preventDefault(),v()?n&&x(s<=0?n-1:s-1):(y(),n&&x(n-1));break;case`Enter`:v()&&s>=0?(t.preventDefault(),S(s)):e.onSubmitText&&p.value.trim()&&(t.preventDefault(),b(),e.onSubmitText(p.value.trim()));break;case`Escape`:v()&&(t.preventDefault(),b());break;case`Tab`:b()}}),p.addEventListener(`blur`,()=>window.setTimeout(b,120)),p.addEventListener(`focus`,()=>{o.length&&p.value.trim().length>=2&&!(e.keepSelection&&a)&&y()}),{root:_,input:p,value:()=>a,setValue(e){a=e,p.value=e?e.label:``}}}var Be=`subscription($after: String) { changes(after: $after) { cursor node { curator touched { target } } } }`;function Ve(e,t){if(e===t)return!0;let n=e.split(`|`);return n.length===3&&(n[1]===t||n[2]===t)}function He(e,t,n=null){let r=null,i=!1,a=n,o,s=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/query`,c=()=>{if(i)return;let n=new WebSocket(s,`graphql-transport-ws`);r=n,n.onopen=()=>n.send(JSON.stringify({type:`connection_init`,payload:{}})),n.onmessage=r=>{let i;try{i=JSON.parse(String(r.data))}catch{return}switch(i.type){case`connection_ack`:n.send(JSON.stringify({id:`changes`,type:`subscribe`,payload:{query:Be,variables:{after:a}}}));break;case`ping`:n.send(JSON.stringify({type:`pong`}));break;case`next`:{let n=i.payload?.data?.changes;if(!n)return;a=n.cursor,n.node.touched.some(t=>Ve(t.target,e))&&t(n.node.curator);break}}},n.onclose=()=>{i||(o=setTimeout(c,5e3))}};return c(),()=>{i=!0,clearTimeout(o),r?.close()}}var Ue=`gutskin.curator-token`,We=new Set;function Ge(){try{return sessionStorage.getItem(Ue)}catch{return null}}function Ke(e){sessionStorage.setItem(Ue,e);for(let e of We)e()}function qe(){try{sessionStorage.removeItem(Ue)}catch{}for(let e of We)e()}function Je(e){We.add(e)}function Ye(e=location.pathname+location.search){return`${j}curator?${new URLSearchParams({next:e})}`}var Xe=null;function Ze(e,t){Xe={id:e,text:t},window.dispatchEvent(new Event(`gutskin:graph-changed`)),F(`${location.pathname}${location.search}#curate`,{replace:!0})}function Qe(e){if(Xe?.id!==e)return null;let t=Xe.text;return Xe=null,t}function $e(){let e=l(`p`,{class:`visually-hidden`,role:`status`}),t=l(`button`,{type:`button`,class:`btn btn-small`},`Sign out`),n=l(`div`,{class:`curator-bar`,hidden:!0},l(`div`,{class:`curator-bar-inner`},l(`p`,null,l(`strong`,null,`Curator mode. `),`Your changes are recorded with your token’s name and reason.`),t)),r=l(`a`,{href:Ye(j),class:`curator-signin`},`Curator sign-in`),i=()=>{let e=Ge()!==null;n.hidden=!e,r.hidden=e,r.href=Ye(location.pathname.startsWith(`/explore/curator`)?j:void 0)};return t.addEventListener(`click`,()=>{qe(),e.textContent=`Signed out.`,F(location.pathname+location.search,{replace:!0})}),n.append(e),Je(i),i(),{bar:n,footerLink:r,update:i}}function et(t,n,r,i,a){let o=Qe(r),s=l(`div`,{class:`history-body`}),c=l(`details`,{class:`history`},l(`summary`,null,`Who changed this entity, what, and why`),s),u=!1,d=()=>{u||(u=!0,e(()=>import(`./history-D-P44LM-.js`).then(e=>e.showHistory(t,s,r)),[]))};c.addEventListener(`toggle`,()=>c.open&&d());let f=Ge()!==null;if(a.append(l(`section`,{class:`section`,id:`history`,"aria-labelledby":`history-h`},l(`h2`,{id:`history-h`},`History`),c,n===`CLAIM`&&!f?l(`p`,{class:`muted`},`Curators can grade this claim and change its evidence: `,l(`a`,{href:Ye()},`sign in`),`.`):null)),o&&(c.open=!0),n===`CLAIM`&&f){let n=l(`div`,{class:`curate-body`,"aria-busy":`true`},l(`p`,{class:`loading`},`Loading the curator’s forms…`)),r=l(`section`,{class:`section curate`,id:`curate`,"aria-labelledby":`curate-h`},l(`h2`,{id:`curate-h`},`Curate this claim`),n);a.insertBefore(r,a.querySelector(`#graph`)??null),e(()=>import(`./claimEditor-psBKQhAc.js`).then(e=>e.claimEditor(t,n,i,o)),__vite__mapDeps([0,1,2]))}}var tt=[{id:`bibtex`,label:`BibTeX`},{id:`ris`,label:`RIS`},{id:`csl-json`,label:`CSL-JSON`}];function nt(e,t,n){return`${e} ${e===1?t:n}`}function rt(e,t){return`/cite/${e}${t?`?${t}`:``}`}function it(e,t){let n=l(`select`,{id:t??null,class:`cite-format`,"aria-label":t?null:`Citation format`},tt.map(e=>l(`option`,{value:e.id},e.label)));return n.addEventListener(`change`,()=>e(n.value)),n}async function at(e,t){try{return await navigator.clipboard.writeText(e),!0}catch{return t.focus(),t.select(),document.execCommand?.(`copy`)??!1}}function ot(e){let t=`ids=${encodeURIComponent(e)}`,n=m(`cite-format`),r=l(`textarea`,{class:`citation-text`,readonly:!0,rows:8,spellcheck:`false`,"aria-label":`Citation`}),i=l(`p`,{class:`cite-status muted`,role:`status`,"aria-live":`polite`}),a=l(`a`,{class:`btn btn-small cite-download`,href:rt(`bibtex`,t),download:``},`Download`),o=l(`button`,{type:`button`,class:`btn btn-small btn-primary cite-copy`},`Copy`),s=`bibtex`,c=Promise.resolve(``),u=e=>{s=e,a.setAttribute(`href`,rt(e,t)),i.textContent=``,c=fetch(rt(e,t),{headers:{Accept:`*/*`}}).then(async e=>{if(!e.ok)throw Error(`the service answered ${e.status}`);return e.text()}),c.then(t=>{s===e&&(r.value=t)},t=>{s===e&&(i.textContent=`Could not load the citation: ${t.message}.`)})};o.addEventListener(`click`,async()=>{let e=tt.find(e=>e.id===s)?.label??s;try{let t=await c;r.value=t,i.textContent=await at(t,r)?`${e} copied to the clipboard.`:`Select the ${e} above and copy it.`}catch(e){i.textContent=`Could not load the citation: ${e.message}.`}});let d=l(`div`,{class:`cite-box`},l(`p`,{class:`cite-controls`},l(`label`,{for:n},`Format`),it(u,n),` `,o,` `,a),r,i,l(`p`,{class:`muted`},`Reference managers (Zotero, Mendeley, EndNote) import any of these; Zotero also reads this page directly.`));return u(`bibtex`),d}function st(e,t){let n=l(`a`,{class:`btn btn-small bibliography-download`,href:rt(`bibtex`,e),download:``},`Download bibliography`);return l(`p`,{class:`bibliography`},n,` `,it(t=>n.setAttribute(`href`,rt(t,e))),` `,l(`span`,{class:`muted`},t))}var ct=`# A claim with everything its page shows: the proposition, the verdict on it (how mature its
# evidence is, and on what basis), where each source stands on it, the honest assessment, where it is made, and the evidence table (each study with
# its stance, design, size, year, findings as values and DOI link).
query Claim($id: ID!) {
  claim(id: $id) {
    ...EntityRef
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
      byDesign {
        design
        count
      }
    }
    evidence {
      stance
      note
      study {
        ...StudyRow
        doi
        findings {
          ...FindingValues
        }
      }
    }
    disputed
    positions {
      position
      note
      source {
        id
        title
      }
      provenance {
        section
        citations
      }
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,lt=`# The cursor of the latest committed change, read before an entity page reads its entity: the
# page's live notice follows the changes after it, so one committed while the page loads is
# still told.
query LiveVersion {
  stats {
    cursor
  }
}
`,ut=`# A condition or skin outcome: broader and narrower forms, what influences it, and the
# studies, findings and claims about it. The narrower forms' studies and claims come too, so that
# the page can gather the strains studied for the condition in any of its forms.
query Condition($id: ID!) {
  condition(id: $id) {
    ...EntityRef
    name
    synonyms
    conditionKind
    description
    subtypeOf {
      id
      name
    }
    subtypes {
      id
      name
      studies {
        ...StudyRow
      }
      claims {
        ...ClaimRow
      }
    }
    influencedBy {
      ...RelationFields
    }
    studies {
      ...StudyRow
    }
    findings {
      ...FindingValues
      study {
        id
        title
        year
      }
    }
    claims {
      ...ClaimRow
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,dt=`# A lifestyle or disrupting factor and what it affects, with the direction of effect.
query Factor($id: ID!) {
  factor(id: $id) {
    ...EntityRef
    name
    synonyms
    factorKind
    description
    affects {
      ...RelationFields
    }
    claims {
      ...ClaimRow
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,ft=`# A quantitative result: what was measured, the effect and its statistics, and the study.
query Finding($id: ID!) {
  finding(id: $id) {
    ...EntityRef
    summary
    measure
    effect
    value
    unit
    pValue
    effectSize
    heterogeneityI2
    trials
    participants
    studyCount
    timepoint
    significant
    study {
      ...StudyRow
    }
    measures {
      ...EntityRef
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,pt=`# A mechanism of the axis: what acts on it, what it influences, and the studies and claims.
query Mechanism($id: ID!) {
  mechanism(id: $id) {
    ...EntityRef
    name
    synonyms
    category
    description
    influencedBy {
      ...RelationFields
    }
    influences {
      ...RelationFields
    }
    studies {
      ...StudyRow
    }
    claims {
      ...ClaimRow
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,mt=`# What each study says about each of a few claims (supports, qualifies, contradicts), and where
# each source stands on them (endorses, hedges, rejects), so that a drawing shows the stance on
# every evidence link and the position on every source's link, never a maturity.
query EvidenceStances($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Claim {
      evidence {
        stance
        study {
          id
        }
      }
      positions {
        position
        source {
          id
        }
      }
    }
  }
}
`,ht=`# The entities around one entity and the relationships between them, ready to draw.
# (\`nodes\` lists the entities around the centre; the centre itself is \`center\`.)
query Neighbourhood($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) {
    center {
      ...EntityRef
    }
    nodes {
      ...EntityRef
    }
    edges {
      kind
      from {
        id
      }
      to {
        id
      }
      effect
      maturity
    }
    truncated
  }
}
`,gt=`# A source document the graph was built from: its record, the works it cites by number and
# the claims it makes or grades.
query Source($id: ID!) {
  source(id: $id) {
    ...EntityRef
    title
    publisher
    documentKind
    authors
    reviewers
    description
    citations {
      number
      study {
        ...StudyRow
      }
    }
    claims {
      ...ClaimRow
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,_t=`# A species or genus with its current and former names, its strains (with their studies and
# claims, gathered on the page) and its relationships.
query Species($id: ID!) {
  species(id: $id) {
    ...EntityRef
    name
    formerNames
    synonyms
    speciesKind
    description
    strains {
      id
      name
      fullName
      studies {
        ...StudyRow
      }
      claims {
        ...ClaimRow
      }
    }
    relations {
      ...RelationFields
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,vt=`# A probiotic strain or product: its species, names, the mechanisms it modulates (with effect
# and maturity), the studies that examined it and the claims about it.
query Strain($id: ID!) {
  strain(id: $id) {
    ...EntityRef
    name
    fullName
    strainKind
    description
    formerNames
    synonyms
    species {
      id
      name
      formerNames
    }
    mechanisms {
      ...RelationFields
    }
    studies {
      ...StudyRow
    }
    claims {
      ...ClaimRow
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,yt=`# A study: its bibliographic record, what it examined and found, and every claim resting on it.
query Study($id: ID!) {
  study(id: $id) {
    ...EntityRef
    title
    authorNames {
      display
    }
    year
    journal
    volume
    issue
    pages
    doi
    url
    link
    design
    population
    sampleSize
    duration
    summary
    citations {
      number
      source {
        id
        title
      }
    }
    findings {
      ...FindingValues
    }
    strains {
      ...EntityRef
    }
    topics {
      ...EntityRef
    }
    claims {
      stance
      note
      claim {
        ...ClaimRow
      }
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,bt=e=>e===!0?`significant`:e===!1?`not significant`:null;function xt(e,t=!1){return e.length?l(`ul`,{class:`findings`},e.map(e=>l(`li`,null,De(e),t&&e.study?l(`span`,{class:`sub`},`Reported by `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`)):null))):W(`No findings recorded.`)}function Z(e){return e?l(`p`,{class:`prose`},e):null}function St(e){return V(`Where the sources stand`,`positions`,e.disputed?l(`p`,{class:`disputed-note`},`The sources take different positions on this proposition.`):null,l(`ul`,{class:`positions-list`},e.positions.map(e=>l(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},Fe(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),l(`p`,{class:`position-note`},e.note),l(`span`,{class:`sub`},f(e.provenance.map(e=>e.citations.length?`${e.section} [${e.citations.join(`, `)}]`:e.section),` · `))))))}function Ct(e,t){return fe({caption:t,noun:[`study`,`studies`],columns:[{key:`study`,label:`Study`,sort:e=>e.study.title,cell:e=>[R(e.study.id,e.study.title,`STUDY`),l(`span`,{class:`sub`},ee(A(e.study))),e.note?l(`span`,{class:`note`},e.note):null]},{key:`stance`,label:`Stance`,sort:e=>q[e.stance],cell:e=>pe(e.stance)},{key:`design`,label:`Design`,sort:e=>D(e.study.design),cell:e=>D(e.study.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>ve(e.study).n,cell:e=>ye(e.study)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.study.year,cell:e=>e.study.year},{key:`strains`,label:`Strains`,cell:e=>G(e.study.strains??[])},{key:`findings`,label:`Findings`,cell:e=>Oe(e.study.findings),cls:`col-findings`},{key:`doi`,label:`DOI`,cell:e=>B(e.study)}],rows:e,text:e=>[e.study.title,A(e.study).join(` `),e.stance,C[e.stance],e.note,D(e.study.design),e.study.year,...(e.study.strains??[]).map(e=>e.label),...(e.study.topics??[]).map(e=>e.label),...e.study.findings.map(e=>`${e.measure} ${e.summary}`)].join(` `),facets:[{key:`stance`,label:`Stance`,values:e=>[e.stance],labelOf:e=>C[e]??e},...xe(e=>e.study)],initialSort:{key:`stance`,descending:!1},compareId:e=>e.study.id,rowLabel:e=>e.study.title,cls:`evidence-table`}).element}function wt(e){let t=e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>q[t.stance]-q[e.stance]||t.study.year-e.study.year),n=e.evidenceSummary;return V(`What goes against this?`,`against`,t.length?[l(`p`,null,`${n.contradicts} ${n.contradicts===1?`study contradicts`:`studies contradict`} this claim and ${n.qualifies} ${n.qualifies===1?`qualifies`:`qualify`} it (limits it, or supports it only in part).`),l(`ul`,{class:`against-list`},t.map(e=>l(`li`,{class:`against-${e.stance.toLowerCase()}`},pe(e.stance),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),l(`span`,{class:`sub`},D(e.study.design)),e.note?l(`p`,{class:`against-note`},e.note):null)))]:W(n.total?`No linked study contradicts or qualifies this claim. That does not make it true: see its grade and the studies above.`:`No studies are linked to this claim, for or against.`),l(`p`,{class:`muted`},l(`a`,{href:`/explore/contested`},`All claims with contradicting or qualifying evidence`),`.`))}function Tt(e){let t=e.evidenceSummary,n=e.maturityBasis===`GRADED_BY_SOURCE`?`Graded by the source document`:`Assessed from the source’s own hedging and the studies it cites`;return{title:e.statement,lead:[l(`p`,{class:`badges`},l(`span`,{class:`verdict-label`},`Verdict on this proposition: `),I(e.maturity),` `,me(e.claimKind),e.disputed?[` `,l(`a`,{href:`#positions`,class:`badge badge-link disputed`},`Sources disagree`)]:null,t.contradicts||t.qualifies?[` `,l(`a`,{href:`#against`,class:`badge badge-link`},`${t.contradicts+t.qualifies} against or qualifying`)]:null)],body:[V(`Assessment`,`assessment`,Z(e.assessment),H([[`Evidence maturity`,[I(e.maturity),` `,l(`span`,{class:`muted`},`The verdict on the proposition as stated. ${x[e.maturity]?.description??``}`)]],[`Maturity basis`,n],[`Claim kind`,e.claimKind===`MARKETING`?`Marketing (a popular promise, graded)`:`Scientific`],[`Source`,R(e.source.id,e.source.title,`SOURCE`)],[`Section`,e.section],[`About`,e.subjects.length?l(`span`,{class:`chips`},e.subjects.map(z)):null]])),St(e),V(`Evidence`,`evidence`,l(`p`,{class:`evidence-summary`},`${nt(t.total,`study`,`studies`)}: `,f([`${t.supports} support`,`${t.qualifies} qualify`,`${t.contradicts} contradict`]),t.byDesign.length?l(`span`,{class:`sub`},f(t.byDesign.map(e=>`${e.count} × ${D(e.design).toLowerCase()}`),` · `)):null),e.evidence.length?Ct(e.evidence,`Studies behind this claim`):W(`No studies are linked to this claim.`),e.evidence.length?st(`claim=${encodeURIComponent(e.id)}`,`${nt(new Set(e.evidence.map(e=>e.study.id)).size,`study`,`studies`)} behind this claim, for a reference manager`):null),wt(e)]}}function Et(e){let t=[e.journal?l(`i`,null,e.journal):null,e.volume?` ${e.volume}`:null,e.issue?`(${e.issue})`:null,e.pages?`:${e.pages}`:null].filter(Boolean);return l(`p`,{class:`bib`},e.authorNames.length?`${A(e).join(`, `).replace(/\.$/,``)}. `:null,`(${e.year}). `,`${e.title.replace(/\.$/,``)}. `,t.length?[t,`. `]:null,e.link?B(e):null)}function Dt(e){let t=new Map(e.claims.map(e=>[e.claim.id,{stance:e.stance,note:e.note}]));return{title:e.title,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.design)),` `,l(`span`,{class:`muted`},`${e.year}`))],body:[V(`Record`,`record`,Et(e),H([[`Authors`,A(e).join(`, `)],[`Year`,e.year],[`Journal`,e.journal],[`Volume`,e.volume],[`Issue`,e.issue],[`Pages`,e.pages],[`DOI`,e.doi&&e.link?B(e):e.doi],[`Link`,!e.doi&&e.link?B(e):null],[`Design`,D(e.design)],[`Population`,e.population],[`Sample size`,e.sampleSize],[`Duration`,e.duration],[`Cited by`,e.citations.length?f(e.citations.map(e=>[R(e.source.id,e.source.title,`SOURCE`),` [${e.number}]`])):null]]),Z(e.summary)),V(`Cite this study`,`cite`,ot(e.id)),V(`Claims resting on this study`,`claims`,K(e.claims.map(e=>e.claim),`Claims that cite this study as evidence`,t)),V(`Findings`,`findings`,xt(e.findings)),V(`What it examined`,`examined`,H([[`Strains and species`,e.strains.length?l(`span`,{class:`chips`},e.strains.map(z)):`—`],[`Topics`,e.topics.length?l(`span`,{class:`chips`},e.topics.map(z)):`—`]]))]}}function Ot(e){return{title:e.fullName||e.name,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},e.strainKind===`PRODUCT`?`Product (multi-species)`:`Strain`),` `,e.name===e.fullName?null:l(`span`,{class:`muted`},`Designation ${e.name}`))],body:[V(`About`,`about`,H([[`Designation`,e.name],[`Species`,e.species?R(e.species.id,e.species.name,`SPECIES`):e.strainKind===`PRODUCT`?`A multi-species product`:`—`],[`Former names`,U(e.formerNames)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`Mechanisms`,`mechanisms`,J(e.mechanisms,e.id,`Mechanisms this strain modulates`)),V(`Studies`,`studies`,be(e.studies,`Studies that examined this strain`)),V(`Claims`,`claims`,K(e.claims,`Claims about this strain`))]}}function kt(e){let t=new Map;for(let n of e)for(let e of n.rows){let r=t.get(e.id);r?r.via.includes(n.via)||(r.via+=`, ${n.via}`):t.set(e.id,{...e,via:n.via})}return[...t.values()]}function At(e){let t=kt(e.strains.map(e=>({via:`via ${e.fullName||e.name}`,rows:e.studies}))),n=kt(e.strains.map(e=>({via:`about ${e.fullName||e.name}`,rows:e.claims})));return{title:e.name,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.speciesKind)))],body:[V(`About`,`about`,H([[`Kind`,D(e.speciesKind)],[`Former names`,U(e.formerNames)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`Strains`,`strains`,e.strains.length?ge(`Strains of this species in the graph`,[`Strain`,`Studies`,`Claims`],e.strains.map(e=>[R(e.id,e.fullName||e.name,`STRAIN`),e.studies.length,e.claims.length])):W(`No strains of this species in the graph.`)),V(`Studies of its strains`,`studies`,l(`p`,{class:`muted`},`Effects are strain-specific: each study is listed with the strain it examined.`),be(t,`Studies that examined strains of this species`)),V(`Claims about its strains`,`claims`,K(n,`Claims about strains of this species`)),V(`Relationships`,`relations`,J(e.relations,e.id,`Relationships of this species`))]}}function jt(e){return{title:e.name,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.category)))],body:[V(`About`,`about`,H([[`Category`,D(e.category)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`What acts on it`,`influenced-by`,J(e.influencedBy,e.id,`Strains, factors and mechanisms acting on this mechanism`)),V(`What it influences`,`influences`,J(e.influences,e.id,`What this mechanism influences`)),V(`Studies`,`studies`,be(e.studies,`Studies that addressed this mechanism`)),V(`Claims`,`claims`,K(e.claims,`Claims about this mechanism`))]}}function Mt(e){let t=new Map;for(let n of e)for(let e of n.strains??[])t.has(e.id)||t.set(e.id,{strain:e,studies:[]}),t.get(e.id).studies.push(n);return t.size?ge(`Strains examined by studies of this condition`,[`Strain`,`Studies`,`Designs`],[...t.values()].sort((e,t)=>t.studies.length-e.studies.length||e.strain.label.localeCompare(t.strain.label)).map(e=>[z(e.strain),l(`ul`,{class:`plain`},e.studies.map(e=>l(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`),e.via===`directly`?null:l(`span`,{class:`sub`},e.via)))),[...new Set(e.studies.map(e=>D(e.design)))].join(`, `)])):W(`No study of this condition in the graph names a strain.`)}function Nt(e){let t=kt([{via:`directly`,rows:e.studies},...e.subtypes.map(e=>({via:`for ${e.name}`,rows:e.studies}))]),n=t.map(e=>({...e,via:e.via===`directly`?void 0:e.via})),r=kt([{via:``,rows:e.claims},...e.subtypes.map(e=>({via:`about ${e.name}`,rows:e.claims}))]).map(e=>({...e,via:e.via.replace(/^, /,``)||void 0}));return{title:e.name,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.conditionKind)))],body:[V(`About`,`about`,H([[`Kind`,D(e.conditionKind)],[`Also called`,U(e.synonyms)],[`A form of`,e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):null],[`Narrower forms`,e.subtypes.length?f(e.subtypes.map(e=>R(e.id,e.name,`CONDITION`))):null]]),Z(e.description)),V(`Strains studied`,`strains`,l(`p`,{class:`muted`},e.subtypes.length?`Gathered from the studies of this condition and of its narrower forms.`:`Gathered from the studies of this condition.`),Mt(t)),V(`What influences it`,`influenced-by`,J(e.influencedBy,e.id,`Mechanisms, factors and species influencing this condition`)),V(`Claims`,`claims`,K(r,`Claims about this condition`)),V(`Findings`,`findings`,xt(e.findings,!0)),V(`Studies`,`studies`,be(n,`Studies that addressed this condition`))]}}function Pt(e){return{title:e.name,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.factorKind)))],body:[V(`About`,`about`,H([[`Kind`,D(e.factorKind)],[`Also called`,U(e.synonyms)]]),Z(e.description)),V(`What it affects`,`affects`,J(e.affects,e.id,`What this factor affects`)),V(`Claims`,`claims`,K(e.claims,`Claims about this factor`))]}}function Ft(e){let t=Ee(e);return t?`${t.value}${t.label===`effect size`?``:` (${t.label})`}; ${t.note}`:null}function It(e){let t=e.value===null?null:`${e.value}${e.unit?` ${e.unit}`:``}`;return{title:e.summary,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},L(e.effect)),` `,bt(e.significant)?l(`span`,{class:`muted`},bt(e.significant)):null)],body:[V(`Result`,`result`,H([[`Measure`,e.measure],[`Effect`,L(e.effect)],[`Value`,t],[`p-value`,e.pValue],[`Effect size`,Ft(e)],[`Heterogeneity (I²)`,e.heterogeneityI2===null?null:`${e.heterogeneityI2}%`],[`Trials`,e.trials],[`Participants`,e.participants],[`Studies pooled`,e.studyCount],[`Time point`,e.timepoint],[`Statistically significant`,e.significant===null?null:e.significant?`Yes`:`No`],[`Measures`,e.measures.length?l(`span`,{class:`chips`},e.measures.map(z)):null]])),V(`Study`,`study`,be([e.study],`The study that reported this finding`))]}}function Lt(e){let t=[...e.citations].sort((e,t)=>e.number-t.number);return{title:e.title,lead:[l(`p`,{class:`badges`},l(`span`,{class:`badge neutral`},D(e.documentKind)),` `,e.publisher?l(`span`,{class:`muted`},e.publisher):null)],body:[V(`About`,`about`,H([[`Publisher`,e.publisher],[`Kind of document`,D(e.documentKind)],[`Original`,l(`span`,{class:`muted`},`No public address is recorded for this document.`)],[`Authors`,e.authors.join(`, `)],[`Reviewers`,e.reviewers.join(`, `)]]),Z(e.description)),V(`Claims it makes or grades`,`claims`,K(e.claims,`Claims made or graded by this document`)),V(`References`,`references`,t.length?ge(`Works this document cites, by citation number`,[`No.`,`Study`,`Design`,`Year`,`Link`],t.map(e=>[`[${e.number}]`,[R(e.study.id,e.study.title,`STUDY`),l(`span`,{class:`sub`},ee(A(e.study))||`Authors not recorded`)],D(e.study.design),e.study.year,B(e.study)])):W(`No references.`))]}}var Rt={CLAIM:{query:ct,field:`claim`,render:Tt},STUDY:{query:yt,field:`study`,render:Dt},STRAIN:{query:vt,field:`strain`,render:Ot},SPECIES:{query:_t,field:`species`,render:At},MECHANISM:{query:pt,field:`mechanism`,render:jt},CONDITION:{query:ut,field:`condition`,render:Nt},FACTOR:{query:dt,field:`factor`,render:Pt},FINDING:{query:ft,field:`finding`,render:It},SOURCE:{query:gt,field:`source`,render:Lt}};async function zt(e,t){let n=new Map,r=new Map;if(!e.length)return{stances:n,positions:r};let i=await c(mt,{ids:e},t);for(let e of i.nodes){for(let t of e?.evidence??[])n.set(`${e.id}|${t.study.id}`,t.stance);for(let t of e?.positions??[])r.set(`${e.id}|${t.source.id}`,t.position)}return{stances:n,positions:r}}function Bt(e,t,n,r){if(e.length<=r+1)return e;let i=new Map,a=new Set;for(let e of t)i.set(e.source,(i.get(e.source)??0)+1),i.set(e.target,(i.get(e.target)??0)+1),e.source===n&&a.add(e.target),e.target===n&&a.add(e.source);let o=e=>e.id===n?0:a.has(e.id)?1:2;return[...e].sort((e,t)=>o(e)-o(t)||(i.get(t.id)??0)-(i.get(e.id)??0)||e.label.localeCompare(t.label)).slice(0,r+1)}function Vt(t,n,r){let i=t.params.get(`depth`)===`2`?2:1,a=l(`div`,{class:`graph-holder`},Y(`Loading the graph…`)),o=l(`select`,{id:`depth`,onchange:e=>{let t=e.target.value,n=new URL(location.href);t===`1`?n.searchParams.delete(`depth`):n.searchParams.set(`depth`,t),F(n.pathname+n.search+`#graph`,{replace:!0})}},l(`option`,{value:`1`,selected:i===1},`Direct neighbours`),l(`option`,{value:`2`,selected:i===2},`Two hops`)),s=l(`section`,{class:`section`,id:`graph`,"aria-labelledby":`graph-h`},l(`div`,{class:`section-head`},l(`h2`,{id:`graph-h`},`Graph neighbourhood`),l(`div`,{class:`inline-field`},l(`label`,{for:`depth`},`Show`),o)),a),u=async()=>{try{let o=await c(ht,{id:n,depth:i,limit:i===1?80:150},t.signal);if(!t.current())return;let s=o.neighbourhood,u=s.nodes.some(e=>e.id===s.center.id)?s.nodes:[s.center,...s.nodes],f=u.filter(e=>e.id!==s.center.id);if(f.length===0){d(a,W(`No related entities to draw.`));return}let p=new Map(u.map(e=>[e.id,e.kind])),{stances:m,positions:h}=await zt([...new Set(s.edges.filter(e=>[`HAS_EVIDENCE`,`HAS_POSITION`].includes(e.kind)&&p.get(e.from.id)===`CLAIM`).map(e=>e.from.id).concat(s.edges.filter(e=>e.kind===`MAKES`).map(e=>e.to.id)))],t.signal).catch(()=>({stances:new Map,positions:new Map}));if(!t.current())return;let g=new Map,_=s.edges.map(e=>{let t=`${e.from.id}|${e.kind}|${e.to.id}`,n=g.get(t)??0;g.set(t,n+1);let r=e.kind===`HAS_EVIDENCE`?m.get(`${e.from.id}|${e.to.id}`):void 0,i=e.kind===`MAKES`?h.get(`${e.to.id}|${e.from.id}`):e.kind===`HAS_POSITION`?h.get(`${e.from.id}|${e.to.id}`):void 0;return{id:n?`${t}|${n}`:t,source:e.from.id,target:e.to.id,kind:e.kind,maturity:e.maturity,effect:e.effect,stance:r,position:i}}),v=window.innerWidth<560?12:24,y=v,{createGraph:b,graphAsList:x}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-BfTPUbRI.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([3,4]));if(!t.current())return;let S=null,C=async()=>{S?.destroy();let e=Bt(u,_,s.center.id,y),t=u.length-e.length;S=b(e,_,{layout:`grouped`,centerId:s.center.id,description:`Graph of ${r} and ${e.length-1} related entities${t?` (${t} more not drawn)`:``}, grouped by kind. The same entities are listed below the drawing.`});let n=S,i=t?l(`p`,{class:`graph-more`},`Showing ${e.length-1} of ${f.length} related entities, the nearest and best connected first. `,l(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>{y+=v,C().then(()=>a.querySelector(`.graph-canvas`)?.focus())}},`Show ${Math.min(v,t)} more`)):null;d(a,s.truncated?l(`p`,{class:`muted`},`Only part of the neighbourhood was fetched; it is larger than the drawing’s limit.`):null,i,n.element,x(f,f.length===1?`List the one entity of this neighbourhood`:`List all ${f.length} entities of this neighbourhood`)),await n.ready};t.onCleanup(()=>S?.destroy()),await C()}catch(e){if(e.name===`AbortError`||!t.current())return;d(a,X(e,()=>void u()))}};return u(),s}async function Ht(e,t,n){let i=y(n)??v(t);if(!i){Wt(e,n);return}if(g[i].slug!==t){F(M(n,i)+location.search+location.hash,{replace:!0});return}let a=Rt[i];e.main.replaceChildren(Y(`Loading ${g[i].singular.toLowerCase()}…`));let o,s=null;try{s=(await c(lt,{},e.signal)).stats.cursor}catch(t){if(t.name===`AbortError`||!e.current())return}try{o=(await c(a.query,{id:n},e.signal))[a.field]}catch(a){if(a.name===`AbortError`||!e.current())return;if(a instanceof r&&(a.notFound||a.badInput)){Wt(e,n,i);return}e.setTitle(`Error`),d(e.main,X(a,()=>void Ht(e,t,n)));return}if(!e.current())return;if(!o){Wt(e,n,i);return}let u=a.render(o);e.setTitle(u.title);let f=g[i],p=l(`article`,{class:`entity entity-${f.slug}`},l(`header`,{class:`entity-head`},l(`p`,{class:`eyebrow`},Re(i),l(`code`,{class:`entity-id`},n)),l(`h1`,{tabindex:`-1`},u.title),u.lead,l(`p`,{class:`entity-actions`},l(`a`,{href:P(n),class:`btn btn-small`},`Find pathways from here`),` `,l(`a`,{href:`#graph`,class:`btn btn-small btn-quiet`},`Jump to graph`))),u.body,Vt(e,n,u.title),ke(o.provenance));et(e,i,n,o,p),d(e.main,p),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView(),e.onCleanup(He(n,t=>Ut(e.main,t),s))}function Ut(e,t){let n=e.querySelector(`.entity-head`);if(!n)return;let r=l(`p`,{class:`live-notice`,role:`status`},`Updated by ${t} — `,l(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>location.reload()},`reload`)),i=n.querySelector(`.live-notice`);i?i.replaceWith(r):n.prepend(r)}function Wt(e,t,n){e.setTitle(`Not found`);let r=n?`${g[n].singular.toLowerCase()}`:`entity`;d(e.main,Me([`The graph has no `,r,` with the id `,l(`code`,null,t),`. It may have been renamed, or the link may be mistyped.`],Ne(t,n)))}var Gt=`http://www.w3.org/2000/svg`;function Kt(e,t=16){let n=g[e],r=document.createElementNS(Gt,`svg`);r.setAttribute(`width`,String(t)),r.setAttribute(`height`,String(t)),r.setAttribute(`viewBox`,`0 0 16 16`),r.setAttribute(`aria-hidden`,`true`),r.setAttribute(`focusable`,`false`);let i={ellipse:``,rectangle:`1,2 15,2 15,14 1,14`,"round-rectangle":``,diamond:`8,0.5 15.5,8 8,15.5 0.5,8`,hexagon:`4,1 12,1 15.5,8 12,15 4,15 0.5,8`,octagon:`5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5`,triangle:`8,1 15.5,15 0.5,15`,tag:`0.5,2 11,2 15.5,8 11,14 0.5,14`,barrel:`2,1 14,1 15.5,8 14,15 2,15 0.5,8`},a;return n.shape===`ellipse`?(a=document.createElementNS(Gt,`circle`),a.setAttribute(`cx`,`8`),a.setAttribute(`cy`,`8`),a.setAttribute(`r`,`7.5`)):n.shape===`round-rectangle`?(a=document.createElementNS(Gt,`rect`),a.setAttribute(`x`,`0.5`),a.setAttribute(`y`,`2`),a.setAttribute(`width`,`15`),a.setAttribute(`height`,`12`),a.setAttribute(`rx`,`4`)):(a=document.createElementNS(Gt,`polygon`),a.setAttribute(`points`,i[n.shape]??i.rectangle)),a.setAttribute(`fill`,n.color),r.appendChild(a),r}var qt=`# One page of claims (keyset pagination: pass the last page's endCursor as \`after\`).
query Claims($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ClaimRow
      maturityBasis
      source {
        id
        title
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
`,Jt=`# How many claims there are at each evidence maturity (of one kind, when $kind is given): one
# query, one alias per grade.
query ClaimCounts($kind: ClaimKind) {
  all: claims(filter: { claimKind: $kind }, first: 1) {
    totalCount
  }
  established: claims(filter: { maturities: [ESTABLISHED], claimKind: $kind }, first: 1) {
    totalCount
  }
  plausible: claims(filter: { maturities: [PLAUSIBLE], claimKind: $kind }, first: 1) {
    totalCount
  }
  emerging: claims(filter: { maturities: [EMERGING], claimKind: $kind }, first: 1) {
    totalCount
  }
  early: claims(filter: { maturities: [EARLY], claimKind: $kind }, first: 1) {
    totalCount
  }
  notSupported: claims(filter: { maturities: [NOT_SUPPORTED], claimKind: $kind }, first: 1) {
    totalCount
  }
  marketing: claims(filter: { claimKind: MARKETING }, first: 1) {
    totalCount
  }
}
`,Yt=`# One page of conditions and skin outcomes, by name.
query Conditions($filter: ConditionFilter, $first: Int, $after: String) {
  conditions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      conditionKind
      synonyms
      subtypeOf {
        id
        name
      }
    }
  }
}
`,Xt=`# Claims with the stance of every study behind them, to find those that some study contradicts
# or qualifies ("what goes against this?"), and the propositions on which the source documents
# take different positions, with each source's position.
query Contested {
  claims(first: 100, orderBy: { field: MATURITY, direction: DESC }) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ClaimRow
      maturityBasis
      source {
        id
        title
      }
      evidenceSummary {
        total
        supports
        qualifies
        contradicts
      }
      evidence {
        stance
        note
        study {
          id
          title
          year
        }
      }
    }
  }
  disputed: claims(first: 100, filter: { disputed: true }) {
    totalCount
    nodes {
      ...ClaimRow
      positions {
        position
        note
        source {
          id
          title
        }
      }
    }
  }
}
`,Zt=`# The conditions and strains lists can be filtered by (their ids and names, by name).
query FilterOptions {
  conditions(first: 100) {
    nodes {
      id
      name
    }
  }
  strains(first: 100) {
    nodes {
      id
      name
      fullName
    }
  }
}
`,Qt=`# One page of lifestyle and disrupting factors, by name.
query Factors($filter: FactorFilter, $first: Int, $after: String) {
  factors(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      factorKind
      synonyms
    }
  }
}
`,$t=`# One page of mechanisms, by name.
query Mechanisms($filter: MechanismFilter, $first: Int, $after: String) {
  mechanisms(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      category
      synonyms
    }
  }
}
`,en=`# The source documents the graph was built from.
query Sources {
  sources {
    id
    title
    publisher
    documentKind
    description
  }
}
`,tn=`# One page of probiotic strains and products, by name.
query Strains($filter: StrainFilter, $first: Int, $after: String) {
  strains(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      fullName
      strainKind
      formerNames
      synonyms
      species {
        id
        name
      }
    }
  }
}
`,nn=`# One page of studies, filtered (e.g. by design) and sorted.
query Studies($filter: StudyFilter, $orderBy: StudyOrder, $first: Int, $after: String) {
  studies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...StudyRow
      journal
    }
  }
}
`,rn=e=>e.map(e=>[e,D(e)]),Q=(e,t)=>e&&t.includes(e)?e:void 0,an={newest:{field:`YEAR`,direction:`DESC`,label:`Newest first`},oldest:{field:`YEAR`,direction:`ASC`,label:`Oldest first`},title:{field:`TITLE`,direction:`ASC`,label:`Title`},largest:{field:`SAMPLE_SIZE`,direction:`DESC`,label:`Largest sample first`}},on={strongest:{field:`MATURITY`,direction:`DESC`,label:`Strongest evidence first`},weakest:{field:`MATURITY`,direction:`ASC`,label:`Weakest evidence first`},statement:{field:`STATEMENT`,direction:`ASC`,label:`Statement (A–Z)`}},sn={ESTABLISHED:`established`,PLAUSIBLE:`plausible`,EMERGING:`emerging`,EARLY:`early`,NOT_SUPPORTED:`notSupported`};function cn(e,t){return c(Jt,{kind:t??null},e)}function ln(e){let t=e.params.get(`maturity`),n=e.params.get(`kind`)??void 0,r=e.params.get(`order`)??void 0,i=new Map,a=(e,a,o=``)=>{let s=l(`span`,{class:`count`});return i.set(e??`all`,s),l(`li`,null,l(`a`,{href:N(`claims`,{maturity:e,kind:n,order:r}),class:`tab ${o}`,"aria-current":(t??void 0)===e?`page`:void 0},a,s))},o=l(`nav`,{class:`tabs`,"aria-label":n===`MARKETING`?`Marketing claims by evidence maturity`:n===`SCIENTIFIC`?`Scientific claims by evidence maturity`:`Claims by evidence maturity`,"aria-busy":`true`},l(`ul`,null,a(void 0,`All`),S.map(e=>a(e,x[e].label,`tab-${e.toLowerCase().replace(`_`,`-`)}`))));return cn(e.signal,Q(n??null,[`SCIENTIFIC`,`MARKETING`])).then(e=>{i.get(`all`).textContent=` ${e.all.totalCount}`;for(let t of S)i.get(t).textContent=` ${e[sn[t]].totalCount}`}).catch(()=>{}).finally(()=>o.removeAttribute(`aria-busy`)),o}function un(e){if(!e.total)return l(`span`,{class:`muted`},`none`);let t=[[e.supports,`support`],[e.qualifies,`qualify`],[e.contradicts,`contradict`]].filter(([e])=>e).map(([e,t])=>`${e} ${t}`);return l(`span`,null,`${e.total} ${e.total===1?`study`:`studies`}`,l(`span`,{class:`sub`},t.join(` · `)))}function dn(e){let t=e.evidenceSummary;return!t.contradicts&&!t.qualifies?l(`span`,{class:`muted`},`—`):l(`a`,{href:`${M(e.id,`CLAIM`)}#against`,class:`against-count`},[t.contradicts?`${t.contradicts} contradict${t.contradicts===1?`s`:``}`:null,t.qualifies?`${t.qualifies} qualif${t.qualifies===1?`ies`:`y`}`:null].filter(Boolean).join(` · `))}var fn={claims:{title:`Claims`,intro:`Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.`,query:qt,field:`claims`,extra:ln,filters:[{param:`kind`,label:`Kind`,options:[[`SCIENTIFIC`,`Scientific`],[`MARKETING`,`Marketing`]]},{param:`about`,label:`About`,options:[],dynamic:`subjects`},{param:`order`,label:`Order`,options:Object.entries(on).map(([e,t])=>[e,t.label])}],variables(e){let t=Q(e.get(`maturity`),S),n=Q(e.get(`kind`),[`SCIENTIFIC`,`MARKETING`]),r=e.get(`about`)||void 0,i=on[e.get(`order`)??`strongest`]??on.strongest;return{filter:{...t?{maturities:[t]}:{},...n?{claimKind:n}:{},...r?{subject:r}:{}},orderBy:{field:i.field,direction:i.direction}}},noun:[`claim`,`claims`],compare:!0,columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>R(e.id,e.statement,`CLAIM`)},{key:`maturity`,label:`Evidence maturity`,sort:e=>x[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>me(e.claimKind)},{key:`studies`,label:`Studies`,numeric:!0,sort:e=>e.evidenceSummary.total,cell:e=>un(e.evidenceSummary)},{key:`against`,label:`Against`,numeric:!0,sort:e=>e.evidenceSummary.contradicts*10+e.evidenceSummary.qualifies,cell:e=>dn(e)},{key:`about`,label:`About`,cell:e=>G((e.subjects??[]).filter(e=>e.kind===`STRAIN`||e.kind===`CONDITION`))},{key:`source`,label:`Source`,sort:e=>e.source.title,cell:e=>R(e.source.id,e.source.title,`SOURCE`)}],text:e=>[e.statement,x[e.maturity]?.label,e.claimKind,e.source.title,...(e.subjects??[]).map(e=>e.label)].join(` `)},studies:{title:`Studies`,intro:`The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.`,query:nn,field:`studies`,filters:[{param:`design`,label:`Design`,options:rn(T)},{param:`condition`,label:`Condition`,options:[],dynamic:`conditions`},{param:`strain`,label:`Strain`,options:[],dynamic:`strains`},{param:`order`,label:`Order`,options:Object.entries(an).map(([e,t])=>[e,t.label])}],variables(e){let t=Q(e.get(`design`),T),n=e.get(`condition`)||void 0,r=e.get(`strain`)||void 0,i=an[e.get(`order`)??`newest`]??an.newest,a={...t?{designs:[t]}:{},...n?{condition:n}:{},...r?{strain:r}:{}};return{filter:Object.keys(a).length?a:null,orderBy:{field:i.field,direction:i.direction}}},noun:[`study`,`studies`],compare:!0,cite(e){let t=new URLSearchParams,n=Q(e.get(`design`),T);n&&t.set(`design`,n);for(let n of[`condition`,`strain`])e.get(n)&&t.set(n,e.get(n));let r=an[e.get(`order`)??`newest`]??an.newest;return t.set(`order`,{YEAR:`year`,TITLE:`title`,SAMPLE_SIZE:`sampleSize`}[r.field]),t.set(`direction`,r.direction.toLowerCase()),t.toString()},columns:[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>l(`span`,null,R(e.id,e.title,`STUDY`),l(`span`,{class:`sub`},[ee(A(e)),e.journal].filter(Boolean).join(` — `)))},{key:`design`,label:`Design`,sort:e=>D(e.design),cell:e=>D(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>ve(e).n,cell:e=>ye(e)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year},{key:`strains`,label:`Strains`,cell:e=>G(e.strains??[])},{key:`conditions`,label:`Conditions`,cell:e=>G((e.topics??[]).filter(e=>e.kind===`CONDITION`))},{key:`link`,label:`Link`,cell:e=>B(e)}],text:e=>[e.title,A(e).join(` `),e.journal,D(e.design),e.year,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `)},strains:{title:`Strains and products`,intro:`Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.`,query:tn,field:`strains`,filters:[{param:`kind`,label:`Kind`,options:[[`STRAIN`,`Strain`],[`PRODUCT`,`Product`]]}],variables(e){let t=Q(e.get(`kind`),[`STRAIN`,`PRODUCT`]);return{filter:t?{strainKind:t}:null}},noun:[`strain`,`strains`],columns:[{key:`strain`,label:`Strain`,sort:e=>e.fullName||e.name,cell:e=>R(e.id,e.fullName||e.name,`STRAIN`)},{key:`species`,label:`Species`,sort:e=>e.species?.name,cell:e=>e.species?R(e.species.id,e.species.name,`SPECIES`):`—`},{key:`kind`,label:`Kind`,sort:e=>e.strainKind,cell:e=>D(e.strainKind)},{key:`aka`,label:`Also known as`,cell:e=>U([...e.formerNames,...e.synonyms])??`—`}],text:e=>[e.name,e.fullName,e.species?.name,...e.formerNames,...e.synonyms].join(` `)},mechanisms:{title:`Mechanisms`,intro:`How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.`,query:$t,field:`mechanisms`,filters:[{param:`category`,label:`Category`,options:rn([`BARRIER`,`METABOLITE`,`IMMUNE`,`NEURAL`,`NUTRIENT`,`MICROBIAL_BALANCE`,`INFLAMMATION`,`SKIN_BARRIER`])}],variables(e){let t=e.get(`category`);return{filter:t?{category:t}:null}},noun:[`mechanism`,`mechanisms`],columns:[{key:`name`,label:`Mechanism`,sort:e=>e.name,cell:e=>R(e.id,e.name,`MECHANISM`)},{key:`category`,label:`Category`,sort:e=>e.category,cell:e=>D(e.category)},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.category,...e.synonyms].join(` `)},conditions:{title:`Conditions`,intro:`Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.`,query:Yt,field:`conditions`,filters:[{param:`kind`,label:`Kind`,options:rn([`SKIN_CONDITION`,`SKIN_OUTCOME`,`GUT_CONDITION`,`INFECTION`,`OTHER`])}],variables(e){let t=e.get(`kind`);return{filter:t?{conditionKind:t}:null}},noun:[`condition`,`conditions`],columns:[{key:`name`,label:`Condition`,sort:e=>e.name,cell:e=>R(e.id,e.name,`CONDITION`)},{key:`kind`,label:`Kind`,sort:e=>e.conditionKind,cell:e=>D(e.conditionKind)},{key:`parent`,label:`A form of`,sort:e=>e.subtypeOf?.name,cell:e=>e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):`—`},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.conditionKind,e.subtypeOf?.name,...e.synonyms].join(` `)},factors:{title:`Factors`,intro:`Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.`,query:Qt,field:`factors`,filters:[{param:`kind`,label:`Kind`,options:rn([`DIET`,`LIFESTYLE`,`MEDICATION`,`ILLNESS`,`SKINCARE`,`TOPICAL_ACTIVE`,`SUPPLEMENT`])}],variables(e){let t=e.get(`kind`);return{filter:t?{factorKind:t}:null}},noun:[`factor`,`factors`],columns:[{key:`name`,label:`Factor`,sort:e=>e.name,cell:e=>R(e.id,e.name,`FACTOR`)},{key:`kind`,label:`Kind`,sort:e=>e.factorKind,cell:e=>D(e.factorKind)},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.factorKind,...e.synonyms].join(` `)}},pn=null;function mn(e){return pn||(pn=c(Zt,{},e),pn.catch(()=>pn=null)),pn}function hn(e,t,n){if(!n.filters.length)return null;let r=l(`form`,{class:`filters`,role:`search`,"aria-label":`Filter ${n.title.toLowerCase()}`}),i=()=>{let i={};for(let[t,n]of e.params)i[t]=n;for(let e of n.filters){let t=r.querySelector(`[name="${e.param}"]`);i[e.param]=t?.value||void 0}F(N(t,i))};for(let t of n.filters){let n=`filter-${t.param}`,a=e.params.get(t.param)??``,o=t.param===`order`,s=l(`select`,{id:n,name:t.param,onchange:i},o?null:l(`option`,{value:``},`Any`),t.options.map(([e,t])=>l(`option`,{value:e,selected:a===e},t)),t.dynamic&&a?l(`option`,{value:a,selected:!0},a):null);t.dynamic&&mn(e.signal).then(e=>{let n=(e,t)=>l(`optgroup`,{label:e},t.map(([e,t])=>l(`option`,{value:e,selected:a===e},t))),r=e.conditions.nodes.map(e=>[e.id,e.name]),i=e.strains.nodes.map(e=>[e.id,e.fullName||e.name]);d(s,l(`option`,{value:``},`Any`),t.dynamic===`conditions`?r.map(([e,t])=>l(`option`,{value:e,selected:a===e},t)):null,t.dynamic===`strains`?i.map(([e,t])=>l(`option`,{value:e,selected:a===e},t)):null,t.dynamic===`subjects`?[n(`Conditions`,r),n(`Strains and products`,i)]:null)}).catch(()=>{}),r.appendChild(l(`div`,{class:`inline-field`},l(`label`,{for:n},t.label),s))}return r.addEventListener(`submit`,e=>{e.preventDefault(),i()}),r}async function gn(e,t){if(t===`sources`)return yn(e);if(t===`contested`)return vn(e);let n=fn[t];e.setTitle(n.title);let r=l(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`),i=l(`div`,{class:`list-status`},Y()),a=l(`div`,{class:`list-table-holder`});d(e.main,l(`div`,{class:`list-page list-${t}`},l(`h1`,{tabindex:`-1`},n.title),l(`p`,{class:`lead`},n.intro),n.extra?.(e),hn(e,t,n),n.cite?st(n.cite(e.params),e.params.toString()?`the studies these filters match`:`every study`):null,a,i,l(`p`,{class:`more`},r)));let o=n.variables(e.params),s=null,u=[],f=null,p=async()=>{r.disabled=!0,d(i,Y());try{let t=await c(n.query,{...o,first:25,after:s},e.signal);if(!e.current())return;let l=t[n.field],d=u.length;u=[...u,...l.nodes],s=l.pageInfo.endCursor;let p=l.pageInfo.hasNextPage?`loaded of ${l.totalCount}; sorting and the filter box apply to these until you load more`:void 0;if(i.replaceChildren(),u.length===0?i.appendChild(W(e.params.toString()?`Nothing matches these filters.`:`Nothing here yet.`)):f?f.setRows(u,p):(f=fe({caption:n.title,noun:n.noun,columns:n.columns,rows:u,text:n.text,facets:n.facets,compareId:n.compare?e=>e.id:void 0,rowLabel:e=>e.statement??e.title??``,cls:`list-table`,partial:p}),a.appendChild(f.element)),r.hidden=!l.pageInfo.hasNextPage,r.disabled=!1,d>0){let e=l.nodes[0]?.id;((e?a.querySelector(`tbody a[href$="${CSS.escape(e.split(`:`).pop()??``)}"]`):null)??r).focus()}}catch(t){if(t.name===`AbortError`||!e.current())return;r.hidden=!0,d(i,X(t,()=>void p()))}};r.addEventListener(`click`,()=>void p()),await p()}function _n(e){let t=e.totalCount>e.nodes.length?l(`p`,{class:`muted`},`The first ${e.nodes.length} of ${e.totalCount}.`):null;return l(`section`,{class:`disagree`,"aria-labelledby":`disagree-h`},l(`h2`,{id:`disagree-h`},`Where the sources disagree`),l(`p`,{class:`muted`},`Propositions on which the source documents take different positions: one endorses what another hedges or rejects. The grade is the graph’s verdict on the proposition.`),e.nodes.length?l(`ul`,{class:`plain disagree-list`},e.nodes.map(e=>l(`li`,{class:`disagree-item`},l(`p`,{class:`disagree-claim`},R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)),l(`ul`,{class:`plain positions-list`},e.positions.map(e=>l(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},Fe(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),l(`p`,{class:`position-note`},e.note))))))):W(`The sources agree on every proposition they both take a position on.`),t)}async function vn(e){e.setTitle(`What goes against the claims`);let t=l(`div`,null,Y());d(e.main,l(`div`,{class:`list-page`},l(`h1`,{tabindex:`-1`},`What goes against the claims`),l(`p`,{class:`lead`},`Claims that at least one linked study contradicts or qualifies (limits, or supports only in part), with what each of those studies says. Claims with no study against them are not listed; that does not make them true. Below them: `,l(`a`,{href:`#disagree-h`},`where the sources disagree`),`.`),t));try{let n=await c(Xt,{},e.signal);if(!e.current())return;let r=n.claims.nodes.filter(e=>e.evidenceSummary.contradicts+e.evidenceSummary.qualifies>0),i=n.claims.pageInfo.hasNextPage?l(`p`,{class:`muted`},`Looked through the first ${n.claims.nodes.length} of ${n.claims.totalCount} claims.`):null,a=_n(n.disputed);if(!r.length){d(t,W(`No claim has contradicting or qualifying evidence.`),i,a);return}d(t,i,fe({caption:`Claims with contradicting or qualifying evidence`,noun:[`claim`,`claims`],columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)]},{key:`contradicts`,label:`Contradict`,numeric:!0,sort:e=>e.evidenceSummary.contradicts,cell:e=>e.evidenceSummary.contradicts},{key:`qualifies`,label:`Qualify`,numeric:!0,sort:e=>e.evidenceSummary.qualifies,cell:e=>e.evidenceSummary.qualifies},{key:`supports`,label:`Support`,numeric:!0,sort:e=>e.evidenceSummary.supports,cell:e=>e.evidenceSummary.supports},{key:`what`,label:`What the studies against it say`,cell:e=>l(`ul`,{class:`plain against-list`},e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>q[t.stance]-q[e.stance]).map(e=>l(`li`,null,l(`span`,{class:`badge stance stance-${e.stance.toLowerCase()}`},e.stance===`CONTRADICTS`?`Contradicts`:`Qualifies`),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),e.note?l(`span`,{class:`sub`},e.note):null)))}],rows:r,text:e=>[e.statement,...e.evidence.map(e=>`${e.study.title} ${e.note??``}`)].join(` `),facets:[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>x[e]?.label??e}],initialSort:{key:`contradicts`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.statement}).element,a),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView()}catch(n){if(n.name===`AbortError`||!e.current())return;d(t,X(n,()=>void vn(e)))}}async function yn(e){e.setTitle(`Sources`);let t=l(`div`,null,Y());d(e.main,l(`div`,{class:`list-page`},l(`h1`,{tabindex:`-1`},`Sources`),l(`p`,{class:`lead`},`The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.`),t));try{let n=await c(en,{},e.signal);if(!e.current())return;d(t,l(`ul`,{class:`cards`},n.sources.map(e=>l(`li`,{class:`card`},l(`h2`,{class:`card-title`},R(e.id,e.title,`SOURCE`)),l(`p`,{class:`muted`},[D(e.documentKind),e.publisher].filter(Boolean).join(` · `)),l(`p`,null,e.description)))))}catch(n){if(n.name===`AbortError`||!e.current())return;d(t,X(n,()=>void yn(e)))}}var bn=`# Kinds and labels of a few entities by id (e.g. the two ends of a pathways view).
query Labels($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      kind
      label
    }
  }
}
`,xn=`# The connections between two entities, strongest first: like pathways.graphql, but a hop may
# run against its relationship's stated direction (\`forward: false\`). Each hop brings
# the claims that assert it and its relationship's studies with the stances those claims take.
query Connections($from: ID!, $to: ID!, $maxHops: Int, $minMaturity: EvidenceMaturity, $first: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, minMaturity: $minMaturity, first: $first) {
    ...PathwayFields
  }
}
`,Sn=`# The chains of relationships from one entity to another, strongest first: every hop follows
# its relationship's stated direction. A path is as strong as its weakest hop. Each hop brings
# the claims that assert it and its relationship's studies with the stances those claims take.
# connections.graphql asks the same of links in either direction.
query Pathways($from: ID!, $to: ID!, $maxHops: Int, $minMaturity: EvidenceMaturity, $first: Int) {
  pathways(from: $from, to: $to, maxHops: $maxHops, minMaturity: $minMaturity, first: $first) {
    ...PathwayFields
  }
}
`;function Cn(e,t){let n=l(`p`,{class:`form-error`,role:`alert`,hidden:!0}),r=ze({label:`From`,inputId:`${t}-from`,placeholder:`e.g. HN001`,initial:e.from??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),i=ze({label:`To`,inputId:`${t}-to`,placeholder:`e.g. acne`,initial:e.to??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),a=l(`select`,{id:`${t}-hops`,name:`maxHops`},[1,2,3,4,5].map(t=>l(`option`,{value:String(t),selected:t===(e.maxHops??3)},`${t} hop${t>1?`s`:``}`))),o=l(`select`,{id:`${t}-min`,name:`minMaturity`},l(`option`,{value:``},`Any evidence`),S.filter(e=>e!==`NOT_SUPPORTED`).map(t=>l(`option`,{value:t,selected:e.minMaturity===t},`${x[t].label} or stronger`))),s=l(`select`,{id:`${t}-dir`,name:`direction`},l(`option`,{value:`along`,selected:(e.direction??`along`)===`along`},`Along each link (A acts on B)`),l(`option`,{value:`any`,selected:e.direction===`any`},`Either direction (connections)`)),c=l(`button`,{type:`button`,class:`btn btn-quiet`,onclick:()=>{let e=r.value(),t=i.value();r.setValue(t),i.setValue(e)}},`⇅ Swap`),u=l(`form`,{class:`pathways-form`,"aria-label":`Find pathways between two entities`,novalidate:!0},l(`div`,{class:`pf-ends`},r.root,i.root),l(`div`,{class:`pf-options`},l(`div`,{class:`inline-field`},l(`label`,{for:`${t}-hops`},`At most`),a),l(`div`,{class:`inline-field`},l(`label`,{for:`${t}-min`},`Links`),o),l(`div`,{class:`inline-field`},l(`label`,{for:`${t}-dir`},`Follow`),s),c,l(`button`,{type:`submit`,class:`btn btn-primary`},`Find pathways`)),n);return u.addEventListener(`submit`,e=>{e.preventDefault();let t=r.value(),c=i.value();!t||!c?(n.textContent=t?`Choose where the path ends: type a name in “To” and pick a suggestion.`:`Choose where the path starts: type a name in “From” and pick a suggestion.`,n.hidden=!1,(t?i.input:r.input).focus()):F(P(t.id,c.id,a.value,o.value||void 0,s.value===`any`?`any`:void 0))}),u}function wn(e){let t=e.forward?e.from.id:e.to.id,n=e.forward?e.to.id:e.from.id;return{id:`${t}|${e.relation.kind}|${n}`,source:t,target:n}}function Tn(e,t,n){let r=new Map,i=[];for(let t of e)t.nodes.forEach((e,t)=>{r.has(e.id)?r.set(e.id,Math.min(r.get(e.id),t)):(r.set(e.id,t),i.push(e))});let a=Math.max(0,...[...r.entries()].filter(([e])=>e!==n).map(([,e])=>e))+1;r.has(n)&&r.set(n,Math.max(a,1)),r.has(t)&&r.set(t,0);let o=new Map;for(let e of i){let t=r.get(e.id);o.has(t)||o.set(t,[]),o.get(t).push(e)}let s=[];for(let[e,t]of o)t.forEach((n,r)=>s.push({...n,position:{x:e*210,y:(r-(t.length-1)/2)*120}}));return s}var En=(e,t,n)=>`${e} ${e===1?t:n}`;function Dn(e){if(!e.claims.length&&!e.studies.length)return l(`span`,{class:`hop-nostudy`},`no study or claim linked`);let t=new Map(e.claims.map((e,t)=>[e.id,t+1]));return l(`details`,{class:`hop-studies`},l(`summary`,null,`${[e.studies.length?En(e.studies.length,`study`,`studies`):null,e.claims.length?En(e.claims.length,`claim`,`claims`):null].filter(Boolean).join(` · `)} behind this link`),e.claims.length?l(`div`,{class:`hop-claims`},l(`p`,{class:`hop-sub`},`Claims that assert it (the grade is the whole claim’s):`),l(`ol`,{class:`plain`},e.claims.map((e,t)=>l(`li`,null,l(`span`,{class:`claim-no`},`C${t+1}`),` `,I(e.maturity),` `,R(e.id,e.statement,`CLAIM`))))):l(`p`,{class:`hop-sub`},`No claim asserts this link.`),e.studies.length?l(`div`,{class:`hop-study-list`},l(`p`,{class:`hop-sub`},`Studies of the link, with their stance on those claims:`),l(`ul`,{class:`plain`},e.studies.map(({study:n,stances:r})=>l(`li`,null,R(n.id,`${n.title} (${n.year})`,`STUDY`),l(`span`,{class:`sub`},D(n.design)),r.length?l(`span`,{class:`hop-stances`},r.map(n=>{let r=t.get(n.claim.id),i=e.claims.find(e=>e.id===n.claim.id);return l(`span`,{class:`hop-stance`,title:i?`on C${r}: ${i.statement}`:void 0},pe(n.stance),` C${r??`?`}`)})):l(`span`,{class:`sub`},`no stance recorded by these claims`)))),st(`ids=${[...new Set(e.studies.map(e=>e.study.id))].map(encodeURIComponent).join(`,`)}`,`the studies of this link`)):l(`p`,{class:`hop-sub`},`The relationship lists no study.`))}function On(e,t){let n=[];return e.nodes.forEach((t,r)=>{n.push(l(`li`,{class:`step-node`},z(t)));let i=e.hops[r];if(i){let e=i.relation;n.push(l(`li`,{class:`step-hop maturity-line-${e.maturity.toLowerCase().replace(`_`,`-`)}`},l(`span`,{class:`hop-rel`},i.forward?`${k(e.kind)} →`:`← ${k(e.kind)}`),e.effect?l(`span`,{class:`hop-effect`},L(e.effect)):null,I(e.maturity),Dn(i)))}}),l(`li`,{class:`path`,tabindex:`0`,"data-index":String(t)},l(`div`,{class:`path-head`},l(`span`,{class:`path-no`},`Path ${t+1}`),` `,I(e.strength),l(`span`,{class:`muted`},` ${e.length} hop${e.length===1?``:`s`} · as strong as its weakest link`)),l(`ol`,{class:`path-steps`,"aria-label":`Path ${t+1}, step by step`},n))}async function kn(t){let n=t.params.get(`from`)??``,i=t.params.get(`to`)??``,a=Number.parseInt(t.params.get(`maxHops`)??``,10),o=a>=1&&a<=5?a:3,s=S.includes(t.params.get(`minMaturity`))?t.params.get(`minMaturity`):null,u=t.params.get(`direction`)===`any`?`any`:`along`;t.setTitle(`Pathways`);let f=l(`div`,{class:`pf-holder`}),p=l(`div`,{class:`pathways-results`,"aria-live":`polite`});if(d(t.main,l(`div`,{class:`pathways-page`},l(`h1`,{tabindex:`-1`},`Pathways`),l(`p`,{class:`lead`},`How might one thing lead to another? Choose two entities to see the chains of relationships between them, strongest first, each link with the claims that assert it and the studies behind it. A path is only as strong as its weakest link, and a chain of associations is not proof of cause. By default every link is followed in its stated direction (A acts on B, which acts on C); choose “either direction” to see connections, whose links may run either way.`),f,p)),!n||!i)f.appendChild(Cn({maxHops:o,minMaturity:s,direction:u},`pw`)),d(p,l(`p`,{class:`muted`},`For example: `,l(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`from the probiotic strain HN001 to acne`),` or `,l(`a`,{href:P(`strain:ds-01`,`condition:atopic-dermatitis`,3)},`from the DS-01 synbiotic to atopic dermatitis`),`.`));else{d(p,Y(`Finding pathways…`));try{let[r,a]=await Promise.all([c(bn,{ids:[n,i]},t.signal),u===`along`?c(Sn,{from:n,to:i,maxHops:o,minMaturity:s,first:10},t.signal).then(e=>e.pathways):c(xn,{from:n,to:i,maxHops:o,minMaturity:s,first:10},t.signal).then(e=>e.connections)]);if(!t.current())return;let[m,h]=r.nodes;f.appendChild(Cn({from:m,to:h,maxHops:o,minMaturity:s,direction:u},`pw`));let g=m?.label??n,_=h?.label??i;if(t.setTitle(`Pathways: ${g} → ${_}`),!a.length){let e=[];if(u===`along`){d(p,Y(`No pathways along each link’s direction; looking for connections either way…`));try{e=(await c(xn,{from:n,to:i,maxHops:o,minMaturity:s,first:10},t.signal)).connections}catch(e){if(e.name===`AbortError`||!t.current())return}if(!t.current())return}let r=P(n,i,o,s??void 0,`any`);d(p,l(`h2`,null,`No ${u===`along`?`pathways`:`connections`} from ${g} to ${_}`),W(`None within ${o} hop${o===1?``:`s`}${s?` with every link ${x[s].label.toLowerCase()} or stronger`:``}${u===`along`?`, following each link’s direction`:``}.`),l(`ul`,{class:`plain`},o<5?l(`li`,null,l(`a`,{href:P(n,i,o+1,s??void 0,u===`any`?`any`:void 0)},`Try ${o+1} hops`)):null,u===`along`&&!e.length?l(`li`,null,l(`a`,{href:r},`Allow links in either direction`)):null,u===`along`?l(`li`,null,l(`a`,{href:P(i,n,o,s??void 0)},`Look the other way: from ${_} to ${g}`)):null),e.length?l(`section`,{class:`section either-way`,"aria-labelledby":`either-h`},l(`h3`,{id:`either-h`},`But they are connected: ${En(e.length,`connection`,`connections`)} with links in either direction`),l(`p`,{class:`muted`},`A link marked ← runs against its stated direction, so such a chain shows that the two are related, not that one leads to the other. `,l(`a`,{href:r,class:`btn btn-small`},`Show the ${En(e.length,`connection`,`connections`)} with their drawing`)),l(`ol`,{class:`paths`},e.map(On))):u===`along`?l(`p`,{class:`muted`},`Nor are they connected within ${En(o,`hop`,`hops`)} with links in either direction.`):null);return}let v=Tn(a,n,i),y=new Map,b=[];for(let e of a){let t=[];for(let n of e.hops){let e=wn(n);t.push(e.id),y.has(e.id)||y.set(e.id,{...e,kind:n.relation.kind,maturity:n.relation.maturity,effect:n.relation.effect})}b.push(t)}let{createGraph:S,graphAsList:C}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-BfTPUbRI.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([3,4]));if(!t.current())return;let w=S(v,[...y.values()],{layout:`preset`,endIds:[n,i],edgeLabels:y.size<=40,description:`Drawing of ${a.length} pathway${a.length===1?``:`s`} from ${g} to ${_}; the same paths are listed step by step below.`});t.onCleanup(()=>w.destroy());let T=l(`ol`,{class:`paths`},a.map(On)),E=e=>{if(!e)return w.highlight();let t=Number(e.dataset.index);w.highlight(a[t].nodes.map(e=>e.id),b[t])};T.addEventListener(`mouseover`,e=>E(e.target.closest(`.path`))),T.addEventListener(`mouseleave`,()=>E(null)),T.addEventListener(`focusin`,e=>E(e.target.closest(`.path`))),T.addEventListener(`focusout`,()=>E(null));let D=a[0].strength;d(p,l(`h2`,{id:`paths-h`},`${a.length} ${u===`along`?`pathway`:`connection`}${a.length===1?``:`s`} from `,z(m??{id:n,kind:`STRAIN`,label:n}),` to `,z(h??{id:i,kind:`CONDITION`,label:i})),l(`p`,{class:`muted`},`Strongest first (strongest: ${x[D]?.label.toLowerCase()}). ${u===`along`?`Every link is followed in its stated direction.`:`Links may be followed against their stated direction (marked ←): such a path is a connection, not a chain of effects.`} Point at or focus a path to pick it out in the drawing.`),l(`div`,{class:`pathways-layout`},l(`div`,{class:`pathways-graph`},w.element),l(`div`,{class:`pathways-list`},T)),C(v,`List the ${En(v.length,`entity`,`entities`)} on ${a.length===1?`this path`:`these paths`}`)),await w.ready}catch(e){if(e.name===`AbortError`||!t.current())return;if(f.firstChild||f.appendChild(Cn({maxHops:o,minMaturity:s,direction:u},`pw`)),e instanceof r&&(e.notFound||e.badInput)){d(p,l(`div`,{class:`error`,role:`alert`},l(`p`,null,`${e.message}. Choose the two ends with the pickers above.`)));return}d(p,X(e,()=>void kn(t)))}}}var An=`# How many entities and relationships of each kind the graph holds (shown on the home page).
query Stats {
  stats {
    nodes {
      kind
      count
    }
    relations {
      kind
      count
    }
  }
}
`,jn=[{kind:`CLAIM`,text:`What is claimed, and how well founded each claim is.`},{kind:`STUDY`,text:`The trials, reviews and other studies behind the claims.`},{kind:`STRAIN`,text:`Probiotic strains and products that were studied.`},{kind:`MECHANISM`,text:`Gut barrier, short-chain fatty acids, immune signalling…`},{kind:`CONDITION`,text:`Acne, atopic dermatitis and other skin outcomes.`},{kind:`FACTOR`,text:`Diet, stress, antibiotics and other disrupting factors.`},{kind:`SOURCE`,text:`The documents the graph was built from.`}];async function Mn(e){e.setTitle(``);let t=new Map,n=new Map,r=jn.map(({kind:e,text:r})=>{let i=g[e],a=l(`span`,{class:`card-count`});return t.set(e,a),l(`li`,{class:`card browse-card`},l(`h3`,{class:`card-title`},Kt(e,14),` `,l(`a`,{href:N(i.list)},i.plural),a),l(`p`,null,r),e===`CLAIM`?l(`ul`,{class:`maturity-links`,"aria-label":`Claims by evidence maturity`},S.map(e=>{let t=l(`span`,{class:`count`});return n.set(e,t),l(`li`,null,l(`a`,{href:N(`claims`,{maturity:e}),title:x[e].description},I(e),t))})):null)});e.main.replaceChildren(l(`div`,{class:`home`},l(`section`,{class:`hero`,"aria-labelledby":`home-h`},l(`h1`,{id:`home-h`,tabindex:`-1`},`The gut–skin axis, claim by claim`),l(`p`,{class:`lead`},`How might the gut microbiome influence skin conditions such as acne and atopic dermatitis? Through gut-barrier integrity, short-chain fatty acids and immune signalling, perhaps. This explorer shows which probiotic strains were studied, which claims are well founded and which are marketing, and which studies stand behind each claim.`),l(`p`,{class:`try`},`Search above for a strain, species, condition or claim, or try: `,l(`a`,{href:ie(`eczema`)},`eczema`),` · `,l(`a`,{href:M(`strain:hn001`)},`HN001`),` · `,l(`a`,{href:M(`condition:acne`)},`acne`),` · `,l(`a`,{href:N(`claims`,{kind:`MARKETING`})},`marketing claims`),` · `,l(`a`,{href:N(`contested`)},`what goes against the claims`))),l(`section`,{class:`section`,"aria-labelledby":`browse-h`},l(`h2`,{id:`browse-h`},`Browse`),l(`ul`,{class:`cards browse`},r)),l(`section`,{class:`section`,"aria-labelledby":`pw-h`},l(`h2`,{id:`pw-h`},`Find pathways`),l(`p`,null,`Pick two entities to see how one may lead to the other, e.g. `,l(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`HN001 to acne`),`.`),Cn({},`home-pw`)),l(`section`,{class:`section`,"aria-labelledby":`scale-h`},l(`h2`,{id:`scale-h`},`How mature is the evidence?`),l(`p`,null,`Every claim and every relationship carries a grade, on the scale of the evidence-grading source document:`),l(`dl`,{class:`scale`},S.map(e=>[l(`dt`,null,I(e)),l(`dd`,null,x[e].description)]))))),c(An,{},e.signal).then(e=>{for(let n of e.stats.nodes){let e=b(n.kind),r=e&&t.get(e);r&&(r.textContent=` ${n.count}`)}}).catch(()=>{}),cn(e.signal).then(e=>{for(let t of S)n.get(t).textContent=` ${e[sn[t]].totalCount}`}).catch(()=>{})}async function Nn(e){let t=(e.params.get(`q`)??``).trim(),n=_.includes(e.params.get(`kind`))?e.params.get(`kind`):null;e.setTitle(t?`Search: ${t}`:`Search`);let r=l(`input`,{id:`search-page-q`,type:`search`,name:`q`,value:t,autocomplete:`off`}),i=l(`select`,{id:`search-page-kind`,name:`kind`},l(`option`,{value:``},`Everything`),_.map(e=>l(`option`,{value:e,selected:e===n},g[e].plural))),a=l(`form`,{class:`filters`,role:`search`},l(`div`,{class:`inline-field grow`},l(`label`,{for:`search-page-q`},`Search for`),r),l(`div`,{class:`inline-field`},l(`label`,{for:`search-page-kind`},`in`),i),l(`button`,{type:`submit`,class:`btn btn-primary`},`Search`));a.addEventListener(`submit`,e=>{e.preventDefault();let t=new URLSearchParams;r.value.trim()&&t.set(`q`,r.value.trim()),i.value&&t.set(`kind`,i.value),F(`/explore/search${t.size?`?${t}`:``}`)}),i.addEventListener(`change`,()=>a.requestSubmit());let o=l(`ol`,{class:`results`}),s=l(`div`,null),u=l(`p`,{class:`muted`,"aria-live":`polite`}),f=l(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`);if(d(e.main,l(`div`,{class:`search-page`},l(`h1`,{tabindex:`-1`},t?`Results for “${t}”`:`Search`),a,u,o,s,l(`p`,{class:`more`},f))),!t)return;let p=null,m=0,h=async()=>{d(s,Y(`Searching…`)),f.disabled=!0;try{let r=await c(Ie,{query:t,kinds:n?[n]:null,first:20,after:p},e.signal);if(!e.current())return;let i=m;for(let e of r.search.edges){let t=e.matched&&e.matched.toLowerCase()!==e.node.label.toLowerCase();o.appendChild(l(`li`,{class:`result`},Re(e.node.kind),` `,R(e.node.id,e.node.label,e.node.kind),` `,Le(e),t?l(`span`,{class:`sub`},`matched “${e.matched}”`):null))}m+=r.search.edges.length,p=r.search.pageInfo.endCursor,u.textContent=Pn(r.search.totalCount,r.search.totalCountIsExact),s.replaceChildren(m?``:W(`Nothing matches “${t}”.`)),f.hidden=!r.search.pageInfo.hasNextPage,f.disabled=!1,i>0&&o.children[i]?.querySelector(`a`)?.focus()}catch(t){if(t.name===`AbortError`||!e.current())return;f.hidden=!0,d(s,X(t,()=>void h()))}};f.addEventListener(`click`,()=>void h()),await h()}function Pn(e,t){if(!e)return``;let n=e.toLocaleString(`en`);return t?`${n} result${e===1?``:`s`}`:`${n}+ results`}var Fn=`# The graph's size, version and date, for the footer and "cite this page" on every page.
query GraphVersion {
  stats {
    nodes {
      count
    }
    relations {
      count
    }
    version
    updatedAt
  }
}
`,In=[[`Claims`,N(`claims`)],[`Studies`,N(`studies`)],[`Strains`,N(`strains`)],[`Mechanisms`,N(`mechanisms`)],[`Conditions`,N(`conditions`)],[`Factors`,N(`factors`)],[`Pathways`,P()],[`Against`,N(`contested`)]],Ln=l(`p`,{class:`cite-text`,id:`cite-text`}),Rn=l(`button`,{type:`button`,class:`btn btn-small`},`Copy the reference`),zn=l(`span`,{class:`muted`,role:`status`}),Bn=l(`details`,{class:`cite`},l(`summary`,null,`Cite this page`),Ln,l(`p`,null,Rn,` `,zn)),Vn=l(`p`,{class:`graph-version`}),Hn=null,Un=null;Rn.addEventListener(`click`,async()=>{try{await navigator.clipboard.writeText(Ln.textContent??``),zn.textContent=`Copied.`}catch{let e=document.createRange();e.selectNodeContents(Ln);let t=getSelection();t?.removeAllRanges(),t?.addRange(e),zn.textContent=`Selected: press Ctrl+C (or ⌘C) to copy.`}});function Wn(){return new Date().toISOString().slice(0,10)}function Gn(){if(!Un)return``;let{version:e,updatedAt:t}=Un;return t?`version ${e}, updated ${t.slice(0,10)}`:`version ${e}, as loaded from its source documents`}function Kn(e){let t=e===`Gut–Skin Axis Explorer`?h:e.replace(` — ${h}`,``),n=location.origin+location.pathname+location.search,r=[Gn(),Hn].filter(Boolean).join(`; `);Ln.textContent=`${h}. “${t}”. Gut–skin axis knowledge graph${r?` (${r})`:``}. ${n} (accessed ${Wn()}).`,zn.textContent=``;let i=Gn();Vn.textContent=Hn?`Graph ${i?`${i}: `:``}${Hn}; read on ${Wn()}.`:``}var qn=!1;function Jn(e){qn||(qn=!0,c(Fn).then(t=>{let n=t.stats.nodes.reduce((e,t)=>e+t.count,0),r=t.stats.relations.reduce((e,t)=>e+t.count,0);Hn=`${n.toLocaleString(`en`)} entities, ${r.toLocaleString(`en`)} relationships`,Un={version:t.stats.version,updatedAt:t.stats.updatedAt},Kn(document.title||e)}).catch(()=>qn=!1))}window.addEventListener(`gutskin:graph-changed`,()=>qn=!1);function Yn(){let e=ze({label:`Search the knowledge graph`,labelHidden:!0,inputId:`site-search`,placeholder:`Search strains, conditions, claims…`,onSelect:e=>F(M(e.id,e.kind)),onSubmitText:e=>F(ie(e))}),t=l(`nav`,{class:`site-nav`,"aria-label":`Main`},l(`ul`,null,In.map(([e,t])=>l(`li`,null,l(`a`,{href:t,title:e===`Against`?`Claims with contradicting or qualifying evidence`:void 0},e))),l(`li`,null,l(`a`,{href:`/playground`,class:`nav-playground`},`GraphQL playground`)))),n=l(`main`,{id:`main`,tabindex:`-1`}),r=$e(),i=l(`p`,{class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),a=document.getElementById(`app`);return a.replaceChildren(l(`a`,{class:`skip-link`,href:`#main`},`Skip to content`),l(`header`,{class:`site-header`},l(`div`,{class:`header-inner`},l(`a`,{class:`brand`,href:j},l(`span`,{class:`brand-mark`,"aria-hidden":`true`}),l(`span`,{class:`brand-name`},h)),l(`div`,{class:`header-search`,role:`search`},e.root)),t),r.bar,n,l(`footer`,{class:`site-footer`},l(`div`,{class:`footer-inner`},Bn,Vn,l(`p`,null,`Built from two source documents; every statement links to where it is made. Not medical advice. `,l(`a`,{href:`/playground`},`Query the API`),` · `,l(`a`,{href:`/schema.graphql`},`Schema`),` · `,r.footerLink,`.`))),i),a.querySelector(`.skip-link`).addEventListener(`click`,e=>{e.preventDefault(),n.focus()}),performance.mark(`explorer:search-visible`),{main:n,announcer:i,nav:t,updateCurator:r.update}}var{main:Xn,announcer:Zn,nav:Qn,updateCurator:$n}=Yn(),$=0,er=[],tr=new AbortController,nr=!0;function rr(){let e=location.pathname;for(let t of Qn.querySelectorAll(`a`)){let n=t.getAttribute(`href`);n!==`/playground`&&(e===n||e.startsWith(`${n}/`))?t.setAttribute(`aria-current`,`page`):t.removeAttribute(`aria-current`)}}async function ir(){let t=++$;tr.abort(),tr=new AbortController;for(let e of er)e();er=[];let n=oe(location);rr(),$n();let r=h,i={main:Xn,params:`params`in n?n.params:new URLSearchParams(location.search),signal:tr.signal,setTitle(e){t===$&&(r=e?`${e} — ${h}`:h,document.title=r)},onCleanup(e){t===$?er.push(e):e()},current:()=>t===$};Xn.dataset.route=n.name,Xn.setAttribute(`aria-busy`,`true`);try{switch(n.name){case`home`:await Mn(i);break;case`entity`:await Ht(i,n.slug,n.id);break;case`list`:await gn(i,n.list);break;case`search`:await Nn(i);break;case`pathways`:await kn(i);break;case`compare`:{let{comparePage:n}=await e(async()=>{let{comparePage:e}=await import(`./compare-Z1y3fpE0.js`);return{comparePage:e}},[]);t===$&&await n(i);break}case`curator`:{let{signInPage:n}=await e(async()=>{let{signInPage:e}=await import(`./signin-C0NTRQ59.js`);return{signInPage:e}},__vite__mapDeps([5,1,4]));t===$&&n(i);break}default:{i.setTitle(`Page not found`);let e=decodeURIComponent(location.pathname.replace(j,``).replace(/^\/+/,``)).replace(/[^\p{L}\p{N}]+/gu,` `).trim();Xn.replaceChildren(Me([`Nothing in the explorer lives at `,l(`code`,null,location.pathname),`.`],[...e?[[ie(e),`search for “${e}”`]]:[],[N(`claims`),`browse the claims`],[N(`studies`),`browse the studies`]]))}}}finally{t===$&&(Kn(r),Jn(r),Xn.removeAttribute(`aria-busy`),nr?(nr=!1,performance.mark(`explorer:first-page`)):(Zn.textContent=r,location.hash||Xn.querySelector(`h1`)?.focus({preventScroll:!0})))}}ce(()=>void ir()),le(),ir();export{C as A,d as B,M as C,_ as D,g as E,y as F,r as H,te as I,k as L,A as M,ee as N,x as O,D as P,l as R,j as S,F as T,i as U,m as V,c as W,Y as _,Ge as a,B as b,ze as c,W as d,R as f,De as g,he as h,Ye as i,T as j,S as k,Ee as l,X as m,nt as n,Ke as o,G as p,Ze as r,qe as s,Kt as t,L as u,I as v,N as w,ue as x,ve as y,f as z};