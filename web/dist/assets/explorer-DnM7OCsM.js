const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/claimEditor-UhQbYORN.js","assets/forms-CwXGCgeZ.js","assets/newStudy-KOApR3WY.js","assets/entityEditor-BBucdbnr.js","assets/graph-J5srgVPb.js","assets/preload-helper-DhKmMKam.js","assets/signin-BVwUT8XI.js"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper-DhKmMKam.js";var t=`/query`,n=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`GraphQLError`,this.code=t,this.field=n}get notFound(){return this.code===`NOT_FOUND`}get badInput(){return this.code===`BAD_USER_INPUT`}},r=class extends Error{constructor(e){super(e instanceof Error?e.message:String(e)),this.name=`NetworkError`}};function i(){let e=crypto.getRandomValues(new Uint8Array(16));return Array.from(e,e=>e.toString(16).padStart(2,`0`)).join(``)}async function a(e,...[t,a,s]){let c=String(e),l=/^\s*mutation\b/.test(c)?i():void 0;for(let e=0;;e++)try{return await o(c,t??{},a,s,l)}catch(t){let i=t instanceof r||t instanceof n&&t.code===`COMMIT_UNKNOWN`;if(!l||!i||e>=2||a?.aborted)throw t;await new Promise(t=>setTimeout(t,250*(e+1)))}}async function o(e,i,a,o,s){let c;try{c=await fetch(t,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...o?{Authorization:`Bearer ${o}`}:{},...s?{"Idempotency-Key":s}:{}},body:JSON.stringify({query:e,variables:i}),signal:a})}catch(e){throw e.name===`AbortError`?e:new r(e)}let l;try{l=await c.json()}catch{throw new n(`The server answered ${c.status} ${c.statusText} without a GraphQL response.`)}if(l.errors?.length){let e=l.errors[0],t=e.extensions?.code;throw new n(l.errors.map(e=>e.message).join(`; `),t,e.extensions?.field)}if(!l.data)throw new n(`The server answered ${c.status} with no data.`);return l.data}function s(e,t,...n){let r=document.createElement(e);if(t)for(let[e,n]of Object.entries(t))n!=null&&n!==!1&&(typeof n==`function`?r.addEventListener(e.replace(/^on/,``).toLowerCase(),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));return c(r,n),r}function c(e,t){for(let n of t)n!=null&&n!==!1&&(Array.isArray(n)?c(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function l(e,...t){e.replaceChildren(),c(e,t)}function u(e,t=`, `){let n=[];return e.forEach((e,r)=>{r>0&&n.push(typeof t==`string`?t:t.cloneNode(!0)),n.push(e)}),n}var d=0;function f(e){return d+=1,`${e}-${d}`}var p=`Gut–Skin Axis Explorer`,m={CLAIM:{slug:`claim`,singular:`Claim`,plural:`Claims`,color:`#be185d`,shape:`round-rectangle`,list:`claims`},STUDY:{slug:`study`,singular:`Study`,plural:`Studies`,color:`#1d4ed8`,shape:`rectangle`,list:`studies`},STRAIN:{slug:`strain`,singular:`Strain`,plural:`Strains`,color:`#15803d`,shape:`ellipse`,list:`strains`},SPECIES:{slug:`species`,singular:`Species`,plural:`Species`,color:`#0f766e`,shape:`hexagon`},MECHANISM:{slug:`mechanism`,singular:`Mechanism`,plural:`Mechanisms`,color:`#7e22ce`,shape:`diamond`,list:`mechanisms`},CONDITION:{slug:`condition`,singular:`Condition`,plural:`Conditions`,color:`#b91c1c`,shape:`octagon`,list:`conditions`},FACTOR:{slug:`factor`,singular:`Factor`,plural:`Factors`,color:`#b45309`,shape:`triangle`,list:`factors`},FINDING:{slug:`finding`,singular:`Finding`,plural:`Findings`,color:`#0e7490`,shape:`tag`},SOURCE:{slug:`source`,singular:`Source`,plural:`Sources`,color:`#4b5563`,shape:`barrel`,list:`sources`}},h=[`CLAIM`,`STUDY`,`STRAIN`,`SPECIES`,`MECHANISM`,`CONDITION`,`FACTOR`,`FINDING`,`SOURCE`];function g(e){return h.find(t=>m[t].slug===e)}function _(e){let t=e.indexOf(`:`);return t>0?g(e.slice(0,t)):void 0}function v(e){let t=e.toUpperCase();return h.includes(t)?t:void 0}var y={ESTABLISHED:{label:`Established`,description:`A well-described concept, supported across reviews.`,color:`#166534`,width:5,lineStyle:`solid`,rank:0},PLAUSIBLE:{label:`Plausible`,description:`Plausible and partly shown.`,color:`#3f6212`,width:4,lineStyle:`solid`,rank:1},EMERGING:{label:`Emerging`,description:`Some positive results, mixed overall.`,color:`#a16207`,width:3,lineStyle:`solid`,rank:2},EARLY:{label:`Early-stage`,description:`Few, small or thin studies.`,color:`#c2410c`,width:2.5,lineStyle:`dashed`,rank:3},NOT_SUPPORTED:{label:`Not supported`,description:`Not supported by good evidence.`,color:`#991b1b`,width:2,lineStyle:`dotted`,rank:4}},b=[`ESTABLISHED`,`PLAUSIBLE`,`EMERGING`,`EARLY`,`NOT_SUPPORTED`],x={SCIENTIFIC:{label:`Scientific`,long:`Scientific statement`,badge:`Scientific claim`,description:`A scientific statement`,detail:`Scientific`},MARKETING:{label:`Marketing`,long:`Marketing promise`,badge:`Marketing claim`,description:`A popular marketing promise, graded`,detail:`Marketing (a popular promise, graded)`}},S=Object.keys(x),C={SUPPORTS:`Supports`,QUALIFIES:`Qualifies`,CONTRADICTS:`Contradicts`},w={INCREASES:`↑ increases`,DECREASES:`↓ decreases`,NO_EFFECT:`∅ no effect`,MODULATES:`↕ modulates`,MIXED:`± mixed`,DESCRIPTIVE:`# descriptive figure`};function T(){return e=>e}var E=T()([`RANDOMIZED_CONTROLLED_TRIAL`,`CONTROLLED_TRIAL`,`META_ANALYSIS`,`SYSTEMATIC_REVIEW`,`SCOPING_REVIEW`,`NARRATIVE_REVIEW`,`CONSENSUS_STATEMENT`,`EDITORIAL`,`IN_VIVO_HUMAN_STUDY`,`CITIZEN_SCIENCE_COHORT`,`OBSERVATIONAL_STUDY`,`ANIMAL_STUDY`,`CONFERENCE_ABSTRACT`,`EVIDENCE_SUMMARY`]),ee=T()([`BARRIER`,`METABOLITE`,`IMMUNE`,`NEURAL`,`NUTRIENT`,`MICROBIAL_BALANCE`,`INFLAMMATION`,`SKIN_BARRIER`]),D=T()([`SKIN_CONDITION`,`SKIN_OUTCOME`,`GUT_CONDITION`,`INFECTION`,`OTHER`]),te=T()([`DIET`,`LIFESTYLE`,`MEDICATION`,`ILLNESS`,`SKINCARE`,`TOPICAL_ACTIVE`,`SUPPLEMENT`,`INTRINSIC`]),ne={STRAIN:`Strain`,PRODUCT:`Product`},re={RANDOMIZED_CONTROLLED_TRIAL:`Randomised controlled trial`,IN_VIVO_HUMAN_STUDY:`In-vivo human study`};function O(e){if(!e)return``;let t=re[e];if(t)return t;let n=e.replace(/_/g,` `).toLowerCase();return n.charAt(0).toUpperCase()+n.slice(1)}var ie={CITES:`cites`,MAKES:`makes`,MEMBER_OF:`is a member of`,MODULATES:`modulates`,INFLUENCES:`influences`,AFFECTS:`affects`,IMPLICATED_IN:`is implicated in`,SUBTYPE_OF:`is a form of`,EXAMINED:`examined`,INVESTIGATES:`investigates`,HAS_EVIDENCE:`has evidence`,ABOUT:`is about`,REPORTS:`reports`,MEASURES:`measures`,HAS_POSITION:`takes a position on`};function k(e){return ie[e]??O(e).toLowerCase()}function A(e){return e.authorNames.map(e=>e.display)}function ae(e,t=3){return e.length<=t?e.join(`, `):`${e.slice(0,t).join(`, `)}, et al.`}function oe(e,t=42){return e.length<=t?e:`${e.slice(0,t-1).trimEnd()}…`}var se={STANDARDISED_MEAN_DIFFERENCE:`standardised mean difference`,MEAN_DIFFERENCE:`mean difference`,ODDS_RATIO:`odds ratio`,RISK_RATIO:`risk ratio`,HAZARD_RATIO:`hazard ratio`,CORRELATION:`correlation`,NOT_STATED:`effect size`};function ce(e){return e.toLocaleString(`en`,{maximumSignificantDigits:4}).replace(`-`,`−`)}function le(e){if(e.effectSize===null||e.effectSize===void 0)return null;let t=e.effectSizeMetric??null,n=t?se[t]:`effect size`,r=[];t===`NOT_STATED`?r.push(`metric not stated by the source`):t===null&&r.push(`metric not recorded`);let i=e.effectSizeInterval;if(i){let e=Math.round(i.level*1e3)/10;r.push(`${e}% CI ${ce(i.lower)} to ${ce(i.upper)}`)}else r.push(`no interval reported`);let a=ce(e.effectSize),o=r.join(`; `);return{label:n,value:a,note:o,text:`${n} ${a} (${o})`}}function ue(e,t=!0){let n=e.toLocaleString(`en`);return t===!1?`${n}+`:n}var j=`/explore/`,de=[`claims`,`studies`,`strains`,`mechanisms`,`conditions`,`factors`,`sources`,`contested`];function fe(e){return encodeURIComponent(e).replace(/%3A/gi,`:`)}function M(e,t){let n=t??_(e);return`${j}${n?m[n].slug:e.split(`:`)[0]}/${fe(e)}`}function N(e,t){return me(`${j}${e}`,t)}function P(e,t,n,r,i){return me(`${j}pathways`,{from:e,to:t,maxHops:n===void 0?void 0:String(n),minMaturity:r,direction:i})}function pe(e){return me(`${j}search`,{q:e})}function me(e,t){let n=new URLSearchParams;for(let[e,r]of Object.entries(t??{}))r&&n.set(e,r);let r=n.toString();return r?`${e}?${r}`:e}function he(e){let t=e.pathname;if(!t.startsWith(`/explore/`))return t===`/explore/`.slice(0,-1)?{name:`home`}:{name:`notfound`,path:t};t=t.slice(9);let n=new URLSearchParams(e.search),r=t.split(`/`);if(t===``||t===`index.html`)return{name:`home`};if(r.length===1||r.length===2&&r[1]===``){let t=r[0];return t===`pathways`?{name:`pathways`,params:n}:t===`search`?{name:`search`,params:n}:t===`compare`?{name:`compare`,params:n}:t===`curator`?{name:`curator`,params:n}:de.includes(t)?{name:`list`,list:t,params:n}:{name:`notfound`,path:e.pathname}}let i;try{i=decodeURIComponent(r.slice(1).join(`/`))}catch{return{name:`notfound`,path:e.pathname}}return i?{name:`entity`,slug:r[0],id:i}:{name:`notfound`,path:e.pathname}}var ge=()=>{};function _e(e){ge=e}function F(e,t={}){let n=new URL(e,location.href);if(n.origin!==location.origin||!n.pathname.startsWith(`/explore/`)){location.assign(n.href);return}let r=n.pathname+n.search+n.hash,i=location.pathname+location.search+location.hash;t.replace||r===i?history.replaceState(null,``,r):history.pushState(null,``,r),window.scrollTo(0,0),ge()}function ve(){document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`))return;let n=new URL(t.href,location.href);n.origin===location.origin&&n.pathname.startsWith(`/explore/`)&&(n.hash&&n.pathname===location.pathname&&n.search===location.search||(e.preventDefault(),F(n.pathname+n.search+n.hash)))}),window.addEventListener(`popstate`,()=>ge())}function ye(e){let t=new URLSearchParams;return t.set(`ids`,e.join(`,`)),`${j}compare?${t}`}function be(e,t){let n=e==null||e===``,r=t==null||t===``;return n||r?n===r?0:n?1:-1:typeof e==`number`&&typeof t==`number`?e-t:String(e).localeCompare(String(t),void 0,{numeric:!0,sensitivity:`base`})}function xe(e){let t=f(`dt`),n=e.rows,r=e.partial,i=e.initialSort?.key??null,a=e.initialSort?.descending??!1,o=``,c=new Map,l=new Set,u=s(`p`,{class:`dt-count muted`,"aria-live":`polite`,id:`${t}-count`}),d=s(`input`,{type:`search`,id:`${t}-q`,class:`dt-q`,placeholder:`Words in any column`,autocomplete:`off`,"aria-describedby":`${t}-count`}),p=s(`span`,{class:`dt-facets`}),m=e.columns.filter(e=>e.sort),h=s(`select`,{id:`${t}-sort`,onchange:e=>{let[t,n]=e.target.value.split(`:`);i=t||null,a=n===`desc`,D()}},s(`option`,{value:``},`As listed`),m.map(e=>[s(`option`,{value:`${e.key}:${e.numeric?`desc`:`asc`}`},`${e.label}${e.numeric?`, high to low`:`, A to Z`}`),s(`option`,{value:`${e.key}:${e.numeric?`asc`:`desc`}`},`${e.label}${e.numeric?`, low to high`:`, Z to A`}`)])),g=m.length?s(`div`,{class:`inline-field dt-sortsel`},s(`label`,{for:`${t}-sort`},`Sort by`),h):null,_=s(`div`,{class:`dt-controls`},s(`div`,{class:`inline-field grow`},s(`label`,{for:`${t}-q`},`Filter`),d),g,p),v=s(`a`,{class:`btn btn-small dt-compare`,href:`#`,"aria-disabled":`true`},`Compare`),y=s(`span`,{class:`muted dt-compare-note`}),b=e.compareId?s(`p`,{class:`dt-compare-bar`},v,` `,y):null,x=s(`thead`),S=s(`tbody`),C=s(`div`,{class:`dt-wrap`},_,u,s(`div`,{class:`table-wrap`},s(`table`,{class:`table stack dt ${e.cls??``}`},s(`caption`,{class:`visually-hidden`},e.caption),x,S)),b),w=()=>{if(!b)return;let e=[...l];v.textContent=`Compare selected (${e.length})`,e.length>=2?(v.href=ye(e),v.removeAttribute(`aria-disabled`)):(v.href=`#`,v.setAttribute(`aria-disabled`,`true`)),y.textContent=e.length>=6?`At most 6 at a time.`:e.length<2?`Tick two to six rows to compare them side by side.`:``;for(let t of S.querySelectorAll(`input.dt-tick`))t.disabled=!t.checked&&e.length>=6};v.addEventListener(`click`,e=>{v.getAttribute(`aria-disabled`)&&e.preventDefault()});let T=()=>{let t=[];e.compareId&&t.push(s(`th`,{scope:`col`,class:`dt-tick-col`},s(`span`,{class:`visually-hidden`},`Compare`)));for(let n of e.columns){if(!n.sort){t.push(s(`th`,{scope:`col`,class:n.cls},n.label));continue}let e=i===n.key;t.push(s(`th`,{scope:`col`,class:n.cls,"aria-sort":e?a?`descending`:`ascending`:null},s(`button`,{type:`button`,class:`dt-sort`,onclick:()=>{i===n.key?a=!a:(i=n.key,a=!!n.numeric),D(),x.querySelector(`[data-key="${n.key}"]`)?.focus()},"data-key":n.key,title:`Sort by ${n.label.toLowerCase()}`},n.label,s(`span`,{class:`dt-arrow`,"aria-hidden":`true`},e?a?` ▼`:` ▲`:` ↕`))))}x.replaceChildren(s(`tr`,null,t))},E=()=>{p.replaceChildren();for(let r of e.facets??[]){let e=new Set;for(let t of n)for(let n of r.values(t))e.add(n);if(e.size<2&&!c.get(r.key))continue;let i=`${t}-f-${r.key}`,a=c.get(r.key)??``,o=s(`select`,{id:i,onchange:e=>{let t=e.target.value;t?c.set(r.key,t):c.delete(r.key),D()}},s(`option`,{value:``},`Any`),[...e].sort((e,t)=>(r.labelOf?.(e)??e).localeCompare(r.labelOf?.(t)??t)).map(e=>s(`option`,{value:e,selected:e===a},r.labelOf?.(e)??e)));p.appendChild(s(`span`,{class:`inline-field`},s(`label`,{for:i},r.label),o))}},ee=()=>{let t=o.toLowerCase().split(/\s+/).filter(Boolean),r=n.filter(n=>{for(let t of e.facets??[]){let e=c.get(t.key);if(e&&!t.values(n).includes(e))return!1}if(!t.length)return!0;let r=e.text(n).toLowerCase();return t.every(e=>r.includes(e))}),s=e.columns.find(e=>e.key===i);if(s?.sort){let e=a?-1:1;r=r.map((e,t)=>({r:e,i:t,v:s.sort(e)})).sort((t,n)=>{let r=t.v===null||t.v===void 0||t.v===``,i=n.v===null||n.v===void 0||n.v===``;return r||i?r===i?t.i-n.i:r?1:-1:e*be(t.v,n.v)||t.i-n.i}).map(e=>e.r)}return r},D=()=>{T(),h.value=i?`${i}:${a?`desc`:`asc`}`:``;let t=ee();S.replaceChildren(...t.map(t=>{let n=[],r=e.compareId?.(t);e.compareId&&n.push(s(`td`,{class:`dt-tick-cell`,"data-label":`Compare`},r?s(`input`,{type:`checkbox`,class:`dt-tick`,checked:l.has(r),"aria-label":`Compare: ${e.rowLabel?.(t)??r}`,onchange:e=>{e.target.checked?l.add(r):l.delete(r),w()}}):null));for(let r of e.columns)n.push(s(`td`,{"data-label":r.label,class:r.cls},r.cell(t)));return s(`tr`,null,n)}));let[o,c]=e.noun,d=n.length;u.textContent=t.length===d?`${d} ${d===1?o:c}${r?` ${r}`:``}`:`Showing ${t.length} of ${d} ${d===1?o:c}${r?` ${r}`:``}`,!t.length&&d&&S.appendChild(s(`tr`,{class:`dt-none`},s(`td`,{colspan:String(e.columns.length+ +!!e.compareId)},`No rows match the filter.`))),w()};return d.addEventListener(`input`,()=>{o=d.value,D()}),E(),D(),_.hidden=n.length<4&&!e.facets?.length,{element:C,setRows(e,t){n=e,r=t,E(),_.hidden=!1,D()},visible:ee}}function I(e){let t=y[e];return s(`span`,{class:`badge maturity maturity-${e.toLowerCase().replace(`_`,`-`)}`,title:t?.description},t?.label??O(e))}function Se(e){return s(`span`,{class:`badge stance stance-${e.toLowerCase()}`},C[e]??O(e))}function Ce(e){return s(`span`,{class:`badge claim-kind claim-kind-${e.toLowerCase()}`,title:x[e].description},x[e].badge)}function L(e){return e?w[e]??O(e):``}function R(e,t,n){return s(`a`,{href:M(e,n??_(e))},t)}function z(e){return s(`span`,{class:`chip`},Nt(e.kind),` `,R(e.id,e.label,e.kind))}function we(e,t,n=`ext`){return s(`a`,{href:e,class:n,rel:`noopener noreferrer`,target:`_blank`},t,s(`span`,{class:`visually-hidden`},` (opens in a new tab)`))}function B(e){if(!e.link)return s(`span`,{class:`muted`},`—`);let t=e.link.startsWith(`https://doi.org/`)?`doi:${decodeURIComponent(e.link.slice(16))}`:e.doi?`doi:${e.doi}`:`link`;return we(e.link,t,`ext doi`)}function V(e,t,...n){return s(`section`,{class:`section`,"aria-labelledby":`${t}-h`},s(`h2`,{id:`${t}-h`},e),...n)}function Te(e){return s(`dl`,{class:`facts`},e.filter(([,e])=>e!=null&&e!==``&&!(Array.isArray(e)&&e.length===0)).map(([e,t])=>[s(`dt`,null,e),s(`dd`,null,t)]))}function H(e){return e.length?u(e.map(e=>s(`span`,{class:`name`},e))):null}function U(e){return s(`p`,{class:`muted empty`},e)}function Ee(e,t,n,r=``){return s(`div`,{class:`table-wrap`},s(`table`,{class:`table stack ${r}`},e?s(`caption`,{class:`visually-hidden`},e):null,s(`thead`,null,s(`tr`,null,t.map(e=>s(`th`,{scope:`col`},e)))),s(`tbody`,null,n.map(e=>s(`tr`,null,e.map((e,n)=>s(`td`,{"data-label":t[n]},e)))))))}var De=(e,t)=>(e??[]).filter(e=>!t||e.kind===t);function W(e){return e.length?s(`span`,{class:`cell-list`},u(e.map(e=>R(e.id,e.label,e.kind)))):s(`span`,{class:`muted`},`—`)}function Oe(e){if(e.sampleSize!==null&&e.sampleSize!==void 0)return{n:e.sampleSize,pooled:!1};let t=Math.max(0,...(e.findings??[]).map(e=>e.participants??0));return t>0?{n:t,pooled:!0}:{n:null,pooled:!1}}function ke(e){let{n:t,pooled:n}=Oe(e);return t===null?s(`span`,{class:`muted`,title:`The source gives no sample size`},`not given`):n?s(`span`,{title:`Participants pooled across the trials of this review`},t.toLocaleString(`en`),s(`span`,{class:`sub`},`pooled`)):t.toLocaleString(`en`)}function Ae(e,t,n={}){if(!e.length)return U(`No studies.`);let r=[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>[R(e.id,e.title,`STUDY`),s(`span`,{class:`sub`},ae(A(e))),e.via?s(`span`,{class:`sub via`},e.via):null]},{key:`design`,label:`Design`,sort:e=>O(e.design),cell:e=>O(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>Oe(e).n,cell:ke},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year}],i=e.some(e=>e.strains?.length),a=e.some(e=>De(e.topics,`CONDITION`).length);return i&&r.push({key:`strains`,label:`Strains`,cell:e=>W(De(e.strains))}),a&&r.push({key:`conditions`,label:`Conditions`,cell:e=>W(De(e.topics,`CONDITION`))}),r.push({key:`link`,label:`Link`,cell:e=>B(e)}),xe({caption:t,noun:[`study`,`studies`],columns:r,rows:e,text:e=>[e.title,A(e).join(` `),O(e.design),e.year,e.via,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `),facets:je(e=>e),initialSort:{key:`year`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.title,cls:(n.via,`study-table`)}).element}function je(e){let t=new Map,n=e=>e.map(e=>(t.set(e.id,e.label),e.id));return[{key:`design`,label:`Design`,values:t=>[e(t).design],labelOf:O},{key:`strain`,label:`Strain`,values:t=>n(De(e(t).strains,`STRAIN`)),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:t=>n(De(e(t).topics,`CONDITION`)),labelOf:e=>t.get(e)??e}]}function G(e,t,n){if(!e.length)return U(`No claims.`);let r=[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),e.via?s(`span`,{class:`sub via`},e.via):null]}];n&&r.push({key:`stance`,label:`Stance of this study`,sort:e=>n.get(e.id)?K[n.get(e.id).stance]:null,cell:e=>{let t=n.get(e.id);return t?[Se(t.stance),t.note?s(`span`,{class:`sub`},t.note):null]:`—`}}),r.push({key:`maturity`,label:`Evidence maturity`,sort:e=>y[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>x[e.claimKind].label});let i=[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>y[e]?.label??e},{key:`kind`,label:`Kind`,values:e=>[e.claimKind],labelOf:O},...Me(e=>e.subjects)];return n&&i.unshift({key:`stance`,label:`Stance`,values:e=>n.get(e.id)?[n.get(e.id).stance]:[],labelOf:e=>C[e]??e}),xe({caption:t,noun:[`claim`,`claims`],columns:r,rows:e,text:e=>[e.statement,y[e.maturity]?.label,e.claimKind,e.via,n?.get(e.id)?.stance,n?.get(e.id)?.note,...(e.subjects??[]).map(e=>e.label)].join(` `),facets:i,initialSort:{key:`maturity`,descending:!1},compareId:e=>e.id,rowLabel:e=>e.statement,cls:`claim-table`}).element}function Me(e){let t=new Map,n=(n,r)=>(e(n)??[]).filter(e=>e.kind===r).map(e=>(t.set(e.id,e.label),e.id));return[{key:`strain`,label:`Strain`,values:e=>n(e,`STRAIN`),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:e=>n(e,`CONDITION`),labelOf:e=>t.get(e)??e}]}var K={SUPPORTS:0,QUALIFIES:1,CONTRADICTS:2},Ne=e=>e.toLocaleString(`en`,{maximumSignificantDigits:4}).replace(`-`,`−`);function Pe(e){let t=[],n=(e,n,r)=>t.push(s(`span`,{class:`fv`,title:r},s(`span`,{class:`fv-k`},e),` `,s(`span`,{class:`fv-v`},n)));e.value!==null&&e.value!==void 0&&n(`value`,`${Ne(e.value)}${e.unit?e.unit===`%`?`%`:` ${e.unit}`:``}`);let r=le(e);r&&t.push(s(`span`,{class:`fv fv-es`},s(`span`,{class:`fv-k`},r.label),` `,s(`span`,{class:`fv-v`},r.value),` `,s(`span`,{class:`fv-note`},`(${r.note})`))),e.pValue!==null&&e.pValue!==void 0&&n(`p`,Ne(e.pValue),`p-value`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&n(`I²`,`${Ne(e.heterogeneityI2)}%`,`Heterogeneity between trials`),e.timepoint&&n(`at`,e.timepoint,`Time point`),e.trials&&n(`trials`,String(e.trials)),e.participants&&n(`n`,e.participants.toLocaleString(`en`),`Participants`);let i=e.significant===!0?s(`span`,{class:`sig sig-yes`},`significant`):e.significant===!1?s(`span`,{class:`sig sig-no`},`not significant`):null;return s(`div`,{class:`finding-values`},s(`div`,{class:`fv-head`},s(`span`,{class:`fv-measure`},e.measure??``),` `,s(`span`,{class:`fv-effect`},L(e.effect)),i?[` `,i]:null),t.length?s(`div`,{class:`fv-list`},t):null,s(`details`,{class:`fv-prose`},s(`summary`,null,`What was found`),s(`p`,null,e.summary,` `,R(e.id,`Open the finding`,`FINDING`))))}function Fe(e){return e?.length?s(`div`,{class:`findings-cell`},e.map(Pe)):s(`span`,{class:`muted`},`none recorded`)}function q(e,t,n){return e.length?Ee(n,[`Related`,`Relationship`,`Effect`,`Evidence maturity`,`Studies`],e.map(e=>{let n=e.from.id===t,r=n?e.to:e.from,i=n?`${k(e.kind)} →`:`← ${k(e.kind)}`;return[[z(r),e.note?s(`span`,{class:`sub`},e.note):null],s(`span`,{class:`rel`,title:n?`This ${k(e.kind)} the related entity`:`The related entity ${k(e.kind)} this`},i),L(e.effect)||`—`,e.maturity?I(e.maturity):s(`span`,{class:`muted`,title:`A curator linked this evidence without grading the link`},`Not graded`),e.studies.length?s(`ul`,{class:`plain`},e.studies.map(e=>s(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):`—`]})):U(`None recorded.`)}function Ie(e){return V(`Provenance`,`provenance`,e.length?s(`ul`,{class:`provenance`},e.map(e=>s(`li`,e.curated?{class:`curated`}:null,...Le(e)))):U(`No provenance recorded.`))}function Le(e){let t=e.curated?s(`div`,{class:`prov-curated`},s(`span`,{class:`badge curated-badge`},`Curated`),` by ${e.curator??`a curator`}${e.date?` on ${e.date}`:``}`,e.publication?s(`span`,null,`, reading `,Re(e.publication)):null):null;return e.source?[t,s(`div`,null,R(e.source.id,e.source.title,`SOURCE`)),s(`div`,{class:`prov-section`},s(`span`,{class:`muted`},`Section: `),e.section||`—`),e.citations.length?s(`div`,{class:`prov-cites`},s(`span`,{class:`muted`},e.citations.length===1?`Citation: `:`Citations: `),u(e.citations.map(e=>s(`span`,{class:`cite-num`},`[${e}]`)),` `),e.citedStudies.length?s(`ul`,{class:`plain cited`},e.citedStudies.map(e=>s(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):null):s(`div`,{class:`prov-cites muted`},`No citation numbers at this point.`)]:[t]}function Re(e){return s(`a`,{href:e.startsWith(`doi:`)?`https://doi.org/${e.slice(4)}`:`https://pubmed.ncbi.nlm.nih.gov/${e.replace(/^PMID:/,``)}/`,rel:`noopener`},e)}function J(e=`Loading…`){return s(`p`,{class:`loading`,role:`status`},s(`span`,{class:`spinner`,"aria-hidden":`true`}),e)}function Y(e,t){if(e instanceof r){let e=s(`div`,{class:`error error-offline`,role:`alert`},s(`p`,null,s(`strong`,null,`Cannot reach the knowledge graph. `),navigator.onLine?`The server did not answer; it may be restarting, or your connection dropped.`:`You appear to be offline.`),s(`p`,null,`Nothing you chose is lost: this page will try again when you press the button`,t?` or when your connection comes back`:``,`.`),t?s(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null);if(t){let n=()=>{window.removeEventListener(`online`,n),e.isConnected&&t()};window.addEventListener(`online`,n)}return e}if(e instanceof n&&(e.badInput||e.notFound))return s(`div`,{class:`error`,role:`alert`},s(`p`,null,s(`strong`,null,`The graph cannot answer this request. `),e.message.charAt(0).toUpperCase()+e.message.slice(1),`.`),s(`p`,null,`Check the address, or `,s(`a`,{href:j},`start from the home page`),`.`));let i=e instanceof n&&(e.code===`SERVICE_UNAVAILABLE`||e.code===`TIMEOUT`||e.code===void 0),a=e instanceof Error?e.message:String(e);return s(`div`,{class:`error`,role:`alert`},s(`p`,null,s(`strong`,null,i?`The knowledge graph is not answering right now. `:`Something went wrong. `),i?`Please try again in a moment.`:a),t?s(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null)}function ze(e,t){return s(`div`,{class:`notfound`},s(`h1`,{tabindex:`-1`},`Not found`),s(`p`,null,e),s(`p`,null,`You could:`),s(`ul`,{class:`onward`},t.map(([e,t])=>s(`li`,null,s(`a`,{href:e},t))),s(`li`,null,s(`a`,{href:j},`start from the home page`))))}function Be(e,t){let n=e.replace(/^[a-z]+:/,``).replace(/[^\p{L}\p{N}]+/gu,` `).trim(),r=[];n&&r.push([pe(n),`search for “${n}”`]);let i=t?m[t].list:void 0;return i&&r.push([N(i),`browse all ${m[t].plural.toLowerCase()}`]),r}var Ve={ENDORSES:{label:`Endorses`,cls:`stance-supports`},HEDGES:{label:`Hedges`,cls:`stance-qualifies`},REJECTS:{label:`Rejects`,cls:`stance-contradicts`}};function He(e){return s(`span`,{class:`badge stance position position-${e.toLowerCase()} ${Ve[e]?.cls??``}`},Ve[e]?.label??O(e))}var X=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new X(`
    fragment EntityRef on Entity {
  id
  kind
  label
}
    `,{fragmentName:`EntityRef`}),new X(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`,{fragmentName:`CompareRelation`}),new X(`
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
    `,{fragmentName:`ProvenanceFields`}),new X(`
    fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
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
}`,{fragmentName:`EntityPage`}),new X(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`,{fragmentName:`RelationFields`}),new X(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`,{fragmentName:`StudyRow`}),new X(`
    fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  effectSizeMetric
  effectSizeInterval {
    lower
    upper
    level
  }
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}
    `,{fragmentName:`FindingValues`}),new X(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`,{fragmentName:`PathwayFields`}),new X(`
    fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}`,{fragmentName:`ClaimRow`}),new X(`
    fragment SourceRef on Source {
  id
  title
}
    `,{fragmentName:`SourceRef`}),new X(`
    fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}
    `,{fragmentName:`EvidenceCounts`}),new X(`
    fragment ClaimListItem on Claim {
  ...ClaimRow
  maturityBasis
  source {
    ...SourceRef
  }
  evidenceSummary {
    ...EvidenceCounts
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}
fragment SourceRef on Source {
  id
  title
}
fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}`,{fragmentName:`ClaimListItem`}),new X(`
    fragment ChangeRef on Change {
  seq
  curator
}
    `,{fragmentName:`ChangeRef`}),new X(`
    fragment RetireResult on RetirePayload {
  revision {
    version
    retired
  }
  change {
    ...ChangeRef
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`,{fragmentName:`RetireResult`}),new X(`
    fragment EvidenceResult on EvidencePayload {
  claim {
    id
    evidenceSummary {
      total
    }
  }
  change {
    ...ChangeRef
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`,{fragmentName:`EvidenceResult`}),new X(`
    fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}
    `,{fragmentName:`PageEnd`}),new X(`
    fragment ClaimVerdict on Claim {
  statement
  maturity
  maturityBasis
  claimKind
  assessment
  source {
    ...SourceRef
  }
  section
  subjects {
    ...EntityRef
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment SourceRef on Source {
  id
  title
}`,{fragmentName:`ClaimVerdict`});var Ue=new X(`
    mutation AddEvidence($input: AddEvidenceInput!) {
  addEvidence(input: $input) {
    ...EvidenceResult
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}
fragment EvidenceResult on EvidencePayload {
  claim {
    id
    evidenceSummary {
      total
    }
  }
  change {
    ...ChangeRef
  }
}`),We=new X(`
    mutation AddRelation($input: AddRelationInput!) {
  addRelation(input: $input) {
    key
    change {
      ...ChangeRef
    }
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`),Ge=new X(`
    query Claim($id: ID!) {
  claim(id: $id) {
    ...EntityPage
    ...ClaimVerdict
    evidenceSummary {
      ...EvidenceCounts
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
        ...SourceRef
      }
      provenance {
        section
        citations
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  effectSizeMetric
  effectSizeInterval {
    lower
    upper
    level
  }
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}
fragment SourceRef on Source {
  id
  title
}
fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}
fragment ClaimVerdict on Claim {
  statement
  maturity
  maturityBasis
  claimKind
  assessment
  source {
    ...SourceRef
  }
  section
  subjects {
    ...EntityRef
  }
}`),Ke=new X(`
    query ClaimCounts($kind: ClaimKind) {
  all: claims(filter: {claimKind: $kind}, first: 1) {
    totalCount
  }
  established: claims(
    filter: {maturities: [ESTABLISHED], claimKind: $kind}
    first: 1
  ) {
    totalCount
  }
  plausible: claims(filter: {maturities: [PLAUSIBLE], claimKind: $kind}, first: 1) {
    totalCount
  }
  emerging: claims(filter: {maturities: [EMERGING], claimKind: $kind}, first: 1) {
    totalCount
  }
  early: claims(filter: {maturities: [EARLY], claimKind: $kind}, first: 1) {
    totalCount
  }
  notSupported: claims(
    filter: {maturities: [NOT_SUPPORTED], claimKind: $kind}
    first: 1
  ) {
    totalCount
  }
  marketing: claims(filter: {claimKind: MARKETING}, first: 1) {
    totalCount
  }
}
    `),qe=new X(`
    query Claims($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
    }
    nodes {
      ...ClaimListItem
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}
fragment SourceRef on Source {
  id
  title
}
fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}
fragment ClaimListItem on Claim {
  ...ClaimRow
  maturityBasis
  source {
    ...SourceRef
  }
  evidenceSummary {
    ...EvidenceCounts
  }
}
fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),Je=new X(`
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
      ...ClaimVerdict
      evidenceSummary {
        ...EvidenceCounts
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
fragment EntityRef on Entity {
  id
  kind
  label
}
fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  effectSizeMetric
  effectSizeInterval {
    lower
    upper
    level
  }
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}
fragment SourceRef on Source {
  id
  title
}
fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}
fragment ClaimVerdict on Claim {
  statement
  maturity
  maturityBasis
  claimKind
  assessment
  source {
    ...SourceRef
  }
  section
  subjects {
    ...EntityRef
  }
}`),Ye=new X(`
    query Condition($id: ID!) {
  condition(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  effectSizeMetric
  effectSizeInterval {
    lower
    upper
    level
  }
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),Xe=new X(`
    query Conditions($filter: ConditionFilter, $first: Int, $after: String) {
  conditions(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
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
    fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),Ze=new X(`
    query Connections($from: ID!, $to: ID!, $maxHops: Int, $minMaturity: EvidenceMaturity, $first: Int) {
  connections(
    from: $from
    to: $to
    maxHops: $maxHops
    minMaturity: $minMaturity
    first: $first
  ) {
    ...PathwayFields
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
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
}`),Qe=new X(`
    query Contested {
  claims(first: 100, orderBy: {field: MATURITY, direction: DESC}) {
    totalCount
    pageInfo {
      ...PageEnd
    }
    nodes {
      ...ClaimListItem
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
  disputed: claims(first: 100, filter: {disputed: true}) {
    totalCount
    nodes {
      ...ClaimRow
      positions {
        position
        note
        source {
          ...SourceRef
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}
fragment SourceRef on Source {
  id
  title
}
fragment EvidenceCounts on EvidenceSummary {
  total
  supports
  qualifies
  contradicts
}
fragment ClaimListItem on Claim {
  ...ClaimRow
  maturityBasis
  source {
    ...SourceRef
  }
  evidenceSummary {
    ...EvidenceCounts
  }
}
fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),$e=new X(`
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
      ...ChangeRef
    }
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`),et=new X(`
    query CuratorCheck {
  viewer {
    name
    role
  }
}
    `),tt=new X(`
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
    `),nt=new X(`
    query Factor($id: ID!) {
  factor(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),rt=new X(`
    query Factors($filter: FactorFilter, $first: Int, $after: String) {
  factors(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
    }
    nodes {
      id
      name
      factorKind
      synonyms
    }
  }
}
    fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),it=new X(`
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
    `),at=new X(`
    query Finding($id: ID!) {
  finding(id: $id) {
    ...EntityPage
    summary
    measure
    effect
    value
    unit
    pValue
    effectSize
    effectSizeMetric
    effectSizeInterval {
      lower
      upper
      level
    }
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
}`),ot=new X(`
    mutation GradeClaim($input: GradeClaimInput!) {
  gradeClaim(input: $input) {
    version
    claim {
      id
      maturity
    }
    change {
      ...ChangeRef
    }
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`),st=new X(`
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
    `),ct=new X(`
    query History($id: ID!, $first: Int) {
  history(id: $id, first: $first) {
    seq
    at
    mutation
    curator
    reason
    source
    touched {
      target
      before
      after
    }
  }
  revision(id: $id) {
    version
    retired
    retiredBy
    retiredReason
  }
}
    `),lt=new X(`
    query Labels($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      kind
      label
    }
  }
}
    `),ut=new X(`
    subscription LiveChanges($after: String) {
  changes(after: $after) {
    cursor
    node {
      curator
      touched {
        target
      }
    }
  }
}
    `),dt=new X(`
    query LiveVersion {
  stats {
    cursor
  }
}
    `),ft=new X(`
    query Mechanism($id: ID!) {
  mechanism(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),pt=new X(`
    query Mechanisms($filter: MechanismFilter, $first: Int, $after: String) {
  mechanisms(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
    }
    nodes {
      id
      name
      category
      synonyms
    }
  }
}
    fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),mt=new X(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`),ht=new X(`
    query Pathways($from: ID!, $to: ID!, $maxHops: Int, $minMaturity: EvidenceMaturity, $first: Int) {
  pathways(
    from: $from
    to: $to
    maxHops: $maxHops
    minMaturity: $minMaturity
    first: $first
  ) {
    ...PathwayFields
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
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
}`),gt=new X(`
    mutation RemoveEvidence($input: RemoveEvidenceInput!) {
  removeEvidence(input: $input) {
    ...EvidenceResult
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}
fragment EvidenceResult on EvidencePayload {
  claim {
    id
    evidenceSummary {
      total
    }
  }
  change {
    ...ChangeRef
  }
}`),_t=new X(`
    mutation Restore($input: RetireInput!) {
  restore(input: $input) {
    ...RetireResult
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}
fragment RetireResult on RetirePayload {
  revision {
    version
    retired
  }
  change {
    ...ChangeRef
  }
}`),vt=new X(`
    mutation Retire($input: RetireInput!) {
  retire(input: $input) {
    ...RetireResult
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}
fragment RetireResult on RetirePayload {
  revision {
    version
    retired
  }
  change {
    ...ChangeRef
  }
}`),yt=new X(`
    query RetiredState($id: ID!) {
  revision(id: $id) {
    version
    retired
    retiredBy
    retiredReason
  }
}
    `),bt=new X(`
    query Revision($id: ID!) {
  revision(id: $id) {
    version
    retired
  }
}
    `),xt=new X(`
    query Search($query: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
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
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),St=new X(`
    query Source($id: ID!) {
  source(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),Ct=new X(`
    query Sources {
  sources {
    id
    title
    publisher
    documentKind
    description
  }
}
    `),wt=new X(`
    query Species($id: ID!) {
  species(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),Tt=new X(`
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
    `),Et=new X(`
    query Strain($id: ID!) {
  strain(id: $id) {
    ...EntityPage
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}`),Dt=new X(`
    query Strains($filter: StrainFilter, $first: Int, $after: String) {
  strains(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
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
    fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),Ot=new X(`
    query Studies($filter: StudyFilter, $orderBy: StudyOrder, $first: Int, $after: String) {
  studies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo {
      ...PageEnd
    }
    nodes {
      ...StudyRow
      journal
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
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
fragment PageEnd on PageInfo {
  hasNextPage
  endCursor
}`),kt=new X(`
    query Study($id: ID!) {
  study(id: $id) {
    ...EntityPage
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
        ...SourceRef
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
  }
}
    fragment EntityRef on Entity {
  id
  kind
  label
}
fragment EntityPage on Entity {
  ...EntityRef
  provenance {
    ...ProvenanceFields
  }
}
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
fragment FindingValues on Finding {
  id
  summary
  measure
  effect
  value
  unit
  pValue
  effectSize
  effectSizeMetric
  effectSizeInterval {
    lower
    upper
    level
  }
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
  subjects {
    ...EntityRef
  }
}
fragment SourceRef on Source {
  id
  title
}`),At=new X(`
    query StudyByDoi($doi: String!) {
  study(doi: $doi) {
    id
    kind
    label
    title
    year
  }
}
    `),jt=new X(`
    mutation UpdateClaim($input: UpdateClaimInput!) {
  updateClaim(input: $input) {
    version
    claim {
      id
      statement
    }
    change {
      ...ChangeRef
    }
  }
}
    fragment ChangeRef on Change {
  seq
  curator
}`);function Mt(e){let t=[];return e.maturity&&t.push(I(e.maturity)),e.claimKind===`MARKETING`&&t.push(Ce(e.claimKind)),e.year&&t.push(s(`span`,{class:`hit-year`},String(e.year))),t}function Nt(e){let t=m[e];return s(`span`,{class:`kind-badge kind-${t.slug}`},t?t.singular:e)}function Pt(e){let t=e.inputId??f(`combo`),n=`${t}-listbox`,r=`${t}-status`,i=e.max??8,o=e.initial??null,c=[],l=-1,u=0,d,p,m=s(`input`,{id:t,type:`search`,class:`combo-input`,role:`combobox`,autocomplete:`off`,autocapitalize:`off`,spellcheck:`false`,"aria-autocomplete":`list`,"aria-expanded":`false`,"aria-controls":n,"aria-describedby":r,placeholder:e.placeholder??``,required:e.required??!1,enterkeyhint:`search`});o&&(m.value=o.label);let h=s(`ul`,{id:n,class:`combo-list`,role:`listbox`,"aria-label":`${e.label}: suggestions`,hidden:!0}),g=s(`p`,{id:r,class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),_=s(`div`,{class:`combo`},s(`label`,{for:t,class:e.labelHidden?`visually-hidden`:`combo-label`},e.label),s(`div`,{class:`combo-field`},m,h),g),v=()=>!h.hidden;function y(){c.length!==0&&(h.hidden=!1,m.setAttribute(`aria-expanded`,`true`))}function b(){h.hidden=!0,m.setAttribute(`aria-expanded`,`false`),x(-1)}function x(e){l=e;let t=h.querySelectorAll(`[role="option"]`);t.forEach((t,n)=>t.setAttribute(`aria-selected`,n===e?`true`:`false`)),e>=0&&t[e]?(m.setAttribute(`aria-activedescendant`,t[e].id),t[e].scrollIntoView({block:`nearest`})):m.removeAttribute(`aria-activedescendant`)}function S(t){let n=c[t];n&&(b(),e.keepSelection?(o=n.node,m.value=n.node.label):(m.value=``,c=[]),e.onSelect(n.node))}function C(t){h.replaceChildren(),e.onResults?.(c.length,t),c.forEach((e,t)=>{let r=e.matched&&e.matched.trim().toLowerCase()!==e.node.label.trim().toLowerCase(),i=s(`li`,{id:`${n}-${t}`,role:`option`,class:`combo-option`,"aria-selected":`false`},Nt(e.node.kind),s(`span`,{class:`combo-text`},s(`span`,{class:`combo-name`},e.node.label),r?s(`span`,{class:`combo-matched`},`matched “${e.matched}”`):null),s(`span`,{class:`combo-grade`},Mt(e)));i.addEventListener(`mousedown`,e=>e.preventDefault()),i.addEventListener(`click`,()=>S(t)),i.addEventListener(`mousemove`,()=>{l!==t&&x(t)}),h.appendChild(i)}),c.length?(g.textContent=`${c.length} suggestion${c.length===1?``:`s`} for “${t}”. Use the up and down arrow keys to choose, Enter to open.`,y(),x(-1)):(g.textContent=t?`No matches for “${t}”.`:``,h.appendChild(s(`li`,{class:`combo-empty`,role:`presentation`},t?`No matches for “${t}”`:``)),h.hidden=!t||!!e.quietEmpty,m.setAttribute(`aria-expanded`,`false`))}async function w(t){let n=++u;p?.abort(),p=new AbortController,_.classList.add(`is-loading`);try{let r=await a(xt,{query:t,first:i,kinds:e.kinds??null},p.signal);if(n!==u)return;c=r.search.edges,C(t)}catch(e){if(e.name===`AbortError`||n!==u)return;c=[],h.replaceChildren(s(`li`,{class:`combo-empty`,role:`presentation`},`Search failed: ${e.message}`)),h.hidden=!1,g.textContent=`Search failed.`}finally{n===u&&_.classList.remove(`is-loading`)}}return m.addEventListener(`input`,()=>{e.keepSelection&&o&&m.value!==o.label&&(o=null),window.clearTimeout(d);let t=m.value.trim();t.length<2?(u++,p?.abort(),c=[],h.replaceChildren(),b(),g.textContent=``):d=window.setTimeout(()=>void w(t),140)}),m.addEventListener(`keydown`,t=>{let n=c.length;switch(t.key){case`ArrowDown`:t.preventDefault(),v()?n&&x(l+1>=n?0:l+1):(y(),n&&x(0));break;case`ArrowUp`:t.preventDefault(),v()?n&&x(l<=0?n-1:l-1):(y(),n&&x(n-1));break;case`Enter`:v()&&l>=0?(t.preventDefault(),S(l)):e.onSubmitText&&m.value.trim()&&(t.preventDefault(),b(),e.onSubmitText(m.value.trim()));break;case`Escape`:v()&&(t.preventDefault(),b());break;case`Tab`:b()}}),m.addEventListener(`blur`,()=>window.setTimeout(b,120)),m.addEventListener(`focus`,()=>{c.length&&m.value.trim().length>=2&&!(e.keepSelection&&o)&&y()}),{root:_,input:m,value:()=>o,setValue(e){o=e,m.value=e?e.label:``}}}function Ft(e,t){if(e===t)return!0;let n=e.split(`|`);return n.length===3&&(n[1]===t||n[2]===t)}function It(e,t,n=null){let r=null,i=!1,a=n,o,s=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/query`,c=()=>{if(i)return;let n=new WebSocket(s,`graphql-transport-ws`);r=n,n.onopen=()=>n.send(JSON.stringify({type:`connection_init`,payload:{}})),n.onmessage=r=>{let i;try{i=JSON.parse(String(r.data))}catch{return}switch(i.type){case`connection_ack`:n.send(JSON.stringify({id:`changes`,type:`subscribe`,payload:{query:String(ut),variables:{after:a}}}));break;case`ping`:n.send(JSON.stringify({type:`pong`}));break;case`next`:{let n=i.payload?.data?.changes;if(!n)return;a=n.cursor,n.node.touched.some(t=>Ft(t.target,e))&&t(n.node.curator);break}}},n.onclose=()=>{i||(o=setTimeout(c,5e3))}};return c(),()=>{i=!0,clearTimeout(o),r?.close()}}var Lt=`gutskin.curator-token`,Rt=new Set;function zt(){try{return sessionStorage.getItem(Lt)}catch{return null}}function Bt(e){sessionStorage.setItem(Lt,e);for(let e of Rt)e()}function Vt(){try{sessionStorage.removeItem(Lt)}catch{}for(let e of Rt)e()}function Ht(e){Rt.add(e)}function Ut(e=location.pathname+location.search){return`${j}curator?${new URLSearchParams({next:e})}`}var Wt=null;function Gt(e,t){Wt={id:e,text:t},window.dispatchEvent(new Event(`gutskin:graph-changed`)),F(`${location.pathname}${location.search}#curate`,{replace:!0})}function Kt(e){if(Wt?.id!==e)return null;let t=Wt.text;return Wt=null,t}function qt(){let e=s(`p`,{class:`visually-hidden`,role:`status`}),t=s(`button`,{type:`button`,class:`btn btn-small`},`Sign out`),n=s(`div`,{class:`curator-bar`,hidden:!0},s(`div`,{class:`curator-bar-inner`},s(`p`,null,s(`strong`,null,`Curator mode. `),`Your changes are recorded with your token’s name and reason.`),t)),r=s(`a`,{href:Ut(j),class:`curator-signin`},`Curator sign-in`),i=()=>{let e=zt()!==null;n.hidden=!e,r.hidden=e,r.href=Ut(location.pathname.startsWith(`/explore/curator`)?j:void 0)};return t.addEventListener(`click`,()=>{Vt(),e.textContent=`Signed out.`,F(location.pathname+location.search,{replace:!0})}),n.append(e),Ht(i),i(),{bar:n,footerLink:r,update:i}}function Jt(t,n,r,i,a){let o=Kt(r),c=s(`div`,{class:`history-body`}),l=s(`details`,{class:`history`},s(`summary`,null,`Who changed this entity, what, and why`),c),u=!1,d=()=>{u||(u=!0,e(()=>import(`./history-_DEzdlVN.js`).then(e=>e.showHistory(t,c,r)),[]))};l.addEventListener(`toggle`,()=>l.open&&d());let f=zt()!==null;if(a.append(s(`section`,{class:`section`,id:`history`,"aria-labelledby":`history-h`},s(`h2`,{id:`history-h`},`History`),l,n===`CLAIM`&&!f?s(`p`,{class:`muted`},`Curators can grade this claim and change its evidence: `,s(`a`,{href:Ut()},`sign in`),`.`):null)),o&&(l.open=!0),n===`CLAIM`&&f){let n=s(`div`,{class:`curate-body`,"aria-busy":`true`},s(`p`,{class:`loading`},`Loading the curator’s forms…`)),r=s(`section`,{class:`section curate`,id:`curate`,"aria-labelledby":`curate-h`},s(`h2`,{id:`curate-h`},`Curate this claim`),n);a.insertBefore(r,a.querySelector(`#graph`)??null),e(()=>import(`./claimEditor-UhQbYORN.js`).then(e=>e.claimEditor(t,n,i,o)),__vite__mapDeps([0,1,2]))}if(f){let r=i,c=s(`div`,{class:`curate-body`,"aria-busy":`true`},s(`p`,{class:`loading`},`Loading the curator’s forms…`)),l=n===`CLAIM`?`Retire this claim`:`Curate this ${m[n].singular.toLowerCase()}`,u=s(`section`,{class:`section curate`,id:n===`CLAIM`?`curate-entity`:`curate`,"aria-labelledby":`curate-entity-h`},s(`h2`,{id:`curate-entity-h`},l),c);a.insertBefore(u,a.querySelector(`#graph`)??null),e(()=>import(`./entityEditor-BBucdbnr.js`).then(e=>e.entityEditor(t,c,{id:r.id,kind:n,label:r.label},n===`CLAIM`?null:o)),__vite__mapDeps([3,1]))}}function Yt(t,n,r){if(zt()===null)return;let i=s(`section`,{class:`section curate retired`,id:`curate`,"aria-labelledby":`retired-h`,"aria-busy":`true`});r.append(i);let a=Kt(n);e(()=>import(`./entityEditor-BBucdbnr.js`).then(e=>e.retiredNotice(t,i,n,a)),__vite__mapDeps([3,1]))}function Z(e,t,n){return{async load(r,i){let o=(await a(e,{id:r},i))[t];return o?{entity:o,render:()=>n(o)}:null}}}var Xt=e=>e===!0?`significant`:e===!1?`not significant`:null;function Zt(e,t=!1){return e.length?s(`ul`,{class:`findings`},e.map(e=>s(`li`,null,Pe(e),t&&e.study?s(`span`,{class:`sub`},`Reported by `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`)):null))):U(`No findings recorded.`)}function Qt(e){return e?s(`p`,{class:`prose`},e):null}function Q(e,t){return s(`p`,{class:`badges`},s(`span`,{class:`badge neutral`},e),t===void 0?null:[` `,t])}function $t(e,t){return V(`About`,`about`,Te(e),Qt(t))}function en(e){let t=new Map;for(let n of e)for(let e of n.rows){let r=t.get(e.id);r?r.via.includes(n.via)||(r.via+=`, ${n.via}`):t.set(e.id,{...e,via:n.via})}return[...t.values()]}var tn=[{id:`bibtex`,label:`BibTeX`},{id:`ris`,label:`RIS`},{id:`csl-json`,label:`CSL-JSON`}];function nn(e,t,n){return`${e} ${e===1?t:n}`}function rn(e,t){return`/cite/${e}${t?`?${t}`:``}`}function an(e,t){let n=s(`select`,{id:t??null,class:`cite-format`,"aria-label":t?null:`Citation format`},tn.map(e=>s(`option`,{value:e.id},e.label)));return n.addEventListener(`change`,()=>e(n.value)),n}async function on(e,t){try{return await navigator.clipboard.writeText(e),!0}catch{return t.focus(),t.select(),document.execCommand?.(`copy`)??!1}}function sn(e){let t=`ids=${encodeURIComponent(e)}`,n=f(`cite-format`),r=s(`textarea`,{class:`citation-text`,readonly:!0,rows:8,spellcheck:`false`,"aria-label":`Citation`}),i=s(`p`,{class:`cite-status muted`,role:`status`,"aria-live":`polite`}),a=s(`a`,{class:`btn btn-small cite-download`,href:rn(`bibtex`,t),download:``},`Download`),o=s(`button`,{type:`button`,class:`btn btn-small btn-primary cite-copy`},`Copy`),c=`bibtex`,l=Promise.resolve(``),u=e=>{c=e,a.setAttribute(`href`,rn(e,t)),i.textContent=``,l=fetch(rn(e,t),{headers:{Accept:`*/*`}}).then(async e=>{if(!e.ok)throw Error(`the service answered ${e.status}`);return e.text()}),l.then(t=>{c===e&&(r.value=t)},t=>{c===e&&(i.textContent=`Could not load the citation: ${t.message}.`)})};o.addEventListener(`click`,async()=>{let e=tn.find(e=>e.id===c)?.label??c;try{let t=await l;r.value=t,i.textContent=await on(t,r)?`${e} copied to the clipboard.`:`Select the ${e} above and copy it.`}catch(e){i.textContent=`Could not load the citation: ${e.message}.`}});let d=s(`div`,{class:`cite-box`},s(`p`,{class:`cite-controls`},s(`label`,{for:n},`Format`),an(u,n),` `,o,` `,a),r,i,s(`p`,{class:`muted`},`Reference managers (Zotero, Mendeley, EndNote) import any of these; Zotero also reads this page directly.`));return u(`bibtex`),d}function cn(e,t){let n=s(`a`,{class:`btn btn-small bibliography-download`,href:rn(`bibtex`,e),download:``},`Download bibliography`);return s(`p`,{class:`bibliography`},n,` `,an(t=>n.setAttribute(`href`,rn(t,e))),` `,s(`span`,{class:`muted`},t))}function ln(e){return V(`Where the sources stand`,`positions`,e.disputed?s(`p`,{class:`disputed-note`},`The sources take different positions on this proposition.`):null,s(`ul`,{class:`positions-list`},e.positions.map(e=>s(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},He(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),s(`p`,{class:`position-note`},e.note),s(`span`,{class:`sub`},u(e.provenance.map(e=>e.citations.length?`${e.section} [${e.citations.join(`, `)}]`:e.section),` · `))))))}function un(e,t){return xe({caption:t,noun:[`study`,`studies`],columns:[{key:`study`,label:`Study`,sort:e=>e.study.title,cell:e=>[R(e.study.id,e.study.title,`STUDY`),s(`span`,{class:`sub`},ae(A(e.study))),e.note?s(`span`,{class:`note`},e.note):null]},{key:`stance`,label:`Stance`,sort:e=>K[e.stance],cell:e=>Se(e.stance)},{key:`design`,label:`Design`,sort:e=>O(e.study.design),cell:e=>O(e.study.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>Oe(e.study).n,cell:e=>ke(e.study)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.study.year,cell:e=>e.study.year},{key:`strains`,label:`Strains`,cell:e=>W(e.study.strains??[])},{key:`findings`,label:`Findings`,cell:e=>Fe(e.study.findings),cls:`col-findings`},{key:`doi`,label:`DOI`,cell:e=>B(e.study)}],rows:e,text:e=>[e.study.title,A(e.study).join(` `),e.stance,C[e.stance],e.note,O(e.study.design),e.study.year,...(e.study.strains??[]).map(e=>e.label),...(e.study.topics??[]).map(e=>e.label),...e.study.findings.map(e=>`${e.measure} ${e.summary}`)].join(` `),facets:[{key:`stance`,label:`Stance`,values:e=>[e.stance],labelOf:e=>C[e]??e},...je(e=>e.study)],initialSort:{key:`stance`,descending:!1},compareId:e=>e.study.id,rowLabel:e=>e.study.title,cls:`evidence-table`}).element}function dn(e){let t=e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>K[t.stance]-K[e.stance]||t.study.year-e.study.year),n=e.evidenceSummary;return V(`What goes against this?`,`against`,t.length?[s(`p`,null,`${n.contradicts} ${n.contradicts===1?`study contradicts`:`studies contradict`} this claim and ${n.qualifies} ${n.qualifies===1?`qualifies`:`qualify`} it (limits it, or supports it only in part).`),s(`ul`,{class:`against-list`},t.map(e=>s(`li`,{class:`against-${e.stance.toLowerCase()}`},Se(e.stance),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),s(`span`,{class:`sub`},O(e.study.design)),e.note?s(`p`,{class:`against-note`},e.note):null)))]:U(n.total?`No linked study contradicts or qualifies this claim. That does not make it true: see its grade and the studies above.`:`No studies are linked to this claim, for or against.`),s(`p`,{class:`muted`},s(`a`,{href:`/explore/contested`},`All claims with contradicting or qualifying evidence`),`.`))}function fn(e){let t=e.evidenceSummary,n=e.maturityBasis===`GRADED_BY_SOURCE`?`Graded by the source document`:`Assessed from the source’s own hedging and the studies it cites`;return{title:e.statement,lead:[s(`p`,{class:`badges`},s(`span`,{class:`verdict-label`},`Verdict on this proposition: `),I(e.maturity),` `,Ce(e.claimKind),e.disputed?[` `,s(`a`,{href:`#positions`,class:`badge badge-link disputed`},`Sources disagree`)]:null,t.contradicts||t.qualifies?[` `,s(`a`,{href:`#against`,class:`badge badge-link`},`${t.contradicts+t.qualifies} against or qualifying`)]:null)],body:[V(`Assessment`,`assessment`,Qt(e.assessment),Te([[`Evidence maturity`,[I(e.maturity),` `,s(`span`,{class:`muted`},`The verdict on the proposition as stated. ${y[e.maturity]?.description??``}`)]],[`Maturity basis`,n],[`Claim kind`,x[e.claimKind].detail],[`Source`,R(e.source.id,e.source.title,`SOURCE`)],[`Section`,e.section],[`About`,e.subjects.length?s(`span`,{class:`chips`},e.subjects.map(z)):null]])),ln(e),V(`Evidence`,`evidence`,s(`p`,{class:`evidence-summary`},`${nn(t.total,`study`,`studies`)}: `,u([`${t.supports} support`,`${t.qualifies} qualify`,`${t.contradicts} contradict`]),t.byDesign.length?s(`span`,{class:`sub`},u(t.byDesign.map(e=>`${e.count} × ${O(e.design).toLowerCase()}`),` · `)):null),e.evidence.length?un(e.evidence,`Studies behind this claim`):U(`No studies are linked to this claim.`),e.evidence.length?cn(`claim=${encodeURIComponent(e.id)}`,`${nn(new Set(e.evidence.map(e=>e.study.id)).size,`study`,`studies`)} behind this claim, for a reference manager`):null),dn(e)]}}function pn(e){let t=[e.journal?s(`i`,null,e.journal):null,e.volume?` ${e.volume}`:null,e.issue?`(${e.issue})`:null,e.pages?`:${e.pages}`:null].filter(Boolean);return s(`p`,{class:`bib`},e.authorNames.length?`${A(e).join(`, `).replace(/\.$/,``)}. `:null,`(${e.year}). `,`${e.title.replace(/\.$/,``)}. `,t.length?[t,`. `]:null,e.link?B(e):null)}function mn(e){let t=new Map(e.claims.map(e=>[e.claim.id,{stance:e.stance,note:e.note}]));return{title:e.title,lead:[Q(O(e.design),s(`span`,{class:`muted`},`${e.year}`))],body:[V(`Record`,`record`,pn(e),Te([[`Authors`,A(e).join(`, `)],[`Year`,e.year],[`Journal`,e.journal],[`Volume`,e.volume],[`Issue`,e.issue],[`Pages`,e.pages],[`DOI`,e.doi&&e.link?B(e):e.doi],[`Link`,!e.doi&&e.link?B(e):null],[`Design`,O(e.design)],[`Population`,e.population],[`Sample size`,e.sampleSize],[`Duration`,e.duration],[`Cited by`,e.citations.length?u(e.citations.map(e=>[R(e.source.id,e.source.title,`SOURCE`),` [${e.number}]`])):null]]),Qt(e.summary)),V(`Cite this study`,`cite`,sn(e.id)),V(`Claims resting on this study`,`claims`,G(e.claims.map(e=>e.claim),`Claims that cite this study as evidence`,t)),V(`Findings`,`findings`,Zt(e.findings)),V(`What it examined`,`examined`,Te([[`Strains and species`,e.strains.length?s(`span`,{class:`chips`},e.strains.map(z)):`—`],[`Topics`,e.topics.length?s(`span`,{class:`chips`},e.topics.map(z)):`—`]]))]}}function hn(e){return{title:e.fullName||e.name,lead:[Q(e.strainKind===`PRODUCT`?`Product (multi-species)`:`Strain`,e.name===e.fullName?null:s(`span`,{class:`muted`},`Designation ${e.name}`))],body:[$t([[`Designation`,e.name],[`Species`,e.species?R(e.species.id,e.species.name,`SPECIES`):e.strainKind===`PRODUCT`?`A multi-species product`:`—`],[`Former names`,H(e.formerNames)],[`Synonyms`,H(e.synonyms)]],e.description),V(`Mechanisms`,`mechanisms`,q(e.mechanisms,e.id,`Mechanisms this strain modulates`)),V(`Studies`,`studies`,Ae(e.studies,`Studies that examined this strain`)),V(`Claims`,`claims`,G(e.claims,`Claims about this strain`))]}}function gn(e){let t=en(e.strains.map(e=>({via:`via ${e.fullName||e.name}`,rows:e.studies}))),n=en(e.strains.map(e=>({via:`about ${e.fullName||e.name}`,rows:e.claims})));return{title:e.name,lead:[Q(O(e.speciesKind))],body:[$t([[`Kind`,O(e.speciesKind)],[`Former names`,H(e.formerNames)],[`Synonyms`,H(e.synonyms)]],e.description),V(`Strains`,`strains`,e.strains.length?Ee(`Strains of this species in the graph`,[`Strain`,`Studies`,`Claims`],e.strains.map(e=>[R(e.id,e.fullName||e.name,`STRAIN`),e.studies.length,e.claims.length])):U(`No strains of this species in the graph.`)),V(`Studies of its strains`,`studies`,s(`p`,{class:`muted`},`Effects are strain-specific: each study is listed with the strain it examined.`),Ae(t,`Studies that examined strains of this species`)),V(`Claims about its strains`,`claims`,G(n,`Claims about strains of this species`)),V(`Relationships`,`relations`,q(e.relations,e.id,`Relationships of this species`))]}}function _n(e){return{title:e.name,lead:[Q(O(e.category))],body:[$t([[`Category`,O(e.category)],[`Synonyms`,H(e.synonyms)]],e.description),V(`What acts on it`,`influenced-by`,q(e.influencedBy,e.id,`Strains, factors and mechanisms acting on this mechanism`)),V(`What it influences`,`influences`,q(e.influences,e.id,`What this mechanism influences`)),V(`Studies`,`studies`,Ae(e.studies,`Studies that addressed this mechanism`)),V(`Claims`,`claims`,G(e.claims,`Claims about this mechanism`))]}}function vn(e){let t=new Map;for(let n of e)for(let e of n.strains??[])t.has(e.id)||t.set(e.id,{strain:e,studies:[]}),t.get(e.id).studies.push(n);return t.size?Ee(`Strains examined by studies of this condition`,[`Strain`,`Studies`,`Designs`],[...t.values()].sort((e,t)=>t.studies.length-e.studies.length||e.strain.label.localeCompare(t.strain.label)).map(e=>[z(e.strain),s(`ul`,{class:`plain`},e.studies.map(e=>s(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`),e.via===`directly`?null:s(`span`,{class:`sub`},e.via)))),[...new Set(e.studies.map(e=>O(e.design)))].join(`, `)])):U(`No study of this condition in the graph names a strain.`)}function yn(e){let t=en([{via:`directly`,rows:e.studies},...e.subtypes.map(e=>({via:`for ${e.name}`,rows:e.studies}))]),n=t.map(e=>({...e,via:e.via===`directly`?void 0:e.via})),r=en([{via:``,rows:e.claims},...e.subtypes.map(e=>({via:`about ${e.name}`,rows:e.claims}))]).map(e=>({...e,via:e.via.replace(/^, /,``)||void 0}));return{title:e.name,lead:[Q(O(e.conditionKind))],body:[$t([[`Kind`,O(e.conditionKind)],[`Also called`,H(e.synonyms)],[`A form of`,e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):null],[`Narrower forms`,e.subtypes.length?u(e.subtypes.map(e=>R(e.id,e.name,`CONDITION`))):null]],e.description),V(`Strains studied`,`strains`,s(`p`,{class:`muted`},e.subtypes.length?`Gathered from the studies of this condition and of its narrower forms.`:`Gathered from the studies of this condition.`),vn(t)),V(`What influences it`,`influenced-by`,q(e.influencedBy,e.id,`Mechanisms, factors and species influencing this condition`)),V(`Claims`,`claims`,G(r,`Claims about this condition`)),V(`Findings`,`findings`,Zt(e.findings,!0)),V(`Studies`,`studies`,Ae(n,`Studies that addressed this condition`))]}}function bn(e){return{title:e.name,lead:[Q(O(e.factorKind))],body:[$t([[`Kind`,O(e.factorKind)],[`Also called`,H(e.synonyms)]],e.description),V(`What it affects`,`affects`,q(e.affects,e.id,`What this factor affects`)),V(`Claims`,`claims`,G(e.claims,`Claims about this factor`))]}}function xn(e){let t=le(e);return t?`${t.value}${t.label===`effect size`?``:` (${t.label})`}; ${t.note}`:null}function Sn(e){let t=e.value===null?null:`${e.value}${e.unit?` ${e.unit}`:``}`;return{title:e.summary,lead:[Q(L(e.effect),Xt(e.significant)?s(`span`,{class:`muted`},Xt(e.significant)):null)],body:[V(`Result`,`result`,Te([[`Measure`,e.measure],[`Effect`,L(e.effect)],[`Value`,t],[`p-value`,e.pValue],[`Effect size`,xn(e)],[`Heterogeneity (I²)`,e.heterogeneityI2===null?null:`${e.heterogeneityI2}%`],[`Trials`,e.trials],[`Participants`,e.participants],[`Studies pooled`,e.studyCount],[`Time point`,e.timepoint],[`Statistically significant`,e.significant===null?null:e.significant?`Yes`:`No`],[`Measures`,e.measures.length?s(`span`,{class:`chips`},e.measures.map(z)):null]])),V(`Study`,`study`,Ae([e.study],`The study that reported this finding`))]}}function Cn(e){let t=[...e.citations].sort((e,t)=>e.number-t.number);return{title:e.title,lead:[Q(O(e.documentKind),e.publisher?s(`span`,{class:`muted`},e.publisher):null)],body:[$t([[`Publisher`,e.publisher],[`Kind of document`,O(e.documentKind)],[`Original`,s(`span`,{class:`muted`},`No public address is recorded for this document.`)],[`Authors`,e.authors.join(`, `)],[`Reviewers`,e.reviewers.join(`, `)]],e.description),V(`Claims it makes or grades`,`claims`,G(e.claims,`Claims made or graded by this document`)),V(`References`,`references`,t.length?Ee(`Works this document cites, by citation number`,[`No.`,`Study`,`Design`,`Year`,`Link`],t.map(e=>[`[${e.number}]`,[R(e.study.id,e.study.title,`STUDY`),s(`span`,{class:`sub`},ae(A(e.study))||`Authors not recorded`)],O(e.study.design),e.study.year,B(e.study)])):U(`No references.`))]}}var wn={CLAIM:Z(Ge,`claim`,fn),STUDY:Z(kt,`study`,mn),STRAIN:Z(Et,`strain`,hn),SPECIES:Z(wt,`species`,gn),MECHANISM:Z(ft,`mechanism`,_n),CONDITION:Z(Ye,`condition`,yn),FACTOR:Z(nt,`factor`,bn),FINDING:Z(at,`finding`,Sn),SOURCE:Z(St,`source`,Cn)};async function Tn(e,t){let n=new Map,r=new Map;if(!e.length)return{stances:n,positions:r};let i=await a(tt,{ids:e},t);for(let e of i.nodes)if(e&&`evidence`in e){for(let t of e.evidence)n.set(`${e.id}|${t.study.id}`,t.stance);for(let t of e.positions)r.set(`${e.id}|${t.source.id}`,t.position)}return{stances:n,positions:r}}function En(e,t,n,r){if(e.length<=r+1)return e;let i=new Map,a=new Set;for(let e of t)i.set(e.source,(i.get(e.source)??0)+1),i.set(e.target,(i.get(e.target)??0)+1),e.source===n&&a.add(e.target),e.target===n&&a.add(e.source);let o=e=>e.id===n?0:a.has(e.id)?1:2;return[...e].sort((e,t)=>o(e)-o(t)||(i.get(t.id)??0)-(i.get(e.id)??0)||e.label.localeCompare(t.label)).slice(0,r+1)}function Dn(t,n,r){let i=t.params.get(`depth`)===`2`?2:1,o=s(`div`,{class:`graph-holder`},J(`Loading the graph…`)),c=s(`select`,{id:`depth`,onchange:e=>{let t=e.target.value,n=new URL(location.href);t===`1`?n.searchParams.delete(`depth`):n.searchParams.set(`depth`,t),F(n.pathname+n.search+`#graph`,{replace:!0})}},s(`option`,{value:`1`,selected:i===1},`Direct neighbours`),s(`option`,{value:`2`,selected:i===2},`Two hops`)),u=s(`section`,{class:`section`,id:`graph`,"aria-labelledby":`graph-h`},s(`div`,{class:`section-head`},s(`h2`,{id:`graph-h`},`Graph neighbourhood`),s(`div`,{class:`inline-field`},s(`label`,{for:`depth`},`Show`),c)),o),d=async()=>{try{let c=await a(mt,{id:n,depth:i,limit:i===1?80:150},t.signal);if(!t.current())return;let u=c.neighbourhood,d=u.nodes.some(e=>e.id===u.center.id)?u.nodes:[u.center,...u.nodes],f=d.filter(e=>e.id!==u.center.id);if(f.length===0){l(o,U(`No related entities to draw.`));return}let p=new Map(d.map(e=>[e.id,e.kind])),{stances:m,positions:h}=await Tn([...new Set(u.edges.filter(e=>[`HAS_EVIDENCE`,`HAS_POSITION`].includes(e.kind)&&p.get(e.from.id)===`CLAIM`).map(e=>e.from.id).concat(u.edges.filter(e=>e.kind===`MAKES`).map(e=>e.to.id)))],t.signal).catch(()=>({stances:new Map,positions:new Map}));if(!t.current())return;let g=new Map,_=u.edges.map(e=>{let t=`${e.from.id}|${e.kind}|${e.to.id}`,n=g.get(t)??0;g.set(t,n+1);let r=e.kind===`HAS_EVIDENCE`?m.get(`${e.from.id}|${e.to.id}`):void 0,i=e.kind===`MAKES`?h.get(`${e.to.id}|${e.from.id}`):e.kind===`HAS_POSITION`?h.get(`${e.from.id}|${e.to.id}`):void 0;return{id:n?`${t}|${n}`:t,source:e.from.id,target:e.to.id,kind:e.kind,maturity:e.maturity,effect:e.effect,stance:r,position:i}}),v=window.innerWidth<560?12:24,y=v,{createGraph:b,graphAsList:x}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-J5srgVPb.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([4,5]));if(!t.current())return;let S=null,C=async()=>{S?.destroy();let e=En(d,_,u.center.id,y),t=d.length-e.length;S=b(e,_,{layout:`grouped`,centerId:u.center.id,description:`Graph of ${r} and ${e.length-1} related entities${t?` (${t} more not drawn)`:``}, grouped by kind. The same entities are listed below the drawing.`});let n=S,i=t?s(`p`,{class:`graph-more`},`Showing ${e.length-1} of ${f.length} related entities, the nearest and best connected first. `,s(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>{y+=v,C().then(()=>o.querySelector(`.graph-canvas`)?.focus())}},`Show ${Math.min(v,t)} more`)):null;l(o,u.truncated?s(`p`,{class:`muted`},`Only part of the neighbourhood was fetched; it is larger than the drawing’s limit.`):null,i,n.element,x(f,f.length===1?`List the one entity of this neighbourhood`:`List all ${f.length} entities of this neighbourhood`)),await n.ready};t.onCleanup(()=>S?.destroy()),await C()}catch(e){if(e.name===`AbortError`||!t.current())return;l(o,Y(e,()=>void d()))}};return d(),u}async function On(e,t,r){let i=_(r)??g(t);if(!i){An(e,r);return}if(m[i].slug!==t){F(M(r,i)+location.search+location.hash,{replace:!0});return}let o=wn[i];e.main.replaceChildren(J(`Loading ${m[i].singular.toLowerCase()}…`));let c,u=null;try{u=(await a(dt,{},e.signal)).stats.cursor}catch(t){if(t.name===`AbortError`||!e.current())return}try{c=await o.load(r,e.signal)}catch(a){if(a.name===`AbortError`||!e.current())return;if(a instanceof n&&(a.notFound||a.badInput)){An(e,r,i);return}e.setTitle(`Error`),l(e.main,Y(a,()=>void On(e,t,r)));return}if(!e.current())return;if(!c){An(e,r,i);return}let{entity:d}=c,f=c.render();e.setTitle(f.title);let p=m[i],h=s(`article`,{class:`entity entity-${p.slug}`},s(`header`,{class:`entity-head`},s(`p`,{class:`eyebrow`},Nt(i),s(`code`,{class:`entity-id`},r)),s(`h1`,{tabindex:`-1`},f.title),f.lead,s(`p`,{class:`entity-actions`},s(`a`,{href:P(r),class:`btn btn-small`},`Find pathways from here`),` `,s(`a`,{href:`#graph`,class:`btn btn-small btn-quiet`},`Jump to graph`))),f.body,Dn(e,r,f.title),Ie(d.provenance));Jt(e,i,r,d,h),l(e.main,h),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView(),e.onCleanup(It(r,t=>kn(e.main,t),u))}function kn(e,t){let n=e.querySelector(`.entity-head`);if(!n)return;let r=s(`p`,{class:`live-notice`,role:`status`},`Updated by ${t} — `,s(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>location.reload()},`reload`)),i=n.querySelector(`.live-notice`);i?i.replaceWith(r):n.prepend(r)}function An(e,t,n){e.setTitle(`Not found`);let r=n?`${m[n].singular.toLowerCase()}`:`entity`;l(e.main,ze([`The graph has no `,r,` with the id `,s(`code`,null,t),`. It may have been renamed, or the link may be mistyped.`],Be(t,n))),Yt(e,t,e.main)}var jn=`http://www.w3.org/2000/svg`;function Mn(e,t=16){let n=m[e],r=document.createElementNS(jn,`svg`);r.setAttribute(`width`,String(t)),r.setAttribute(`height`,String(t)),r.setAttribute(`viewBox`,`0 0 16 16`),r.setAttribute(`aria-hidden`,`true`),r.setAttribute(`focusable`,`false`);let i={ellipse:``,rectangle:`1,2 15,2 15,14 1,14`,"round-rectangle":``,diamond:`8,0.5 15.5,8 8,15.5 0.5,8`,hexagon:`4,1 12,1 15.5,8 12,15 4,15 0.5,8`,octagon:`5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5`,triangle:`8,1 15.5,15 0.5,15`,tag:`0.5,2 11,2 15.5,8 11,14 0.5,14`,barrel:`2,1 14,1 15.5,8 14,15 2,15 0.5,8`},a;return n.shape===`ellipse`?(a=document.createElementNS(jn,`circle`),a.setAttribute(`cx`,`8`),a.setAttribute(`cy`,`8`),a.setAttribute(`r`,`7.5`)):n.shape===`round-rectangle`?(a=document.createElementNS(jn,`rect`),a.setAttribute(`x`,`0.5`),a.setAttribute(`y`,`2`),a.setAttribute(`width`,`15`),a.setAttribute(`height`,`12`),a.setAttribute(`rx`,`4`)):(a=document.createElementNS(jn,`polygon`),a.setAttribute(`points`,i[n.shape]??i.rectangle)),a.setAttribute(`fill`,n.color),r.appendChild(a),r}function Nn(e){let t=e.totalCount>e.nodes.length?s(`p`,{class:`muted`},`The first ${e.nodes.length} of ${e.totalCount}.`):null;return s(`section`,{class:`disagree`,"aria-labelledby":`disagree-h`},s(`h2`,{id:`disagree-h`},`Where the sources disagree`),s(`p`,{class:`muted`},`Propositions on which the source documents take different positions: one endorses what another hedges or rejects. The grade is the graph’s verdict on the proposition.`),e.nodes.length?s(`ul`,{class:`plain disagree-list`},e.nodes.map(e=>s(`li`,{class:`disagree-item`},s(`p`,{class:`disagree-claim`},R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)),s(`ul`,{class:`plain positions-list`},e.positions.map(e=>s(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},He(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),s(`p`,{class:`position-note`},e.note))))))):U(`The sources agree on every proposition they both take a position on.`),t)}async function Pn(e){e.setTitle(`What goes against the claims`);let t=s(`div`,null,J());l(e.main,s(`div`,{class:`list-page`},s(`h1`,{tabindex:`-1`},`What goes against the claims`),s(`p`,{class:`lead`},`Claims that at least one linked study contradicts or qualifies (limits, or supports only in part), with what each of those studies says. Claims with no study against them are not listed; that does not make them true. Below them: `,s(`a`,{href:`#disagree-h`},`where the sources disagree`),`.`),t));try{let n=await a(Qe,{},e.signal);if(!e.current())return;let r=n.claims.nodes.filter(e=>e.evidenceSummary.contradicts+e.evidenceSummary.qualifies>0),i=n.claims.pageInfo.hasNextPage?s(`p`,{class:`muted`},`Looked through the first ${n.claims.nodes.length} of ${n.claims.totalCount} claims.`):null,o=Nn(n.disputed);if(!r.length){l(t,U(`No claim has contradicting or qualifying evidence.`),i,o);return}l(t,i,xe({caption:`Claims with contradicting or qualifying evidence`,noun:[`claim`,`claims`],columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)]},{key:`contradicts`,label:`Contradict`,numeric:!0,sort:e=>e.evidenceSummary.contradicts,cell:e=>e.evidenceSummary.contradicts},{key:`qualifies`,label:`Qualify`,numeric:!0,sort:e=>e.evidenceSummary.qualifies,cell:e=>e.evidenceSummary.qualifies},{key:`supports`,label:`Support`,numeric:!0,sort:e=>e.evidenceSummary.supports,cell:e=>e.evidenceSummary.supports},{key:`what`,label:`What the studies against it say`,cell:e=>s(`ul`,{class:`plain against-list`},e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>K[t.stance]-K[e.stance]).map(e=>s(`li`,null,s(`span`,{class:`badge stance stance-${e.stance.toLowerCase()}`},e.stance===`CONTRADICTS`?`Contradicts`:`Qualifies`),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),e.note?s(`span`,{class:`sub`},e.note):null)))}],rows:r,text:e=>[e.statement,...e.evidence.map(e=>`${e.study.title} ${e.note??``}`)].join(` `),facets:[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>y[e]?.label??e}],initialSort:{key:`contradicts`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.statement}).element,o),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView()}catch(n){if(n.name===`AbortError`||!e.current())return;l(t,Y(n,()=>void Pn(e)))}}async function Fn(e){e.setTitle(`Sources`);let t=s(`div`,null,J());l(e.main,s(`div`,{class:`list-page`},s(`h1`,{tabindex:`-1`},`Sources`),s(`p`,{class:`lead`},`The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.`),t));try{let n=await a(Ct,{},e.signal);if(!e.current())return;l(t,s(`ul`,{class:`cards`},n.sources.map(e=>s(`li`,{class:`card`},s(`h2`,{class:`card-title`},R(e.id,e.title,`SOURCE`)),s(`p`,{class:`muted`},[O(e.documentKind),e.publisher].filter(Boolean).join(` · `)),s(`p`,null,e.description)))))}catch(n){if(n.name===`AbortError`||!e.current())return;l(t,Y(n,()=>void Fn(e)))}}var In=e=>e.map(e=>[e,O(e)]),Ln=(e,t)=>e&&t.includes(e)?e:void 0;function Rn(e,t,n,r){let i=n.map(([e])=>e);return{filters:[{param:e,label:t,options:n}],variables(t){let n=Ln(t.get(e),i);return{filter:n?{[r]:n}:null}}}}function zn(e,t){return{key:`name`,label:e,sort:e=>e.name,cell:e=>R(e.id,e.name,t)}}function Bn(e,t,n){return{key:e,label:t,sort:n,cell:e=>O(n(e))}}function Vn(e,t){return{key:`aka`,label:e,cell:e=>H(t(e))??`—`}}function Hn(e,t,n){return{...n,async load(n,r,i,o){return(await a(e,{...n,first:r,after:i},o))[t]}}}var Un={newest:{field:`YEAR`,direction:`DESC`,label:`Newest first`},oldest:{field:`YEAR`,direction:`ASC`,label:`Oldest first`},title:{field:`TITLE`,direction:`ASC`,label:`Title`},largest:{field:`SAMPLE_SIZE`,direction:`DESC`,label:`Largest sample first`}},Wn={strongest:{field:`MATURITY`,direction:`DESC`,label:`Strongest evidence first`},weakest:{field:`MATURITY`,direction:`ASC`,label:`Weakest evidence first`},statement:{field:`STATEMENT`,direction:`ASC`,label:`Statement (A–Z)`}},Gn={ESTABLISHED:`established`,PLAUSIBLE:`plausible`,EMERGING:`emerging`,EARLY:`early`,NOT_SUPPORTED:`notSupported`};function Kn(e,t){return a(Ke,{kind:t??null},e)}function qn(e){let t=e.params.get(`maturity`),n=e.params.get(`kind`)??void 0,r=e.params.get(`order`)??void 0,i=new Map,a=(e,a,o=``)=>{let c=s(`span`,{class:`count`});return i.set(e??`all`,c),s(`li`,null,s(`a`,{href:N(`claims`,{maturity:e,kind:n,order:r}),class:`tab ${o}`,"aria-current":(t??void 0)===e?`page`:void 0},a,c))},o=Ln(n??null,S),c=s(`nav`,{class:`tabs`,"aria-label":o?`${x[o].label} claims by evidence maturity`:`Claims by evidence maturity`,"aria-busy":`true`},s(`ul`,null,a(void 0,`All`),b.map(e=>a(e,y[e].label,`tab-${e.toLowerCase().replace(`_`,`-`)}`))));return Kn(e.signal,o).then(e=>{i.get(`all`).textContent=` ${e.all.totalCount}`;for(let t of b)i.get(t).textContent=` ${e[Gn[t]].totalCount}`}).catch(()=>{}).finally(()=>c.removeAttribute(`aria-busy`)),c}function Jn(e){if(!e.total)return s(`span`,{class:`muted`},`none`);let t=[[e.supports,`support`],[e.qualifies,`qualify`],[e.contradicts,`contradict`]].filter(([e])=>e).map(([e,t])=>`${e} ${t}`);return s(`span`,null,`${e.total} ${e.total===1?`study`:`studies`}`,s(`span`,{class:`sub`},t.join(` · `)))}function Yn(e){let t=e.evidenceSummary;return!t.contradicts&&!t.qualifies?s(`span`,{class:`muted`},`—`):s(`a`,{href:`${M(e.id,`CLAIM`)}#against`,class:`against-count`},[t.contradicts?`${t.contradicts} contradict${t.contradicts===1?`s`:``}`:null,t.qualifies?`${t.qualifies} qualif${t.qualifies===1?`ies`:`y`}`:null].filter(Boolean).join(` · `))}var Xn={claims:Hn(qe,`claims`,{title:`Claims`,intro:`Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.`,extra:qn,filters:[{param:`kind`,label:`Kind`,options:S.map(e=>[e,x[e].label])},{param:`about`,label:`About`,options:[],dynamic:`subjects`},{param:`order`,label:`Order`,options:Object.entries(Wn).map(([e,t])=>[e,t.label])}],variables(e){let t=Ln(e.get(`maturity`),b),n=Ln(e.get(`kind`),S),r=e.get(`about`)||void 0,i=Wn[e.get(`order`)??`strongest`]??Wn.strongest;return{filter:{...t?{maturities:[t]}:{},...n?{claimKind:n}:{},...r?{subject:r}:{}},orderBy:{field:i.field,direction:i.direction}}},noun:[`claim`,`claims`],compare:!0,columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>R(e.id,e.statement,`CLAIM`)},{key:`maturity`,label:`Evidence maturity`,sort:e=>y[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>Ce(e.claimKind)},{key:`studies`,label:`Studies`,numeric:!0,sort:e=>e.evidenceSummary.total,cell:e=>Jn(e.evidenceSummary)},{key:`against`,label:`Against`,numeric:!0,sort:e=>e.evidenceSummary.contradicts*10+e.evidenceSummary.qualifies,cell:e=>Yn(e)},{key:`about`,label:`About`,cell:e=>W((e.subjects??[]).filter(e=>e.kind===`STRAIN`||e.kind===`CONDITION`))},{key:`source`,label:`Source`,sort:e=>e.source.title,cell:e=>R(e.source.id,e.source.title,`SOURCE`)}],text:e=>[e.statement,y[e.maturity]?.label,e.claimKind,e.source.title,...(e.subjects??[]).map(e=>e.label)].join(` `)}),studies:Hn(Ot,`studies`,{title:`Studies`,intro:`The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.`,filters:[{param:`design`,label:`Design`,options:In(E)},{param:`condition`,label:`Condition`,options:[],dynamic:`conditions`},{param:`strain`,label:`Strain`,options:[],dynamic:`strains`},{param:`order`,label:`Order`,options:Object.entries(Un).map(([e,t])=>[e,t.label])}],variables(e){let t=Ln(e.get(`design`),E),n=e.get(`condition`)||void 0,r=e.get(`strain`)||void 0,i=Un[e.get(`order`)??`newest`]??Un.newest,a={...t?{designs:[t]}:{},...n?{condition:n}:{},...r?{strain:r}:{}};return{filter:Object.keys(a).length?a:null,orderBy:{field:i.field,direction:i.direction}}},noun:[`study`,`studies`],compare:!0,cite(e){let t=new URLSearchParams,n=Ln(e.get(`design`),E);n&&t.set(`design`,n);for(let n of[`condition`,`strain`])e.get(n)&&t.set(n,e.get(n));let r=Un[e.get(`order`)??`newest`]??Un.newest;return t.set(`order`,{YEAR:`year`,TITLE:`title`,SAMPLE_SIZE:`sampleSize`}[r.field]),t.set(`direction`,r.direction.toLowerCase()),t.toString()},columns:[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>s(`span`,null,R(e.id,e.title,`STUDY`),s(`span`,{class:`sub`},[ae(A(e)),e.journal].filter(Boolean).join(` — `)))},{key:`design`,label:`Design`,sort:e=>O(e.design),cell:e=>O(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>Oe(e).n,cell:e=>ke(e)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year},{key:`strains`,label:`Strains`,cell:e=>W(e.strains??[])},{key:`conditions`,label:`Conditions`,cell:e=>W((e.topics??[]).filter(e=>e.kind===`CONDITION`))},{key:`link`,label:`Link`,cell:e=>B(e)}],text:e=>[e.title,A(e).join(` `),e.journal,O(e.design),e.year,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `)}),strains:Hn(Dt,`strains`,{title:`Strains and products`,intro:`Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.`,...Rn(`kind`,`Kind`,Object.entries(ne),`strainKind`),noun:[`strain`,`strains`],columns:[{key:`strain`,label:`Strain`,sort:e=>e.fullName||e.name,cell:e=>R(e.id,e.fullName||e.name,`STRAIN`)},{key:`species`,label:`Species`,sort:e=>e.species?.name,cell:e=>e.species?R(e.species.id,e.species.name,`SPECIES`):`—`},Bn(`kind`,`Kind`,e=>e.strainKind),Vn(`Also known as`,e=>[...e.formerNames,...e.synonyms])],text:e=>[e.name,e.fullName,e.species?.name,...e.formerNames,...e.synonyms].join(` `)}),mechanisms:Hn(pt,`mechanisms`,{title:`Mechanisms`,intro:`How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.`,...Rn(`category`,`Category`,In(ee),`category`),noun:[`mechanism`,`mechanisms`],columns:[zn(`Mechanism`,`MECHANISM`),Bn(`category`,`Category`,e=>e.category),Vn(`Also called`,e=>e.synonyms)],text:e=>[e.name,e.category,...e.synonyms].join(` `)}),conditions:Hn(Xe,`conditions`,{title:`Conditions`,intro:`Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.`,...Rn(`kind`,`Kind`,In(D),`conditionKind`),noun:[`condition`,`conditions`],columns:[zn(`Condition`,`CONDITION`),Bn(`kind`,`Kind`,e=>e.conditionKind),{key:`parent`,label:`A form of`,sort:e=>e.subtypeOf?.name,cell:e=>e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):`—`},Vn(`Also called`,e=>e.synonyms)],text:e=>[e.name,e.conditionKind,e.subtypeOf?.name,...e.synonyms].join(` `)}),factors:Hn(rt,`factors`,{title:`Factors`,intro:`Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.`,...Rn(`kind`,`Kind`,In(te),`factorKind`),noun:[`factor`,`factors`],columns:[zn(`Factor`,`FACTOR`),Bn(`kind`,`Kind`,e=>e.factorKind),Vn(`Also called`,e=>e.synonyms)],text:e=>[e.name,e.factorKind,...e.synonyms].join(` `)})},Zn=null;function Qn(e){return Zn||(Zn=a(it,{},e),Zn.catch(()=>Zn=null)),Zn}function $n(e,t,n){if(!n.filters.length)return null;let r=s(`form`,{class:`filters`,role:`search`,"aria-label":`Filter ${n.title.toLowerCase()}`}),i=()=>{let i={};for(let[t,n]of e.params)i[t]=n;for(let e of n.filters){let t=r.querySelector(`[name="${e.param}"]`);i[e.param]=t?.value||void 0}F(N(t,i))};for(let t of n.filters){let n=`filter-${t.param}`,a=e.params.get(t.param)??``,o=t.param===`order`,c=s(`select`,{id:n,name:t.param,onchange:i},o?null:s(`option`,{value:``},`Any`),t.options.map(([e,t])=>s(`option`,{value:e,selected:a===e},t)),t.dynamic&&a?s(`option`,{value:a,selected:!0},a):null);t.dynamic&&Qn(e.signal).then(e=>{let n=(e,t)=>s(`optgroup`,{label:e},t.map(([e,t])=>s(`option`,{value:e,selected:a===e},t))),r=e.conditions.nodes.map(e=>[e.id,e.name]),i=e.strains.nodes.map(e=>[e.id,e.fullName||e.name]);l(c,s(`option`,{value:``},`Any`),t.dynamic===`conditions`?r.map(([e,t])=>s(`option`,{value:e,selected:a===e},t)):null,t.dynamic===`strains`?i.map(([e,t])=>s(`option`,{value:e,selected:a===e},t)):null,t.dynamic===`subjects`?[n(`Conditions`,r),n(`Strains and products`,i)]:null)}).catch(()=>{}),r.appendChild(s(`div`,{class:`inline-field`},s(`label`,{for:n},t.label),c))}return r.addEventListener(`submit`,e=>{e.preventDefault(),i()}),r}async function er(e,t){if(t===`sources`)return Fn(e);if(t===`contested`)return Pn(e);let n=Xn[t];e.setTitle(n.title);let r=s(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`),i=s(`div`,{class:`list-status`},J()),a=s(`div`,{class:`list-table-holder`});l(e.main,s(`div`,{class:`list-page list-${t}`},s(`h1`,{tabindex:`-1`},n.title),s(`p`,{class:`lead`},n.intro),n.extra?.(e),$n(e,t,n),n.cite?cn(n.cite(e.params),e.params.toString()?`the studies these filters match`:`every study`):null,a,i,s(`p`,{class:`more`},r)));let o=n.variables(e.params),c=null,u=[],d=null,f=async()=>{r.disabled=!0,l(i,J());try{let t=await n.load(o,25,c,e.signal);if(!e.current())return;let s=u.length;u=[...u,...t.nodes],c=t.pageInfo.endCursor;let l=t.pageInfo.hasNextPage?`loaded of ${ue(t.totalCount,t.totalCountIsExact)}; sorting and the filter box apply to these until you load more`:void 0;if(i.replaceChildren(),u.length===0?i.appendChild(U(e.params.toString()?`Nothing matches these filters.`:`Nothing here yet.`)):d?d.setRows(u,l):(d=xe({caption:n.title,noun:n.noun,columns:n.columns,rows:u,text:n.text,facets:n.facets,compareId:n.compare?e=>e.id:void 0,rowLabel:e=>e.statement??e.title??``,cls:`list-table`,partial:l}),a.appendChild(d.element)),r.hidden=!t.pageInfo.hasNextPage,r.disabled=!1,s>0){let e=t.nodes[0]?.id;((e?a.querySelector(`tbody a[href$="${CSS.escape(e.split(`:`).pop()??``)}"]`):null)??r).focus()}}catch(t){if(t.name===`AbortError`||!e.current())return;r.hidden=!0,l(i,Y(t,()=>void f()))}};r.addEventListener(`click`,()=>void f()),await f()}function tr(e,t){let n=s(`p`,{class:`form-error`,role:`alert`,hidden:!0}),r=Pt({label:`From`,inputId:`${t}-from`,placeholder:`e.g. HN001`,initial:e.from??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),i=Pt({label:`To`,inputId:`${t}-to`,placeholder:`e.g. acne`,initial:e.to??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),a=s(`select`,{id:`${t}-hops`,name:`maxHops`},[1,2,3,4,5].map(t=>s(`option`,{value:String(t),selected:t===(e.maxHops??3)},`${t} hop${t>1?`s`:``}`))),o=s(`select`,{id:`${t}-min`,name:`minMaturity`},s(`option`,{value:``},`Any evidence`),b.filter(e=>e!==`NOT_SUPPORTED`).map(t=>s(`option`,{value:t,selected:e.minMaturity===t},`${y[t].label} or stronger`))),c=s(`select`,{id:`${t}-dir`,name:`direction`},s(`option`,{value:`along`,selected:(e.direction??`along`)===`along`},`Along each link (A acts on B)`),s(`option`,{value:`any`,selected:e.direction===`any`},`Either direction (connections)`)),l=s(`button`,{type:`button`,class:`btn btn-quiet`,onclick:()=>{let e=r.value(),t=i.value();r.setValue(t),i.setValue(e)}},`⇅ Swap`),u=s(`form`,{class:`pathways-form`,"aria-label":`Find pathways between two entities`,novalidate:!0},s(`div`,{class:`pf-ends`},r.root,i.root),s(`div`,{class:`pf-options`},s(`div`,{class:`inline-field`},s(`label`,{for:`${t}-hops`},`At most`),a),s(`div`,{class:`inline-field`},s(`label`,{for:`${t}-min`},`Links`),o),s(`div`,{class:`inline-field`},s(`label`,{for:`${t}-dir`},`Follow`),c),l,s(`button`,{type:`submit`,class:`btn btn-primary`},`Find pathways`)),n);return u.addEventListener(`submit`,e=>{e.preventDefault();let t=r.value(),s=i.value();!t||!s?(n.textContent=t?`Choose where the path ends: type a name in “To” and pick a suggestion.`:`Choose where the path starts: type a name in “From” and pick a suggestion.`,n.hidden=!1,(t?i.input:r.input).focus()):F(P(t.id,s.id,a.value,o.value||void 0,c.value===`any`?`any`:void 0))}),u}function nr(e){let t=e.forward?e.from.id:e.to.id,n=e.forward?e.to.id:e.from.id;return{id:`${t}|${e.relation.kind}|${n}`,source:t,target:n}}function rr(e,t,n){let r=new Map,i=[];for(let t of e)t.nodes.forEach((e,t)=>{r.has(e.id)?r.set(e.id,Math.min(r.get(e.id),t)):(r.set(e.id,t),i.push(e))});let a=Math.max(0,...[...r.entries()].filter(([e])=>e!==n).map(([,e])=>e))+1;r.has(n)&&r.set(n,Math.max(a,1)),r.has(t)&&r.set(t,0);let o=new Map;for(let e of i){let t=r.get(e.id);o.has(t)||o.set(t,[]),o.get(t).push(e)}let s=[];for(let[e,t]of o)t.forEach((n,r)=>s.push({...n,position:{x:e*210,y:(r-(t.length-1)/2)*120}}));return s}var ir=(e,t,n)=>`${e} ${e===1?t:n}`;function ar(e){if(!e.claims.length&&!e.studies.length)return s(`span`,{class:`hop-nostudy`},`no study or claim linked`);let t=new Map(e.claims.map((e,t)=>[e.id,t+1]));return s(`details`,{class:`hop-studies`},s(`summary`,null,`${[e.studies.length?ir(e.studies.length,`study`,`studies`):null,e.claims.length?ir(e.claims.length,`claim`,`claims`):null].filter(Boolean).join(` · `)} behind this link`),e.claims.length?s(`div`,{class:`hop-claims`},s(`p`,{class:`hop-sub`},`Claims that assert it (the grade is the whole claim’s):`),s(`ol`,{class:`plain`},e.claims.map((e,t)=>s(`li`,null,s(`span`,{class:`claim-no`},`C${t+1}`),` `,I(e.maturity),` `,R(e.id,e.statement,`CLAIM`))))):s(`p`,{class:`hop-sub`},`No claim asserts this link.`),e.studies.length?s(`div`,{class:`hop-study-list`},s(`p`,{class:`hop-sub`},`Studies of the link, with their stance on those claims:`),s(`ul`,{class:`plain`},e.studies.map(({study:n,stances:r})=>s(`li`,null,R(n.id,`${n.title} (${n.year})`,`STUDY`),s(`span`,{class:`sub`},O(n.design)),r.length?s(`span`,{class:`hop-stances`},r.map(n=>{let r=t.get(n.claim.id),i=e.claims.find(e=>e.id===n.claim.id);return s(`span`,{class:`hop-stance`,title:i?`on C${r}: ${i.statement}`:void 0},Se(n.stance),` C${r??`?`}`)})):s(`span`,{class:`sub`},`no stance recorded by these claims`)))),cn(`ids=${[...new Set(e.studies.map(e=>e.study.id))].map(encodeURIComponent).join(`,`)}`,`the studies of this link`)):s(`p`,{class:`hop-sub`},`The relationship lists no study.`))}function or(e,t){let n=[];return e.nodes.forEach((t,r)=>{n.push(s(`li`,{class:`step-node`},z(t)));let i=e.hops[r];if(i){let e=i.relation;n.push(s(`li`,{class:`step-hop maturity-line-${e.maturity?e.maturity.toLowerCase().replace(`_`,`-`):`ungraded`}`},s(`span`,{class:`hop-rel`},i.forward?`${k(e.kind)} →`:`← ${k(e.kind)}`),e.effect?s(`span`,{class:`hop-effect`},L(e.effect)):null,e.maturity?I(e.maturity):s(`span`,{class:`muted`,title:`A curator linked this without grading the link`},`Not graded`),ar(i)))}}),s(`li`,{class:`path`,tabindex:`0`,"data-index":String(t)},s(`div`,{class:`path-head`},s(`span`,{class:`path-no`},`Path ${t+1}`),` `,I(e.strength),s(`span`,{class:`muted`},` ${e.length} hop${e.length===1?``:`s`} · as strong as its weakest link`)),s(`ol`,{class:`path-steps`,"aria-label":`Path ${t+1}, step by step`},n))}async function sr(t){let r=t.params.get(`from`)??``,i=t.params.get(`to`)??``,o=Number.parseInt(t.params.get(`maxHops`)??``,10),c=o>=1&&o<=5?o:3,u=b.includes(t.params.get(`minMaturity`))?t.params.get(`minMaturity`):null,d=t.params.get(`direction`)===`any`?`any`:`along`;t.setTitle(`Pathways`);let f=s(`div`,{class:`pf-holder`}),p=s(`div`,{class:`pathways-results`,"aria-live":`polite`});if(l(t.main,s(`div`,{class:`pathways-page`},s(`h1`,{tabindex:`-1`},`Pathways`),s(`p`,{class:`lead`},`How might one thing lead to another? Choose two entities to see the chains of relationships between them, strongest first, each link with the claims that assert it and the studies behind it. A path is only as strong as its weakest link, and a chain of associations is not proof of cause. By default every link is followed in its stated direction (A acts on B, which acts on C); choose “either direction” to see connections, whose links may run either way.`),f,p)),!r||!i)f.appendChild(tr({maxHops:c,minMaturity:u,direction:d},`pw`)),l(p,s(`p`,{class:`muted`},`For example: `,s(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`from the probiotic strain HN001 to acne`),` or `,s(`a`,{href:P(`strain:ds-01`,`condition:atopic-dermatitis`,3)},`from the DS-01 synbiotic to atopic dermatitis`),`.`));else{l(p,J(`Finding pathways…`));try{let[n,o]=await Promise.all([a(lt,{ids:[r,i]},t.signal),d===`along`?a(ht,{from:r,to:i,maxHops:c,minMaturity:u,first:10},t.signal).then(e=>e.pathways):a(Ze,{from:r,to:i,maxHops:c,minMaturity:u,first:10},t.signal).then(e=>e.connections)]);if(!t.current())return;let[m,h]=n.nodes;f.appendChild(tr({from:m,to:h,maxHops:c,minMaturity:u,direction:d},`pw`));let g=m?.label??r,_=h?.label??i;if(t.setTitle(`Pathways: ${g} → ${_}`),!o.length){let e=[];if(d===`along`){l(p,J(`No pathways along each link’s direction; looking for connections either way…`));try{e=(await a(Ze,{from:r,to:i,maxHops:c,minMaturity:u,first:10},t.signal)).connections}catch(e){if(e.name===`AbortError`||!t.current())return}if(!t.current())return}let n=P(r,i,c,u??void 0,`any`);l(p,s(`h2`,null,`No ${d===`along`?`pathways`:`connections`} from ${g} to ${_}`),U(`None within ${c} hop${c===1?``:`s`}${u?` with every link ${y[u].label.toLowerCase()} or stronger`:``}${d===`along`?`, following each link’s direction`:``}.`),s(`ul`,{class:`plain`},c<5?s(`li`,null,s(`a`,{href:P(r,i,c+1,u??void 0,d===`any`?`any`:void 0)},`Try ${c+1} hops`)):null,d===`along`&&!e.length?s(`li`,null,s(`a`,{href:n},`Allow links in either direction`)):null,d===`along`?s(`li`,null,s(`a`,{href:P(i,r,c,u??void 0)},`Look the other way: from ${_} to ${g}`)):null),e.length?s(`section`,{class:`section either-way`,"aria-labelledby":`either-h`},s(`h3`,{id:`either-h`},`But they are connected: ${ir(e.length,`connection`,`connections`)} with links in either direction`),s(`p`,{class:`muted`},`A link marked ← runs against its stated direction, so such a chain shows that the two are related, not that one leads to the other. `,s(`a`,{href:n,class:`btn btn-small`},`Show the ${ir(e.length,`connection`,`connections`)} with their drawing`)),s(`ol`,{class:`paths`},e.map(or))):d===`along`?s(`p`,{class:`muted`},`Nor are they connected within ${ir(c,`hop`,`hops`)} with links in either direction.`):null);return}let v=rr(o,r,i),b=new Map,x=[];for(let e of o){let t=[];for(let n of e.hops){let e=nr(n);t.push(e.id),b.has(e.id)||b.set(e.id,{...e,kind:n.relation.kind,maturity:n.relation.maturity,effect:n.relation.effect})}x.push(t)}let{createGraph:S,graphAsList:C}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-J5srgVPb.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([4,5]));if(!t.current())return;let w=S(v,[...b.values()],{layout:`preset`,endIds:[r,i],edgeLabels:b.size<=40,description:`Drawing of ${o.length} pathway${o.length===1?``:`s`} from ${g} to ${_}; the same paths are listed step by step below.`});t.onCleanup(()=>w.destroy());let T=s(`ol`,{class:`paths`},o.map(or)),E=e=>{if(!e)return w.highlight();let t=Number(e.dataset.index);w.highlight(o[t].nodes.map(e=>e.id),x[t])};T.addEventListener(`mouseover`,e=>E(e.target.closest(`.path`))),T.addEventListener(`mouseleave`,()=>E(null)),T.addEventListener(`focusin`,e=>E(e.target.closest(`.path`))),T.addEventListener(`focusout`,()=>E(null));let ee=o[0].strength;l(p,s(`h2`,{id:`paths-h`},`${o.length} ${d===`along`?`pathway`:`connection`}${o.length===1?``:`s`} from `,z(m??{id:r,kind:`STRAIN`,label:r}),` to `,z(h??{id:i,kind:`CONDITION`,label:i})),s(`p`,{class:`muted`},`Strongest first (strongest: ${y[ee]?.label.toLowerCase()}). ${d===`along`?`Every link is followed in its stated direction.`:`Links may be followed against their stated direction (marked ←): such a path is a connection, not a chain of effects.`} Point at or focus a path to pick it out in the drawing.`),s(`div`,{class:`pathways-layout`},s(`div`,{class:`pathways-graph`},w.element),s(`div`,{class:`pathways-list`},T)),C(v,`List the ${ir(v.length,`entity`,`entities`)} on ${o.length===1?`this path`:`these paths`}`)),await w.ready}catch(e){if(e.name===`AbortError`||!t.current())return;if(f.firstChild||f.appendChild(tr({maxHops:c,minMaturity:u,direction:d},`pw`)),e instanceof n&&(e.notFound||e.badInput)){l(p,s(`div`,{class:`error`,role:`alert`},s(`p`,null,`${e.message}. Choose the two ends with the pickers above.`)));return}l(p,Y(e,()=>void sr(t)))}}}var cr=[{kind:`CLAIM`,text:`What is claimed, and how well founded each claim is.`},{kind:`STUDY`,text:`The trials, reviews and other studies behind the claims.`},{kind:`STRAIN`,text:`Probiotic strains and products that were studied.`},{kind:`MECHANISM`,text:`Gut barrier, short-chain fatty acids, immune signalling…`},{kind:`CONDITION`,text:`Acne, atopic dermatitis and other skin outcomes.`},{kind:`FACTOR`,text:`Diet, stress, antibiotics and other disrupting factors.`},{kind:`SOURCE`,text:`The documents the graph was built from.`}];async function lr(e){e.setTitle(``);let t=new Map,n=new Map,r=cr.map(({kind:e,text:r})=>{let i=m[e],a=s(`span`,{class:`card-count`});return t.set(e,a),s(`li`,{class:`card browse-card`},s(`h3`,{class:`card-title`},Mn(e,14),` `,s(`a`,{href:N(i.list)},i.plural),a),s(`p`,null,r),e===`CLAIM`?s(`ul`,{class:`maturity-links`,"aria-label":`Claims by evidence maturity`},b.map(e=>{let t=s(`span`,{class:`count`});return n.set(e,t),s(`li`,null,s(`a`,{href:N(`claims`,{maturity:e}),title:y[e].description},I(e),t))})):null)});e.main.replaceChildren(s(`div`,{class:`home`},s(`section`,{class:`hero`,"aria-labelledby":`home-h`},s(`h1`,{id:`home-h`,tabindex:`-1`},`The gut–skin axis, claim by claim`),s(`p`,{class:`lead`},`How might the gut microbiome influence skin conditions such as acne and atopic dermatitis? Through gut-barrier integrity, short-chain fatty acids and immune signalling, perhaps. This explorer shows which probiotic strains were studied, which claims are well founded and which are marketing, and which studies stand behind each claim.`),s(`p`,{class:`try`},`Search above for a strain, species, condition or claim, or try: `,s(`a`,{href:pe(`eczema`)},`eczema`),` · `,s(`a`,{href:M(`strain:hn001`)},`HN001`),` · `,s(`a`,{href:M(`condition:acne`)},`acne`),` · `,s(`a`,{href:N(`claims`,{kind:`MARKETING`})},`marketing claims`),` · `,s(`a`,{href:N(`contested`)},`what goes against the claims`))),s(`section`,{class:`section`,"aria-labelledby":`browse-h`},s(`h2`,{id:`browse-h`},`Browse`),s(`ul`,{class:`cards browse`},r)),s(`section`,{class:`section`,"aria-labelledby":`pw-h`},s(`h2`,{id:`pw-h`},`Find pathways`),s(`p`,null,`Pick two entities to see how one may lead to the other, e.g. `,s(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`HN001 to acne`),`.`),tr({},`home-pw`)),s(`section`,{class:`section`,"aria-labelledby":`scale-h`},s(`h2`,{id:`scale-h`},`How mature is the evidence?`),s(`p`,null,`Every claim and every relationship carries a grade, on the scale of the evidence-grading source document:`),s(`dl`,{class:`scale`},b.map(e=>[s(`dt`,null,I(e)),s(`dd`,null,y[e].description)]))))),a(Tt,{},e.signal).then(e=>{for(let n of e.stats.nodes){let e=v(n.kind),r=e&&t.get(e);r&&(r.textContent=` ${n.count}`)}}).catch(()=>{}),Kn(e.signal).then(e=>{for(let t of b)n.get(t).textContent=` ${e[Gn[t]].totalCount}`}).catch(()=>{})}async function ur(e){let t=(e.params.get(`q`)??``).trim(),n=h.includes(e.params.get(`kind`))?e.params.get(`kind`):null;e.setTitle(t?`Search: ${t}`:`Search`);let r=s(`input`,{id:`search-page-q`,type:`search`,name:`q`,value:t,autocomplete:`off`}),i=s(`select`,{id:`search-page-kind`,name:`kind`},s(`option`,{value:``},`Everything`),h.map(e=>s(`option`,{value:e,selected:e===n},m[e].plural))),o=s(`form`,{class:`filters`,role:`search`},s(`div`,{class:`inline-field grow`},s(`label`,{for:`search-page-q`},`Search for`),r),s(`div`,{class:`inline-field`},s(`label`,{for:`search-page-kind`},`in`),i),s(`button`,{type:`submit`,class:`btn btn-primary`},`Search`));o.addEventListener(`submit`,e=>{e.preventDefault();let t=new URLSearchParams;r.value.trim()&&t.set(`q`,r.value.trim()),i.value&&t.set(`kind`,i.value),F(`/explore/search${t.size?`?${t}`:``}`)}),i.addEventListener(`change`,()=>o.requestSubmit());let c=s(`ol`,{class:`results`}),u=s(`div`,null),d=s(`p`,{class:`muted`,"aria-live":`polite`}),f=s(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`);if(l(e.main,s(`div`,{class:`search-page`},s(`h1`,{tabindex:`-1`},t?`Results for “${t}”`:`Search`),o,d,c,u,s(`p`,{class:`more`},f))),!t)return;let p=null,g=0,_=async()=>{l(u,J(`Searching…`)),f.disabled=!0;try{let r=await a(xt,{query:t,kinds:n?[n]:null,first:20,after:p},e.signal);if(!e.current())return;let i=g;for(let e of r.search.edges){let t=e.matched&&e.matched.toLowerCase()!==e.node.label.toLowerCase();c.appendChild(s(`li`,{class:`result`},Nt(e.node.kind),` `,R(e.node.id,e.node.label,e.node.kind),` `,Mt(e),t?s(`span`,{class:`sub`},`matched “${e.matched}”`):null))}g+=r.search.edges.length,p=r.search.pageInfo.endCursor,d.textContent=dr(r.search.totalCount,r.search.totalCountIsExact),u.replaceChildren(g?``:U(`Nothing matches “${t}”.`)),f.hidden=!r.search.pageInfo.hasNextPage,f.disabled=!1,i>0&&c.children[i]?.querySelector(`a`)?.focus()}catch(t){if(t.name===`AbortError`||!e.current())return;f.hidden=!0,l(u,Y(t,()=>void _()))}};f.addEventListener(`click`,()=>void _()),await _()}function dr(e,t){return e?`${ue(e,t)} result${e===1&&t?``:`s`}`:``}var fr=[[`Claims`,N(`claims`)],[`Studies`,N(`studies`)],[`Strains`,N(`strains`)],[`Mechanisms`,N(`mechanisms`)],[`Conditions`,N(`conditions`)],[`Factors`,N(`factors`)],[`Pathways`,P()],[`Against`,N(`contested`)]],pr=s(`p`,{class:`cite-text`,id:`cite-text`}),mr=s(`button`,{type:`button`,class:`btn btn-small`},`Copy the reference`),hr=s(`span`,{class:`muted`,role:`status`}),gr=s(`details`,{class:`cite`},s(`summary`,null,`Cite this page`),pr,s(`p`,null,mr,` `,hr)),_r=s(`p`,{class:`graph-version`}),vr=null,yr=null;mr.addEventListener(`click`,async()=>{try{await navigator.clipboard.writeText(pr.textContent??``),hr.textContent=`Copied.`}catch{let e=document.createRange();e.selectNodeContents(pr);let t=getSelection();t?.removeAllRanges(),t?.addRange(e),hr.textContent=`Selected: press Ctrl+C (or ⌘C) to copy.`}});function br(){return new Date().toISOString().slice(0,10)}function xr(){if(!yr)return``;let{version:e,updatedAt:t}=yr;return t?`version ${e}, updated ${t.slice(0,10)}`:`version ${e}, as loaded from its source documents`}function Sr(e){let t=e===`Gut–Skin Axis Explorer`?p:e.replace(` — ${p}`,``),n=location.origin+location.pathname+location.search,r=[xr(),vr].filter(Boolean).join(`; `);pr.textContent=`${p}. “${t}”. Gut–skin axis knowledge graph${r?` (${r})`:``}. ${n} (accessed ${br()}).`,hr.textContent=``;let i=xr();_r.textContent=vr?`Graph ${i?`${i}: `:``}${vr}; read on ${br()}.`:``}var Cr=!1;function wr(e){Cr||(Cr=!0,a(st).then(t=>{let n=t.stats.nodes.reduce((e,t)=>e+t.count,0),r=t.stats.relations.reduce((e,t)=>e+t.count,0);vr=`${n.toLocaleString(`en`)} entities, ${r.toLocaleString(`en`)} relationships`,yr={version:t.stats.version,updatedAt:t.stats.updatedAt},Sr(document.title||e)}).catch(()=>Cr=!1))}window.addEventListener(`gutskin:graph-changed`,()=>Cr=!1);function Tr(){let e=Pt({label:`Search the knowledge graph`,labelHidden:!0,inputId:`site-search`,placeholder:`Search strains, conditions, claims…`,onSelect:e=>F(M(e.id,e.kind)),onSubmitText:e=>F(pe(e))}),t=s(`nav`,{class:`site-nav`,"aria-label":`Main`},s(`ul`,null,fr.map(([e,t])=>s(`li`,null,s(`a`,{href:t,title:e===`Against`?`Claims with contradicting or qualifying evidence`:void 0},e))),s(`li`,null,s(`a`,{href:`/playground`,class:`nav-playground`},`GraphQL playground`)))),n=s(`main`,{id:`main`,tabindex:`-1`}),r=qt(),i=s(`p`,{class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),a=document.getElementById(`app`);return a.replaceChildren(s(`a`,{class:`skip-link`,href:`#main`},`Skip to content`),s(`header`,{class:`site-header`},s(`div`,{class:`header-inner`},s(`a`,{class:`brand`,href:j},s(`span`,{class:`brand-mark`,"aria-hidden":`true`}),s(`span`,{class:`brand-name`},p)),s(`div`,{class:`header-search`,role:`search`},e.root)),t),r.bar,n,s(`footer`,{class:`site-footer`},s(`div`,{class:`footer-inner`},gr,_r,s(`p`,null,`Built from two source documents; every statement links to where it is made. Not medical advice. `,s(`a`,{href:`/playground`},`Query the API`),` · `,s(`a`,{href:`/schema.graphql`},`Schema`),` · `,r.footerLink,`.`))),i),a.querySelector(`.skip-link`).addEventListener(`click`,e=>{e.preventDefault(),n.focus()}),performance.mark(`explorer:search-visible`),{main:n,announcer:i,nav:t,updateCurator:r.update}}var{main:Er,announcer:Dr,nav:Or,updateCurator:kr}=Tr(),$=0,Ar=[],jr=new AbortController,Mr=!0;function Nr(){let e=location.pathname;for(let t of Or.querySelectorAll(`a`)){let n=t.getAttribute(`href`);n!==`/playground`&&(e===n||e.startsWith(`${n}/`))?t.setAttribute(`aria-current`,`page`):t.removeAttribute(`aria-current`)}}async function Pr(){let t=++$;jr.abort(),jr=new AbortController;for(let e of Ar)e();Ar=[];let n=he(location);Nr(),kr();let r=p,i={main:Er,params:`params`in n?n.params:new URLSearchParams(location.search),signal:jr.signal,setTitle(e){t===$&&(r=e?`${e} — ${p}`:p,document.title=r)},onCleanup(e){t===$?Ar.push(e):e()},current:()=>t===$};Er.dataset.route=n.name,Er.setAttribute(`aria-busy`,`true`);try{switch(n.name){case`home`:await lr(i);break;case`entity`:await On(i,n.slug,n.id);break;case`list`:await er(i,n.list);break;case`search`:await ur(i);break;case`pathways`:await sr(i);break;case`compare`:{let{comparePage:n}=await e(async()=>{let{comparePage:e}=await import(`./compare-BCARQkGK.js`);return{comparePage:e}},[]);t===$&&await n(i);break}case`curator`:{let{signInPage:n}=await e(async()=>{let{signInPage:e}=await import(`./signin-BVwUT8XI.js`);return{signInPage:e}},__vite__mapDeps([6,1,5]));t===$&&n(i);break}default:{i.setTitle(`Page not found`);let e=decodeURIComponent(location.pathname.replace(j,``).replace(/^\/+/,``)).replace(/[^\p{L}\p{N}]+/gu,` `).trim();Er.replaceChildren(ze([`Nothing in the explorer lives at `,s(`code`,null,location.pathname),`.`],[...e?[[pe(e),`search for “${e}”`]]:[],[N(`claims`),`browse the claims`],[N(`studies`),`browse the studies`]]))}}}finally{t===$&&(Sr(r),wr(r),Er.removeAttribute(`aria-busy`),Mr?(Mr=!1,performance.mark(`explorer:first-page`)):(Dr.textContent=r,location.hash||Er.querySelector(`h1`)?.focus({preventScroll:!0})))}}_e(()=>void Pr()),ve(),Pr();export{oe as $,J as A,S as B,L as C,Y as D,W as E,j as F,b as G,m as H,M as I,A as J,C as K,N as L,Oe as M,B as N,we as O,ye as P,_ as Q,F as R,jt as S,R as T,h as U,w as V,y as W,le as X,ae as Y,O as Z,_t as _,zt as a,n as at,bt as b,Pt as c,Je as d,k as et,$e as f,gt as g,ct as h,Ut as i,f as it,I as j,Pe as k,Ue as l,ot as m,nn as n,u as nt,Bt as o,r as ot,et as p,E as q,Gt as r,l as rt,Vt as s,a as st,Mn as t,s as tt,We as u,vt as v,U as w,At as x,yt as y,x as z};