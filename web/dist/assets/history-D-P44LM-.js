import{B as e,F as t,P as n,R as r,W as i,_ as a,f as o,h as s,m as c}from"./explorer-BkSkjD8N.js";var l=`# An entity's changes, newest first (who, when, which mutation, why, and each field before
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
`,u=50,d=new Set([`key`,`maturityRank`]),f={createStudy:`Added the study`,updateStudy:`Changed the study’s record`,gradeClaim:`Graded the claim`,addEvidence:`Added evidence`,removeEvidence:`Removed evidence`,addRelation:`Stated a relationship`,removeRelation:`Removed a relationship`,retire:`Retired`,restore:`Restored`};async function p(t,n,r){e(n,a(`Loading the history…`));try{let a=await i(l,{id:r,first:u},t.signal);if(!t.current())return;e(n,m(a))}catch(i){if(i.name===`AbortError`||!t.current())return;e(n,c(i,()=>void p(t,n,r)))}}function m({history:e,revision:t}){let n=r(`p`,{class:`history-version`},`Version ${t.version}`,t.version===1?` (as loaded from the source documents)`:``,t.retired?` · retired by ${t.retiredBy??`a curator`}${t.retiredReason?`: ${t.retiredReason}`:``}`:``,`.`);return e.length?[n,e.length===u?r(`p`,{class:`muted`},`The ${u} latest changes.`):null,r(`ol`,{class:`history-list`},e.map(g))]:[n,r(`p`,{class:`empty`},`No curator has changed this entity: it reads as the source documents state it.`)]}function h(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.toISOString().slice(0,16).replace(`T`,` `)} UTC`}function g(e){return r(`li`,{class:`history-item`,"data-mutation":e.mutation},r(`p`,{class:`history-what`},r(`strong`,null,f[e.mutation]??n(e.mutation)),` by `,r(`span`,{class:`history-who`},e.curator),` on `,r(`time`,{datetime:e.at},h(e.at))),r(`p`,{class:`history-why`},r(`span`,{class:`muted`},`Why: `),e.reason),e.source?r(`p`,{class:`history-source`},r(`span`,{class:`muted`},`Source: `),_(e.source)):null,e.touched.map(x))}function _(e){return/^https?:\/\//i.test(e)?s(e,e):/^10\.\d{4,9}\//.test(e)?s(`https://doi.org/${e}`,e):t(e)?o(e,e):e}function v(e){let r=e.split(`|`);if(r.length===3){let[e,i,a]=r;return[n(e),`: `,t(i)?o(i,i):i,` → `,t(a)?o(a,a):a]}return t(e)?o(e,e):e}function y(e){if(e===null)return null;try{let t=JSON.parse(e);return t&&typeof t==`object`?t:{value:t}}catch{return{value:e}}}function b(e){if(e==null)return`—`;if(typeof e==`string`&&/^[[{]/.test(e))try{return b(JSON.parse(e))}catch{return e}if(e&&typeof e==`object`&&`section`in e&&`source`in e){let t=e;return`${t.source}, “${t.section}”${t.citations?.length?` [${t.citations.join(`, `)}]`:``}`}return Array.isArray(e)?e.length?e.map(b).join(`; `):`(none)`:typeof e==`object`?JSON.stringify(e):String(e)}function x(e){let t=y(e.before),i=y(e.after),a=t===null?`created`:i===null?`removed`:`changed`,o=[...new Set([...Object.keys(t??{}),...Object.keys(i??{})])].filter(e=>!d.has(e)&&(a!==`changed`||b(t[e])!==b(i[e]))).sort();return r(`div`,{class:`table-wrap history-touched`},r(`table`,{class:`table`},r(`caption`,null,v(e.target),` (${a})`),r(`thead`,null,r(`tr`,null,r(`th`,{scope:`col`},`Field`),r(`th`,{scope:`col`},`Before`),r(`th`,{scope:`col`},`After`))),r(`tbody`,null,o.map(e=>r(`tr`,null,r(`th`,{scope:`row`},n(e.replace(/([a-z])([A-Z])/g,`$1_$2`))),r(`td`,{"data-label":`Before`},t?b(t[e]):`—`),r(`td`,{"data-label":`After`},i?b(i[e]):`—`))))))}export{p as showHistory};