import{H as e,I as t,M as n,N as r,R as i,d as a,g as o,m as s,p as c}from"./explorer-BzQY6z7B.js";var l=`# An entity's changes, newest first (who, when, which mutation, why, and each field before
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
`,u=50,d=new Set([`key`,`maturityRank`]),f={createStudy:`Added the study`,updateStudy:`Changed the study’s record`,gradeClaim:`Graded the claim`,addEvidence:`Added evidence`,removeEvidence:`Removed evidence`,addRelation:`Stated a relationship`,removeRelation:`Removed a relationship`,retire:`Retired`,restore:`Restored`};async function p(t,n,r){i(n,o(`Loading the history…`));try{let a=await e(l,{id:r,first:u},t.signal);if(!t.current())return;i(n,m(a))}catch(e){if(e.name===`AbortError`||!t.current())return;i(n,c(e,()=>void p(t,n,r)))}}function m({history:e,revision:n}){let r=t(`p`,{class:`history-version`},`Version ${n.version}`,n.version===1?` (as loaded from the source documents)`:``,n.retired?` · retired by ${n.retiredBy??`a curator`}${n.retiredReason?`: ${n.retiredReason}`:``}`:``,`.`);return e.length?[r,e.length===u?t(`p`,{class:`muted`},`The ${u} latest changes.`):null,t(`ol`,{class:`history-list`},e.map(g))]:[r,t(`p`,{class:`empty`},`No curator has changed this entity: it reads as the source documents state it.`)]}function h(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.toISOString().slice(0,16).replace(`T`,` `)} UTC`}function g(e){return t(`li`,{class:`history-item`,"data-mutation":e.mutation},t(`p`,{class:`history-what`},t(`strong`,null,f[e.mutation]??n(e.mutation)),` by `,t(`span`,{class:`history-who`},e.curator),` on `,t(`time`,{datetime:e.at},h(e.at))),t(`p`,{class:`history-why`},t(`span`,{class:`muted`},`Why: `),e.reason),e.source?t(`p`,{class:`history-source`},t(`span`,{class:`muted`},`Source: `),_(e.source)):null,e.touched.map(x))}function _(e){return/^https?:\/\//i.test(e)?s(e,e):/^10\.\d{4,9}\//.test(e)?s(`https://doi.org/${e}`,e):r(e)?a(e,e):e}function v(e){let t=e.split(`|`);if(t.length===3){let[e,i,o]=t;return[n(e),`: `,r(i)?a(i,i):i,` → `,r(o)?a(o,o):o]}return r(e)?a(e,e):e}function y(e){if(e===null)return null;try{let t=JSON.parse(e);return t&&typeof t==`object`?t:{value:t}}catch{return{value:e}}}function b(e){if(e==null)return`—`;if(typeof e==`string`&&/^[[{]/.test(e))try{return b(JSON.parse(e))}catch{return e}if(e&&typeof e==`object`&&`section`in e&&`source`in e){let t=e;return`${t.source}, “${t.section}”${t.citations?.length?` [${t.citations.join(`, `)}]`:``}`}return Array.isArray(e)?e.length?e.map(b).join(`; `):`(none)`:typeof e==`object`?JSON.stringify(e):String(e)}function x(e){let r=y(e.before),i=y(e.after),a=r===null?`created`:i===null?`removed`:`changed`,o=[...new Set([...Object.keys(r??{}),...Object.keys(i??{})])].filter(e=>!d.has(e)&&(a!==`changed`||b(r[e])!==b(i[e]))).sort();return t(`div`,{class:`table-wrap history-touched`},t(`table`,{class:`table`},t(`caption`,null,v(e.target),` (${a})`),t(`thead`,null,t(`tr`,null,t(`th`,{scope:`col`},`Field`),t(`th`,{scope:`col`},`Before`),t(`th`,{scope:`col`},`After`))),t(`tbody`,null,o.map(e=>t(`tr`,null,t(`th`,{scope:`row`},n(e.replace(/([a-z])([A-Z])/g,`$1_$2`))),t(`td`,{"data-label":`Before`},r?b(r[e]):`—`),t(`td`,{"data-label":`After`},i?b(i[e]):`—`))))))}export{p as showHistory};