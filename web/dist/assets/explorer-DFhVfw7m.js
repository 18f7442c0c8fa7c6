import{t as e}from"./preload-helper-DhKmMKam.js";function t(e,t,...r){let i=document.createElement(e);if(t)for(let[e,n]of Object.entries(t))n!=null&&n!==!1&&(typeof n==`function`?i.addEventListener(e.replace(/^on/,``).toLowerCase(),n):n===!0?i.setAttribute(e,``):i.setAttribute(e,String(n)));return n(i,r),i}function n(e,t){for(let r of t)r!=null&&r!==!1&&(Array.isArray(r)?n(e,r):r instanceof Node?e.appendChild(r):e.appendChild(document.createTextNode(String(r))))}function r(e,...t){e.replaceChildren(),n(e,t)}function i(e,t=`, `){let n=[];return e.forEach((e,r)=>{r>0&&n.push(typeof t==`string`?t:t.cloneNode(!0)),n.push(e)}),n}var a=0;function o(e){return a+=1,`${e}-${a}`}var s=`Gut–Skin Axis Explorer`,c=`# Fragments shared by the Explorer's queries. The Explorer appends to each query only the
# fragments it uses (see src/explorer/api.ts), so every query below stays a valid document.

# The three fields every entity has and every link needs: where to go and what to call it.
fragment EntityRef on Entity {
  id
  kind
  label
}

# Where something is stated: the source document, the section and its citation numbers,
# resolved to the studies behind those numbers.
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

# A study as a row of a table.
fragment StudyRow on Study {
  id
  title
  authors
  year
  design
  sampleSize
  link
}

# A claim as a row of a table.
fragment ClaimRow on Claim {
  id
  statement
  maturity
  claimKind
}
`,l=`/query`,u=class extends Error{code;constructor(e,t){super(e),this.name=`GraphQLError`,this.code=t}get notFound(){return this.code===`NOT_FOUND`}},d=new Map;for(let e of c.split(/^(?=fragment\s)/m)){let t=/^fragment\s+(\w+)/.exec(e);t&&d.set(t[1],e.replace(/\n#[^\n]*(\n|$)/g,`
`).trim())}function f(e){let t=new Set,n=e=>{for(let r of e.matchAll(/\.\.\.\s*(\w+)/g)){let e=r[1];e!==`on`&&!t.has(e)&&d.has(e)&&(t.add(e),n(d.get(e)))}};return n(e),[e.trim(),...[...t].sort().map(e=>d.get(e))].join(`

`)}var p=new Map;async function m(e,t={},n){let r=p.get(e);r||(r=f(e),p.set(e,r));let i=await fetch(l,{method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({query:r,variables:t}),signal:n}),a;try{a=await i.json()}catch{throw new u(`The server answered ${i.status} ${i.statusText} without a GraphQL response.`)}if(a.errors?.length){let e=a.errors[0].extensions?.code;throw new u(a.errors.map(e=>e.message).join(`; `),e)}if(!a.data)throw new u(`The server answered ${i.status} with no data.`);return a.data}var h={CLAIM:{slug:`claim`,singular:`Claim`,plural:`Claims`,color:`#be185d`,shape:`round-rectangle`,list:`claims`},STUDY:{slug:`study`,singular:`Study`,plural:`Studies`,color:`#1d4ed8`,shape:`rectangle`,list:`studies`},STRAIN:{slug:`strain`,singular:`Strain`,plural:`Strains`,color:`#15803d`,shape:`ellipse`,list:`strains`},SPECIES:{slug:`species`,singular:`Species`,plural:`Species`,color:`#0f766e`,shape:`hexagon`},MECHANISM:{slug:`mechanism`,singular:`Mechanism`,plural:`Mechanisms`,color:`#7e22ce`,shape:`diamond`,list:`mechanisms`},CONDITION:{slug:`condition`,singular:`Condition`,plural:`Conditions`,color:`#b91c1c`,shape:`octagon`,list:`conditions`},FACTOR:{slug:`factor`,singular:`Factor`,plural:`Factors`,color:`#b45309`,shape:`triangle`,list:`factors`},FINDING:{slug:`finding`,singular:`Finding`,plural:`Findings`,color:`#0e7490`,shape:`tag`},SOURCE:{slug:`source`,singular:`Source`,plural:`Sources`,color:`#4b5563`,shape:`barrel`,list:`sources`}},g=[`CLAIM`,`STUDY`,`STRAIN`,`SPECIES`,`MECHANISM`,`CONDITION`,`FACTOR`,`FINDING`,`SOURCE`];function _(e){return g.find(t=>h[t].slug===e)}function v(e){let t=e.indexOf(`:`);return t>0?_(e.slice(0,t)):void 0}function y(e){let t=e.toUpperCase();return g.includes(t)?t:void 0}var b={ESTABLISHED:{label:`Established`,description:`A well-described concept, supported across reviews.`,color:`#166534`,width:5,lineStyle:`solid`,rank:0},PLAUSIBLE:{label:`Plausible`,description:`Plausible and partly shown.`,color:`#3f6212`,width:4,lineStyle:`solid`,rank:1},EMERGING:{label:`Emerging`,description:`Some positive results, mixed overall.`,color:`#a16207`,width:3,lineStyle:`solid`,rank:2},EARLY:{label:`Early-stage`,description:`Few, small or thin studies.`,color:`#c2410c`,width:2.5,lineStyle:`dashed`,rank:3},NOT_SUPPORTED:{label:`Not supported`,description:`Not supported by good evidence.`,color:`#991b1b`,width:2,lineStyle:`dotted`,rank:4}},x=[`ESTABLISHED`,`PLAUSIBLE`,`EMERGING`,`EARLY`,`NOT_SUPPORTED`],S={SUPPORTS:`Supports`,QUALIFIES:`Qualifies`,CONTRADICTS:`Contradicts`},C={INCREASES:`↑ increases`,DECREASES:`↓ decreases`,NO_EFFECT:`∅ no effect`,MODULATES:`↕ modulates`,MIXED:`± mixed`,DESCRIPTIVE:`# descriptive figure`},w=[`RANDOMIZED_CONTROLLED_TRIAL`,`CONTROLLED_TRIAL`,`META_ANALYSIS`,`SYSTEMATIC_REVIEW`,`SCOPING_REVIEW`,`NARRATIVE_REVIEW`,`CONSENSUS_STATEMENT`,`EDITORIAL`,`IN_VIVO_HUMAN_STUDY`,`CITIZEN_SCIENCE_COHORT`,`OBSERVATIONAL_STUDY`,`ANIMAL_STUDY`,`CONFERENCE_ABSTRACT`,`EVIDENCE_SUMMARY`],ee={RANDOMIZED_CONTROLLED_TRIAL:`Randomised controlled trial`,IN_VIVO_HUMAN_STUDY:`In-vivo human study`};function T(e){if(!e)return``;if(ee[e])return ee[e];let t=e.replace(/_/g,` `).toLowerCase();return t.charAt(0).toUpperCase()+t.slice(1)}var te={CITES:`cites`,MAKES:`makes`,MEMBER_OF:`is a member of`,MODULATES:`modulates`,INFLUENCES:`influences`,AFFECTS:`affects`,IMPLICATED_IN:`is implicated in`,SUBTYPE_OF:`is a form of`,EXAMINED:`examined`,INVESTIGATES:`investigates`,HAS_EVIDENCE:`has evidence`,ABOUT:`is about`,REPORTS:`reports`,MEASURES:`measures`};function E(e){return te[e]??T(e).toLowerCase()}function D(e,t=3){return e.length<=t?e.join(`, `):`${e.slice(0,t).join(`, `)}, et al.`}function ne(e,t=42){return e.length<=t?e:`${e.slice(0,t-1).trimEnd()}…`}var O=`/explore/`,re=[`claims`,`studies`,`strains`,`mechanisms`,`conditions`,`factors`,`sources`];function ie(e){return encodeURIComponent(e).replace(/%3A/gi,`:`)}function k(e,t){let n=t??v(e);return`${O}${n?h[n].slug:e.split(`:`)[0]}/${ie(e)}`}function A(e,t){return oe(`${O}${e}`,t)}function j(e,t,n,r){return oe(`${O}pathways`,{from:e,to:t,maxHops:n===void 0?void 0:String(n),minMaturity:r})}function ae(e){return oe(`${O}search`,{q:e})}function oe(e,t){let n=new URLSearchParams;for(let[e,r]of Object.entries(t??{}))r&&n.set(e,r);let r=n.toString();return r?`${e}?${r}`:e}function se(e){let t=e.pathname;if(!t.startsWith(`/explore/`))return t===`/explore/`.slice(0,-1)?{name:`home`}:{name:`notfound`,path:t};t=t.slice(9);let n=new URLSearchParams(e.search),r=t.split(`/`);if(t===``||t===`index.html`)return{name:`home`};if(r.length===1||r.length===2&&r[1]===``){let t=r[0];return t===`pathways`?{name:`pathways`,params:n}:t===`search`?{name:`search`,params:n}:re.includes(t)?{name:`list`,list:t,params:n}:{name:`notfound`,path:e.pathname}}let i;try{i=decodeURIComponent(r.slice(1).join(`/`))}catch{return{name:`notfound`,path:e.pathname}}return i?{name:`entity`,slug:r[0],id:i}:{name:`notfound`,path:e.pathname}}var ce=()=>{};function le(e){ce=e}function M(e,t={}){let n=new URL(e,location.href);if(n.origin!==location.origin||!n.pathname.startsWith(`/explore/`)){location.assign(n.href);return}let r=n.pathname+n.search+n.hash,i=location.pathname+location.search+location.hash;t.replace||r===i?history.replaceState(null,``,r):history.pushState(null,``,r),window.scrollTo(0,0),ce()}function ue(){document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a`);if(!t||t.target||t.hasAttribute(`download`))return;let n=new URL(t.href,location.href);n.origin===location.origin&&n.pathname.startsWith(`/explore/`)&&(n.hash&&n.pathname===location.pathname&&n.search===location.search||(e.preventDefault(),M(n.pathname+n.search+n.hash)))}),window.addEventListener(`popstate`,()=>ce())}var N=`http://www.w3.org/2000/svg`;function de(e,t=16){let n=h[e],r=document.createElementNS(N,`svg`);r.setAttribute(`width`,String(t)),r.setAttribute(`height`,String(t)),r.setAttribute(`viewBox`,`0 0 16 16`),r.setAttribute(`aria-hidden`,`true`),r.setAttribute(`focusable`,`false`);let i={ellipse:``,rectangle:`1,2 15,2 15,14 1,14`,"round-rectangle":``,diamond:`8,0.5 15.5,8 8,15.5 0.5,8`,hexagon:`4,1 12,1 15.5,8 12,15 4,15 0.5,8`,octagon:`5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5`,triangle:`8,1 15.5,15 0.5,15`,tag:`0.5,2 11,2 15.5,8 11,14 0.5,14`,barrel:`2,1 14,1 15.5,8 14,15 2,15 0.5,8`},a;return n.shape===`ellipse`?(a=document.createElementNS(N,`circle`),a.setAttribute(`cx`,`8`),a.setAttribute(`cy`,`8`),a.setAttribute(`r`,`7.5`)):n.shape===`round-rectangle`?(a=document.createElementNS(N,`rect`),a.setAttribute(`x`,`0.5`),a.setAttribute(`y`,`2`),a.setAttribute(`width`,`15`),a.setAttribute(`height`,`12`),a.setAttribute(`rx`,`4`)):(a=document.createElementNS(N,`polygon`),a.setAttribute(`points`,i[n.shape]??i.rectangle)),a.setAttribute(`fill`,n.color),r.appendChild(a),r}function fe(e){let t=b[e],n=document.createElementNS(N,`svg`);n.setAttribute(`width`,`36`),n.setAttribute(`height`,`12`),n.setAttribute(`viewBox`,`0 0 36 12`),n.setAttribute(`aria-hidden`,`true`),n.setAttribute(`focusable`,`false`);let r=document.createElementNS(N,`line`);return r.setAttribute(`x1`,`1`),r.setAttribute(`y1`,`6`),r.setAttribute(`x2`,`35`),r.setAttribute(`y2`,`6`),r.setAttribute(`stroke`,t.color),r.setAttribute(`stroke-width`,String(Math.max(1.5,t.width*.8))),t.lineStyle===`dashed`&&r.setAttribute(`stroke-dasharray`,`6 3`),t.lineStyle===`dotted`&&r.setAttribute(`stroke-dasharray`,`2 3`),n.appendChild(r),n}function pe(e,n){let r=new Set(e),i=new Set(n);return t(`div`,{class:`legend`},t(`div`,{class:`legend-group`},t(`h3`,{class:`legend-title`},`Entities`),t(`ul`,null,g.filter(e=>r.has(e)).map(e=>t(`li`,null,de(e),` `,h[e].singular)))),t(`div`,{class:`legend-group`},t(`h3`,{class:`legend-title`},`Evidence maturity of links`),t(`ul`,null,x.filter(e=>i.has(e)).map(e=>t(`li`,{title:b[e].description},fe(e),` `,b[e].label)))))}function me(e,t){let n=e.effect?`, ${T(e.effect).toLowerCase()}`:``;return`${t.get(e.source)??e.source} ${E(e.kind)} ${t.get(e.target)??e.target} (${b[e.maturity]?.label??e.maturity}${n})`}function he(e,t,n){let r=new Map;for(let t of e)r.set(t.id,[]);for(let e of t)r.get(e.source)?.push(e.target),r.get(e.target)?.push(e.source);let i=new Map,a=n&&r.has(n)?n:e[0]?.id;if(a){i.set(a,0);let e=[a];for(;e.length;){let t=e.shift();for(let n of r.get(t)??[])i.has(n)||(i.set(n,i.get(t)+1),e.push(n))}}let o=new Map;for(let t of e){let e=i.get(t.id)??2**53-1;o.has(e)||o.set(e,[]),o.get(e).push(t)}let s=new Map,c=new Map,l=0;for(let e of[...o.keys()].sort((e,t)=>e-t)){let t=o.get(e);if(e===0&&t.length===1){s.set(t[0].id,{x:0,y:0});continue}let n=(e,t)=>g.indexOf(e.kind)-g.indexOf(t.kind)||e.label.localeCompare(t.label);if(e<=1||e===2**53-1)t.sort(n);else{let a=new Map;for(let n of t){let t=0,o=0;for(let a of r.get(n.id)??[]){let n=c.get(a);n!==void 0&&i.get(a)===e-1&&(t+=Math.cos(n),o+=Math.sin(n))}a.set(n.id,Math.atan2(o,t))}t.sort((e,t)=>a.get(e.id)-a.get(t.id)||n(e,t))}l=Math.max(l+220,t.length*90/(2*Math.PI));let a=e>=2&&t.length?ge(t,c,r):-Math.PI/2;t.forEach((e,n)=>{let r=a+2*Math.PI*n/t.length;c.set(e.id,r),s.set(e.id,{x:l*Math.cos(r),y:l*Math.sin(r)})})}return s}function ge(e,t,n){for(let r of n.get(e[0].id)??[]){let e=t.get(r);if(e!==void 0)return e}return-Math.PI/2}function _e(n,r,i){let a=new Map(n.map(e=>[e.id,e.label])),o=new Set(n.map(e=>e.id)),s=r.filter(e=>o.has(e.source)&&o.has(e.target)),c=t(`div`,{class:`graph-canvas`,role:`img`,"aria-label":i.description}),l=t(`p`,{class:`graph-status`,"aria-live":`off`},`Point at a node or link for details; click a node to open it.`),u,d=!1,f=e=>{u&&u.zoom({level:u.zoom()*e,renderedPosition:{x:u.width()/2,y:u.height()/2}})};return{element:t(`figure`,{class:`graph`},t(`div`,{class:`graph-toolbar`},t(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>f(1.25),"aria-label":`Zoom in`},`+`),t(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>f(.8),"aria-label":`Zoom out`},`−`),t(`button`,{type:`button`,class:`btn btn-small`,onclick:()=>u?.fit(void 0,30)},`Fit`)),c,l,t(`figcaption`,null,pe(new Set(n.map(e=>e.kind)),new Set(s.map(e=>e.maturity))))),ready:(async()=>{let{default:t}=await e(async()=>{let{default:e}=await import(`./cytoscape.esm-DpfQbjy7.js`);return{default:e}},[]);if(d)return;let r=i.layout===`concentric`?he(n,s,i.centerId):null,o=i.layout===`preset`&&c.clientWidth>0&&c.clientWidth<560,f=e=>o?{x:e.y*1.2,y:e.x*.75}:e,p=new Set([...i.centerId?[i.centerId]:[],...i.endIds??[]]),m=[...n.map(e=>({group:`nodes`,data:{id:e.id,kind:e.kind,label:e.label,short:ne(e.label,38),color:h[e.kind]?.color??`#4b5563`,shape:h[e.kind]?.shape??`ellipse`},position:e.position?f(e.position):r?.get(e.id)??{x:0,y:0},classes:p.has(e.id)?`big`:``})),...s.map(e=>{let t=b[e.maturity]??b.EARLY,n=i.layout===`concentric`&&i.centerId!==void 0&&e.source!==i.centerId&&e.target!==i.centerId;return{group:`edges`,data:{id:e.id,source:e.source,target:e.target,color:t.color,width:t.width,lineStyle:t.lineStyle,label:E(e.kind),text:me(e,a)},classes:n?`side`:`spoke`}})];u=t({container:c,elements:m,layout:{name:`preset`,fit:!0,padding:30},minZoom:.15,maxZoom:3,userZoomingEnabled:!1,boxSelectionEnabled:!1,autoungrabify:!1,style:[{selector:`node`,style:{"background-color":`data(color)`,shape:`data(shape)`,width:i.layout===`preset`?30:24,height:i.layout===`preset`?30:24,label:`data(short)`,"font-size":i.layout===`preset`?13:11,"font-family":`system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`,color:`#111827`,"text-valign":`bottom`,"text-margin-y":4,"text-wrap":`wrap`,"text-max-width":`130px`,"text-outline-color":`#ffffff`,"text-outline-width":2,"min-zoomed-font-size":7,"border-width":1.5,"border-color":`#ffffff`}},{selector:`node.big`,style:{width:40,height:40,"font-weight":`bold`,"font-size":i.layout===`preset`?14:12,"border-width":3,"border-color":`#111827`}},{selector:`node:active, node.hover`,style:{"overlay-opacity":.12,"overlay-color":`#111827`}},{selector:`edge`,style:{width:`data(width)`,"line-color":`data(color)`,"line-style":`data(lineStyle)`,"target-arrow-color":`data(color)`,"target-arrow-shape":`triangle`,"arrow-scale":.8,"curve-style":`bezier`,opacity:.8}},...i.edgeLabels?[{selector:`edge`,style:{label:`data(label)`,"font-size":10,color:`#1f2937`,"text-rotation":o?`none`:`autorotate`,"text-background-color":`#ffffff`,"text-background-opacity":.9,"text-background-padding":`2px`}}]:[],{selector:`edge.spoke`,style:{"z-index":3}},{selector:`edge.side`,style:{"curve-style":`unbundled-bezier`,"control-point-distances":[45],"control-point-weights":[.5],"z-index":1,opacity:.65}},{selector:`.faded`,style:{opacity:.12}},{selector:`edge.hl`,style:{opacity:1,"z-index":10}}]}),u.fit(void 0,30),u.on(`tap`,`node`,e=>M(k(e.target.id(),e.target.data(`kind`)))),u.on(`mouseover`,`node`,e=>{e.target.addClass(`hover`),c.style.cursor=`pointer`,l.textContent=`${h[e.target.data(`kind`)]?.singular??``}: ${e.target.data(`label`)} — click to open.`}),u.on(`mouseout`,`node`,e=>{e.target.removeClass(`hover`),c.style.cursor=``}),u.on(`mouseover`,`edge`,e=>{l.textContent=e.target.data(`text`)});let g=()=>u?.userZoomingEnabled(!0);c.addEventListener(`mousedown`,g),c.addEventListener(`touchstart`,g,{passive:!0}),c.addEventListener(`mouseleave`,()=>u?.userZoomingEnabled(!1)),c.dataset.ready=`true`})(),highlight(e,t){if(!u||(u.elements().removeClass(`faded hl`),!e))return;let n=new Set(e),r=new Set(t??[]);u.nodes().forEach(e=>{n.has(e.id())||e.addClass(`faded`)}),u.edges().forEach(e=>{r.has(e.id())?e.addClass(`hl`):e.addClass(`faded`)})},destroy(){d=!0,u?.destroy()}}}function ve(e,n){let r=new Map;for(let t of e)r.has(t.kind)||r.set(t.kind,[]),r.get(t.kind).push(t);let i=g.filter(e=>r.has(e)).map(e=>t(`div`,{class:`graph-list-group`},t(`h4`,null,`${h[e].plural} (${r.get(e).length})`),t(`ul`,null,r.get(e).sort((e,t)=>e.label.localeCompare(t.label)).map(e=>t(`li`,null,t(`a`,{href:k(e.id,e.kind)},e.label))))));return t(`details`,{class:`graph-list`},t(`summary`,null,n),i)}var ye=`# Full-text search, as used by the search box and the entity pickers. \`matched\` tells which
# name, synonym or former name matched, e.g. "eczema" for atopic dermatitis.
query Search($query: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      matched
      node {
        ...EntityRef
      }
    }
  }
}
`;function be(e){let n=h[e];return t(`span`,{class:`kind-badge kind-${n.slug}`},n?n.singular:e)}function xe(e){let n=e.inputId??o(`combo`),r=`${n}-listbox`,i=`${n}-status`,a=e.max??8,s=e.initial??null,c=[],l=-1,u=0,d,f,p=t(`input`,{id:n,type:`search`,class:`combo-input`,role:`combobox`,autocomplete:`off`,autocapitalize:`off`,spellcheck:`false`,"aria-autocomplete":`list`,"aria-expanded":`false`,"aria-controls":r,"aria-describedby":i,placeholder:e.placeholder??``,required:e.required??!1,enterkeyhint:`search`});s&&(p.value=s.label);let h=t(`ul`,{id:r,class:`combo-list`,role:`listbox`,"aria-label":`${e.label}: suggestions`,hidden:!0}),g=t(`p`,{id:i,class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),_=t(`div`,{class:`combo`},t(`label`,{for:n,class:e.labelHidden?`visually-hidden`:`combo-label`},e.label),t(`div`,{class:`combo-field`},p,h),g),v=()=>!h.hidden;function y(){c.length!==0&&(h.hidden=!1,p.setAttribute(`aria-expanded`,`true`))}function b(){h.hidden=!0,p.setAttribute(`aria-expanded`,`false`),x(-1)}function x(e){l=e;let t=h.querySelectorAll(`[role="option"]`);t.forEach((t,n)=>t.setAttribute(`aria-selected`,n===e?`true`:`false`)),e>=0&&t[e]?(p.setAttribute(`aria-activedescendant`,t[e].id),t[e].scrollIntoView({block:`nearest`})):p.removeAttribute(`aria-activedescendant`)}function S(t){let n=c[t];n&&(b(),e.keepSelection?(s=n.node,p.value=n.node.label):(p.value=``,c=[]),e.onSelect(n.node))}function C(e){h.replaceChildren(),c.forEach((e,n)=>{let i=e.matched&&e.matched.trim().toLowerCase()!==e.node.label.trim().toLowerCase(),a=t(`li`,{id:`${r}-${n}`,role:`option`,class:`combo-option`,"aria-selected":`false`},be(e.node.kind),t(`span`,{class:`combo-text`},t(`span`,{class:`combo-name`},e.node.label),i?t(`span`,{class:`combo-matched`},`matched “${e.matched}”`):null));a.addEventListener(`mousedown`,e=>e.preventDefault()),a.addEventListener(`click`,()=>S(n)),a.addEventListener(`mousemove`,()=>{l!==n&&x(n)}),h.appendChild(a)}),c.length?(g.textContent=`${c.length} suggestion${c.length===1?``:`s`} for “${e}”. Use the up and down arrow keys to choose, Enter to open.`,y(),x(-1)):(g.textContent=e?`No matches for “${e}”.`:``,h.appendChild(t(`li`,{class:`combo-empty`,role:`presentation`},e?`No matches for “${e}”`:``)),h.hidden=!e,p.setAttribute(`aria-expanded`,`false`))}async function w(n){let r=++u;f?.abort(),f=new AbortController,_.classList.add(`is-loading`);try{let t=await m(ye,{query:n,first:a,kinds:e.kinds??null},f.signal);if(r!==u)return;c=t.search.edges.map(e=>({matched:e.matched,node:e.node})),C(n)}catch(e){if(e.name===`AbortError`||r!==u)return;c=[],h.replaceChildren(t(`li`,{class:`combo-empty`,role:`presentation`},`Search failed: ${e.message}`)),h.hidden=!1,g.textContent=`Search failed.`}finally{r===u&&_.classList.remove(`is-loading`)}}return p.addEventListener(`input`,()=>{e.keepSelection&&s&&p.value!==s.label&&(s=null),window.clearTimeout(d);let t=p.value.trim();t.length<2?(u++,f?.abort(),c=[],h.replaceChildren(),b(),g.textContent=``):d=window.setTimeout(()=>void w(t),140)}),p.addEventListener(`keydown`,t=>{let n=c.length;switch(t.key){case`ArrowDown`:t.preventDefault(),v()?n&&x(l+1>=n?0:l+1):(y(),n&&x(0));break;case`ArrowUp`:t.preventDefault(),v()?n&&x(l<=0?n-1:l-1):(y(),n&&x(n-1));break;case`Enter`:v()&&l>=0?(t.preventDefault(),S(l)):e.onSubmitText&&p.value.trim()&&(t.preventDefault(),b(),e.onSubmitText(p.value.trim()));break;case`Escape`:v()&&(t.preventDefault(),b());break;case`Tab`:b()}}),p.addEventListener(`blur`,()=>window.setTimeout(b,120)),p.addEventListener(`focus`,()=>{c.length&&p.value.trim().length>=2&&!(e.keepSelection&&s)&&y()}),{root:_,input:p,value:()=>s,setValue(e){s=e,p.value=e?e.label:``}}}function P(e){let n=b[e];return t(`span`,{class:`badge maturity maturity-${e.toLowerCase().replace(`_`,`-`)}`,title:n?.description},n?.label??T(e))}function Se(e){return t(`span`,{class:`badge stance stance-${e.toLowerCase()}`},S[e]??T(e))}function Ce(e){return t(`span`,{class:`badge claim-kind claim-kind-${e.toLowerCase()}`,title:e===`MARKETING`?`A popular marketing promise, graded`:`A scientific statement`},e===`MARKETING`?`Marketing claim`:`Scientific claim`)}function F(e){return e?C[e]??T(e):``}function I(e,n,r){return t(`a`,{href:k(e,r??v(e))},n)}function L(e){return t(`span`,{class:`chip`},be(e.kind),` `,I(e.id,e.label,e.kind))}function we(e,n,r=`ext`){return t(`a`,{href:e,class:r,rel:`noopener noreferrer`,target:`_blank`},n,t(`span`,{class:`visually-hidden`},` (opens in a new tab)`))}function R(e){if(!e.link)return t(`span`,{class:`muted`},`—`);let n=e.link.startsWith(`https://doi.org/`)?`doi:${decodeURIComponent(e.link.slice(16))}`:e.doi?`doi:${e.doi}`:`link`;return we(e.link,n,`ext doi`)}function z(e,n,...r){return t(`section`,{class:`section`,"aria-labelledby":`${n}-h`},t(`h2`,{id:`${n}-h`},e),...r)}function B(e){return t(`dl`,{class:`facts`},e.filter(([,e])=>e!=null&&e!==``&&!(Array.isArray(e)&&e.length===0)).map(([e,n])=>[t(`dt`,null,e),t(`dd`,null,n)]))}function V(e){return e.length?i(e.map(e=>t(`span`,{class:`name`},e))):null}function H(e){return t(`p`,{class:`muted empty`},e)}function U(e,n,r,i=``){return t(`div`,{class:`table-wrap`},t(`table`,{class:`table stack ${i}`},e?t(`caption`,{class:`visually-hidden`},e):null,t(`thead`,null,t(`tr`,null,n.map(e=>t(`th`,{scope:`col`},e)))),t(`tbody`,null,r.map(e=>t(`tr`,null,e.map((e,r)=>t(`td`,{"data-label":n[r]},e)))))))}function Te(e,n){return e.length?U(n,[`Study`,`Design`,`Sample size`,`Year`,`Link`],[...e].sort((e,t)=>t.year-e.year||e.title.localeCompare(t.title)).map(e=>[t(`span`,null,I(e.id,e.title,`STUDY`),t(`span`,{class:`sub`},D(e.authors))),T(e.design),e.sampleSize??`—`,e.year,R(e)])):H(`No studies.`)}function W(e,n,r){return e.length?U(n,r?[`Claim`,`Stance of this study`,`Evidence maturity`,`Kind`]:[`Claim`,`Evidence maturity`,`Kind`],e.map(e=>{let n=r?.get(e.id),i=[I(e.id,e.statement,`CLAIM`)];return r&&i.push(n?[Se(n.stance),n.note?t(`span`,{class:`sub`},n.note):null]:`—`),i.push(P(e.maturity),e.claimKind===`MARKETING`?`Marketing`:`Scientific`),i})):H(`No claims.`)}function G(e,n,r){return e.length?U(r,[`Related`,`Relationship`,`Effect`,`Evidence maturity`,`Studies`],e.map(e=>{let r=e.from.id===n,i=r?e.to:e.from,a=r?`${E(e.kind)} →`:`← ${E(e.kind)}`;return[[L(i),e.note?t(`span`,{class:`sub`},e.note):null],t(`span`,{class:`rel`,title:r?`This ${E(e.kind)} the related entity`:`The related entity ${E(e.kind)} this`},a),F(e.effect)||`—`,P(e.maturity),e.studies.length?t(`ul`,{class:`plain`},e.studies.map(e=>t(`li`,null,I(e.id,`${e.title} (${e.year})`,`STUDY`)))):`—`]})):H(`None recorded.`)}function Ee(e){return z(`Provenance`,`provenance`,e.length?t(`ul`,{class:`provenance`},e.map(e=>t(`li`,null,t(`div`,null,I(e.source.id,e.source.title,`SOURCE`)),t(`div`,{class:`prov-section`},t(`span`,{class:`muted`},`Section: `),e.section||`—`),e.citations.length?t(`div`,{class:`prov-cites`},t(`span`,{class:`muted`},e.citations.length===1?`Citation: `:`Citations: `),i(e.citations.map(e=>t(`span`,{class:`cite-num`},`[${e}]`)),` `),e.citedStudies.length?t(`ul`,{class:`plain cited`},e.citedStudies.map(e=>t(`li`,null,I(e.id,`${e.title} (${e.year})`,`STUDY`)))):null):t(`div`,{class:`prov-cites muted`},`No citation numbers at this point.`)))):H(`No provenance recorded.`))}function K(e=`Loading…`){return t(`p`,{class:`loading`,role:`status`},t(`span`,{class:`spinner`,"aria-hidden":`true`}),e)}function q(e,n){let r=e instanceof Error?e.message:String(e);return t(`div`,{class:`error`,role:`alert`},t(`p`,null,t(`strong`,null,`Something went wrong. `),r),n?t(`button`,{type:`button`,class:`btn`,onclick:n},`Try again`):null)}var De=`# A claim with everything its page shows: the statement, how mature its evidence is and on
# what basis, the honest assessment, where it is made, and the evidence table (each study with
# its stance, design, size, year, findings and DOI link).
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
          id
          summary
          effect
          significant
        }
      }
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,Oe=`# A condition or skin outcome: broader and narrower forms, what influences it, and the
# studies, findings and claims about it.
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
    }
    influencedBy {
      ...RelationFields
    }
    studies {
      ...StudyRow
    }
    findings {
      id
      summary
      effect
      significant
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
`,ke=`# A lifestyle or disrupting factor and what it affects, with the direction of effect.
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
`,Ae=`# A quantitative result: what was measured, the effect and its statistics, and the study.
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
`,je=`# A mechanism of the axis: what acts on it, what it influences, and the studies and claims.
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
`,Me=`# The entities around one entity and the relationships between them, ready to draw.
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
`,Ne=`# A source document the graph was built from: its record, the works it cites by number and
# the claims it makes or grades.
query Source($id: ID!) {
  source(id: $id) {
    ...EntityRef
    title
    publisher
    documentKind
    fileName
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
`,Pe=`# A species or genus with its current and former names, its strains and its relationships.
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
    }
    relations {
      ...RelationFields
    }
    provenance {
      ...ProvenanceFields
    }
  }
}
`,Fe=`# A probiotic strain or product: its species, names, the mechanisms it modulates (with effect
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
`,Ie=`# A study: its bibliographic record, what it examined and found, and every claim resting on it.
query Study($id: ID!) {
  study(id: $id) {
    ...EntityRef
    title
    authors
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
      id
      summary
      measure
      effect
      significant
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
`,J=e=>e===!0?`significant`:e===!1?`not significant`:null;function Le(e,n=!1){return e.length?t(`ul`,{class:`findings`},e.map(e=>t(`li`,null,I(e.id,e.summary,`FINDING`),t(`span`,{class:`sub`},i([e.measure?`Measure: ${e.measure}`:null,F(e.effect),J(e.significant),n&&e.study?I(e.study.id,`${e.study.title} (${e.study.year})`,`STUDY`):null].filter(Boolean),` · `))))):H(`No findings recorded.`)}function Y(e){return e?t(`p`,{class:`prose`},e):null}var Re={SUPPORTS:0,QUALIFIES:1,CONTRADICTS:2};function ze(e){let n=e.evidenceSummary,r=e.maturityBasis===`GRADED_BY_SOURCE`?`Graded by the source document`:`Assessed from the source’s own hedging and the studies it cites`,a=[...e.evidence].sort((e,t)=>Re[e.stance]-Re[t.stance]||t.study.year-e.study.year);return{title:e.statement,lead:[t(`p`,{class:`badges`},P(e.maturity),` `,Ce(e.claimKind))],body:[z(`Assessment`,`assessment`,Y(e.assessment),B([[`Evidence maturity`,[P(e.maturity),` `,t(`span`,{class:`muted`},b[e.maturity]?.description??``)]],[`Maturity basis`,r],[`Claim kind`,e.claimKind===`MARKETING`?`Marketing (a popular promise, graded)`:`Scientific`],[`Source`,I(e.source.id,e.source.title,`SOURCE`)],[`Section`,e.section],[`About`,e.subjects.length?t(`span`,{class:`chips`},e.subjects.map(L)):null]])),z(`Evidence`,`evidence`,t(`p`,{class:`evidence-summary`},`${n.total} ${n.total===1?`study`:`studies`}: `,i([`${n.supports} support`,`${n.qualifies} qualify`,`${n.contradicts} contradict`]),n.byDesign.length?t(`span`,{class:`sub`},i(n.byDesign.map(e=>`${e.count} × ${T(e.design).toLowerCase()}`),` · `)):null),a.length?U(`Studies behind this claim`,[`Study`,`Stance`,`Design`,`Sample size`,`Year`,`Findings`,`DOI`],a.map(e=>[[I(e.study.id,e.study.title,`STUDY`),t(`span`,{class:`sub`},D(e.study.authors)),e.note?t(`span`,{class:`note`},e.note):null],Se(e.stance),T(e.study.design),e.study.sampleSize??`—`,e.study.year,e.study.findings.length?t(`ul`,{class:`plain`},e.study.findings.map(e=>t(`li`,null,I(e.id,e.summary,`FINDING`),J(e.significant)?t(`span`,{class:`sub`},J(e.significant)):null))):`—`,R(e.study)]),`evidence-table`):H(`No studies are linked to this claim.`))]}}function Be(e){let n=[e.journal?t(`i`,null,e.journal):null,e.volume?` ${e.volume}`:null,e.issue?`(${e.issue})`:null,e.pages?`:${e.pages}`:null].filter(Boolean);return t(`p`,{class:`bib`},e.authors.length?`${e.authors.join(`, `)}. `:null,`(${e.year}). `,`${e.title.replace(/\.$/,``)}. `,n.length?[n,`. `]:null,e.link?R(e):null)}function Ve(e){let n=new Map(e.claims.map(e=>[e.claim.id,{stance:e.stance,note:e.note}]));return{title:e.title,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.design)),` `,t(`span`,{class:`muted`},`${e.year}`))],body:[z(`Record`,`record`,Be(e),B([[`Authors`,e.authors.join(`, `)],[`Year`,e.year],[`Journal`,e.journal],[`Volume`,e.volume],[`Issue`,e.issue],[`Pages`,e.pages],[`DOI`,e.doi&&e.link?R(e):e.doi],[`Link`,!e.doi&&e.link?R(e):null],[`Design`,T(e.design)],[`Population`,e.population],[`Sample size`,e.sampleSize],[`Duration`,e.duration],[`Cited by`,e.citations.length?i(e.citations.map(e=>[I(e.source.id,e.source.title,`SOURCE`),` [${e.number}]`])):null]]),Y(e.summary)),z(`Claims resting on this study`,`claims`,W(e.claims.map(e=>e.claim),`Claims that cite this study as evidence`,n)),z(`Findings`,`findings`,Le(e.findings)),z(`What it examined`,`examined`,B([[`Strains and species`,e.strains.length?t(`span`,{class:`chips`},e.strains.map(L)):`—`],[`Topics`,e.topics.length?t(`span`,{class:`chips`},e.topics.map(L)):`—`]]))]}}function He(e){return{title:e.fullName||e.name,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},e.strainKind===`PRODUCT`?`Product (multi-species)`:`Strain`),` `,e.name===e.fullName?null:t(`span`,{class:`muted`},`Designation ${e.name}`))],body:[z(`About`,`about`,B([[`Designation`,e.name],[`Species`,e.species?I(e.species.id,e.species.name,`SPECIES`):e.strainKind===`PRODUCT`?`A multi-species product`:`—`],[`Former names`,V(e.formerNames)],[`Synonyms`,V(e.synonyms)]]),Y(e.description)),z(`Mechanisms`,`mechanisms`,G(e.mechanisms,e.id,`Mechanisms this strain modulates`)),z(`Studies`,`studies`,Te(e.studies,`Studies that examined this strain`)),z(`Claims`,`claims`,W(e.claims,`Claims about this strain`))]}}function Ue(e){return{title:e.name,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.speciesKind)))],body:[z(`About`,`about`,B([[`Kind`,T(e.speciesKind)],[`Former names`,V(e.formerNames)],[`Synonyms`,V(e.synonyms)]]),Y(e.description)),z(`Strains`,`strains`,e.strains.length?t(`ul`,{class:`plain cols`},e.strains.map(e=>t(`li`,null,I(e.id,e.fullName||e.name,`STRAIN`)))):H(`No strains of this species in the graph.`)),z(`Relationships`,`relations`,G(e.relations,e.id,`Relationships of this species`))]}}function We(e){return{title:e.name,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.category)))],body:[z(`About`,`about`,B([[`Category`,T(e.category)],[`Synonyms`,V(e.synonyms)]]),Y(e.description)),z(`What acts on it`,`influenced-by`,G(e.influencedBy,e.id,`Strains, factors and mechanisms acting on this mechanism`)),z(`What it influences`,`influences`,G(e.influences,e.id,`What this mechanism influences`)),z(`Studies`,`studies`,Te(e.studies,`Studies that addressed this mechanism`)),z(`Claims`,`claims`,W(e.claims,`Claims about this mechanism`))]}}function Ge(e){return{title:e.name,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.conditionKind)))],body:[z(`About`,`about`,B([[`Kind`,T(e.conditionKind)],[`Also called`,V(e.synonyms)],[`A form of`,e.subtypeOf?I(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):null],[`Narrower forms`,e.subtypes.length?i(e.subtypes.map(e=>I(e.id,e.name,`CONDITION`))):null]]),Y(e.description)),z(`What influences it`,`influenced-by`,G(e.influencedBy,e.id,`Mechanisms, factors and species influencing this condition`)),z(`Claims`,`claims`,W(e.claims,`Claims about this condition`)),z(`Findings`,`findings`,Le(e.findings,!0)),z(`Studies`,`studies`,Te(e.studies,`Studies that addressed this condition`))]}}function Ke(e){return{title:e.name,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.factorKind)))],body:[z(`About`,`about`,B([[`Kind`,T(e.factorKind)],[`Also called`,V(e.synonyms)]]),Y(e.description)),z(`What it affects`,`affects`,G(e.affects,e.id,`What this factor affects`)),z(`Claims`,`claims`,W(e.claims,`Claims about this factor`))]}}function qe(e){let n=e.value===null?null:`${e.value}${e.unit?` ${e.unit}`:``}`;return{title:e.summary,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},F(e.effect)),` `,J(e.significant)?t(`span`,{class:`muted`},J(e.significant)):null)],body:[z(`Result`,`result`,B([[`Measure`,e.measure],[`Effect`,F(e.effect)],[`Value`,n],[`p-value`,e.pValue],[`Effect size`,e.effectSize],[`Heterogeneity (I²)`,e.heterogeneityI2===null?null:`${e.heterogeneityI2}%`],[`Trials`,e.trials],[`Participants`,e.participants],[`Studies pooled`,e.studyCount],[`Time point`,e.timepoint],[`Statistically significant`,e.significant===null?null:e.significant?`Yes`:`No`],[`Measures`,e.measures.length?t(`span`,{class:`chips`},e.measures.map(L)):null]])),z(`Study`,`study`,Te([e.study],`The study that reported this finding`))]}}function Je(e){let n=[...e.citations].sort((e,t)=>e.number-t.number);return{title:e.title,lead:[t(`p`,{class:`badges`},t(`span`,{class:`badge neutral`},T(e.documentKind)),` `,e.publisher?t(`span`,{class:`muted`},e.publisher):null)],body:[z(`About`,`about`,B([[`Publisher`,e.publisher],[`Kind of document`,T(e.documentKind)],[`File`,t(`code`,null,e.fileName)],[`Authors`,e.authors.join(`, `)],[`Reviewers`,e.reviewers.join(`, `)]]),Y(e.description)),z(`Claims it makes or grades`,`claims`,W(e.claims,`Claims made or graded by this document`)),z(`References`,`references`,n.length?U(`Works this document cites, by citation number`,[`No.`,`Study`,`Design`,`Year`,`Link`],n.map(e=>[`[${e.number}]`,[I(e.study.id,e.study.title,`STUDY`),t(`span`,{class:`sub`},D(e.study.authors))],T(e.study.design),e.study.year,R(e.study)])):H(`No references.`))]}}var Ye={CLAIM:{query:De,field:`claim`,render:ze},STUDY:{query:Ie,field:`study`,render:Ve},STRAIN:{query:Fe,field:`strain`,render:He},SPECIES:{query:Pe,field:`species`,render:Ue},MECHANISM:{query:je,field:`mechanism`,render:We},CONDITION:{query:Oe,field:`condition`,render:Ge},FACTOR:{query:ke,field:`factor`,render:Ke},FINDING:{query:Ae,field:`finding`,render:qe},SOURCE:{query:Ne,field:`source`,render:Je}};function Xe(e,n,i){let a=e.params.get(`depth`)===`2`?2:1,o=t(`div`,{class:`graph-holder`},K(`Loading the graph…`)),s=t(`select`,{id:`depth`,onchange:e=>{let t=e.target.value,n=new URL(location.href);t===`1`?n.searchParams.delete(`depth`):n.searchParams.set(`depth`,t),M(n.pathname+n.search+`#graph`,{replace:!0})}},t(`option`,{value:`1`,selected:a===1},`Direct neighbours`),t(`option`,{value:`2`,selected:a===2},`Two hops`)),c=t(`section`,{class:`section`,id:`graph`,"aria-labelledby":`graph-h`},t(`div`,{class:`section-head`},t(`h2`,{id:`graph-h`},`Graph neighbourhood`),t(`div`,{class:`inline-field`},t(`label`,{for:`depth`},`Show`),s)),o),l=async()=>{try{let s=await m(Me,{id:n,depth:a,limit:a===1?80:150},e.signal);if(!e.current())return;let c=s.neighbourhood,l=c.nodes.some(e=>e.id===c.center.id)?c.nodes:[c.center,...c.nodes],u=l.filter(e=>e.id!==c.center.id);if(u.length===0){r(o,H(`No related entities to draw.`));return}let d=new Map,f=_e(l,c.edges.map(e=>{let t=`${e.from.id}|${e.kind}|${e.to.id}`,n=d.get(t)??0;return d.set(t,n+1),{id:n?`${t}|${n}`:t,source:e.from.id,target:e.to.id,kind:e.kind,maturity:e.maturity,effect:e.effect}}),{layout:`concentric`,centerId:c.center.id,description:`Graph of ${i} and ${u.length} related entities. The same entities are listed below the drawing.`});e.onCleanup(()=>f.destroy()),r(o,c.truncated?t(`p`,{class:`muted`},`Only part of the neighbourhood is drawn; it is larger than the drawing’s limit.`):null,f.element,ve(u,`List the ${u.length} entities in this graph`)),await f.ready}catch(t){if(t.name===`AbortError`||!e.current())return;r(o,q(t,()=>void l()))}};return l(),c}async function Ze(e,n,i){let a=v(i)??_(n);if(!a){Qe(e,i);return}if(h[a].slug!==n){M(k(i,a)+location.search+location.hash,{replace:!0});return}let o=Ye[a];e.main.replaceChildren(K(`Loading ${h[a].singular.toLowerCase()}…`));let s;try{s=(await m(o.query,{id:i},e.signal))[o.field]}catch(t){if(t.name===`AbortError`||!e.current())return;if(t instanceof u&&t.notFound){Qe(e,i);return}e.setTitle(`Error`),r(e.main,q(t,()=>void Ze(e,n,i)));return}if(!e.current())return;if(!s){Qe(e,i);return}let c=o.render(s);e.setTitle(c.title);let l=h[a];r(e.main,t(`article`,{class:`entity entity-${l.slug}`},t(`header`,{class:`entity-head`},t(`p`,{class:`eyebrow`},be(a),t(`code`,{class:`entity-id`},i)),t(`h1`,{tabindex:`-1`},c.title),c.lead,t(`p`,{class:`entity-actions`},t(`a`,{href:j(i),class:`btn btn-small`},`Find pathways from here`),` `,t(`a`,{href:`#graph`,class:`btn btn-small btn-quiet`},`Jump to graph`))),c.body,Xe(e,i,c.title),Ee(s.provenance))),location.hash&&document.getElementById(location.hash.slice(1))?.scrollIntoView()}function Qe(e,n){e.setTitle(`Not found`),r(e.main,t(`div`,{class:`notfound`},t(`h1`,{tabindex:`-1`},`Not found`),t(`p`,null,`There is no entity with the id `,t(`code`,null,n),` in the graph.`),t(`p`,null,`Try the search above, or `,t(`a`,{href:`/explore/`},`start from the home page`),`.`)))}var $e=`# One page of claims (keyset pagination: pass the last page's endCursor as \`after\`).
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
`,et=`# How many claims there are at each evidence maturity: one query, one alias per grade.
query ClaimCounts {
  all: claims(first: 1) {
    totalCount
  }
  established: claims(filter: { maturities: [ESTABLISHED] }, first: 1) {
    totalCount
  }
  plausible: claims(filter: { maturities: [PLAUSIBLE] }, first: 1) {
    totalCount
  }
  emerging: claims(filter: { maturities: [EMERGING] }, first: 1) {
    totalCount
  }
  early: claims(filter: { maturities: [EARLY] }, first: 1) {
    totalCount
  }
  notSupported: claims(filter: { maturities: [NOT_SUPPORTED] }, first: 1) {
    totalCount
  }
  marketing: claims(filter: { claimKind: MARKETING }, first: 1) {
    totalCount
  }
}
`,tt=`# One page of conditions and skin outcomes, by name.
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
`,nt=`# One page of lifestyle and disrupting factors, by name.
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
`,rt=`# One page of mechanisms, by name.
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
`,it=`# The source documents the graph was built from.
query Sources {
  sources {
    id
    title
    publisher
    documentKind
    description
  }
}
`,at=`# One page of probiotic strains and products, by name.
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
`,ot=`# One page of studies, filtered (e.g. by design) and sorted.
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
`,X=e=>e.map(e=>[e,T(e)]),Z=(e,t)=>e&&t.includes(e)?e:void 0,st={newest:{field:`YEAR`,direction:`DESC`,label:`Newest first`},oldest:{field:`YEAR`,direction:`ASC`,label:`Oldest first`},title:{field:`TITLE`,direction:`ASC`,label:`Title`},largest:{field:`SAMPLE_SIZE`,direction:`DESC`,label:`Largest sample first`}},ct={strongest:{field:`MATURITY`,direction:`DESC`,label:`Strongest evidence first`},weakest:{field:`MATURITY`,direction:`ASC`,label:`Weakest evidence first`},statement:{field:`STATEMENT`,direction:`ASC`,label:`Statement (A–Z)`}},lt={ESTABLISHED:`established`,PLAUSIBLE:`plausible`,EMERGING:`emerging`,EARLY:`early`,NOT_SUPPORTED:`notSupported`};function ut(e){return m(et,{},e)}function dt(e){let n=e.params.get(`maturity`),r=e.params.get(`kind`)??void 0,i=e.params.get(`order`)??void 0,a=new Map,o=(e,o,s=``)=>{let c=t(`span`,{class:`count`});return a.set(e??`all`,c),t(`li`,null,t(`a`,{href:A(`claims`,{maturity:e,kind:r,order:i}),class:`tab ${s}`,"aria-current":(n??void 0)===e?`page`:void 0},o,c))},s=t(`nav`,{class:`tabs`,"aria-label":`Claims by evidence maturity`,"aria-busy":`true`},t(`ul`,null,o(void 0,`All`),x.map(e=>o(e,b[e].label,`tab-${e.toLowerCase().replace(`_`,`-`)}`))));return ut(e.signal).then(e=>{a.get(`all`).textContent=` ${e.all.totalCount}`;for(let t of x)a.get(t).textContent=` ${e[lt[t]].totalCount}`}).catch(()=>{}).finally(()=>s.removeAttribute(`aria-busy`)),s}function ft(e){if(!e.total)return t(`span`,{class:`muted`},`none`);let n=[[e.supports,`support`],[e.qualifies,`qualify`],[e.contradicts,`contradict`]].filter(([e])=>e).map(([e,t])=>`${e} ${t}`);return t(`span`,null,`${e.total} ${e.total===1?`study`:`studies`}`,t(`span`,{class:`sub`},n.join(` · `)))}var pt={claims:{title:`Claims`,intro:`Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.`,query:$e,field:`claims`,extra:dt,filters:[{param:`kind`,label:`Kind`,options:[[`SCIENTIFIC`,`Scientific`],[`MARKETING`,`Marketing`]]},{param:`order`,label:`Order`,options:Object.entries(ct).map(([e,t])=>[e,t.label])}],variables(e){let t=Z(e.get(`maturity`),x),n=Z(e.get(`kind`),[`SCIENTIFIC`,`MARKETING`]),r=ct[e.get(`order`)??`strongest`]??ct.strongest;return{filter:{...t?{maturities:[t]}:{},...n?{claimKind:n}:{}},orderBy:{field:r.field,direction:r.direction}}},headers:[`Claim`,`Evidence maturity`,`Kind`,`Studies`,`Source`],row:e=>[I(e.id,e.statement,`CLAIM`),P(e.maturity),Ce(e.claimKind),ft(e.evidenceSummary),I(e.source.id,e.source.title,`SOURCE`)]},studies:{title:`Studies`,intro:`The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.`,query:ot,field:`studies`,filters:[{param:`design`,label:`Design`,options:X(w)},{param:`order`,label:`Order`,options:Object.entries(st).map(([e,t])=>[e,t.label])}],variables(e){let t=Z(e.get(`design`),w),n=st[e.get(`order`)??`newest`]??st.newest;return{filter:t?{designs:[t]}:null,orderBy:{field:n.field,direction:n.direction}}},headers:[`Study`,`Design`,`Sample size`,`Year`,`Link`],row:e=>[t(`span`,null,I(e.id,e.title,`STUDY`),t(`span`,{class:`sub`},[D(e.authors),e.journal].filter(Boolean).join(` — `))),T(e.design),e.sampleSize??`—`,e.year,R(e)]},strains:{title:`Strains and products`,intro:`Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.`,query:at,field:`strains`,filters:[{param:`kind`,label:`Kind`,options:[[`STRAIN`,`Strain`],[`PRODUCT`,`Product`]]}],variables(e){let t=Z(e.get(`kind`),[`STRAIN`,`PRODUCT`]);return{filter:t?{strainKind:t}:null}},headers:[`Strain`,`Species`,`Kind`,`Also known as`],row:e=>[I(e.id,e.fullName||e.name,`STRAIN`),e.species?I(e.species.id,e.species.name,`SPECIES`):`—`,T(e.strainKind),V([...e.formerNames,...e.synonyms])??`—`]},mechanisms:{title:`Mechanisms`,intro:`How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.`,query:rt,field:`mechanisms`,filters:[{param:`category`,label:`Category`,options:X([`BARRIER`,`METABOLITE`,`IMMUNE`,`NEURAL`,`NUTRIENT`,`MICROBIAL_BALANCE`,`INFLAMMATION`,`SKIN_BARRIER`])}],variables(e){let t=e.get(`category`);return{filter:t?{category:t}:null}},headers:[`Mechanism`,`Category`,`Also called`],row:e=>[I(e.id,e.name,`MECHANISM`),T(e.category),V(e.synonyms)??`—`]},conditions:{title:`Conditions`,intro:`Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.`,query:tt,field:`conditions`,filters:[{param:`kind`,label:`Kind`,options:X([`SKIN_CONDITION`,`SKIN_OUTCOME`,`GUT_CONDITION`,`INFECTION`,`OTHER`])}],variables(e){let t=e.get(`kind`);return{filter:t?{conditionKind:t}:null}},headers:[`Condition`,`Kind`,`A form of`,`Also called`],row:e=>[I(e.id,e.name,`CONDITION`),T(e.conditionKind),e.subtypeOf?I(e.subtypeOf.id,e.subtypeOf.name,`CONDITION`):`—`,V(e.synonyms)??`—`]},factors:{title:`Factors`,intro:`Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.`,query:nt,field:`factors`,filters:[{param:`kind`,label:`Kind`,options:X([`DIET`,`LIFESTYLE`,`MEDICATION`,`ILLNESS`,`SKINCARE`,`TOPICAL_ACTIVE`,`SUPPLEMENT`])}],variables(e){let t=e.get(`kind`);return{filter:t?{factorKind:t}:null}},headers:[`Factor`,`Kind`,`Also called`],row:e=>[I(e.id,e.name,`FACTOR`),T(e.factorKind),V(e.synonyms)??`—`]}};function mt(e,n,r){if(!r.filters.length)return null;let i=t(`form`,{class:`filters`,role:`search`,"aria-label":`Filter ${r.title.toLowerCase()}`}),a=()=>{let t={};for(let[n,r]of e.params)t[n]=r;for(let e of r.filters){let n=i.querySelector(`[name="${e.param}"]`);t[e.param]=n?.value||void 0}M(A(n,t))};for(let n of r.filters){let r=`filter-${n.param}`,o=e.params.get(n.param)??``,s=n.param===`order`;i.appendChild(t(`div`,{class:`inline-field`},t(`label`,{for:r},n.label),t(`select`,{id:r,name:n.param,onchange:a},s?null:t(`option`,{value:``},`Any`),n.options.map(([e,n])=>t(`option`,{value:e,selected:o===e},n)))))}return i.addEventListener(`submit`,e=>{e.preventDefault(),a()}),i}async function ht(e,n){if(n===`sources`)return gt(e);let i=pt[n];e.setTitle(i.title);let a=t(`p`,{class:`muted count-line`,"aria-live":`polite`}),o=t(`tbody`),s=t(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`),c=t(`div`,{class:`list-status`},K()),l=t(`div`,{class:`table-wrap`},t(`table`,{class:`table stack list-table`},t(`caption`,{class:`visually-hidden`},i.title),t(`thead`,null,t(`tr`,null,i.headers.map(e=>t(`th`,{scope:`col`},e)))),o));r(e.main,t(`div`,{class:`list-page`},t(`h1`,{tabindex:`-1`},i.title),t(`p`,{class:`lead`},i.intro),i.extra?.(e),mt(e,n,i),a,l,c,t(`p`,{class:`more`},s)));let u=i.variables(e.params),d=null,f=0,p=async()=>{s.disabled=!0,r(c,K());try{let n=await m(i.query,{...u,first:20,after:d},e.signal);if(!e.current())return;let r=n[i.field],p=f;for(let e of r.nodes){let n=i.row(e);o.appendChild(t(`tr`,null,n.map((e,n)=>t(`td`,{"data-label":i.headers[n]},e))))}f+=r.nodes.length,d=r.pageInfo.endCursor,a.textContent=r.totalCount?`Showing ${f} of ${r.totalCount}`:``,c.replaceChildren(),f===0&&c.appendChild(H(`Nothing matches these filters.`)),l.hidden=f===0,s.hidden=!r.pageInfo.hasNextPage,s.disabled=!1,p>0&&o.rows[p]?.querySelector(`a`)?.focus()}catch(t){if(t.name===`AbortError`||!e.current())return;r(c,q(t,()=>void p())),s.disabled=!1}};s.addEventListener(`click`,()=>void p()),await p()}async function gt(e){e.setTitle(`Sources`);let n=t(`div`,null,K());r(e.main,t(`div`,{class:`list-page`},t(`h1`,{tabindex:`-1`},`Sources`),t(`p`,{class:`lead`},`The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.`),n));try{let i=await m(it,{},e.signal);if(!e.current())return;r(n,t(`ul`,{class:`cards`},i.sources.map(e=>t(`li`,{class:`card`},t(`h2`,{class:`card-title`},I(e.id,e.title,`SOURCE`)),t(`p`,{class:`muted`},[T(e.documentKind),e.publisher].filter(Boolean).join(` · `)),t(`p`,null,e.description)))))}catch(t){if(t.name===`AbortError`||!e.current())return;r(n,q(t,()=>void gt(e)))}}var _t=`# Kinds and labels of a few entities by id (e.g. the two ends of a pathways view).
query Labels($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Entity {
      kind
      label
    }
  }
}
`,vt=`# The paths between two entities, strongest first. A path is as strong as its weakest hop.
# \`forward\` is false when a hop runs against the relationship's stated direction.
query Pathways($from: ID!, $to: ID!, $maxHops: Int, $minMaturity: EvidenceMaturity, $first: Int) {
  pathways(from: $from, to: $to, maxHops: $maxHops, minMaturity: $minMaturity, first: $first) {
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
    }
  }
}
`;function yt(e,n){let r=t(`p`,{class:`form-error`,role:`alert`,hidden:!0}),i=xe({label:`From`,inputId:`${n}-from`,placeholder:`e.g. HN001`,initial:e.from??null,keepSelection:!0,onSelect:()=>r.hidden=!0,required:!0}),a=xe({label:`To`,inputId:`${n}-to`,placeholder:`e.g. acne`,initial:e.to??null,keepSelection:!0,onSelect:()=>r.hidden=!0,required:!0}),o=t(`select`,{id:`${n}-hops`,name:`maxHops`},[1,2,3,4,5].map(n=>t(`option`,{value:String(n),selected:n===(e.maxHops??3)},`${n} hop${n>1?`s`:``}`))),s=t(`select`,{id:`${n}-min`,name:`minMaturity`},t(`option`,{value:``},`Any evidence`),x.filter(e=>e!==`NOT_SUPPORTED`).map(n=>t(`option`,{value:n,selected:e.minMaturity===n},`${b[n].label} or stronger`))),c=t(`button`,{type:`button`,class:`btn btn-quiet`,onclick:()=>{let e=i.value(),t=a.value();i.setValue(t),a.setValue(e)}},`⇅ Swap`),l=t(`form`,{class:`pathways-form`,"aria-label":`Find pathways between two entities`,novalidate:!0},t(`div`,{class:`pf-ends`},i.root,a.root),t(`div`,{class:`pf-options`},t(`div`,{class:`inline-field`},t(`label`,{for:`${n}-hops`},`At most`),o),t(`div`,{class:`inline-field`},t(`label`,{for:`${n}-min`},`Links`),s),c,t(`button`,{type:`submit`,class:`btn btn-primary`},`Find pathways`)),r);return l.addEventListener(`submit`,e=>{e.preventDefault();let t=i.value(),n=a.value();!t||!n?(r.textContent=t?`Choose where the path ends: type a name in “To” and pick a suggestion.`:`Choose where the path starts: type a name in “From” and pick a suggestion.`,r.hidden=!1,(t?a.input:i.input).focus()):M(j(t.id,n.id,o.value,s.value||void 0))}),l}function bt(e){let t=e.forward?e.from.id:e.to.id,n=e.forward?e.to.id:e.from.id;return{id:`${t}|${e.relation.kind}|${n}`,source:t,target:n}}function xt(e,t,n){let r=new Map,i=[];for(let t of e)t.nodes.forEach((e,t)=>{r.has(e.id)?r.set(e.id,Math.min(r.get(e.id),t)):(r.set(e.id,t),i.push(e))});let a=Math.max(0,...[...r.entries()].filter(([e])=>e!==n).map(([,e])=>e))+1;r.has(n)&&r.set(n,Math.max(a,1)),r.has(t)&&r.set(t,0);let o=new Map;for(let e of i){let t=r.get(e.id);o.has(t)||o.set(t,[]),o.get(t).push(e)}let s=[];for(let[e,t]of o)t.forEach((n,r)=>s.push({...n,position:{x:e*210,y:(r-(t.length-1)/2)*120}}));return s}function St(e,n){let r=[];return e.nodes.forEach((n,i)=>{r.push(t(`li`,{class:`step-node`},L(n)));let a=e.hops[i];if(a){let e=a.relation;r.push(t(`li`,{class:`step-hop maturity-line-${e.maturity.toLowerCase().replace(`_`,`-`)}`},t(`span`,{class:`hop-rel`},a.forward?`${E(e.kind)} →`:`← ${E(e.kind)}`),e.effect?t(`span`,{class:`hop-effect`},F(e.effect)):null,P(e.maturity)))}}),t(`li`,{class:`path`,tabindex:`0`,"data-index":String(n)},t(`div`,{class:`path-head`},t(`span`,{class:`path-no`},`Path ${n+1}`),` `,P(e.strength),t(`span`,{class:`muted`},` ${e.length} hop${e.length===1?``:`s`} · as strong as its weakest link`)),t(`ol`,{class:`path-steps`,"aria-label":`Path ${n+1}, step by step`},r))}async function Ct(e){let n=e.params.get(`from`)??``,i=e.params.get(`to`)??``,a=Number.parseInt(e.params.get(`maxHops`)??``,10),o=a>=1&&a<=5?a:3,s=x.includes(e.params.get(`minMaturity`))?e.params.get(`minMaturity`):null;e.setTitle(`Pathways`);let c=t(`div`,{class:`pf-holder`}),l=t(`div`,{class:`pathways-results`,"aria-live":`polite`});if(r(e.main,t(`div`,{class:`pathways-page`},t(`h1`,{tabindex:`-1`},`Pathways`),t(`p`,{class:`lead`},`How might one thing lead to another? Choose two entities to see the chains of relationships between them, strongest first. A path is only as strong as its weakest link.`),c,l)),!n||!i)c.appendChild(yt({maxHops:o,minMaturity:s},`pw`)),r(l,t(`p`,{class:`muted`},`For example: `,t(`a`,{href:j(`strain:hn001`,`condition:acne`,3)},`from the probiotic strain HN001 to acne`),` or `,t(`a`,{href:j(`strain:hn001`,`condition:atopic-dermatitis`,3)},`from HN001 to atopic dermatitis`),`.`));else{r(l,K(`Finding pathways…`));try{let[a,u]=await Promise.all([m(_t,{ids:[n,i]},e.signal),m(vt,{from:n,to:i,maxHops:o,minMaturity:s,first:10},e.signal)]);if(!e.current())return;let[d,f]=a.nodes;c.appendChild(yt({from:d,to:f,maxHops:o,minMaturity:s},`pw`));let p=d?.label??n,h=f?.label??i;e.setTitle(`Pathways: ${p} → ${h}`);let g=u.pathways;if(!g.length){r(l,t(`h2`,null,`No pathways from ${p} to ${h}`),H(`None within ${o} hop${o===1?``:`s`}${s?` with every link ${b[s].label.toLowerCase()} or stronger`:``}.`),o<5?t(`p`,null,t(`a`,{href:j(n,i,o+1,s??void 0)},`Try ${o+1} hops`)):null);return}let _=xt(g,n,i),v=new Map,y=[];for(let e of g){let t=[];for(let n of e.hops){let e=bt(n);t.push(e.id),v.has(e.id)||v.set(e.id,{...e,kind:n.relation.kind,maturity:n.relation.maturity,effect:n.relation.effect})}y.push(t)}let x=_e(_,[...v.values()],{layout:`preset`,endIds:[n,i],edgeLabels:v.size<=40,description:`Drawing of ${g.length} pathway${g.length===1?``:`s`} from ${p} to ${h}; the same paths are listed step by step below.`});e.onCleanup(()=>x.destroy());let S=t(`ol`,{class:`paths`},g.map(St)),C=e=>{if(!e)return x.highlight();let t=Number(e.dataset.index);x.highlight(g[t].nodes.map(e=>e.id),y[t])};S.addEventListener(`mouseover`,e=>C(e.target.closest(`.path`))),S.addEventListener(`mouseleave`,()=>C(null)),S.addEventListener(`focusin`,e=>C(e.target.closest(`.path`))),S.addEventListener(`focusout`,()=>C(null));let w=g[0].strength;r(l,t(`h2`,{id:`paths-h`},`${g.length} pathway${g.length===1?``:`s`} from `,L(d??{id:n,kind:`STRAIN`,label:n}),` to `,L(f??{id:i,kind:`CONDITION`,label:i})),t(`p`,{class:`muted`},`Strongest first (strongest: ${b[w]?.label.toLowerCase()}). Point at or focus a path to pick it out in the drawing.`),t(`div`,{class:`pathways-layout`},t(`div`,{class:`pathways-graph`},x.element),t(`div`,{class:`pathways-list`},S)),ve(_,`List the ${_.length} entities on these paths`)),await x.ready}catch(n){if(n.name===`AbortError`||!e.current())return;if(c.firstChild||c.appendChild(yt({maxHops:o,minMaturity:s},`pw`)),n instanceof u&&n.notFound){r(l,t(`div`,{class:`error`,role:`alert`},t(`p`,null,`${n.message}. Choose the two ends with the pickers above.`)));return}r(l,q(n,()=>void Ct(e)))}}}var wt=`# How many entities and relationships of each kind the graph holds (shown on the home page).
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
`,Tt=[{kind:`CLAIM`,text:`What is claimed, and how well founded each claim is.`},{kind:`STUDY`,text:`The trials, reviews and other studies behind the claims.`},{kind:`STRAIN`,text:`Probiotic strains and products that were studied.`},{kind:`MECHANISM`,text:`Gut barrier, short-chain fatty acids, immune signalling…`},{kind:`CONDITION`,text:`Acne, atopic dermatitis and other skin outcomes.`},{kind:`FACTOR`,text:`Diet, stress, antibiotics and other disrupting factors.`},{kind:`SOURCE`,text:`The documents the graph was built from.`}];async function Et(e){e.setTitle(``);let n=new Map,r=new Map,i=Tt.map(({kind:e,text:i})=>{let a=h[e],o=t(`span`,{class:`card-count`});return n.set(e,o),t(`li`,{class:`card browse-card`},t(`h3`,{class:`card-title`},de(e,14),` `,t(`a`,{href:A(a.list)},a.plural),o),t(`p`,null,i),e===`CLAIM`?t(`ul`,{class:`maturity-links`,"aria-label":`Claims by evidence maturity`},x.map(e=>{let n=t(`span`,{class:`count`});return r.set(e,n),t(`li`,null,t(`a`,{href:A(`claims`,{maturity:e}),title:b[e].description},P(e),n))})):null)});e.main.replaceChildren(t(`div`,{class:`home`},t(`section`,{class:`hero`,"aria-labelledby":`home-h`},t(`h1`,{id:`home-h`,tabindex:`-1`},`The gut–skin axis, claim by claim`),t(`p`,{class:`lead`},`How might the gut microbiome influence skin conditions such as acne and atopic dermatitis? Through gut-barrier integrity, short-chain fatty acids and immune signalling, perhaps. This explorer shows which probiotic strains were studied, which claims are well founded and which are marketing, and which studies stand behind each claim.`),t(`p`,{class:`try`},`Search above for a strain, species, condition or claim, or try: `,t(`a`,{href:ae(`eczema`)},`eczema`),` · `,t(`a`,{href:k(`strain:hn001`)},`HN001`),` · `,t(`a`,{href:k(`condition:acne`)},`acne`),` · `,t(`a`,{href:A(`claims`,{kind:`MARKETING`})},`marketing claims`))),t(`section`,{class:`section`,"aria-labelledby":`browse-h`},t(`h2`,{id:`browse-h`},`Browse`),t(`ul`,{class:`cards browse`},i)),t(`section`,{class:`section`,"aria-labelledby":`pw-h`},t(`h2`,{id:`pw-h`},`Find pathways`),t(`p`,null,`Pick two entities to see how one may lead to the other, e.g. `,t(`a`,{href:j(`strain:hn001`,`condition:acne`,3)},`HN001 to acne`),`.`),yt({},`home-pw`)),t(`section`,{class:`section`,"aria-labelledby":`scale-h`},t(`h2`,{id:`scale-h`},`How mature is the evidence?`),t(`p`,null,`Every claim and every relationship carries a grade, on the scale of the evidence-grading source document:`),t(`dl`,{class:`scale`},x.map(e=>[t(`dt`,null,P(e)),t(`dd`,null,b[e].description)]))))),m(wt,{},e.signal).then(e=>{for(let t of e.stats.nodes){let e=y(t.kind),r=e&&n.get(e);r&&(r.textContent=` ${t.count}`)}}).catch(()=>{}),ut(e.signal).then(e=>{for(let t of x)r.get(t).textContent=` ${e[lt[t]].totalCount}`}).catch(()=>{})}async function Dt(e){let n=(e.params.get(`q`)??``).trim(),i=g.includes(e.params.get(`kind`))?e.params.get(`kind`):null;e.setTitle(n?`Search: ${n}`:`Search`);let a=t(`input`,{id:`search-page-q`,type:`search`,name:`q`,value:n,autocomplete:`off`}),o=t(`select`,{id:`search-page-kind`,name:`kind`},t(`option`,{value:``},`Everything`),g.map(e=>t(`option`,{value:e,selected:e===i},h[e].plural))),s=t(`form`,{class:`filters`,role:`search`},t(`div`,{class:`inline-field grow`},t(`label`,{for:`search-page-q`},`Search for`),a),t(`div`,{class:`inline-field`},t(`label`,{for:`search-page-kind`},`in`),o),t(`button`,{type:`submit`,class:`btn btn-primary`},`Search`));s.addEventListener(`submit`,e=>{e.preventDefault();let t=new URLSearchParams;a.value.trim()&&t.set(`q`,a.value.trim()),o.value&&t.set(`kind`,o.value),M(`/explore/search${t.size?`?${t}`:``}`)}),o.addEventListener(`change`,()=>s.requestSubmit());let c=t(`ol`,{class:`results`}),l=t(`div`,null),u=t(`p`,{class:`muted`,"aria-live":`polite`}),d=t(`button`,{type:`button`,class:`btn load-more`,hidden:!0},`Load more`);if(r(e.main,t(`div`,{class:`search-page`},t(`h1`,{tabindex:`-1`},n?`Results for “${n}”`:`Search`),s,u,c,l,t(`p`,{class:`more`},d))),!n)return;let f=null,p=0,_=async()=>{r(l,K(`Searching…`)),d.disabled=!0;try{let r=await m(ye,{query:n,kinds:i?[i]:null,first:20,after:f},e.signal);if(!e.current())return;let a=p;for(let e of r.search.edges){let n=e.matched&&e.matched.toLowerCase()!==e.node.label.toLowerCase();c.appendChild(t(`li`,{class:`result`},be(e.node.kind),` `,I(e.node.id,e.node.label,e.node.kind),n?t(`span`,{class:`sub`},`matched “${e.matched}”`):null))}p+=r.search.edges.length,f=r.search.pageInfo.endCursor,u.textContent=`${r.search.totalCount} result${r.search.totalCount===1?``:`s`}`,l.replaceChildren(p?``:H(`Nothing matches “${n}”.`)),d.hidden=!r.search.pageInfo.hasNextPage,d.disabled=!1,a>0&&c.children[a]?.querySelector(`a`)?.focus()}catch(t){if(t.name===`AbortError`||!e.current())return;r(l,q(t,()=>void _()))}};d.addEventListener(`click`,()=>void _()),await _()}var Ot=[[`Claims`,A(`claims`)],[`Studies`,A(`studies`)],[`Strains`,A(`strains`)],[`Mechanisms`,A(`mechanisms`)],[`Conditions`,A(`conditions`)],[`Factors`,A(`factors`)],[`Pathways`,j()]];function kt(){let e=xe({label:`Search the knowledge graph`,labelHidden:!0,inputId:`site-search`,placeholder:`Search strains, conditions, claims…`,onSelect:e=>M(k(e.id,e.kind)),onSubmitText:e=>M(ae(e))}),n=t(`nav`,{class:`site-nav`,"aria-label":`Main`},t(`ul`,null,Ot.map(([e,n])=>t(`li`,null,t(`a`,{href:n},e))),t(`li`,null,t(`a`,{href:`/playground`,class:`nav-playground`},`GraphQL playground`)))),r=t(`main`,{id:`main`,tabindex:`-1`}),i=t(`p`,{class:`visually-hidden`,"aria-live":`polite`,"aria-atomic":`true`}),a=document.getElementById(`app`);return a.replaceChildren(t(`a`,{class:`skip-link`,href:`#main`},`Skip to content`),t(`header`,{class:`site-header`},t(`div`,{class:`header-inner`},t(`a`,{class:`brand`,href:O},t(`span`,{class:`brand-mark`,"aria-hidden":`true`}),s),t(`div`,{class:`header-search`,role:`search`},e.root)),n),r,t(`footer`,{class:`site-footer`},t(`p`,null,`Built from two source documents; every statement links to where it is made. Not medical advice. `,t(`a`,{href:`/playground`},`Query the API`),` · `,t(`a`,{href:`/schema.graphql`},`Schema`),`.`)),i),a.querySelector(`.skip-link`).addEventListener(`click`,e=>{e.preventDefault(),r.focus()}),performance.mark(`explorer:search-visible`),{main:r,announcer:i,nav:n}}var{main:Q,announcer:At,nav:jt}=kt(),$=0,Mt=[],Nt=new AbortController,Pt=!0;function Ft(){let e=location.pathname;for(let t of jt.querySelectorAll(`a`)){let n=t.getAttribute(`href`);n!==`/playground`&&(e===n||e.startsWith(`${n}/`))?t.setAttribute(`aria-current`,`page`):t.removeAttribute(`aria-current`)}}async function It(){let e=++$;Nt.abort(),Nt=new AbortController;for(let e of Mt)e();Mt=[];let n=se(location);Ft();let r=s,i={main:Q,params:`params`in n?n.params:new URLSearchParams(location.search),signal:Nt.signal,setTitle(t){e===$&&(r=t?`${t} — ${s}`:s,document.title=r)},onCleanup(t){e===$?Mt.push(t):t()},current:()=>e===$};Q.dataset.route=n.name,Q.setAttribute(`aria-busy`,`true`);try{switch(n.name){case`home`:await Et(i);break;case`entity`:await Ze(i,n.slug,n.id);break;case`list`:await ht(i,n.list);break;case`search`:await Dt(i);break;case`pathways`:await Ct(i);break;default:i.setTitle(`Page not found`),Q.replaceChildren(t(`div`,{class:`notfound`},t(`h1`,{tabindex:`-1`},`Page not found`),t(`p`,null,`Nothing lives at this address. `,t(`a`,{href:O},`Go to the home page`),`.`)))}}finally{e===$&&(Q.removeAttribute(`aria-busy`),Pt?(Pt=!1,performance.mark(`explorer:first-page`)):(At.textContent=r,location.hash||Q.querySelector(`h1`)?.focus({preventScroll:!0})))}}le(()=>void It()),ue(),It();