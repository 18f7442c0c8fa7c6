const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/claimEditor-x0XosF9P.js","assets/forms-DxbUg0Wa.js","assets/newStudy-DC3vkPrh.js","assets/entityEditor-CCB9FlC_.js","assets/graph-C8CWnQTL.js","assets/preload-helper-DhKmMKam.js","assets/signin-BvSslIDW.js"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper-DhKmMKam.js";var t=`/query`,n=class extends Error{code;field;constructor(e,t,n){super(e),this.name=`GraphQLError`,this.code=t,this.field=n}get notFound(){return this.code===`NOT_FOUND`}get badInput(){return this.code===`BAD_USER_INPUT`}},r=class extends Error{constructor(e){super(e instanceof Error?e.message:String(e)),this.name=`NetworkError`}};async function i(e,...[i,a,o]){let s;try{s=await fetch(t,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...o?{Authorization:`Bearer ${o}`}:{}},body:JSON.stringify({query:String(e),variables:i??{}}),signal:a})}catch(e){throw e.name===`AbortError`?e:new r(e)}let c;try{c=await s.json()}catch{throw new n(`The server answered ${s.status} ${s.statusText} without a GraphQL response.`)}if(c.errors?.length){let e=c.errors[0],t=e.extensions?.code;throw new n(c.errors.map(e=>e.message).join(`; `),t,e.extensions?.field)}if(!c.data)throw new n(`The server answered ${s.status} with no data.`);return c.data}function a(e,t,...n){let r=document.createElement(e);if(t)for(let[e,n]of Object.entries(t))n!=null&&n!==!1&&(typeof n==`function`?r.addEventListener(e.replace(/^on/,``).toLowerCase(),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));return o(r,n),r}function o(e,t){for(let n of t)n!=null&&n!==!1&&(Array.isArray(n)?o(e,n):n instanceof Node?e.appendChild(n):e.appendChild(document.createTextNode(String(n))))}function s(e,...t){e.replaceChildren(),o(e,t)}function c(e,t=`, `){let n=[];return e.forEach((e,r)=>{r>0&&n.push(typeof t==`string`?t:t.cloneNode(!0)),n.push(e)}),n}var l=0;function u(e){return l+=1,`${e}-${l}`}var d=`Gut–Skin Axis Explorer`,f={CLAIM:{slug:`claim`,singular:`Claim`,plural:`Claims`,color:`#be185d`,shape:`round-rectangle`,list:`claims`},STUDY:{slug:`study`,singular:`Study`,plural:`Studies`,color:`#1d4ed8`,shape:`rectangle`,list:`studies`},STRAIN:{slug:`strain`,singular:`Strain`,plural:`Strains`,color:`#15803d`,shape:`ellipse`,list:`strains`},SPECIES:{slug:`species`,singular:`Species`,plural:`Species`,color:`#0f766e`,shape:`hexagon`},MECHANISM:{slug:`mechanism`,singular:`Mechanism`,plural:`Mechanisms`,color:`#7e22ce`,shape:`diamond`,list:`mechanisms`},CONDITION:{slug:`condition`,singular:`Condition`,plural:`Conditions`,color:`#b91c1c`,shape:`octagon`,list:`conditions`},FACTOR:{slug:`factor`,singular:`Factor`,plural:`Factors`,color:`#b45309`,shape:`triangle`,list:`factors`},FINDING:{slug:`finding`,singular:`Finding`,plural:`Findings`,color:`#0e7490`,shape:`tag`},SOURCE:{slug:`source`,singular:`Source`,plural:`Sources`,color:`#4b5563`,shape:`barrel`,list:`sources`}},p=[`CLAIM`,`STUDY`,`STRAIN`,`SPECIES`,`MECHANISM`,`CONDITION`,`FACTOR`,`FINDING`,`SOURCE`];function m(e){return p.find(t=>f[t].slug===e)}function h(e){let t=e.indexOf(`:`);return t>0?m(e.slice(0,t)):void 0}function g(e){let t=e.toUpperCase();return p.includes(t)?t:void 0}var _={ESTABLISHED:{label:`Established`,description:`A well-described concept, supported across reviews.`,color:`#166534`,width:5,lineStyle:`solid`,rank:0},PLAUSIBLE:{label:`Plausible`,description:`Plausible and partly shown.`,color:`#3f6212`,width:4,lineStyle:`solid`,rank:1},EMERGING:{label:`Emerging`,description:`Some positive results, mixed overall.`,color:`#a16207`,width:3,lineStyle:`solid`,rank:2},EARLY:{label:`Early-stage`,description:`Few, small or thin studies.`,color:`#c2410c`,width:2.5,lineStyle:`dashed`,rank:3},NOT_SUPPORTED:{label:`Not supported`,description:`Not supported by good evidence.`,color:`#991b1b`,width:2,lineStyle:`dotted`,rank:4}},v=[`ESTABLISHED`,`PLAUSIBLE`,`EMERGING`,`EARLY`,`NOT_SUPPORTED`],y={SCIENTIFIC:{label:`Scientific`,long:`Scientific statement`,badge:`Scientific claim`,description:`A scientific statement`,detail:`Scientific`},MARKETING:{label:`Marketing`,long:`Marketing promise`,badge:`Marketing claim`,description:`A popular marketing promise, graded`,detail:`Marketing (a popular promise, graded)`}},b=Object.keys(y),x={SUPPORTS:`Supports`,QUALIFIES:`Qualifies`,CONTRADICTS:`Contradicts`},S={INCREASES:`↑ increases`,DECREASES:`↓ decreases`,NO_EFFECT:`∅ no effect`,MODULATES:`↕ modulates`,MIXED:`± mixed`,DESCRIPTIVE:`# descriptive figure`};function C(){return e=>e}var w=C()([`RANDOMIZED_CONTROLLED_TRIAL`,`CONTROLLED_TRIAL`,`META_ANALYSIS`,`SYSTEMATIC_REVIEW`,`SCOPING_REVIEW`,`NARRATIVE_REVIEW`,`CONSENSUS_STATEMENT`,`EDITORIAL`,`IN_VIVO_HUMAN_STUDY`,`CITIZEN_SCIENCE_COHORT`,`OBSERVATIONAL_STUDY`,`ANIMAL_STUDY`,`CONFERENCE_ABSTRACT`,`EVIDENCE_SUMMARY`]),T=C()([`BARRIER`,`METABOLITE`,`IMMUNE`,`NEURAL`,`NUTRIENT`,`MICROBIAL_BALANCE`,`INFLAMMATION`,`SKIN_BARRIER`]),E=C()([`SKIN_CONDITION`,`SKIN_OUTCOME`,`GUT_CONDITION`,`INFECTION`,`OTHER`]),ee=C()([`DIET`,`LIFESTYLE`,`MEDICATION`,`ILLNESS`,`SKINCARE`,`TOPICAL_ACTIVE`,`SUPPLEMENT`,`INTRINSIC`]),D={STRAIN:`Strain`,PRODUCT:`Product`},te={RANDOMIZED_CONTROLLED_TRIAL:`Randomised controlled trial`,IN_VIVO_HUMAN_STUDY:`In-vivo human study`};function O(e){if(!e)return``;let t=te[e];if(t)return t;let n=e.replace(/_/g,` `).toLowerCase();return n.charAt(0).toUpperCase()+n.slice(1)}var ne={CITES:`cites`,MAKES:`makes`,MEMBER_OF:`is a member of`,MODULATES:`modulates`,INFLUENCES:`influences`,AFFECTS:`affects`,IMPLICATED_IN:`is implicated in`,SUBTYPE_OF:`is a form of`,EXAMINED:`examined`,INVESTIGATES:`investigates`,HAS_EVIDENCE:`has evidence`,ABOUT:`is about`,REPORTS:`reports`,MEASURES:`measures`,HAS_POSITION:`takes a position on`};function k(e){return ne[e]??O(e).toLowerCase()}function A(e){return e.authorNames.map(e=>e.display)}function re(e,t=3){return e.length<=t?e.join(`, `):`${e.slice(0,t).join(`, `)}, et al.`}function ie(e,t=42){return e.length<=t?e:`${e.slice(0,t-1).trimEnd()}…`}var j=`/explore/`,ae=[`claims`,`studies`,`strains`,`mechanisms`,`conditions`,`factors`,`sources`,`contested`];function oe(e){return encodeURIComponent(e).replace(/%3A/gi,`:`)}function M(e,t){let n=t??h(e);return`${j}${n?f[n].slug:e.split(`:`)[0]}/${oe(e)}`}function N(e,t){return ce(`${j}${e}`,t)}function P(e,t,n,r,i){return ce(`${j}pathways`,{from:e,to:t,maxHops:n===void 0?void 0:String(n),minMaturity:r,direction:i})}function se(e){return ce(`${j}search`,{q:e})}function ce(e,t){let n=new URLSearchParams;for(let[e,r]of Object.entries(t??{}))r&&n.set(e,r);let r=n.toString();return r?`${e}?${r}`:e}function le(e){let t=e.pathname;if(!t.startsWith(`/explore/`))return t===`/explore/`.slice(0,-1)?{name:`home`}:{name:`notfound`,path:t};t=t.slice(9);let n=new URLSearchParams(e.search),r=t.split(`/`);if(t===``||t===`index.html`)return{name:`home`};if(r.length===1||r.length===2&&r[1]===``){let t=r[0];return t===`pathways`?{name:`pathways`,params:n}:t===`search`?{name:`search`,params:n}:t===`compare`?{name:`compare`,params:n}:t===`curator`?{name:`curator`,params:n}:ae.includes(t)?{name:`list`,list:t,params:n}:{name:`notfound`,path:e.pathname}}let i;try{i=decodeURIComponent(r.slice(1).join(`/`))}catch{return{name:`notfound`,path:e.pathname}}return i?{name:`entity`,slug:r[0],id:i}:{name:`notfound`,path:e.pathname}}var ue=()=>{};function de(e){ue=e}function F(e,t={}){let n=new URL(e,location.href);if(n.origin!==location.origin||!n.pathname.startsWith(`/explore/`)){location.assign(n.href);return}let r=n.pathname+n.search+n.hash,i=location.pathname+location.search+location.hash;t.replace||r===i?history.replaceState(null,``,r):history.pushState(null,``,r),window.scrollTo(0,0),ue()}function fe(){document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`))return;let n=new URL(t.href,location.href);n.origin===location.origin&&n.pathname.startsWith(`/explore/`)&&(n.hash&&n.pathname===location.pathname&&n.search===location.search||(e.preventDefault(),F(n.pathname+n.search+n.hash)))}),window.addEventListener(`popstate`,()=>ue())}function pe(e){let t=new URLSearchParams;return t.set(`ids`,e.join(`,`)),`${j}compare?${t}`}function me(e,t){let n=e==null||e===``,r=t==null||t===``;return n||r?n===r?0:n?1:-1:typeof e==`number`&&typeof t==`number`?e-t:String(e).localeCompare(String(t),void 0,{numeric:!0,sensitivity:`base`})}function he(e){let t=u(`dt`),n=e.rows,r=e.partial,i=e.initialSort?.key??null,o=e.initialSort?.descending??!1,s=``,c=new Map,l=new Set,d=a(`p`,{class:`dt-count muted`,"aria-live":`polite`,id:`${t}-count`}),f=a(`input`,{type:`search`,id:`${t}-q`,class:`dt-q`,placeholder:`Words in any column`,autocomplete:`off`,"aria-describedby":`${t}-count`}),p=a(`span`,{class:`dt-facets`}),m=e.columns.filter(e=>e.sort),h=a(`select`,{id:`${t}-sort`,onchange:e=>{let[t,n]=e.target.value.split(`:`);i=t||null,o=n===`desc`,D()}},a(`option`,{value:``},`As listed`),m.map(e=>[a(`option`,{value:`${e.key}:${e.numeric?`desc`:`asc`}`},`${e.label}${e.numeric?`, high to low`:`, A to Z`}`),a(`option`,{value:`${e.key}:${e.numeric?`asc`:`desc`}`},`${e.label}${e.numeric?`, low to high`:`, Z to A`}`)])),g=m.length?a(`div`,{class:`inline-field dt-sortsel`},a(`label`,{for:`${t}-sort`},`Sort by`),h):null,_=a(`div`,{class:`dt-controls`},a(`div`,{class:`inline-field grow`},a(`label`,{for:`${t}-q`},`Filter`),f),g,p),v=a(`a`,{class:`btn btn-small dt-compare`,href:`#`,"aria-disabled":`true`},`Compare`),y=a(`span`,{class:`muted dt-compare-note`}),b=e.compareId?a(`p`,{class:`dt-compare-bar`},v,` `,y):null,x=a(`thead`),S=a(`tbody`),C=a(`div`,{class:`dt-wrap`},_,d,a(`div`,{class:`table-wrap`},a(`table`,{class:`table stack dt ${e.cls??``}`},a(`caption`,{class:`visually-hidden`},e.caption),x,S)),b),w=()=>{if(!b)return;let e=[...l];v.textContent=`Compare selected (${e.length})`,e.length>=2?(v.href=pe(e),v.removeAttribute(`aria-disabled`)):(v.href=`#`,v.setAttribute(`aria-disabled`,`true`)),y.textContent=e.length>=6?`At most 6 at a time.`:e.length<2?`Tick two to six rows to compare them side by side.`:``;for(let t of S.querySelectorAll(`input.dt-tick`))t.disabled=!t.checked&&e.length>=6};v.addEventListener(`click`,e=>{v.getAttribute(`aria-disabled`)&&e.preventDefault()});let T=()=>{let t=[];e.compareId&&t.push(a(`th`,{scope:`col`,class:`dt-tick-col`},a(`span`,{class:`visually-hidden`},`Compare`)));for(let n of e.columns){if(!n.sort){t.push(a(`th`,{scope:`col`,class:n.cls},n.label));continue}let e=i===n.key;t.push(a(`th`,{scope:`col`,class:n.cls,"aria-sort":e?o?`descending`:`ascending`:null},a(`button`,{type:`button`,class:`dt-sort`,onclick:()=>{i===n.key?o=!o:(i=n.key,o=!!n.numeric),D(),x.querySelector(`[data-key="${n.key}"]`)?.focus()},"data-key":n.key,title:`Sort by ${n.label.toLowerCase()}`},n.label,a(`span`,{class:`dt-arrow`,"aria-hidden":`true`},e?o?` ▼`:` ▲`:` ↕`))))}x.replaceChildren(a(`tr`,null,t))},E=()=>{p.replaceChildren();for(let r of e.facets??[]){let e=new Set;for(let t of n)for(let n of r.values(t))e.add(n);if(e.size<2&&!c.get(r.key))continue;let i=`${t}-f-${r.key}`,o=c.get(r.key)??``,s=a(`select`,{id:i,onchange:e=>{let t=e.target.value;t?c.set(r.key,t):c.delete(r.key),D()}},a(`option`,{value:``},`Any`),[...e].sort((e,t)=>(r.labelOf?.(e)??e).localeCompare(r.labelOf?.(t)??t)).map(e=>a(`option`,{value:e,selected:e===o},r.labelOf?.(e)??e)));p.appendChild(a(`span`,{class:`inline-field`},a(`label`,{for:i},r.label),s))}},ee=()=>{let t=s.toLowerCase().split(/\s+/).filter(Boolean),r=n.filter(n=>{for(let t of e.facets??[]){let e=c.get(t.key);if(e&&!t.values(n).includes(e))return!1}if(!t.length)return!0;let r=e.text(n).toLowerCase();return t.every(e=>r.includes(e))}),a=e.columns.find(e=>e.key===i);if(a?.sort){let e=o?-1:1;r=r.map((e,t)=>({r:e,i:t,v:a.sort(e)})).sort((t,n)=>{let r=t.v===null||t.v===void 0||t.v===``,i=n.v===null||n.v===void 0||n.v===``;return r||i?r===i?t.i-n.i:r?1:-1:e*me(t.v,n.v)||t.i-n.i}).map(e=>e.r)}return r},D=()=>{T(),h.value=i?`${i}:${o?`desc`:`asc`}`:``;let t=ee();S.replaceChildren(...t.map(t=>{let n=[],r=e.compareId?.(t);e.compareId&&n.push(a(`td`,{class:`dt-tick-cell`,"data-label":`Compare`},r?a(`input`,{type:`checkbox`,class:`dt-tick`,checked:l.has(r),"aria-label":`Compare: ${e.rowLabel?.(t)??r}`,onchange:e=>{e.target.checked?l.add(r):l.delete(r),w()}}):null));for(let r of e.columns)n.push(a(`td`,{"data-label":r.label,class:r.cls},r.cell(t)));return a(`tr`,null,n)}));let[s,c]=e.noun,u=n.length;d.textContent=t.length===u?`${u} ${u===1?s:c}${r?` ${r}`:``}`:`Showing ${t.length} of ${u} ${u===1?s:c}${r?` ${r}`:``}`,!t.length&&u&&S.appendChild(a(`tr`,{class:`dt-none`},a(`td`,{colspan:String(e.columns.length+ +!!e.compareId)},`No rows match the filter.`))),w()};return f.addEventListener(`input`,()=>{s=f.value,D()}),E(),D(),_.hidden=n.length<4&&!e.facets?.length,{element:C,setRows(e,t){n=e,r=t,E(),_.hidden=!1,D()},visible:ee}}function I(e){let t=_[e];return a(`span`,{class:`badge maturity maturity-${e.toLowerCase().replace(`_`,`-`)}`,title:t?.description},t?.label??O(e))}function ge(e){return a(`span`,{class:`badge stance stance-${e.toLowerCase()}`},x[e]??O(e))}function _e(e){return a(`span`,{class:`badge claim-kind claim-kind-${e.toLowerCase()}`,title:y[e].description},y[e].badge)}function L(e){return e?S[e]??O(e):``}function R(e,t,n){return a(`a`,{href:M(e,n??h(e))},t)}function z(e){return a(`span`,{class:`chip`},jt(e.kind),` `,R(e.id,e.label,e.kind))}function ve(e,t,n=`ext`){return a(`a`,{href:e,class:n,rel:`noopener noreferrer`,target:`_blank`},t,a(`span`,{class:`visually-hidden`},` (opens in a new tab)`))}function B(e){if(!e.link)return a(`span`,{class:`muted`},`—`);let t=e.link.startsWith(`https://doi.org/`)?`doi:${decodeURIComponent(e.link.slice(16))}`:e.doi?`doi:${e.doi}`:`link`;return ve(e.link,t,`ext doi`)}function V(e,t,...n){return a(`section`,{class:`section`,"aria-labelledby":`${t}-h`},a(`h2`,{id:`${t}-h`},e),...n)}function H(e){return a(`dl`,{class:`facts`},e.filter(([,e])=>e!=null&&e!==``&&!(Array.isArray(e)&&e.length===0)).map(([e,t])=>[a(`dt`,null,e),a(`dd`,null,t)]))}function U(e){return e.length?c(e.map(e=>a(`span`,{class:`name`},e))):null}function W(e){return a(`p`,{class:`muted empty`},e)}function ye(e,t,n,r=``){return a(`div`,{class:`table-wrap`},a(`table`,{class:`table stack ${r}`},e?a(`caption`,{class:`visually-hidden`},e):null,a(`thead`,null,a(`tr`,null,t.map(e=>a(`th`,{scope:`col`},e)))),a(`tbody`,null,n.map(e=>a(`tr`,null,e.map((e,n)=>a(`td`,{"data-label":t[n]},e)))))))}var be=(e,t)=>(e??[]).filter(e=>!t||e.kind===t);function G(e){return e.length?a(`span`,{class:`cell-list`},c(e.map(e=>R(e.id,e.label,e.kind)))):a(`span`,{class:`muted`},`—`)}function xe(e){if(e.sampleSize!==null&&e.sampleSize!==void 0)return{n:e.sampleSize,pooled:!1};let t=Math.max(0,...(e.findings??[]).map(e=>e.participants??0));return t>0?{n:t,pooled:!0}:{n:null,pooled:!1}}function Se(e){let{n:t,pooled:n}=xe(e);return t===null?a(`span`,{class:`muted`,title:`The source gives no sample size`},`not given`):n?a(`span`,{title:`Participants pooled across the trials of this review`},t.toLocaleString(`en`),a(`span`,{class:`sub`},`pooled`)):t.toLocaleString(`en`)}function Ce(e,t,n={}){if(!e.length)return W(`No studies.`);let r=[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>[R(e.id,e.title,`STUDY`),a(`span`,{class:`sub`},re(A(e))),e.via?a(`span`,{class:`sub via`},e.via):null]},{key:`design`,label:`Design`,sort:e=>O(e.design),cell:e=>O(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>xe(e).n,cell:Se},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year}],i=e.some(e=>e.strains?.length),o=e.some(e=>be(e.topics,`CONDITION`).length);return i&&r.push({key:`strains`,label:`Strains`,cell:e=>G(be(e.strains))}),o&&r.push({key:`conditions`,label:`Conditions`,cell:e=>G(be(e.topics,`CONDITION`))}),r.push({key:`link`,label:`Link`,cell:e=>B(e)}),he({caption:t,noun:[`study`,`studies`],columns:r,rows:e,text:e=>[e.title,A(e).join(` `),O(e.design),e.year,e.via,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `),facets:we(e=>e),initialSort:{key:`year`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.title,cls:(n.via,`study-table`)}).element}function we(e){let t=new Map,n=e=>e.map(e=>(t.set(e.id,e.label),e.id));return[{key:`design`,label:`Design`,values:t=>[e(t).design],labelOf:O},{key:`strain`,label:`Strain`,values:t=>n(be(e(t).strains,`STRAIN`)),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:t=>n(be(e(t).topics,`CONDITION`)),labelOf:e=>t.get(e)??e}]}function K(e,t,n){if(!e.length)return W(`No claims.`);let r=[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),e.via?a(`span`,{class:`sub via`},e.via):null]}];n&&r.push({key:`stance`,label:`Stance of this study`,sort:e=>n.get(e.id)?Ee[n.get(e.id).stance]:null,cell:e=>{let t=n.get(e.id);return t?[ge(t.stance),t.note?a(`span`,{class:`sub`},t.note):null]:`—`}}),r.push({key:`maturity`,label:`Evidence maturity`,sort:e=>_[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>y[e.claimKind].label});let i=[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>_[e]?.label??e},{key:`kind`,label:`Kind`,values:e=>[e.claimKind],labelOf:O},...Te(e=>e.subjects)];return n&&i.unshift({key:`stance`,label:`Stance`,values:e=>n.get(e.id)?[n.get(e.id).stance]:[],labelOf:e=>x[e]??e}),he({caption:t,noun:[`claim`,`claims`],columns:r,rows:e,text:e=>[e.statement,_[e.maturity]?.label,e.claimKind,e.via,n?.get(e.id)?.stance,n?.get(e.id)?.note,...(e.subjects??[]).map(e=>e.label)].join(` `),facets:i,initialSort:{key:`maturity`,descending:!1},compareId:e=>e.id,rowLabel:e=>e.statement,cls:`claim-table`}).element}function Te(e){let t=new Map,n=(n,r)=>(e(n)??[]).filter(e=>e.kind===r).map(e=>(t.set(e.id,e.label),e.id));return[{key:`strain`,label:`Strain`,values:e=>n(e,`STRAIN`),labelOf:e=>t.get(e)??e},{key:`condition`,label:`Condition`,values:e=>n(e,`CONDITION`),labelOf:e=>t.get(e)??e}]}var Ee={SUPPORTS:0,QUALIFIES:1,CONTRADICTS:2},De=e=>e.toLocaleString(`en`,{maximumSignificantDigits:4}).replace(`-`,`−`),Oe=[[/SMD|standardi[sz]ed mean difference/i,`standardised mean difference (SMD)`],[/hedges[’']? ?g/i,`Hedges’ g`],[/cohen[’']?s? d/i,`Cohen’s d`],[/odds ratio|OR/,`odds ratio`],[/risk ratio|relative risk|RR/,`risk ratio`],[/hazard ratio|HR/,`hazard ratio`],[/weighted mean difference|WMD/i,`weighted mean difference`],[/mean difference|MD/,`mean difference`]];function ke(e){let t=`${e.measure??``} ${e.summary??``}`;return Oe.find(([e])=>e.test(t))?.[1]??null}function Ae(e){if(e.effectSize===null||e.effectSize===void 0)return null;let t=ke(e);return{label:t??`effect size`,value:De(e.effectSize),note:`${t?``:`metric not stated in the source; `}no confidence interval recorded`}}function je(e){let t=[],n=(e,n,r)=>t.push(a(`span`,{class:`fv`,title:r},a(`span`,{class:`fv-k`},e),` `,a(`span`,{class:`fv-v`},n)));e.value!==null&&e.value!==void 0&&n(`value`,`${De(e.value)}${e.unit?e.unit===`%`?`%`:` ${e.unit}`:``}`);let r=Ae(e);r&&t.push(a(`span`,{class:`fv fv-es`},a(`span`,{class:`fv-k`},r.label),` `,a(`span`,{class:`fv-v`},r.value),` `,a(`span`,{class:`fv-note`},`(${r.note})`))),e.pValue!==null&&e.pValue!==void 0&&n(`p`,De(e.pValue),`p-value`),e.heterogeneityI2!==null&&e.heterogeneityI2!==void 0&&n(`I²`,`${De(e.heterogeneityI2)}%`,`Heterogeneity between trials`),e.timepoint&&n(`at`,e.timepoint,`Time point`),e.trials&&n(`trials`,String(e.trials)),e.participants&&n(`n`,e.participants.toLocaleString(`en`),`Participants`);let i=e.significant===!0?a(`span`,{class:`sig sig-yes`},`significant`):e.significant===!1?a(`span`,{class:`sig sig-no`},`not significant`):null;return a(`div`,{class:`finding-values`},a(`div`,{class:`fv-head`},a(`span`,{class:`fv-measure`},e.measure??``),` `,a(`span`,{class:`fv-effect`},L(e.effect)),i?[` `,i]:null),t.length?a(`div`,{class:`fv-list`},t):null,a(`details`,{class:`fv-prose`},a(`summary`,null,`What was found`),a(`p`,null,e.summary,` `,R(e.id,`Open the finding`,`FINDING`))))}function Me(e){return e?.length?a(`div`,{class:`findings-cell`},e.map(je)):a(`span`,{class:`muted`},`none recorded`)}function Ne(e,t,n){return e.length?ye(n,[`Related`,`Relationship`,`Effect`,`Evidence maturity`,`Studies`],e.map(e=>{let n=e.from.id===t,r=n?e.to:e.from,i=n?`${k(e.kind)} →`:`← ${k(e.kind)}`;return[[z(r),e.note?a(`span`,{class:`sub`},e.note):null],a(`span`,{class:`rel`,title:n?`This ${k(e.kind)} the related entity`:`The related entity ${k(e.kind)} this`},i),L(e.effect)||`—`,e.maturity?I(e.maturity):a(`span`,{class:`muted`,title:`A curator linked this evidence without grading the link`},`Not graded`),e.studies.length?a(`ul`,{class:`plain`},e.studies.map(e=>a(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):`—`]})):W(`None recorded.`)}function Pe(e){return V(`Provenance`,`provenance`,e.length?a(`ul`,{class:`provenance`},e.map(e=>a(`li`,e.curated?{class:`curated`}:null,...Fe(e)))):W(`No provenance recorded.`))}function Fe(e){let t=e.curated?a(`div`,{class:`prov-curated`},a(`span`,{class:`badge curated-badge`},`Curated`),` by ${e.curator??`a curator`}${e.date?` on ${e.date}`:``}`,e.publication?a(`span`,null,`, reading `,Ie(e.publication)):null):null;return e.source?[t,a(`div`,null,R(e.source.id,e.source.title,`SOURCE`)),a(`div`,{class:`prov-section`},a(`span`,{class:`muted`},`Section: `),e.section||`—`),e.citations.length?a(`div`,{class:`prov-cites`},a(`span`,{class:`muted`},e.citations.length===1?`Citation: `:`Citations: `),c(e.citations.map(e=>a(`span`,{class:`cite-num`},`[${e}]`)),` `),e.citedStudies.length?a(`ul`,{class:`plain cited`},e.citedStudies.map(e=>a(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`)))):null):a(`div`,{class:`prov-cites muted`},`No citation numbers at this point.`)]:[t]}function Ie(e){return a(`a`,{href:e.startsWith(`doi:`)?`https://doi.org/${e.slice(4)}`:`https://pubmed.ncbi.nlm.nih.gov/${e.replace(/^PMID:/,``)}/`,rel:`noopener`},e)}function q(e=`Loading…`){return a(`p`,{class:`loading`,role:`status`},a(`span`,{class:`spinner`,"aria-hidden":`true`}),e)}function J(e,t){if(e instanceof r){let e=a(`div`,{class:`error error-offline`,role:`alert`},a(`p`,null,a(`strong`,null,`Cannot reach the knowledge graph. `),navigator.onLine?`The server did not answer; it may be restarting, or your connection dropped.`:`You appear to be offline.`),a(`p`,null,`Nothing you chose is lost: this page will try again when you press the button`,t?` or when your connection comes back`:``,`.`),t?a(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null);if(t){let n=()=>{window.removeEventListener(`online`,n),e.isConnected&&t()};window.addEventListener(`online`,n)}return e}if(e instanceof n&&(e.badInput||e.notFound))return a(`div`,{class:`error`,role:`alert`},a(`p`,null,a(`strong`,null,`The graph cannot answer this request. `),e.message.charAt(0).toUpperCase()+e.message.slice(1),`.`),a(`p`,null,`Check the address, or `,a(`a`,{href:j},`start from the home page`),`.`));let i=e instanceof n&&(e.code===`SERVICE_UNAVAILABLE`||e.code===`TIMEOUT`||e.code===void 0),o=e instanceof Error?e.message:String(e);return a(`div`,{class:`error`,role:`alert`},a(`p`,null,a(`strong`,null,i?`The knowledge graph is not answering right now. `:`Something went wrong. `),i?`Please try again in a moment.`:o),t?a(`button`,{type:`button`,class:`btn`,onclick:t},`Try again`):null)}function Le(e,t){return a(`div`,{class:`notfound`},a(`h1`,{tabindex:`-1`},`Not found`),a(`p`,null,e),a(`p`,null,`You could:`),a(`ul`,{class:`onward`},t.map(([e,t])=>a(`li`,null,a(`a`,{href:e},t))),a(`li`,null,a(`a`,{href:j},`start from the home page`))))}function Re(e,t){let n=e.replace(/^[a-z]+:/,``).replace(/[^\p{L}\p{N}]+/gu,` `).trim(),r=[];n&&r.push([se(n),`search for “${n}”`]);let i=t?f[t].list:void 0;return i&&r.push([N(i),`browse all ${f[t].plural.toLowerCase()}`]),r}var ze={ENDORSES:{label:`Endorses`,cls:`stance-supports`},HEDGES:{label:`Hedges`,cls:`stance-qualifies`},REJECTS:{label:`Rejects`,cls:`stance-contradicts`}};function Be(e){return a(`span`,{class:`badge stance position position-${e.toLowerCase()} ${ze[e]?.cls??``}`},ze[e]?.label??O(e))}var Y=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new Y(`
    fragment EntityRef on Entity {
  id
  kind
  label
}
    `,{fragmentName:`EntityRef`}),new Y(`
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
}`,{fragmentName:`CompareRelation`}),new Y(`
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
    `,{fragmentName:`ProvenanceFields`}),new Y(`
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
}`,{fragmentName:`RelationFields`}),new Y(`
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
}`,{fragmentName:`StudyRow`}),new Y(`
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
    `,{fragmentName:`FindingValues`}),new Y(`
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
}`,{fragmentName:`ClaimRow`}),new Y(`
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
}`,{fragmentName:`PathwayFields`});var Ve=new Y(`
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
    `),He=new Y(`
    mutation AddRelation($input: AddRelationInput!) {
  addRelation(input: $input) {
    key
    change {
      seq
      curator
    }
  }
}
    `),Ue=new Y(`
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
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}`),We=new Y(`
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
    `),Ge=new Y(`
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
}`),Ke=new Y(`
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
  heterogeneityI2
  timepoint
  trials
  participants
  significant
}`),qe=new Y(`
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
}`),Je=new Y(`
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
    `),Ye=new Y(`
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
}`),Xe=new Y(`
    query Contested {
  claims(first: 100, orderBy: {field: MATURITY, direction: DESC}) {
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
  disputed: claims(first: 100, filter: {disputed: true}) {
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
}`),Ze=new Y(`
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
    `),Qe=new Y(`
    query CuratorCheck {
  viewer {
    name
    role
  }
}
    `),$e=new Y(`
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
    `),et=new Y(`
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
}`),tt=new Y(`
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
    `),nt=new Y(`
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
    `),rt=new Y(`
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
}`),it=new Y(`
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
    `),at=new Y(`
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
    `),ot=new Y(`
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
    `),st=new Y(`
    query Labels($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      kind
      label
    }
  }
}
    `),ct=new Y(`
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
    `),lt=new Y(`
    query LiveVersion {
  stats {
    cursor
  }
}
    `),ut=new Y(`
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
}`),dt=new Y(`
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
    `),ft=new Y(`
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
}`),pt=new Y(`
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
}`),mt=new Y(`
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
    `),ht=new Y(`
    mutation Restore($input: RetireInput!) {
  restore(input: $input) {
    revision {
      version
      retired
    }
    change {
      seq
      curator
    }
  }
}
    `),gt=new Y(`
    mutation Retire($input: RetireInput!) {
  retire(input: $input) {
    revision {
      version
      retired
    }
    change {
      seq
      curator
    }
  }
}
    `),_t=new Y(`
    query RetiredState($id: ID!) {
  revision(id: $id) {
    version
    retired
    retiredBy
    retiredReason
  }
}
    `),vt=new Y(`
    query Revision($id: ID!) {
  revision(id: $id) {
    version
    retired
  }
}
    `),yt=new Y(`
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
    fragment EntityRef on Entity {
  id
  kind
  label
}`),bt=new Y(`
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
}`),xt=new Y(`
    query Sources {
  sources {
    id
    title
    publisher
    documentKind
    description
  }
}
    `),St=new Y(`
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
}`),Ct=new Y(`
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
    `),wt=new Y(`
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
}`),Tt=new Y(`
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
    `),Et=new Y(`
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
}`),Dt=new Y(`
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
}`),Ot=new Y(`
    query StudyByDoi($doi: String!) {
  study(doi: $doi) {
    id
    kind
    label
    title
    year
  }
}
    `),kt=new Y(`
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
    `);function At(e){let t=[];return e.maturity&&t.push(I(e.maturity)),e.claimKind===`MARKETING`&&t.push(_e(e.claimKind)),e.year&&t.push(a(`span`,{class:`hit-year`},String(e.year))),t}function jt(e){let t=f[e];return a(`span`,{class:`kind-badge kind-${t.slug}`},t?t.singular:e)}function Mt(e){let t=e.inputId??u(`combo`),n=`${t}-listbox`,r=`${t}-status`,o=e.max??8,s=e.initial??null,c=[],l=-1,d=0,f,p,m=a(`input`,{id:t,type:`search`,class:`combo-input`,role:`combobox`,autocomplete:`off`,autocapitalize:`off`,spellcheck:`false`,"aria-autocomplete":`list`,"aria-expanded":`false`,"aria-controls":n,"aria-describedby":r,placeholder:e.placeholder??``,required:e.required??!1,enterkeyhint:`search`});s&&(m.value=s.label);let h=a(`ul`,{id:n,class:`combo-list`,role:`listbox`,"aria-label":`${e.label}: suggestions`,hidden:!0}),g=a(`p`,{id:r,class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),_=a(`div`,{class:`combo`},a(`label`,{for:t,class:e.labelHidden?`visually-hidden`:`combo-label`},e.label),a(`div`,{class:`combo-field`},m,h),g),v=()=>!h.hidden;function y(){c.length!==0&&(h.hidden=!1,m.setAttribute(`aria-expanded`,`true`))}function b(){h.hidden=!0,m.setAttribute(`aria-expanded`,`false`),x(-1)}function x(e){l=e;let t=h.querySelectorAll(`[role="option"]`);t.forEach((t,n)=>t.setAttribute(`aria-selected`,n===e?`true`:`false`)),e>=0&&t[e]?(m.setAttribute(`aria-activedescendant`,t[e].id),t[e].scrollIntoView({block:`nearest`})):m.removeAttribute(`aria-activedescendant`)}function S(t){let n=c[t];n&&(b(),e.keepSelection?(s=n.node,m.value=n.node.label):(m.value=``,c=[]),e.onSelect(n.node))}function C(t){h.replaceChildren(),e.onResults?.(c.length,t),c.forEach((e,t)=>{let r=e.matched&&e.matched.trim().toLowerCase()!==e.node.label.trim().toLowerCase(),i=a(`li`,{id:`${n}-${t}`,role:`option`,class:`combo-option`,"aria-selected":`false`},jt(e.node.kind),a(`span`,{class:`combo-text`},a(`span`,{class:`combo-name`},e.node.label),r?a(`span`,{class:`combo-matched`},`matched “${e.matched}”`):null),a(`span`,{class:`combo-grade`},At(e)));i.addEventListener(`mousedown`,e=>e.preventDefault()),i.addEventListener(`click`,()=>S(t)),i.addEventListener(`mousemove`,()=>{l!==t&&x(t)}),h.appendChild(i)}),c.length?(g.textContent=`${c.length} suggestion${c.length===1?``:`s`} for “${t}”. Use the up and down arrow keys to choose, Enter to open.`,y(),x(-1)):(g.textContent=t?`No matches for “${t}”.`:``,h.appendChild(a(`li`,{class:`combo-empty`,role:`presentation`},t?`No matches for “${t}”`:``)),h.hidden=!t||!!e.quietEmpty,m.setAttribute(`aria-expanded`,`false`))}async function w(t){let n=++d;p?.abort(),p=new AbortController,_.classList.add(`is-loading`);try{let r=await i(yt,{query:t,first:o,kinds:e.kinds??null},p.signal);if(n!==d)return;c=r.search.edges,C(t)}catch(e){if(e.name===`AbortError`||n!==d)return;c=[],h.replaceChildren(a(`li`,{class:`combo-empty`,role:`presentation`},`Search failed: ${e.message}`)),h.hidden=!1,g.textContent=`Search failed.`}finally{n===d&&_.classList.remove(`is-loading`)}}return m.addEventListener(`input`,()=>{e.keepSelection&&s&&m.value!==s.label&&(s=null),window.clearTimeout(f);let t=m.value.trim();t.length<2?(d++,p?.abort(),c=[],h.replaceChildren(),b(),g.textContent=``):f=window.setTimeout(()=>void w(t),140)}),m.addEventListener(`keydown`,t=>{let n=c.length;switch(t.key){case`ArrowDown`:t.preventDefault(),v()?n&&x(l+1>=n?0:l+1):(y(),n&&x(0));break;case`ArrowUp`:t.preventDefault(),v()?n&&x(l<=0?n-1:l-1):(y(),n&&x(n-1));break;case`Enter`:v()&&l>=0?(t.preventDefault(),S(l)):e.onSubmitText&&m.value.trim()&&(t.preventDefault(),b(),e.onSubmitText(m.value.trim()));break;case`Escape`:v()&&(t.preventDefault(),b());break;case`Tab`:b()}}),m.addEventListener(`blur`,()=>window.setTimeout(b,120)),m.addEventListener(`focus`,()=>{c.length&&m.value.trim().length>=2&&!(e.keepSelection&&s)&&y()}),{root:_,input:m,value:()=>s,setValue(e){s=e,m.value=e?e.label:``}}}function Nt(e,t){if(e===t)return!0;let n=e.split(`|`);return n.length===3&&(n[1]===t||n[2]===t)}function Pt(e,t,n=null){let r=null,i=!1,a=n,o,s=`${location.protocol===`https:`?`wss`:`ws`}://${location.host}/query`,c=()=>{if(i)return;let n=new WebSocket(s,`graphql-transport-ws`);r=n,n.onopen=()=>n.send(JSON.stringify({type:`connection_init`,payload:{}})),n.onmessage=r=>{let i;try{i=JSON.parse(String(r.data))}catch{return}switch(i.type){case`connection_ack`:n.send(JSON.stringify({id:`changes`,type:`subscribe`,payload:{query:String(ct),variables:{after:a}}}));break;case`ping`:n.send(JSON.stringify({type:`pong`}));break;case`next`:{let n=i.payload?.data?.changes;if(!n)return;a=n.cursor,n.node.touched.some(t=>Nt(t.target,e))&&t(n.node.curator);break}}},n.onclose=()=>{i||(o=setTimeout(c,5e3))}};return c(),()=>{i=!0,clearTimeout(o),r?.close()}}var Ft=`gutskin.curator-token`,It=new Set;function Lt(){try{return sessionStorage.getItem(Ft)}catch{return null}}function Rt(e){sessionStorage.setItem(Ft,e);for(let e of It)e()}function zt(){try{sessionStorage.removeItem(Ft)}catch{}for(let e of It)e()}function Bt(e){It.add(e)}function Vt(e=location.pathname+location.search){return`${j}curator?${new URLSearchParams({next:e})}`}var Ht=null;function Ut(e,t){Ht={id:e,text:t},window.dispatchEvent(new Event(`gutskin:graph-changed`)),F(`${location.pathname}${location.search}#curate`,{replace:!0})}function Wt(e){if(Ht?.id!==e)return null;let t=Ht.text;return Ht=null,t}function Gt(){let e=a(`p`,{class:`visually-hidden`,role:`status`}),t=a(`button`,{type:`button`,class:`btn btn-small`},`Sign out`),n=a(`div`,{class:`curator-bar`,hidden:!0},a(`div`,{class:`curator-bar-inner`},a(`p`,null,a(`strong`,null,`Curator mode. `),`Your changes are recorded with your token’s name and reason.`),t)),r=a(`a`,{href:Vt(j),class:`curator-signin`},`Curator sign-in`),i=()=>{let e=Lt()!==null;n.hidden=!e,r.hidden=e,r.href=Vt(location.pathname.startsWith(`/explore/curator`)?j:void 0)};return t.addEventListener(`click`,()=>{zt(),e.textContent=`Signed out.`,F(location.pathname+location.search,{replace:!0})}),n.append(e),Bt(i),i(),{bar:n,footerLink:r,update:i}}function Kt(t,n,r,i,o){let s=Wt(r),c=a(`div`,{class:`history-body`}),l=a(`details`,{class:`history`},a(`summary`,null,`Who changed this entity, what, and why`),c),u=!1,d=()=>{u||(u=!0,e(()=>import(`./history-Cno2lE_M.js`).then(e=>e.showHistory(t,c,r)),[]))};l.addEventListener(`toggle`,()=>l.open&&d());let p=Lt()!==null;if(o.append(a(`section`,{class:`section`,id:`history`,"aria-labelledby":`history-h`},a(`h2`,{id:`history-h`},`History`),l,n===`CLAIM`&&!p?a(`p`,{class:`muted`},`Curators can grade this claim and change its evidence: `,a(`a`,{href:Vt()},`sign in`),`.`):null)),s&&(l.open=!0),n===`CLAIM`&&p){let n=a(`div`,{class:`curate-body`,"aria-busy":`true`},a(`p`,{class:`loading`},`Loading the curator’s forms…`)),r=a(`section`,{class:`section curate`,id:`curate`,"aria-labelledby":`curate-h`},a(`h2`,{id:`curate-h`},`Curate this claim`),n);o.insertBefore(r,o.querySelector(`#graph`)??null),e(()=>import(`./claimEditor-x0XosF9P.js`).then(e=>e.claimEditor(t,n,i,s)),__vite__mapDeps([0,1,2]))}if(p){let r=i,c=a(`div`,{class:`curate-body`,"aria-busy":`true`},a(`p`,{class:`loading`},`Loading the curator’s forms…`)),l=n===`CLAIM`?`Retire this claim`:`Curate this ${f[n].singular.toLowerCase()}`,u=a(`section`,{class:`section curate`,id:n===`CLAIM`?`curate-entity`:`curate`,"aria-labelledby":`curate-entity-h`},a(`h2`,{id:`curate-entity-h`},l),c);o.insertBefore(u,o.querySelector(`#graph`)??null),e(()=>import(`./entityEditor-CCB9FlC_.js`).then(e=>e.entityEditor(t,c,{id:r.id,kind:n,label:r.label},n===`CLAIM`?null:s)),__vite__mapDeps([3,1]))}}function qt(t,n,r){if(Lt()===null)return;let i=a(`section`,{class:`section curate retired`,id:`curate`,"aria-labelledby":`retired-h`,"aria-busy":`true`});r.append(i);let o=Wt(n);e(()=>import(`./entityEditor-CCB9FlC_.js`).then(e=>e.retiredNotice(t,i,n,o)),__vite__mapDeps([3,1]))}var Jt=[{id:`bibtex`,label:`BibTeX`},{id:`ris`,label:`RIS`},{id:`csl-json`,label:`CSL-JSON`}];function Yt(e,t,n){return`${e} ${e===1?t:n}`}function Xt(e,t){return`/cite/${e}${t?`?${t}`:``}`}function Zt(e,t){let n=a(`select`,{id:t??null,class:`cite-format`,"aria-label":t?null:`Citation format`},Jt.map(e=>a(`option`,{value:e.id},e.label)));return n.addEventListener(`change`,()=>e(n.value)),n}async function Qt(e,t){try{return await navigator.clipboard.writeText(e),!0}catch{return t.focus(),t.select(),document.execCommand?.(`copy`)??!1}}function $t(e){let t=`ids=${encodeURIComponent(e)}`,n=u(`cite-format`),r=a(`textarea`,{class:`citation-text`,readonly:!0,rows:8,spellcheck:`false`,"aria-label":`Citation`}),i=a(`p`,{class:`cite-status muted`,role:`status`,"aria-live":`polite`}),o=a(`a`,{class:`btn btn-small cite-download`,href:Xt(`bibtex`,t),download:``},`Download`),s=a(`button`,{type:`button`,class:`btn btn-small btn-primary cite-copy`},`Copy`),c=`bibtex`,l=Promise.resolve(``),d=e=>{c=e,o.setAttribute(`href`,Xt(e,t)),i.textContent=``,l=fetch(Xt(e,t),{headers:{Accept:`*/*`}}).then(async e=>{if(!e.ok)throw Error(`the service answered ${e.status}`);return e.text()}),l.then(t=>{c===e&&(r.value=t)},t=>{c===e&&(i.textContent=`Could not load the citation: ${t.message}.`)})};s.addEventListener(`click`,async()=>{let e=Jt.find(e=>e.id===c)?.label??c;try{let t=await l;r.value=t,i.textContent=await Qt(t,r)?`${e} copied to the clipboard.`:`Select the ${e} above and copy it.`}catch(e){i.textContent=`Could not load the citation: ${e.message}.`}});let f=a(`div`,{class:`cite-box`},a(`p`,{class:`cite-controls`},a(`label`,{for:n},`Format`),Zt(d,n),` `,s,` `,o),r,i,a(`p`,{class:`muted`},`Reference managers (Zotero, Mendeley, EndNote) import any of these; Zotero also reads this page directly.`));return d(`bibtex`),f}function en(e,t){let n=a(`a`,{class:`btn btn-small bibliography-download`,href:Xt(`bibtex`,e),download:``},`Download bibliography`);return a(`p`,{class:`bibliography`},n,` `,Zt(t=>n.setAttribute(`href`,Xt(t,e))),` `,a(`span`,{class:`muted`},t))}function X(e,t,n){return{async load(r,a){let o=(await i(e,{id:r},a))[t];return o?{entity:o,render:()=>n(o)}:null}}}var tn=e=>e===!0?`significant`:e===!1?`not significant`:null;function nn(e,t=!1){return e.length?a(`ul`,{class:`findings`},e.map(e=>a(`li`,null,je(e),t&&e.study?a(`span`,{class:`sub`},`Reported by `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`)):null))):W(`No findings recorded.`)}function Z(e){return e?a(`p`,{class:`prose`},e):null}function rn(e){return V(`Where the sources stand`,`positions`,e.disputed?a(`p`,{class:`disputed-note`},`The sources take different positions on this proposition.`):null,a(`ul`,{class:`positions-list`},e.positions.map(e=>a(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},Be(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),a(`p`,{class:`position-note`},e.note),a(`span`,{class:`sub`},c(e.provenance.map(e=>e.citations.length?`${e.section} [${e.citations.join(`, `)}]`:e.section),` · `))))))}function an(e,t){return he({caption:t,noun:[`study`,`studies`],columns:[{key:`study`,label:`Study`,sort:e=>e.study.title,cell:e=>[R(e.study.id,e.study.title,`STUDY`),a(`span`,{class:`sub`},re(A(e.study))),e.note?a(`span`,{class:`note`},e.note):null]},{key:`stance`,label:`Stance`,sort:e=>Ee[e.stance],cell:e=>ge(e.stance)},{key:`design`,label:`Design`,sort:e=>O(e.study.design),cell:e=>O(e.study.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>xe(e.study).n,cell:e=>Se(e.study)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.study.year,cell:e=>e.study.year},{key:`strains`,label:`Strains`,cell:e=>G(e.study.strains??[])},{key:`findings`,label:`Findings`,cell:e=>Me(e.study.findings),cls:`col-findings`},{key:`doi`,label:`DOI`,cell:e=>B(e.study)}],rows:e,text:e=>[e.study.title,A(e.study).join(` `),e.stance,x[e.stance],e.note,O(e.study.design),e.study.year,...(e.study.strains??[]).map(e=>e.label),...(e.study.topics??[]).map(e=>e.label),...e.study.findings.map(e=>`${e.measure} ${e.summary}`)].join(` `),facets:[{key:`stance`,label:`Stance`,values:e=>[e.stance],labelOf:e=>x[e]??e},...we(e=>e.study)],initialSort:{key:`stance`,descending:!1},compareId:e=>e.study.id,rowLabel:e=>e.study.title,cls:`evidence-table`}).element}function on(e){let t=e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>Ee[t.stance]-Ee[e.stance]||t.study.year-e.study.year),n=e.evidenceSummary;return V(`What goes against this?`,`against`,t.length?[a(`p`,null,`${n.contradicts} ${n.contradicts===1?`study contradicts`:`studies contradict`} this claim and ${n.qualifies} ${n.qualifies===1?`qualifies`:`qualify`} it (limits it, or supports it only in part).`),a(`ul`,{class:`against-list`},t.map(e=>a(`li`,{class:`against-${e.stance.toLowerCase()}`},ge(e.stance),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),a(`span`,{class:`sub`},O(e.study.design)),e.note?a(`p`,{class:`against-note`},e.note):null)))]:W(n.total?`No linked study contradicts or qualifies this claim. That does not make it true: see its grade and the studies above.`:`No studies are linked to this claim, for or against.`),a(`p`,{class:`muted`},a(`a`,{href:`/explore/contested`},`All claims with contradicting or qualifying evidence`),`.`))}function sn(e){let t=e.evidenceSummary,n=e.maturityBasis===`GRADED_BY_SOURCE`?`Graded by the source document`:`Assessed from the source’s own hedging and the studies it cites`;return{title:e.statement,lead:[a(`p`,{class:`badges`},a(`span`,{class:`verdict-label`},`Verdict on this proposition: `),I(e.maturity),` `,_e(e.claimKind),e.disputed?[` `,a(`a`,{href:`#positions`,class:`badge badge-link disputed`},`Sources disagree`)]:null,t.contradicts||t.qualifies?[` `,a(`a`,{href:`#against`,class:`badge badge-link`},`${t.contradicts+t.qualifies} against or qualifying`)]:null)],body:[V(`Assessment`,`assessment`,Z(e.assessment),H([[`Evidence maturity`,[I(e.maturity),` `,a(`span`,{class:`muted`},`The verdict on the proposition as stated. ${_[e.maturity]?.description??``}`)]],[`Maturity basis`,n],[`Claim kind`,y[e.claimKind].detail],[`Source`,R(e.source.id,e.source.title,`SOURCE`)],[`Section`,e.section],[`About`,e.subjects.length?a(`span`,{class:`chips`},e.subjects.map(z)):null]])),rn(e),V(`Evidence`,`evidence`,a(`p`,{class:`evidence-summary`},`${Yt(t.total,`study`,`studies`)}: `,c([`${t.supports} support`,`${t.qualifies} qualify`,`${t.contradicts} contradict`]),t.byDesign.length?a(`span`,{class:`sub`},c(t.byDesign.map(e=>`${e.count} × ${O(e.design).toLowerCase()}`),` · `)):null),e.evidence.length?an(e.evidence,`Studies behind this claim`):W(`No studies are linked to this claim.`),e.evidence.length?en(`claim=${encodeURIComponent(e.id)}`,`${Yt(new Set(e.evidence.map(e=>e.study.id)).size,`study`,`studies`)} behind this claim, for a reference manager`):null),on(e)]}}function cn(e){let t=[e.journal?a(`i`,null,e.journal):null,e.volume?` ${e.volume}`:null,e.issue?`(${e.issue})`:null,e.pages?`:${e.pages}`:null].filter(Boolean);return a(`p`,{class:`bib`},e.authorNames.length?`${A(e).join(`, `).replace(/\.$/,``)}. `:null,`(${e.year}). `,`${e.title.replace(/\.$/,``)}. `,t.length?[t,`. `]:null,e.link?B(e):null)}function ln(e){let t=new Map(e.claims.map(e=>[e.claim.id,{stance:e.stance,note:e.note}]));return{title:e.title,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.design)),` `,a(`span`,{class:`muted`},`${e.year}`))],body:[V(`Record`,`record`,cn(e),H([[`Authors`,A(e).join(`, `)],[`Year`,e.year],[`Journal`,e.journal],[`Volume`,e.volume],[`Issue`,e.issue],[`Pages`,e.pages],[`DOI`,e.doi&&e.link?B(e):e.doi],[`Link`,!e.doi&&e.link?B(e):null],[`Design`,O(e.design)],[`Population`,e.population],[`Sample size`,e.sampleSize],[`Duration`,e.duration],[`Cited by`,e.citations.length?c(e.citations.map(e=>[R(e.source.id,e.source.title,`SOURCE`),` [${e.number}]`])):null]]),Z(e.summary)),V(`Cite this study`,`cite`,$t(e.id)),V(`Claims resting on this study`,`claims`,K(e.claims.map(e=>e.claim),`Claims that cite this study as evidence`,t)),V(`Findings`,`findings`,nn(e.findings)),V(`What it examined`,`examined`,H([[`Strains and species`,e.strains.length?a(`span`,{class:`chips`},e.strains.map(z)):`—`],[`Topics`,e.topics.length?a(`span`,{class:`chips`},e.topics.map(z)):`—`]]))]}}function un(e){return{title:e.fullName||e.name,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},e.strainKind===`PRODUCT`?`Product (multi-species)`:`Strain`),` `,e.name===e.fullName?null:a(`span`,{class:`muted`},`Designation ${e.name}`))],body:[V(`About`,`about`,H([[`Designation`,e.name],[`Species`,e.species?R(e.species.id,e.species.name,`SPECIES`):e.strainKind===`PRODUCT`?`A multi-species product`:`—`],[`Former names`,U(e.formerNames)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`Mechanisms`,`mechanisms`,Ne(e.mechanisms,e.id,`Mechanisms this strain modulates`)),V(`Studies`,`studies`,Ce(e.studies,`Studies that examined this strain`)),V(`Claims`,`claims`,K(e.claims,`Claims about this strain`))]}}function dn(e){let t=new Map;for(let n of e)for(let e of n.rows){let r=t.get(e.id);r?r.via.includes(n.via)||(r.via+=`, ${n.via}`):t.set(e.id,{...e,via:n.via})}return[...t.values()]}function fn(e){let t=dn(e.strains.map(e=>({via:`via ${e.fullName||e.name}`,rows:e.studies}))),n=dn(e.strains.map(e=>({via:`about ${e.fullName||e.name}`,rows:e.claims})));return{title:e.name,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.speciesKind)))],body:[V(`About`,`about`,H([[`Kind`,O(e.speciesKind)],[`Former names`,U(e.formerNames)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`Strains`,`strains`,e.strains.length?ye(`Strains of this species in the graph`,[`Strain`,`Studies`,`Claims`],e.strains.map(e=>[R(e.id,e.fullName||e.name,`STRAIN`),e.studies.length,e.claims.length])):W(`No strains of this species in the graph.`)),V(`Studies of its strains`,`studies`,a(`p`,{class:`muted`},`Effects are strain-specific: each study is listed with the strain it examined.`),Ce(t,`Studies that examined strains of this species`)),V(`Claims about its strains`,`claims`,K(n,`Claims about strains of this species`)),V(`Relationships`,`relations`,Ne(e.relations,e.id,`Relationships of this species`))]}}function pn(e){return{title:e.name,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.category)))],body:[V(`About`,`about`,H([[`Category`,O(e.category)],[`Synonyms`,U(e.synonyms)]]),Z(e.description)),V(`What acts on it`,`influenced-by`,Ne(e.influencedBy,e.id,`Strains, factors and mechanisms acting on this mechanism`)),V(`What it influences`,`influences`,Ne(e.influences,e.id,`What this mechanism influences`)),V(`Studies`,`studies`,Ce(e.studies,`Studies that addressed this mechanism`)),V(`Claims`,`claims`,K(e.claims,`Claims about this mechanism`))]}}function mn(e){let t=new Map;for(let n of e)for(let e of n.strains??[])t.has(e.id)||t.set(e.id,{strain:e,studies:[]}),t.get(e.id).studies.push(n);return t.size?ye(`Strains examined by studies of this condition`,[`Strain`,`Studies`,`Designs`],[...t.values()].sort((e,t)=>t.studies.length-e.studies.length||e.strain.label.localeCompare(t.strain.label)).map(e=>[z(e.strain),a(`ul`,{class:`plain`},e.studies.map(e=>a(`li`,null,R(e.id,`${e.title} (${e.year})`,`STUDY`),e.via===`directly`?null:a(`span`,{class:`sub`},e.via)))),[...new Set(e.studies.map(e=>O(e.design)))].join(`, `)])):W(`No study of this condition in the graph names a strain.`)}function hn(e){let t=dn([{via:`directly`,rows:e.studies},...e.subtypes.map(e=>({via:`for ${e.name}`,rows:e.studies}))]),n=t.map(e=>({...e,via:e.via===`directly`?void 0:e.via})),r=dn([{via:``,rows:e.claims},...e.subtypes.map(e=>({via:`about ${e.name}`,rows:e.claims}))]).map(e=>({...e,via:e.via.replace(/^, /,``)||void 0}));return{title:e.name,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.conditionKind)))],body:[V(`About`,`about`,H([[`Kind`,O(e.conditionKind)],[`Also called`,U(e.synonyms)],[`A form of`,e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):null],[`Narrower forms`,e.subtypes.length?c(e.subtypes.map(e=>R(e.id,e.name,`CONDITION`))):null]]),Z(e.description)),V(`Strains studied`,`strains`,a(`p`,{class:`muted`},e.subtypes.length?`Gathered from the studies of this condition and of its narrower forms.`:`Gathered from the studies of this condition.`),mn(t)),V(`What influences it`,`influenced-by`,Ne(e.influencedBy,e.id,`Mechanisms, factors and species influencing this condition`)),V(`Claims`,`claims`,K(r,`Claims about this condition`)),V(`Findings`,`findings`,nn(e.findings,!0)),V(`Studies`,`studies`,Ce(n,`Studies that addressed this condition`))]}}function gn(e){return{title:e.name,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.factorKind)))],body:[V(`About`,`about`,H([[`Kind`,O(e.factorKind)],[`Also called`,U(e.synonyms)]]),Z(e.description)),V(`What it affects`,`affects`,Ne(e.affects,e.id,`What this factor affects`)),V(`Claims`,`claims`,K(e.claims,`Claims about this factor`))]}}function _n(e){let t=Ae(e);return t?`${t.value}${t.label===`effect size`?``:` (${t.label})`}; ${t.note}`:null}function vn(e){let t=e.value===null?null:`${e.value}${e.unit?` ${e.unit}`:``}`;return{title:e.summary,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},L(e.effect)),` `,tn(e.significant)?a(`span`,{class:`muted`},tn(e.significant)):null)],body:[V(`Result`,`result`,H([[`Measure`,e.measure],[`Effect`,L(e.effect)],[`Value`,t],[`p-value`,e.pValue],[`Effect size`,_n(e)],[`Heterogeneity (I²)`,e.heterogeneityI2===null?null:`${e.heterogeneityI2}%`],[`Trials`,e.trials],[`Participants`,e.participants],[`Studies pooled`,e.studyCount],[`Time point`,e.timepoint],[`Statistically significant`,e.significant===null?null:e.significant?`Yes`:`No`],[`Measures`,e.measures.length?a(`span`,{class:`chips`},e.measures.map(z)):null]])),V(`Study`,`study`,Ce([e.study],`The study that reported this finding`))]}}function yn(e){let t=[...e.citations].sort((e,t)=>e.number-t.number);return{title:e.title,lead:[a(`p`,{class:`badges`},a(`span`,{class:`badge neutral`},O(e.documentKind)),` `,e.publisher?a(`span`,{class:`muted`},e.publisher):null)],body:[V(`About`,`about`,H([[`Publisher`,e.publisher],[`Kind of document`,O(e.documentKind)],[`Original`,a(`span`,{class:`muted`},`No public address is recorded for this document.`)],[`Authors`,e.authors.join(`, `)],[`Reviewers`,e.reviewers.join(`, `)]]),Z(e.description)),V(`Claims it makes or grades`,`claims`,K(e.claims,`Claims made or graded by this document`)),V(`References`,`references`,t.length?ye(`Works this document cites, by citation number`,[`No.`,`Study`,`Design`,`Year`,`Link`],t.map(e=>[`[${e.number}]`,[R(e.study.id,e.study.title,`STUDY`),a(`span`,{class:`sub`},re(A(e.study))||`Authors not recorded`)],O(e.study.design),e.study.year,B(e.study)])):W(`No references.`))]}}var bn={CLAIM:X(Ue,`claim`,sn),STUDY:X(Dt,`study`,ln),STRAIN:X(wt,`strain`,un),SPECIES:X(St,`species`,fn),MECHANISM:X(ut,`mechanism`,pn),CONDITION:X(qe,`condition`,hn),FACTOR:X(et,`factor`,gn),FINDING:X(rt,`finding`,vn),SOURCE:X(bt,`source`,yn)};async function xn(e,t){let n=new Map,r=new Map;if(!e.length)return{stances:n,positions:r};let a=await i($e,{ids:e},t);for(let e of a.nodes)if(e&&`evidence`in e){for(let t of e.evidence)n.set(`${e.id}|${t.study.id}`,t.stance);for(let t of e.positions)r.set(`${e.id}|${t.source.id}`,t.position)}return{stances:n,positions:r}}function Sn(e,t,n,r){if(e.length<=r+1)return e;let i=new Map,a=new Set;for(let e of t)i.set(e.source,(i.get(e.source)??0)+1),i.set(e.target,(i.get(e.target)??0)+1),e.source===n&&a.add(e.target),e.target===n&&a.add(e.source);let o=e=>e.id===n?0:a.has(e.id)?1:2;return[...e].sort((e,t)=>o(e)-o(t)||(i.get(t.id)??0)-(i.get(e.id)??0)||e.label.localeCompare(t.label)).slice(0,r+1)}function Cn(t,n,r){let o=t.params.get(`depth`)===`2`?2:1,c=a(`div`,{class:`graph-holder`},q(`Loading the graph…`)),l=a(`select`,{id:`depth`,onchange:e=>{let t=e.target.value,n=new URL(location.href);t===`1`?n.searchParams.delete(`depth`):n.searchParams.set(`depth`,t),F(n.pathname+n.search+`#graph`,{replace:!0})}},a(`option`,{value:`1`,selected:o===1},`Direct neighbours`),a(`option`,{value:`2`,selected:o===2},`Two hops`)),u=a(`section`,{class:`section`,id:`graph`,"aria-labelledby":`graph-h`},a(`div`,{class:`section-head`},a(`h2`,{id:`graph-h`},`Graph neighbourhood`),a(`div`,{class:`inline-field`},a(`label`,{for:`depth`},`Show`),l)),c),d=async()=>{try{let l=await i(ft,{id:n,depth:o,limit:o===1?80:150},t.signal);if(!t.current())return;let u=l.neighbourhood,d=u.nodes.some(e=>e.id===u.center.id)?u.nodes:[u.center,...u.nodes],f=d.filter(e=>e.id!==u.center.id);if(f.length===0){s(c,W(`No related entities to draw.`));return}let p=new Map(d.map(e=>[e.id,e.kind])),{stances:m,positions:h}=await xn([...new Set(u.edges.filter(e=>[`HAS_EVIDENCE`,`HAS_POSITION`].includes(e.kind)&&p.get(e.from.id)===`CLAIM`).map(e=>e.from.id).concat(u.edges.filter(e=>e.kind===`MAKES`).map(e=>e.to.id)))],t.signal).catch(()=>({stances:new Map,positions:new Map}));if(!t.current())return;let g=new Map,_=u.edges.map(e=>{let t=`${e.from.id}|${e.kind}|${e.to.id}`,n=g.get(t)??0;g.set(t,n+1);let r=e.kind===`HAS_EVIDENCE`?m.get(`${e.from.id}|${e.to.id}`):void 0,i=e.kind===`MAKES`?h.get(`${e.to.id}|${e.from.id}`):e.kind===`HAS_POSITION`?h.get(`${e.from.id}|${e.to.id}`):void 0;return{id:n?`${t}|${n}`:t,source:e.from.id,target:e.to.id,kind:e.kind,maturity:e.maturity,effect:e.effect,stance:r,position:i}}),v=window.innerWidth<560?12:24,y=v,{createGraph:b,graphAsList:x}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-C8CWnQTL.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([4,5]));if(!t.current())return;let S=null,C=async()=>{S?.destroy();let e=Sn(d,_,u.center.id,y),t=d.length-e.length;S=b(e,_,{layout:`grouped`,centerId:u.center.id,description:`Graph of ${r} and ${e.length-1} related entities${t?` (${t} more not drawn)`:``}, grouped by kind. The same entities are listed below the drawing.`});let n=S,i=t?a(`p`,{class:`graph-more`},`Showing ${e.length-1} of ${f.length} related entities, the nearest and best connected first. `,a(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>{y+=v,C().then(()=>c.querySelector(`.graph-canvas`)?.focus())}},`Show ${Math.min(v,t)} more`)):null;s(c,u.truncated?a(`p`,{class:`muted`},`Only part of the neighbourhood was fetched; it is larger than the drawing’s limit.`):null,i,n.element,x(f,f.length===1?`List the one entity of this neighbourhood`:`List all ${f.length} entities of this neighbourhood`)),await n.ready};t.onCleanup(()=>S?.destroy()),await C()}catch(e){if(e.name===`AbortError`||!t.current())return;s(c,J(e,()=>void d()))}};return d(),u}async function wn(e,t,r){let o=h(r)??m(t);if(!o){En(e,r);return}if(f[o].slug!==t){F(M(r,o)+location.search+location.hash,{replace:!0});return}let c=bn[o];e.main.replaceChildren(q(`Loading ${f[o].singular.toLowerCase()}…`));let l,u=null;try{u=(await i(lt,{},e.signal)).stats.cursor}catch(t){if(t.name===`AbortError`||!e.current())return}try{l=await c.load(r,e.signal)}catch(i){if(i.name===`AbortError`||!e.current())return;if(i instanceof n&&(i.notFound||i.badInput)){En(e,r,o);return}e.setTitle(`Error`),s(e.main,J(i,()=>void wn(e,t,r)));return}if(!e.current())return;if(!l){En(e,r,o);return}let{entity:d}=l,p=l.render();e.setTitle(p.title);let g=f[o],_=a(`article`,{class:`entity entity-${g.slug}`},a(`header`,{class:`entity-head`},a(`p`,{class:`eyebrow`},jt(o),a(`code`,{class:`entity-id`},r)),a(`h1`,{tabindex:`-1`},p.title),p.lead,a(`p`,{class:`entity-actions`},a(`a`,{href:P(r),class:`btn btn-small`},`Find pathways from here`),` `,a(`a`,{href:`#graph`,class:`btn btn-small btn-quiet`},`Jump to graph`))),p.body,Cn(e,r,p.title),Pe(d.provenance));Kt(e,o,r,d,_),s(e.main,_),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView(),e.onCleanup(Pt(r,t=>Tn(e.main,t),u))}function Tn(e,t){let n=e.querySelector(`.entity-head`);if(!n)return;let r=a(`p`,{class:`live-notice`,role:`status`},`Updated by ${t} — `,a(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>location.reload()},`reload`)),i=n.querySelector(`.live-notice`);i?i.replaceWith(r):n.prepend(r)}function En(e,t,n){e.setTitle(`Not found`);let r=n?`${f[n].singular.toLowerCase()}`:`entity`;s(e.main,Le([`The graph has no `,r,` with the id `,a(`code`,null,t),`. It may have been renamed, or the link may be mistyped.`],Re(t,n))),qt(e,t,e.main)}var Dn=`http://www.w3.org/2000/svg`;function On(e,t=16){let n=f[e],r=document.createElementNS(Dn,`svg`);r.setAttribute(`width`,String(t)),r.setAttribute(`height`,String(t)),r.setAttribute(`viewBox`,`0 0 16 16`),r.setAttribute(`aria-hidden`,`true`),r.setAttribute(`focusable`,`false`);let i={ellipse:``,rectangle:`1,2 15,2 15,14 1,14`,"round-rectangle":``,diamond:`8,0.5 15.5,8 8,15.5 0.5,8`,hexagon:`4,1 12,1 15.5,8 12,15 4,15 0.5,8`,octagon:`5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5`,triangle:`8,1 15.5,15 0.5,15`,tag:`0.5,2 11,2 15.5,8 11,14 0.5,14`,barrel:`2,1 14,1 15.5,8 14,15 2,15 0.5,8`},a;return n.shape===`ellipse`?(a=document.createElementNS(Dn,`circle`),a.setAttribute(`cx`,`8`),a.setAttribute(`cy`,`8`),a.setAttribute(`r`,`7.5`)):n.shape===`round-rectangle`?(a=document.createElementNS(Dn,`rect`),a.setAttribute(`x`,`0.5`),a.setAttribute(`y`,`2`),a.setAttribute(`width`,`15`),a.setAttribute(`height`,`12`),a.setAttribute(`rx`,`4`)):(a=document.createElementNS(Dn,`polygon`),a.setAttribute(`points`,i[n.shape]??i.rectangle)),a.setAttribute(`fill`,n.color),r.appendChild(a),r}var kn=e=>e.map(e=>[e,O(e)]),Q=(e,t)=>e&&t.includes(e)?e:void 0;function An(e,t,n){return{...n,async load(n,r,a,o){return(await i(e,{...n,first:r,after:a},o))[t]}}}var jn={newest:{field:`YEAR`,direction:`DESC`,label:`Newest first`},oldest:{field:`YEAR`,direction:`ASC`,label:`Oldest first`},title:{field:`TITLE`,direction:`ASC`,label:`Title`},largest:{field:`SAMPLE_SIZE`,direction:`DESC`,label:`Largest sample first`}},Mn={strongest:{field:`MATURITY`,direction:`DESC`,label:`Strongest evidence first`},weakest:{field:`MATURITY`,direction:`ASC`,label:`Weakest evidence first`},statement:{field:`STATEMENT`,direction:`ASC`,label:`Statement (A–Z)`}},Nn={ESTABLISHED:`established`,PLAUSIBLE:`plausible`,EMERGING:`emerging`,EARLY:`early`,NOT_SUPPORTED:`notSupported`};function Pn(e,t){return i(We,{kind:t??null},e)}function Fn(e){let t=e.params.get(`maturity`),n=e.params.get(`kind`)??void 0,r=e.params.get(`order`)??void 0,i=new Map,o=(e,o,s=``)=>{let c=a(`span`,{class:`count`});return i.set(e??`all`,c),a(`li`,null,a(`a`,{href:N(`claims`,{maturity:e,kind:n,order:r}),class:`tab ${s}`,"aria-current":(t??void 0)===e?`page`:void 0},o,c))},s=Q(n??null,b),c=a(`nav`,{class:`tabs`,"aria-label":s?`${y[s].label} claims by evidence maturity`:`Claims by evidence maturity`,"aria-busy":`true`},a(`ul`,null,o(void 0,`All`),v.map(e=>o(e,_[e].label,`tab-${e.toLowerCase().replace(`_`,`-`)}`))));return Pn(e.signal,s).then(e=>{i.get(`all`).textContent=` ${e.all.totalCount}`;for(let t of v)i.get(t).textContent=` ${e[Nn[t]].totalCount}`}).catch(()=>{}).finally(()=>c.removeAttribute(`aria-busy`)),c}function In(e){if(!e.total)return a(`span`,{class:`muted`},`none`);let t=[[e.supports,`support`],[e.qualifies,`qualify`],[e.contradicts,`contradict`]].filter(([e])=>e).map(([e,t])=>`${e} ${t}`);return a(`span`,null,`${e.total} ${e.total===1?`study`:`studies`}`,a(`span`,{class:`sub`},t.join(` · `)))}function Ln(e){let t=e.evidenceSummary;return!t.contradicts&&!t.qualifies?a(`span`,{class:`muted`},`—`):a(`a`,{href:`${M(e.id,`CLAIM`)}#against`,class:`against-count`},[t.contradicts?`${t.contradicts} contradict${t.contradicts===1?`s`:``}`:null,t.qualifies?`${t.qualifies} qualif${t.qualifies===1?`ies`:`y`}`:null].filter(Boolean).join(` · `))}var Rn={claims:An(Ge,`claims`,{title:`Claims`,intro:`Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.`,extra:Fn,filters:[{param:`kind`,label:`Kind`,options:b.map(e=>[e,y[e].label])},{param:`about`,label:`About`,options:[],dynamic:`subjects`},{param:`order`,label:`Order`,options:Object.entries(Mn).map(([e,t])=>[e,t.label])}],variables(e){let t=Q(e.get(`maturity`),v),n=Q(e.get(`kind`),b),r=e.get(`about`)||void 0,i=Mn[e.get(`order`)??`strongest`]??Mn.strongest;return{filter:{...t?{maturities:[t]}:{},...n?{claimKind:n}:{},...r?{subject:r}:{}},orderBy:{field:i.field,direction:i.direction}}},noun:[`claim`,`claims`],compare:!0,columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>R(e.id,e.statement,`CLAIM`)},{key:`maturity`,label:`Evidence maturity`,sort:e=>_[e.maturity]?.rank,cell:e=>I(e.maturity)},{key:`kind`,label:`Kind`,sort:e=>e.claimKind,cell:e=>_e(e.claimKind)},{key:`studies`,label:`Studies`,numeric:!0,sort:e=>e.evidenceSummary.total,cell:e=>In(e.evidenceSummary)},{key:`against`,label:`Against`,numeric:!0,sort:e=>e.evidenceSummary.contradicts*10+e.evidenceSummary.qualifies,cell:e=>Ln(e)},{key:`about`,label:`About`,cell:e=>G((e.subjects??[]).filter(e=>e.kind===`STRAIN`||e.kind===`CONDITION`))},{key:`source`,label:`Source`,sort:e=>e.source.title,cell:e=>R(e.source.id,e.source.title,`SOURCE`)}],text:e=>[e.statement,_[e.maturity]?.label,e.claimKind,e.source.title,...(e.subjects??[]).map(e=>e.label)].join(` `)}),studies:An(Et,`studies`,{title:`Studies`,intro:`The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.`,filters:[{param:`design`,label:`Design`,options:kn(w)},{param:`condition`,label:`Condition`,options:[],dynamic:`conditions`},{param:`strain`,label:`Strain`,options:[],dynamic:`strains`},{param:`order`,label:`Order`,options:Object.entries(jn).map(([e,t])=>[e,t.label])}],variables(e){let t=Q(e.get(`design`),w),n=e.get(`condition`)||void 0,r=e.get(`strain`)||void 0,i=jn[e.get(`order`)??`newest`]??jn.newest,a={...t?{designs:[t]}:{},...n?{condition:n}:{},...r?{strain:r}:{}};return{filter:Object.keys(a).length?a:null,orderBy:{field:i.field,direction:i.direction}}},noun:[`study`,`studies`],compare:!0,cite(e){let t=new URLSearchParams,n=Q(e.get(`design`),w);n&&t.set(`design`,n);for(let n of[`condition`,`strain`])e.get(n)&&t.set(n,e.get(n));let r=jn[e.get(`order`)??`newest`]??jn.newest;return t.set(`order`,{YEAR:`year`,TITLE:`title`,SAMPLE_SIZE:`sampleSize`}[r.field]),t.set(`direction`,r.direction.toLowerCase()),t.toString()},columns:[{key:`study`,label:`Study`,sort:e=>e.title,cell:e=>a(`span`,null,R(e.id,e.title,`STUDY`),a(`span`,{class:`sub`},[re(A(e)),e.journal].filter(Boolean).join(` — `)))},{key:`design`,label:`Design`,sort:e=>O(e.design),cell:e=>O(e.design)},{key:`n`,label:`Sample size`,numeric:!0,sort:e=>xe(e).n,cell:e=>Se(e)},{key:`year`,label:`Year`,numeric:!0,sort:e=>e.year,cell:e=>e.year},{key:`strains`,label:`Strains`,cell:e=>G(e.strains??[])},{key:`conditions`,label:`Conditions`,cell:e=>G((e.topics??[]).filter(e=>e.kind===`CONDITION`))},{key:`link`,label:`Link`,cell:e=>B(e)}],text:e=>[e.title,A(e).join(` `),e.journal,O(e.design),e.year,...(e.strains??[]).map(e=>e.label),...(e.topics??[]).map(e=>e.label)].join(` `)}),strains:An(Tt,`strains`,{title:`Strains and products`,intro:`Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.`,filters:[{param:`kind`,label:`Kind`,options:Object.entries(D)}],variables(e){let t=Q(e.get(`kind`),Object.keys(D));return{filter:t?{strainKind:t}:null}},noun:[`strain`,`strains`],columns:[{key:`strain`,label:`Strain`,sort:e=>e.fullName||e.name,cell:e=>R(e.id,e.fullName||e.name,`STRAIN`)},{key:`species`,label:`Species`,sort:e=>e.species?.name,cell:e=>e.species?R(e.species.id,e.species.name,`SPECIES`):`—`},{key:`kind`,label:`Kind`,sort:e=>e.strainKind,cell:e=>O(e.strainKind)},{key:`aka`,label:`Also known as`,cell:e=>U([...e.formerNames,...e.synonyms])??`—`}],text:e=>[e.name,e.fullName,e.species?.name,...e.formerNames,...e.synonyms].join(` `)}),mechanisms:An(dt,`mechanisms`,{title:`Mechanisms`,intro:`How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.`,filters:[{param:`category`,label:`Category`,options:kn(T)}],variables(e){let t=Q(e.get(`category`),T);return{filter:t?{category:t}:null}},noun:[`mechanism`,`mechanisms`],columns:[{key:`name`,label:`Mechanism`,sort:e=>e.name,cell:e=>R(e.id,e.name,`MECHANISM`)},{key:`category`,label:`Category`,sort:e=>e.category,cell:e=>O(e.category)},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.category,...e.synonyms].join(` `)}),conditions:An(Je,`conditions`,{title:`Conditions`,intro:`Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.`,filters:[{param:`kind`,label:`Kind`,options:kn(E)}],variables(e){let t=Q(e.get(`kind`),E);return{filter:t?{conditionKind:t}:null}},noun:[`condition`,`conditions`],columns:[{key:`name`,label:`Condition`,sort:e=>e.name,cell:e=>R(e.id,e.name,`CONDITION`)},{key:`kind`,label:`Kind`,sort:e=>e.conditionKind,cell:e=>O(e.conditionKind)},{key:`parent`,label:`A form of`,sort:e=>e.subtypeOf?.name,cell:e=>e.subtypeOf?R(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):`—`},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.conditionKind,e.subtypeOf?.name,...e.synonyms].join(` `)}),factors:An(tt,`factors`,{title:`Factors`,intro:`Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.`,filters:[{param:`kind`,label:`Kind`,options:kn(ee)}],variables(e){let t=Q(e.get(`kind`),ee);return{filter:t?{factorKind:t}:null}},noun:[`factor`,`factors`],columns:[{key:`name`,label:`Factor`,sort:e=>e.name,cell:e=>R(e.id,e.name,`FACTOR`)},{key:`kind`,label:`Kind`,sort:e=>e.factorKind,cell:e=>O(e.factorKind)},{key:`aka`,label:`Also called`,cell:e=>U(e.synonyms)??`—`}],text:e=>[e.name,e.factorKind,...e.synonyms].join(` `)})},zn=null;function Bn(e){return zn||(zn=i(nt,{},e),zn.catch(()=>zn=null)),zn}function Vn(e,t,n){if(!n.filters.length)return null;let r=a(`form`,{class:`filters`,role:`search`,"aria-label":`Filter ${n.title.toLowerCase()}`}),i=()=>{let i={};for(let[t,n]of e.params)i[t]=n;for(let e of n.filters){let t=r.querySelector(`[name="${e.param}"]`);i[e.param]=t?.value||void 0}F(N(t,i))};for(let t of n.filters){let n=`filter-${t.param}`,o=e.params.get(t.param)??``,c=t.param===`order`,l=a(`select`,{id:n,name:t.param,onchange:i},c?null:a(`option`,{value:``},`Any`),t.options.map(([e,t])=>a(`option`,{value:e,selected:o===e},t)),t.dynamic&&o?a(`option`,{value:o,selected:!0},o):null);t.dynamic&&Bn(e.signal).then(e=>{let n=(e,t)=>a(`optgroup`,{label:e},t.map(([e,t])=>a(`option`,{value:e,selected:o===e},t))),r=e.conditions.nodes.map(e=>[e.id,e.name]),i=e.strains.nodes.map(e=>[e.id,e.fullName||e.name]);s(l,a(`option`,{value:``},`Any`),t.dynamic===`conditions`?r.map(([e,t])=>a(`option`,{value:e,selected:o===e},t)):null,t.dynamic===`strains`?i.map(([e,t])=>a(`option`,{value:e,selected:o===e},t)):null,t.dynamic===`subjects`?[n(`Conditions`,r),n(`Strains and products`,i)]:null)}).catch(()=>{}),r.appendChild(a(`div`,{class:`inline-field`},a(`label`,{for:n},t.label),l))}return r.addEventListener(`submit`,e=>{e.preventDefault(),i()}),r}async function Hn(e,t){if(t===`sources`)return Gn(e);if(t===`contested`)return Wn(e);let n=Rn[t];e.setTitle(n.title);let r=a(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`),i=a(`div`,{class:`list-status`},q()),o=a(`div`,{class:`list-table-holder`});s(e.main,a(`div`,{class:`list-page list-${t}`},a(`h1`,{tabindex:`-1`},n.title),a(`p`,{class:`lead`},n.intro),n.extra?.(e),Vn(e,t,n),n.cite?en(n.cite(e.params),e.params.toString()?`the studies these filters match`:`every study`):null,o,i,a(`p`,{class:`more`},r)));let c=n.variables(e.params),l=null,u=[],d=null,f=async()=>{r.disabled=!0,s(i,q());try{let t=await n.load(c,25,l,e.signal);if(!e.current())return;let a=u.length;u=[...u,...t.nodes],l=t.pageInfo.endCursor;let s=t.pageInfo.hasNextPage?`loaded of ${t.totalCount}; sorting and the filter box apply to these until you load more`:void 0;if(i.replaceChildren(),u.length===0?i.appendChild(W(e.params.toString()?`Nothing matches these filters.`:`Nothing here yet.`)):d?d.setRows(u,s):(d=he({caption:n.title,noun:n.noun,columns:n.columns,rows:u,text:n.text,facets:n.facets,compareId:n.compare?e=>e.id:void 0,rowLabel:e=>e.statement??e.title??``,cls:`list-table`,partial:s}),o.appendChild(d.element)),r.hidden=!t.pageInfo.hasNextPage,r.disabled=!1,a>0){let e=t.nodes[0]?.id;((e?o.querySelector(`tbody a[href$="${CSS.escape(e.split(`:`).pop()??``)}"]`):null)??r).focus()}}catch(t){if(t.name===`AbortError`||!e.current())return;r.hidden=!0,s(i,J(t,()=>void f()))}};r.addEventListener(`click`,()=>void f()),await f()}function Un(e){let t=e.totalCount>e.nodes.length?a(`p`,{class:`muted`},`The first ${e.nodes.length} of ${e.totalCount}.`):null;return a(`section`,{class:`disagree`,"aria-labelledby":`disagree-h`},a(`h2`,{id:`disagree-h`},`Where the sources disagree`),a(`p`,{class:`muted`},`Propositions on which the source documents take different positions: one endorses what another hedges or rejects. The grade is the graph’s verdict on the proposition.`),e.nodes.length?a(`ul`,{class:`plain disagree-list`},e.nodes.map(e=>a(`li`,{class:`disagree-item`},a(`p`,{class:`disagree-claim`},R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)),a(`ul`,{class:`plain positions-list`},e.positions.map(e=>a(`li`,{class:`position-item position-item-${e.position.toLowerCase()}`},Be(e.position),` `,R(e.source.id,e.source.title,`SOURCE`),a(`p`,{class:`position-note`},e.note))))))):W(`The sources agree on every proposition they both take a position on.`),t)}async function Wn(e){e.setTitle(`What goes against the claims`);let t=a(`div`,null,q());s(e.main,a(`div`,{class:`list-page`},a(`h1`,{tabindex:`-1`},`What goes against the claims`),a(`p`,{class:`lead`},`Claims that at least one linked study contradicts or qualifies (limits, or supports only in part), with what each of those studies says. Claims with no study against them are not listed; that does not make them true. Below them: `,a(`a`,{href:`#disagree-h`},`where the sources disagree`),`.`),t));try{let n=await i(Xe,{},e.signal);if(!e.current())return;let r=n.claims.nodes.filter(e=>e.evidenceSummary.contradicts+e.evidenceSummary.qualifies>0),o=n.claims.pageInfo.hasNextPage?a(`p`,{class:`muted`},`Looked through the first ${n.claims.nodes.length} of ${n.claims.totalCount} claims.`):null,c=Un(n.disputed);if(!r.length){s(t,W(`No claim has contradicting or qualifying evidence.`),o,c);return}s(t,o,he({caption:`Claims with contradicting or qualifying evidence`,noun:[`claim`,`claims`],columns:[{key:`claim`,label:`Claim`,sort:e=>e.statement,cell:e=>[R(e.id,e.statement,`CLAIM`),` `,I(e.maturity)]},{key:`contradicts`,label:`Contradict`,numeric:!0,sort:e=>e.evidenceSummary.contradicts,cell:e=>e.evidenceSummary.contradicts},{key:`qualifies`,label:`Qualify`,numeric:!0,sort:e=>e.evidenceSummary.qualifies,cell:e=>e.evidenceSummary.qualifies},{key:`supports`,label:`Support`,numeric:!0,sort:e=>e.evidenceSummary.supports,cell:e=>e.evidenceSummary.supports},{key:`what`,label:`What the studies against it say`,cell:e=>a(`ul`,{class:`plain against-list`},e.evidence.filter(e=>e.stance!==`SUPPORTS`).sort((e,t)=>Ee[t.stance]-Ee[e.stance]).map(e=>a(`li`,null,a(`span`,{class:`badge stance stance-${e.stance.toLowerCase()}`},e.stance===`CONTRADICTS`?`Contradicts`:`Qualifies`),` `,R(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`),e.note?a(`span`,{class:`sub`},e.note):null)))}],rows:r,text:e=>[e.statement,...e.evidence.map(e=>`${e.study.title} ${e.note??``}`)].join(` `),facets:[{key:`maturity`,label:`Maturity`,values:e=>[e.maturity],labelOf:e=>_[e]?.label??e}],initialSort:{key:`contradicts`,descending:!0},compareId:e=>e.id,rowLabel:e=>e.statement}).element,c),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView()}catch(n){if(n.name===`AbortError`||!e.current())return;s(t,J(n,()=>void Wn(e)))}}async function Gn(e){e.setTitle(`Sources`);let t=a(`div`,null,q());s(e.main,a(`div`,{class:`list-page`},a(`h1`,{tabindex:`-1`},`Sources`),a(`p`,{class:`lead`},`The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.`),t));try{let n=await i(xt,{},e.signal);if(!e.current())return;s(t,a(`ul`,{class:`cards`},n.sources.map(e=>a(`li`,{class:`card`},a(`h2`,{class:`card-title`},R(e.id,e.title,`SOURCE`)),a(`p`,{class:`muted`},[O(e.documentKind),e.publisher].filter(Boolean).join(` · `)),a(`p`,null,e.description)))))}catch(n){if(n.name===`AbortError`||!e.current())return;s(t,J(n,()=>void Gn(e)))}}function Kn(e,t){let n=a(`p`,{class:`form-error`,role:`alert`,hidden:!0}),r=Mt({label:`From`,inputId:`${t}-from`,placeholder:`e.g. HN001`,initial:e.from??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),i=Mt({label:`To`,inputId:`${t}-to`,placeholder:`e.g. acne`,initial:e.to??null,keepSelection:!0,onSelect:()=>n.hidden=!0,required:!0}),o=a(`select`,{id:`${t}-hops`,name:`maxHops`},[1,2,3,4,5].map(t=>a(`option`,{value:String(t),selected:t===(e.maxHops??3)},`${t} hop${t>1?`s`:``}`))),s=a(`select`,{id:`${t}-min`,name:`minMaturity`},a(`option`,{value:``},`Any evidence`),v.filter(e=>e!==`NOT_SUPPORTED`).map(t=>a(`option`,{value:t,selected:e.minMaturity===t},`${_[t].label} or stronger`))),c=a(`select`,{id:`${t}-dir`,name:`direction`},a(`option`,{value:`along`,selected:(e.direction??`along`)===`along`},`Along each link (A acts on B)`),a(`option`,{value:`any`,selected:e.direction===`any`},`Either direction (connections)`)),l=a(`button`,{type:`button`,class:`btn btn-quiet`,onclick:()=>{let e=r.value(),t=i.value();r.setValue(t),i.setValue(e)}},`⇅ Swap`),u=a(`form`,{class:`pathways-form`,"aria-label":`Find pathways between two entities`,novalidate:!0},a(`div`,{class:`pf-ends`},r.root,i.root),a(`div`,{class:`pf-options`},a(`div`,{class:`inline-field`},a(`label`,{for:`${t}-hops`},`At most`),o),a(`div`,{class:`inline-field`},a(`label`,{for:`${t}-min`},`Links`),s),a(`div`,{class:`inline-field`},a(`label`,{for:`${t}-dir`},`Follow`),c),l,a(`button`,{type:`submit`,class:`btn btn-primary`},`Find pathways`)),n);return u.addEventListener(`submit`,e=>{e.preventDefault();let t=r.value(),a=i.value();!t||!a?(n.textContent=t?`Choose where the path ends: type a name in “To” and pick a suggestion.`:`Choose where the path starts: type a name in “From” and pick a suggestion.`,n.hidden=!1,(t?i.input:r.input).focus()):F(P(t.id,a.id,o.value,s.value||void 0,c.value===`any`?`any`:void 0))}),u}function qn(e){let t=e.forward?e.from.id:e.to.id,n=e.forward?e.to.id:e.from.id;return{id:`${t}|${e.relation.kind}|${n}`,source:t,target:n}}function Jn(e,t,n){let r=new Map,i=[];for(let t of e)t.nodes.forEach((e,t)=>{r.has(e.id)?r.set(e.id,Math.min(r.get(e.id),t)):(r.set(e.id,t),i.push(e))});let a=Math.max(0,...[...r.entries()].filter(([e])=>e!==n).map(([,e])=>e))+1;r.has(n)&&r.set(n,Math.max(a,1)),r.has(t)&&r.set(t,0);let o=new Map;for(let e of i){let t=r.get(e.id);o.has(t)||o.set(t,[]),o.get(t).push(e)}let s=[];for(let[e,t]of o)t.forEach((n,r)=>s.push({...n,position:{x:e*210,y:(r-(t.length-1)/2)*120}}));return s}var Yn=(e,t,n)=>`${e} ${e===1?t:n}`;function Xn(e){if(!e.claims.length&&!e.studies.length)return a(`span`,{class:`hop-nostudy`},`no study or claim linked`);let t=new Map(e.claims.map((e,t)=>[e.id,t+1]));return a(`details`,{class:`hop-studies`},a(`summary`,null,`${[e.studies.length?Yn(e.studies.length,`study`,`studies`):null,e.claims.length?Yn(e.claims.length,`claim`,`claims`):null].filter(Boolean).join(` · `)} behind this link`),e.claims.length?a(`div`,{class:`hop-claims`},a(`p`,{class:`hop-sub`},`Claims that assert it (the grade is the whole claim’s):`),a(`ol`,{class:`plain`},e.claims.map((e,t)=>a(`li`,null,a(`span`,{class:`claim-no`},`C${t+1}`),` `,I(e.maturity),` `,R(e.id,e.statement,`CLAIM`))))):a(`p`,{class:`hop-sub`},`No claim asserts this link.`),e.studies.length?a(`div`,{class:`hop-study-list`},a(`p`,{class:`hop-sub`},`Studies of the link, with their stance on those claims:`),a(`ul`,{class:`plain`},e.studies.map(({study:n,stances:r})=>a(`li`,null,R(n.id,`${n.title} (${n.year})`,`STUDY`),a(`span`,{class:`sub`},O(n.design)),r.length?a(`span`,{class:`hop-stances`},r.map(n=>{let r=t.get(n.claim.id),i=e.claims.find(e=>e.id===n.claim.id);return a(`span`,{class:`hop-stance`,title:i?`on C${r}: ${i.statement}`:void 0},ge(n.stance),` C${r??`?`}`)})):a(`span`,{class:`sub`},`no stance recorded by these claims`)))),en(`ids=${[...new Set(e.studies.map(e=>e.study.id))].map(encodeURIComponent).join(`,`)}`,`the studies of this link`)):a(`p`,{class:`hop-sub`},`The relationship lists no study.`))}function Zn(e,t){let n=[];return e.nodes.forEach((t,r)=>{n.push(a(`li`,{class:`step-node`},z(t)));let i=e.hops[r];if(i){let e=i.relation;n.push(a(`li`,{class:`step-hop maturity-line-${e.maturity?e.maturity.toLowerCase().replace(`_`,`-`):`ungraded`}`},a(`span`,{class:`hop-rel`},i.forward?`${k(e.kind)} →`:`← ${k(e.kind)}`),e.effect?a(`span`,{class:`hop-effect`},L(e.effect)):null,e.maturity?I(e.maturity):a(`span`,{class:`muted`,title:`A curator linked this without grading the link`},`Not graded`),Xn(i)))}}),a(`li`,{class:`path`,tabindex:`0`,"data-index":String(t)},a(`div`,{class:`path-head`},a(`span`,{class:`path-no`},`Path ${t+1}`),` `,I(e.strength),a(`span`,{class:`muted`},` ${e.length} hop${e.length===1?``:`s`} · as strong as its weakest link`)),a(`ol`,{class:`path-steps`,"aria-label":`Path ${t+1}, step by step`},n))}async function Qn(t){let r=t.params.get(`from`)??``,o=t.params.get(`to`)??``,c=Number.parseInt(t.params.get(`maxHops`)??``,10),l=c>=1&&c<=5?c:3,u=v.includes(t.params.get(`minMaturity`))?t.params.get(`minMaturity`):null,d=t.params.get(`direction`)===`any`?`any`:`along`;t.setTitle(`Pathways`);let f=a(`div`,{class:`pf-holder`}),p=a(`div`,{class:`pathways-results`,"aria-live":`polite`});if(s(t.main,a(`div`,{class:`pathways-page`},a(`h1`,{tabindex:`-1`},`Pathways`),a(`p`,{class:`lead`},`How might one thing lead to another? Choose two entities to see the chains of relationships between them, strongest first, each link with the claims that assert it and the studies behind it. A path is only as strong as its weakest link, and a chain of associations is not proof of cause. By default every link is followed in its stated direction (A acts on B, which acts on C); choose “either direction” to see connections, whose links may run either way.`),f,p)),!r||!o)f.appendChild(Kn({maxHops:l,minMaturity:u,direction:d},`pw`)),s(p,a(`p`,{class:`muted`},`For example: `,a(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`from the probiotic strain HN001 to acne`),` or `,a(`a`,{href:P(`strain:ds-01`,`condition:atopic-dermatitis`,3)},`from the DS-01 synbiotic to atopic dermatitis`),`.`));else{s(p,q(`Finding pathways…`));try{let[n,c]=await Promise.all([i(st,{ids:[r,o]},t.signal),d===`along`?i(pt,{from:r,to:o,maxHops:l,minMaturity:u,first:10},t.signal).then(e=>e.pathways):i(Ye,{from:r,to:o,maxHops:l,minMaturity:u,first:10},t.signal).then(e=>e.connections)]);if(!t.current())return;let[m,h]=n.nodes;f.appendChild(Kn({from:m,to:h,maxHops:l,minMaturity:u,direction:d},`pw`));let g=m?.label??r,v=h?.label??o;if(t.setTitle(`Pathways: ${g} → ${v}`),!c.length){let e=[];if(d===`along`){s(p,q(`No pathways along each link’s direction; looking for connections either way…`));try{e=(await i(Ye,{from:r,to:o,maxHops:l,minMaturity:u,first:10},t.signal)).connections}catch(e){if(e.name===`AbortError`||!t.current())return}if(!t.current())return}let n=P(r,o,l,u??void 0,`any`);s(p,a(`h2`,null,`No ${d===`along`?`pathways`:`connections`} from ${g} to ${v}`),W(`None within ${l} hop${l===1?``:`s`}${u?` with every link ${_[u].label.toLowerCase()} or stronger`:``}${d===`along`?`, following each link’s direction`:``}.`),a(`ul`,{class:`plain`},l<5?a(`li`,null,a(`a`,{href:P(r,o,l+1,u??void 0,d===`any`?`any`:void 0)},`Try ${l+1} hops`)):null,d===`along`&&!e.length?a(`li`,null,a(`a`,{href:n},`Allow links in either direction`)):null,d===`along`?a(`li`,null,a(`a`,{href:P(o,r,l,u??void 0)},`Look the other way: from ${v} to ${g}`)):null),e.length?a(`section`,{class:`section either-way`,"aria-labelledby":`either-h`},a(`h3`,{id:`either-h`},`But they are connected: ${Yn(e.length,`connection`,`connections`)} with links in either direction`),a(`p`,{class:`muted`},`A link marked ← runs against its stated direction, so such a chain shows that the two are related, not that one leads to the other. `,a(`a`,{href:n,class:`btn btn-small`},`Show the ${Yn(e.length,`connection`,`connections`)} with their drawing`)),a(`ol`,{class:`paths`},e.map(Zn))):d===`along`?a(`p`,{class:`muted`},`Nor are they connected within ${Yn(l,`hop`,`hops`)} with links in either direction.`):null);return}let y=Jn(c,r,o),b=new Map,x=[];for(let e of c){let t=[];for(let n of e.hops){let e=qn(n);t.push(e.id),b.has(e.id)||b.set(e.id,{...e,kind:n.relation.kind,maturity:n.relation.maturity,effect:n.relation.effect})}x.push(t)}let{createGraph:S,graphAsList:C}=await e(async()=>{let{createGraph:e,graphAsList:t}=await import(`./graph-C8CWnQTL.js`);return{createGraph:e,graphAsList:t}},__vite__mapDeps([4,5]));if(!t.current())return;let w=S(y,[...b.values()],{layout:`preset`,endIds:[r,o],edgeLabels:b.size<=40,description:`Drawing of ${c.length} pathway${c.length===1?``:`s`} from ${g} to ${v}; the same paths are listed step by step below.`});t.onCleanup(()=>w.destroy());let T=a(`ol`,{class:`paths`},c.map(Zn)),E=e=>{if(!e)return w.highlight();let t=Number(e.dataset.index);w.highlight(c[t].nodes.map(e=>e.id),x[t])};T.addEventListener(`mouseover`,e=>E(e.target.closest(`.path`))),T.addEventListener(`mouseleave`,()=>E(null)),T.addEventListener(`focusin`,e=>E(e.target.closest(`.path`))),T.addEventListener(`focusout`,()=>E(null));let ee=c[0].strength;s(p,a(`h2`,{id:`paths-h`},`${c.length} ${d===`along`?`pathway`:`connection`}${c.length===1?``:`s`} from `,z(m??{id:r,kind:`STRAIN`,label:r}),` to `,z(h??{id:o,kind:`CONDITION`,label:o})),a(`p`,{class:`muted`},`Strongest first (strongest: ${_[ee]?.label.toLowerCase()}). ${d===`along`?`Every link is followed in its stated direction.`:`Links may be followed against their stated direction (marked ←): such a path is a connection, not a chain of effects.`} Point at or focus a path to pick it out in the drawing.`),a(`div`,{class:`pathways-layout`},a(`div`,{class:`pathways-graph`},w.element),a(`div`,{class:`pathways-list`},T)),C(y,`List the ${Yn(y.length,`entity`,`entities`)} on ${c.length===1?`this path`:`these paths`}`)),await w.ready}catch(e){if(e.name===`AbortError`||!t.current())return;if(f.firstChild||f.appendChild(Kn({maxHops:l,minMaturity:u,direction:d},`pw`)),e instanceof n&&(e.notFound||e.badInput)){s(p,a(`div`,{class:`error`,role:`alert`},a(`p`,null,`${e.message}. Choose the two ends with the pickers above.`)));return}s(p,J(e,()=>void Qn(t)))}}}var $n=[{kind:`CLAIM`,text:`What is claimed, and how well founded each claim is.`},{kind:`STUDY`,text:`The trials, reviews and other studies behind the claims.`},{kind:`STRAIN`,text:`Probiotic strains and products that were studied.`},{kind:`MECHANISM`,text:`Gut barrier, short-chain fatty acids, immune signalling…`},{kind:`CONDITION`,text:`Acne, atopic dermatitis and other skin outcomes.`},{kind:`FACTOR`,text:`Diet, stress, antibiotics and other disrupting factors.`},{kind:`SOURCE`,text:`The documents the graph was built from.`}];async function er(e){e.setTitle(``);let t=new Map,n=new Map,r=$n.map(({kind:e,text:r})=>{let i=f[e],o=a(`span`,{class:`card-count`});return t.set(e,o),a(`li`,{class:`card browse-card`},a(`h3`,{class:`card-title`},On(e,14),` `,a(`a`,{href:N(i.list)},i.plural),o),a(`p`,null,r),e===`CLAIM`?a(`ul`,{class:`maturity-links`,"aria-label":`Claims by evidence maturity`},v.map(e=>{let t=a(`span`,{class:`count`});return n.set(e,t),a(`li`,null,a(`a`,{href:N(`claims`,{maturity:e}),title:_[e].description},I(e),t))})):null)});e.main.replaceChildren(a(`div`,{class:`home`},a(`section`,{class:`hero`,"aria-labelledby":`home-h`},a(`h1`,{id:`home-h`,tabindex:`-1`},`The gut–skin axis, claim by claim`),a(`p`,{class:`lead`},`How might the gut microbiome influence skin conditions such as acne and atopic dermatitis? Through gut-barrier integrity, short-chain fatty acids and immune signalling, perhaps. This explorer shows which probiotic strains were studied, which claims are well founded and which are marketing, and which studies stand behind each claim.`),a(`p`,{class:`try`},`Search above for a strain, species, condition or claim, or try: `,a(`a`,{href:se(`eczema`)},`eczema`),` · `,a(`a`,{href:M(`strain:hn001`)},`HN001`),` · `,a(`a`,{href:M(`condition:acne`)},`acne`),` · `,a(`a`,{href:N(`claims`,{kind:`MARKETING`})},`marketing claims`),` · `,a(`a`,{href:N(`contested`)},`what goes against the claims`))),a(`section`,{class:`section`,"aria-labelledby":`browse-h`},a(`h2`,{id:`browse-h`},`Browse`),a(`ul`,{class:`cards browse`},r)),a(`section`,{class:`section`,"aria-labelledby":`pw-h`},a(`h2`,{id:`pw-h`},`Find pathways`),a(`p`,null,`Pick two entities to see how one may lead to the other, e.g. `,a(`a`,{href:P(`strain:hn001`,`condition:acne`,3)},`HN001 to acne`),`.`),Kn({},`home-pw`)),a(`section`,{class:`section`,"aria-labelledby":`scale-h`},a(`h2`,{id:`scale-h`},`How mature is the evidence?`),a(`p`,null,`Every claim and every relationship carries a grade, on the scale of the evidence-grading source document:`),a(`dl`,{class:`scale`},v.map(e=>[a(`dt`,null,I(e)),a(`dd`,null,_[e].description)]))))),i(Ct,{},e.signal).then(e=>{for(let n of e.stats.nodes){let e=g(n.kind),r=e&&t.get(e);r&&(r.textContent=` ${n.count}`)}}).catch(()=>{}),Pn(e.signal).then(e=>{for(let t of v)n.get(t).textContent=` ${e[Nn[t]].totalCount}`}).catch(()=>{})}async function tr(e){let t=(e.params.get(`q`)??``).trim(),n=p.includes(e.params.get(`kind`))?e.params.get(`kind`):null;e.setTitle(t?`Search: ${t}`:`Search`);let r=a(`input`,{id:`search-page-q`,type:`search`,name:`q`,value:t,autocomplete:`off`}),o=a(`select`,{id:`search-page-kind`,name:`kind`},a(`option`,{value:``},`Everything`),p.map(e=>a(`option`,{value:e,selected:e===n},f[e].plural))),c=a(`form`,{class:`filters`,role:`search`},a(`div`,{class:`inline-field grow`},a(`label`,{for:`search-page-q`},`Search for`),r),a(`div`,{class:`inline-field`},a(`label`,{for:`search-page-kind`},`in`),o),a(`button`,{type:`submit`,class:`btn btn-primary`},`Search`));c.addEventListener(`submit`,e=>{e.preventDefault();let t=new URLSearchParams;r.value.trim()&&t.set(`q`,r.value.trim()),o.value&&t.set(`kind`,o.value),F(`/explore/search${t.size?`?${t}`:``}`)}),o.addEventListener(`change`,()=>c.requestSubmit());let l=a(`ol`,{class:`results`}),u=a(`div`,null),d=a(`p`,{class:`muted`,"aria-live":`polite`}),m=a(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`);if(s(e.main,a(`div`,{class:`search-page`},a(`h1`,{tabindex:`-1`},t?`Results for “${t}”`:`Search`),c,d,l,u,a(`p`,{class:`more`},m))),!t)return;let h=null,g=0,_=async()=>{s(u,q(`Searching…`)),m.disabled=!0;try{let r=await i(yt,{query:t,kinds:n?[n]:null,first:20,after:h},e.signal);if(!e.current())return;let o=g;for(let e of r.search.edges){let t=e.matched&&e.matched.toLowerCase()!==e.node.label.toLowerCase();l.appendChild(a(`li`,{class:`result`},jt(e.node.kind),` `,R(e.node.id,e.node.label,e.node.kind),` `,At(e),t?a(`span`,{class:`sub`},`matched “${e.matched}”`):null))}g+=r.search.edges.length,h=r.search.pageInfo.endCursor,d.textContent=nr(r.search.totalCount,r.search.totalCountIsExact),u.replaceChildren(g?``:W(`Nothing matches “${t}”.`)),m.hidden=!r.search.pageInfo.hasNextPage,m.disabled=!1,o>0&&l.children[o]?.querySelector(`a`)?.focus()}catch(t){if(t.name===`AbortError`||!e.current())return;m.hidden=!0,s(u,J(t,()=>void _()))}};m.addEventListener(`click`,()=>void _()),await _()}function nr(e,t){if(!e)return``;let n=e.toLocaleString(`en`);return t?`${n} result${e===1?``:`s`}`:`${n}+ results`}var rr=[[`Claims`,N(`claims`)],[`Studies`,N(`studies`)],[`Strains`,N(`strains`)],[`Mechanisms`,N(`mechanisms`)],[`Conditions`,N(`conditions`)],[`Factors`,N(`factors`)],[`Pathways`,P()],[`Against`,N(`contested`)]],ir=a(`p`,{class:`cite-text`,id:`cite-text`}),ar=a(`button`,{type:`button`,class:`btn btn-small`},`Copy the reference`),or=a(`span`,{class:`muted`,role:`status`}),sr=a(`details`,{class:`cite`},a(`summary`,null,`Cite this page`),ir,a(`p`,null,ar,` `,or)),cr=a(`p`,{class:`graph-version`}),lr=null,ur=null;ar.addEventListener(`click`,async()=>{try{await navigator.clipboard.writeText(ir.textContent??``),or.textContent=`Copied.`}catch{let e=document.createRange();e.selectNodeContents(ir);let t=getSelection();t?.removeAllRanges(),t?.addRange(e),or.textContent=`Selected: press Ctrl+C (or ⌘C) to copy.`}});function dr(){return new Date().toISOString().slice(0,10)}function fr(){if(!ur)return``;let{version:e,updatedAt:t}=ur;return t?`version ${e}, updated ${t.slice(0,10)}`:`version ${e}, as loaded from its source documents`}function pr(e){let t=e===`Gut–Skin Axis Explorer`?d:e.replace(` — ${d}`,``),n=location.origin+location.pathname+location.search,r=[fr(),lr].filter(Boolean).join(`; `);ir.textContent=`${d}. “${t}”. Gut–skin axis knowledge graph${r?` (${r})`:``}. ${n} (accessed ${dr()}).`,or.textContent=``;let i=fr();cr.textContent=lr?`Graph ${i?`${i}: `:``}${lr}; read on ${dr()}.`:``}var mr=!1;function hr(e){mr||(mr=!0,i(at).then(t=>{let n=t.stats.nodes.reduce((e,t)=>e+t.count,0),r=t.stats.relations.reduce((e,t)=>e+t.count,0);lr=`${n.toLocaleString(`en`)} entities, ${r.toLocaleString(`en`)} relationships`,ur={version:t.stats.version,updatedAt:t.stats.updatedAt},pr(document.title||e)}).catch(()=>mr=!1))}window.addEventListener(`gutskin:graph-changed`,()=>mr=!1);function gr(){let e=Mt({label:`Search the knowledge graph`,labelHidden:!0,inputId:`site-search`,placeholder:`Search strains, conditions, claims…`,onSelect:e=>F(M(e.id,e.kind)),onSubmitText:e=>F(se(e))}),t=a(`nav`,{class:`site-nav`,"aria-label":`Main`},a(`ul`,null,rr.map(([e,t])=>a(`li`,null,a(`a`,{href:t,title:e===`Against`?`Claims with contradicting or qualifying evidence`:void 0},e))),a(`li`,null,a(`a`,{href:`/playground`,class:`nav-playground`},`GraphQL playground`)))),n=a(`main`,{id:`main`,tabindex:`-1`}),r=Gt(),i=a(`p`,{class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),o=document.getElementById(`app`);return o.replaceChildren(a(`a`,{class:`skip-link`,href:`#main`},`Skip to content`),a(`header`,{class:`site-header`},a(`div`,{class:`header-inner`},a(`a`,{class:`brand`,href:j},a(`span`,{class:`brand-mark`,"aria-hidden":`true`}),a(`span`,{class:`brand-name`},d)),a(`div`,{class:`header-search`,role:`search`},e.root)),t),r.bar,n,a(`footer`,{class:`site-footer`},a(`div`,{class:`footer-inner`},sr,cr,a(`p`,null,`Built from two source documents; every statement links to where it is made. Not medical advice. `,a(`a`,{href:`/playground`},`Query the API`),` · `,a(`a`,{href:`/schema.graphql`},`Schema`),` · `,r.footerLink,`.`))),i),o.querySelector(`.skip-link`).addEventListener(`click`,e=>{e.preventDefault(),n.focus()}),performance.mark(`explorer:search-visible`),{main:n,announcer:i,nav:t,updateCurator:r.update}}var{main:_r,announcer:vr,nav:yr,updateCurator:br}=gr(),$=0,xr=[],Sr=new AbortController,Cr=!0;function wr(){let e=location.pathname;for(let t of yr.querySelectorAll(`a`)){let n=t.getAttribute(`href`);n!==`/playground`&&(e===n||e.startsWith(`${n}/`))?t.setAttribute(`aria-current`,`page`):t.removeAttribute(`aria-current`)}}async function Tr(){let t=++$;Sr.abort(),Sr=new AbortController;for(let e of xr)e();xr=[];let n=le(location);wr(),br();let r=d,i={main:_r,params:`params`in n?n.params:new URLSearchParams(location.search),signal:Sr.signal,setTitle(e){t===$&&(r=e?`${e} — ${d}`:d,document.title=r)},onCleanup(e){t===$?xr.push(e):e()},current:()=>t===$};_r.dataset.route=n.name,_r.setAttribute(`aria-busy`,`true`);try{switch(n.name){case`home`:await er(i);break;case`entity`:await wn(i,n.slug,n.id);break;case`list`:await Hn(i,n.list);break;case`search`:await tr(i);break;case`pathways`:await Qn(i);break;case`compare`:{let{comparePage:n}=await e(async()=>{let{comparePage:e}=await import(`./compare-CBVNQh3X.js`);return{comparePage:e}},[]);t===$&&await n(i);break}case`curator`:{let{signInPage:n}=await e(async()=>{let{signInPage:e}=await import(`./signin-BvSslIDW.js`);return{signInPage:e}},__vite__mapDeps([6,1,5]));t===$&&n(i);break}default:{i.setTitle(`Page not found`);let e=decodeURIComponent(location.pathname.replace(j,``).replace(/^\/+/,``)).replace(/[^\p{L}\p{N}]+/gu,` `).trim();_r.replaceChildren(Le([`Nothing in the explorer lives at `,a(`code`,null,location.pathname),`.`],[...e?[[se(e),`search for “${e}”`]]:[],[N(`claims`),`browse the claims`],[N(`studies`),`browse the studies`]]))}}}finally{t===$&&(pr(r),hr(r),_r.removeAttribute(`aria-busy`),Cr?(Cr=!1,performance.mark(`explorer:first-page`)):(vr.textContent=r,location.hash||_r.querySelector(`h1`)?.focus({preventScroll:!0})))}}de(()=>void Tr()),fe(),Tr();export{ie as $,je as A,y as B,Ae as C,G as D,R as E,pe as F,_ as G,S as H,j as I,w as J,v as K,M as L,I as M,xe as N,J as O,B as P,h as Q,N as R,kt as S,W as T,f as U,b as V,p as W,re as X,A as Y,O as Z,ht as _,Lt as a,n as at,vt as b,Mt as c,Ke as d,k as et,Ze as f,mt as g,ot as h,Vt as i,u as it,q as j,ve as k,Ve as l,it as m,Yt as n,c as nt,Rt as o,r as ot,Qe as p,x as q,Ut as r,s as rt,zt as s,i as st,On as t,a as tt,He as u,gt as v,L as w,Ot as x,_t as y,F as z};