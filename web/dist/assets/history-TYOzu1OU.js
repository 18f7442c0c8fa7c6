import{L as e,N as t,P as n,U as r,_ as i,f as a,h as o,m as s,z as c}from"./explorer-CFD_VClS.js";var l=`# An entity's changes, newest first (who, when, which mutation, why, and each field before
# and after), with its current revision.
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
`,u=50,d=new Set([`key`,`maturityRank`]),f={createStudy:`Added the study`,updateStudy:`Changed the study’s record`,gradeClaim:`Graded the claim`,addEvidence:`Added evidence`,removeEvidence:`Removed evidence`,addRelation:`Stated a relationship`,removeRelation:`Removed a relationship`,retire:`Retired`,restore:`Restored`};async function p(e,t,n){c(t,i(`Loading the history…`));try{let i=await r(l,{id:n,first:u},e.signal);if(!e.current())return;c(t,m(i))}catch(r){if(r.name===`AbortError`||!e.current())return;c(t,s(r,()=>void p(e,t,n)))}}function m({history:t,revision:n}){let r=e(`p`,{class:`history-version`},`Version ${n.version}`,n.version===1?` (as loaded from the source documents)`:``,n.retired?` · retired by ${n.retiredBy??`a curator`}${n.retiredReason?`: ${n.retiredReason}`:``}`:``,`.`);return t.length?[r,t.length===u?e(`p`,{class:`muted`},`The ${u} latest changes.`):null,e(`ol`,{class:`history-list`},t.map(g))]:[r,e(`p`,{class:`empty`},`No curator has changed this entity: it reads as the source documents state it.`)]}function h(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.toISOString().slice(0,16).replace(`T`,` `)} UTC`}function g(n){return e(`li`,{class:`history-item`,"data-mutation":n.mutation},e(`p`,{class:`history-what`},e(`strong`,null,f[n.mutation]??t(n.mutation)),` by `,e(`span`,{class:`history-who`},n.curator),` on `,e(`time`,{datetime:n.at},h(n.at))),e(`p`,{class:`history-why`},e(`span`,{class:`muted`},`Why: `),n.reason),n.source?e(`p`,{class:`history-source`},e(`span`,{class:`muted`},`Source: `),_(n.source)):null,n.touched.map(x))}function _(e){return/^https?:\/\//i.test(e)?o(e,e):/^10\.\d{4,9}\//.test(e)?o(`https://doi.org/${e}`,e):n(e)?a(e,e):e}function v(e){let r=e.split(`|`);if(r.length===3){let[e,i,o]=r;return[t(e),`: `,n(i)?a(i,i):i,` → `,n(o)?a(o,o):o]}return n(e)?a(e,e):e}function y(e){if(e===null)return null;try{let t=JSON.parse(e);return t&&typeof t==`object`?t:{value:t}}catch{return{value:e}}}function b(e){if(e==null)return`—`;if(typeof e==`string`&&/^[[{]/.test(e))try{return b(JSON.parse(e))}catch{return e}if(e&&typeof e==`object`&&`section`in e&&`source`in e){let t=e;return`${t.source}, “${t.section}”${t.citations?.length?` [${t.citations.join(`, `)}]`:``}`}return Array.isArray(e)?e.length?e.map(b).join(`; `):`(none)`:typeof e==`object`?JSON.stringify(e):String(e)}function x(n){let r=y(n.before),i=y(n.after),a=r===null?`created`:i===null?`removed`:`changed`,o=[...new Set([...Object.keys(r??{}),...Object.keys(i??{})])].filter(e=>!d.has(e)&&(a!==`changed`||b(r[e])!==b(i[e]))).sort();return e(`div`,{class:`table-wrap history-touched`},e(`table`,{class:`table`},e(`caption`,null,v(n.target),` (${a})`),e(`thead`,null,e(`tr`,null,e(`th`,{scope:`col`},`Field`),e(`th`,{scope:`col`},`Before`),e(`th`,{scope:`col`},`After`))),e(`tbody`,null,o.map(n=>e(`tr`,null,e(`th`,{scope:`row`},t(n.replace(/([a-z])([A-Z])/g,`$1_$2`))),e(`td`,{"data-label":`Before`},r?b(r[n]):`—`),e(`td`,{"data-label":`After`},i?b(i[n]):`—`))))))}export{p as showHistory};