import{A as e,B as t,I as n,P as r,f as i,h as a,j as o,p as s,u as c}from"./explorer-t7xb6uc0.js";var l=`# An entity's changes, newest first (who, when, which mutation, why, and each field before
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
`,u=50,d=new Set([`key`,`maturityRank`]),f={createStudy:`Added the study`,updateStudy:`Changed the study’s record`,gradeClaim:`Graded the claim`,addEvidence:`Added evidence`,removeEvidence:`Removed evidence`,addRelation:`Stated a relationship`,removeRelation:`Removed a relationship`,retire:`Retired`,restore:`Restored`};async function p(e,r,o){n(r,a(`Loading the history…`));try{let i=await t(l,{id:o,first:u},e.signal);if(!e.current())return;n(r,m(i))}catch(t){if(t.name===`AbortError`||!e.current())return;n(r,i(t,()=>void p(e,r,o)))}}function m({history:e,revision:t}){let n=r(`p`,{class:`history-version`},`Version ${t.version}`,t.version===1?` (as loaded from the source documents)`:``,t.retired?` · retired by ${t.retiredBy??`a curator`}${t.retiredReason?`: ${t.retiredReason}`:``}`:``,`.`);return e.length?[n,e.length===u?r(`p`,{class:`muted`},`The ${u} latest changes.`):null,r(`ol`,{class:`history-list`},e.map(g))]:[n,r(`p`,{class:`empty`},`No curator has changed this entity: it reads as the source documents state it.`)]}function h(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.toISOString().slice(0,16).replace(`T`,` `)} UTC`}function g(t){return r(`li`,{class:`history-item`,"data-mutation":t.mutation},r(`p`,{class:`history-what`},r(`strong`,null,f[t.mutation]??e(t.mutation)),` by `,r(`span`,{class:`history-who`},t.curator),` on `,r(`time`,{datetime:t.at},h(t.at))),r(`p`,{class:`history-why`},r(`span`,{class:`muted`},`Why: `),t.reason),t.source?r(`p`,{class:`history-source`},r(`span`,{class:`muted`},`Source: `),_(t.source)):null,t.touched.map(x))}function _(e){return/^https?:\/\//i.test(e)?s(e,e):/^10\.\d{4,9}\//.test(e)?s(`https://doi.org/${e}`,e):o(e)?c(e,e):e}function v(t){let n=t.split(`|`);if(n.length===3){let[t,r,i]=n;return[e(t),`: `,o(r)?c(r,r):r,` → `,o(i)?c(i,i):i]}return o(t)?c(t,t):t}function y(e){if(e===null)return null;try{let t=JSON.parse(e);return t&&typeof t==`object`?t:{value:t}}catch{return{value:e}}}function b(e){if(e==null)return`—`;if(typeof e==`string`&&/^[[{]/.test(e))try{return b(JSON.parse(e))}catch{return e}if(e&&typeof e==`object`&&`section`in e&&`source`in e){let t=e;return`${t.source}, “${t.section}”${t.citations?.length?` [${t.citations.join(`, `)}]`:``}`}return Array.isArray(e)?e.length?e.map(b).join(`; `):`(none)`:typeof e==`object`?JSON.stringify(e):String(e)}function x(t){let n=y(t.before),i=y(t.after),a=n===null?`created`:i===null?`removed`:`changed`,o=[...new Set([...Object.keys(n??{}),...Object.keys(i??{})])].filter(e=>!d.has(e)&&(a!==`changed`||b(n[e])!==b(i[e]))).sort();return r(`div`,{class:`table-wrap history-touched`},r(`table`,{class:`table`},r(`caption`,null,v(t.target),` (${a})`),r(`thead`,null,r(`tr`,null,r(`th`,{scope:`col`},`Field`),r(`th`,{scope:`col`},`Before`),r(`th`,{scope:`col`},`After`))),r(`tbody`,null,o.map(t=>r(`tr`,null,r(`th`,{scope:`row`},e(t.replace(/([a-z])([A-Z])/g,`$1_$2`))),r(`td`,{"data-label":`Before`},n?b(n[t]):`—`),r(`td`,{"data-label":`After`},i?b(i[t]):`—`))))))}export{p as showHistory};