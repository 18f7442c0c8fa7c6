package httpapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Codes of requests refused before GraphQL sees them. Their names follow the GraphQL over
// HTTP draft and Apollo's.
const (
	codeBadRequest        = "BAD_REQUEST"
	codeMethodNotAllowed  = "METHOD_NOT_ALLOWED"
	codeUnsupportedMedia  = "UNSUPPORTED_MEDIA_TYPE"
	codePayloadTooLarge   = "PAYLOAD_TOO_LARGE"
	codeForbidden         = "FORBIDDEN"
	codePersistedNotFound = "PERSISTED_QUERY_NOT_FOUND"
	codePersistedMismatch = "PERSISTED_QUERY_MISMATCH"
)

// maxGETQueryBytes bounds the query string of a GET: GET is for short, linkable queries.
const maxGETQueryBytes = 8 << 10

// transport is the service's one GraphQL transport, in place of gqlgen's GET, POST and
// OPTIONS. It reads a request strictly, so that every mistake a client can make is answered
// with a 4xx status and a code (gqlgen's own transports answer some of them with no code,
// or as internal errors, and echo undecodable bodies into the log).
type transport struct {
	persisted *lru.LRU[string] // automatic persisted queries: hash → query
	cors      CORS
	written   func() // called after every mutation, before its answer is written
}

var _ graphql.Transport = transport{}

func newTransport(cors CORS) transport {
	return transport{persisted: lru.New[string](1000), cors: cors}
}

func (transport) Supports(*http.Request) bool { return true }

// requestError is a request refused before GraphQL: an HTTP status and a coded message.
type requestError struct {
	status        int
	code, message string
}

func refuse(status int, code, message string) *requestError {
	return &requestError{status: status, code: code, message: message}
}

func (t transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	var params *graphql.RawParams
	var rerr *requestError
	media := negotiate(r.Header.Get("Accept"))
	if media == "" {
		media = mediaJSON // the refusal itself is written in JSON
		r = r.WithContext(withMedia(r.Context(), media))
		clientError(w, r, refuse(http.StatusNotAcceptable, codeNotAcceptable, "accept application/graphql-response+json or application/json"))
		return
	}
	r = r.WithContext(withMedia(r.Context(), media))
	switch r.Method {
	case http.MethodGet:
		params, rerr = readGET(r, t.cors)
	case http.MethodPost:
		params, rerr = readPOST(r)
	case http.MethodOptions:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		rerr = refuse(http.StatusMethodNotAllowed, codeMethodNotAllowed, "use POST (or GET for short queries) on /query")
	}
	if rerr == nil {
		rerr = t.resolvePersisted(r.Context(), params)
	}
	if rerr != nil {
		clientError(w, r, rerr)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}

	ctx := r.Context()
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		noteErrorCode(ctx, errs)
		loggerFrom(r).Info().Str("code", firstCode(errs)).Str("excerpt", excerpt(params.Query)).Msg("request refused")
		// A request error: nothing was executed, so the answer has no data entry.
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		resp.Data = nil
		writeResponse(ctx, w, requestErrorStatus(ctx), resp)
		return
	}
	if r.Method == http.MethodGet && oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		clientError(w, r, refuse(http.StatusMethodNotAllowed, codeMethodNotAllowed, "only queries may be sent with GET"))
		return
	}
	if oc.Operation.Operation == ast.Mutation && !t.cors.mutationAllowed(r) {
		clientError(w, r, refuse(http.StatusForbidden, codeForbidden, "mutations from another origin need that origin in CORS_ORIGINS (\"*\" opens reads only)"))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if oc.Operation.Operation == ast.Mutation && t.written != nil {
		t.written() // whatever it changed, the next read sees the graph's new version
	}
	// Every answer's code reaches the access log and the metrics, refusals made before the
	// operation ran (no token, say) too.
	noteErrorCode(ctx, resp.Errors)
	writeResponse(ctx, w, authStatus(resp), resp)
}

// writeResponse writes resp in the negotiated media type. A response without data (a
// request error) has no data entry.
func writeResponse(ctx context.Context, w http.ResponseWriter, status int, resp *graphql.Response) {
	b, err := marshalResponse(resp)
	if err != nil {
		writeJSONError(w, http.StatusInternalServerError, "INTERNAL_SERVER_ERROR", "internal error")
		return
	}
	w.Header().Set("Content-Type", contentType(mediaOf(ctx)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// marshalResponse gives the bytes json.Marshal gives for resp without reading the data
// twice. gqlgen has already written the data as compact JSON; json.Marshal would check and
// compact it again, byte by byte (about a tenth of the CPU of a large answer). Here the data
// is copied, escaping only what json.Marshal escapes in it (<, >, & and the line and
// paragraph separators, which can only occur inside strings). The rare responses with the
// fields of incremental delivery go through json.Marshal.
func marshalResponse(resp *graphql.Response) ([]byte, error) {
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil {
		return json.Marshal(resp)
	}
	buf := bytes.NewBuffer(make([]byte, 0, len(resp.Data)+256))
	buf.WriteByte('{')
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(resp.Errors)
		if err != nil {
			return nil, err
		}
		buf.WriteString(`"errors":`)
		buf.Write(errs)
		buf.WriteByte(',')
	}
	switch {
	case len(resp.Data) > 0:
		buf.WriteString(`"data":`)
		writeHTMLEscaped(buf, resp.Data)
	case len(resp.Errors) == 0:
		buf.WriteString(`"data":null`)
	default:
		// Errors and no data: a request error, or an execution that produced none.
		if buf.Len() > 1 && buf.Bytes()[buf.Len()-1] == ',' {
			buf.Truncate(buf.Len() - 1)
		}
	}
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			return nil, err
		}
		buf.WriteString(`,"extensions":`)
		buf.Write(ext)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// writeHTMLEscaped copies JSON text, writing <, >, &, U+2028 and U+2029 as \u escapes the
// way encoding/json does.
func writeHTMLEscaped(buf *bytes.Buffer, src []byte) {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			buf.Write(src[start:i])
			buf.WriteString(`\u00`)
			buf.WriteByte(hex[c>>4])
			buf.WriteByte(hex[c&0xF])
			start = i + 1
		}
		// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			buf.Write(src[start:i])
			buf.WriteString(`\u202`)
			buf.WriteByte(hex[src[i+2]&0xF])
			start = i + 3
			i += 2
		}
	}
	buf.Write(src[start:])
}

// clientError answers a refused request and logs it at info, with a bounded excerpt.
func clientError(w http.ResponseWriter, r *http.Request, e *requestError) {
	noteCode(r.Context(), e.code)
	loggerFrom(r).Info().Str("code", e.code).Int("status", e.status).Str("reason", excerpt(e.message)).Msg("request refused")
	if e.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeCodedError(w, contentType(mediaOf(r.Context())), e.status, e.code, e.message)
}

// excerptBytes bounds what of a client's input reaches one log line.
const excerptBytes = 200

func excerpt(s string) string {
	if len(s) <= excerptBytes {
		return s
	}
	return strings.ToValidUTF8(s[:excerptBytes], "") + "…"
}

// body is the JSON object of a GraphQL request, decoded in one pass; a member of the wrong
// type is named in the answer.
type body struct {
	Query         *string        `json:"query"`
	OperationName *string        `json:"operationName"`
	Variables     map[string]any `json:"variables"`
	Extensions    map[string]any `json:"extensions"`
}

func readPOST(r *http.Request) (*graphql.RawParams, *requestError) {
	media, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || media != "application/json" {
		return nil, refuse(http.StatusUnsupportedMediaType, codeUnsupportedMedia, "send the request as application/json")
	}
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, refuse(http.StatusBadRequest, codeBadRequest, "could not read the request body")
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '[' {
		return nil, refuse(http.StatusBadRequest, codeBadRequest, "batched requests are not supported; send one JSON object")
	}
	var b body
	if err := decodeStrict(raw, &b); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			member := strings.SplitN(typeErr.Field, ".", 2)[0]
			want := map[string]string{"query": "a string", "operationName": "a string", "variables": "a JSON object", "extensions": "a JSON object"}[member]
			if want != "" {
				return nil, refuse(http.StatusBadRequest, codeBadRequest, "\""+member+"\" must be "+want)
			}
		}
		return nil, refuse(http.StatusBadRequest, codeBadRequest, "the body is not a JSON object with \"query\", \"operationName\", \"variables\" and \"extensions\"")
	}
	return paramsFrom(b)
}

func readGET(r *http.Request, cors CORS) (*graphql.RawParams, *requestError) {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		// A page of another site may not make this service work on its visitors' behalf,
		// unless CORS_ORIGINS lets it read (cors.go).
		if !cors.crossSiteGETAllowed(r) {
			return nil, refuse(http.StatusForbidden, codeForbidden, "cross-site GET requests are refused unless their origin is in CORS_ORIGINS; use POST from this origin")
		}
	}
	if len(r.URL.RawQuery) > maxGETQueryBytes {
		return nil, refuse(http.StatusRequestURITooLong, codePayloadTooLarge, "the query string is longer than 8192 bytes; use POST")
	}
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, refuse(http.StatusBadRequest, codeBadRequest, "the query string is not valid URL encoding")
	}
	b := body{Variables: nil, Extensions: nil}
	if values.Has("query") {
		b.Query = ptr(values.Get("query"))
	}
	if values.Has("operationName") {
		b.OperationName = ptr(values.Get("operationName"))
	}
	for member, dst := range map[string]*map[string]any{"variables": &b.Variables, "extensions": &b.Extensions} {
		if v := values.Get(member); v != "" {
			if decodeStrict([]byte(v), dst) != nil || *dst == nil {
				return nil, refuse(http.StatusBadRequest, codeBadRequest, "\""+member+"\" must be a JSON object")
			}
		}
	}
	return paramsFrom(b)
}

func ptr[T any](v T) *T { return &v }

// paramsFrom turns a decoded body into gqlgen's parameters: a request without a query
// must name a persisted one.
func paramsFrom(b body) (*graphql.RawParams, *requestError) {
	p := &graphql.RawParams{Variables: b.Variables, Extensions: b.Extensions}
	if b.Query != nil {
		p.Query = *b.Query
	}
	if b.OperationName != nil {
		p.OperationName = *b.OperationName
	}
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return nil, refuse(http.StatusBadRequest, codeBadRequest, "the request has no \"query\"")
	}
	return p, nil
}

// decodeStrict decodes exactly one JSON value, numbers kept exact, nothing after it.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the JSON value")
	}
	return nil
}

// resolvePersisted implements automatic persisted queries (Apollo's protocol): a hash alone
// is looked up; a hash with its query is checked and remembered.
func (t transport) resolvePersisted(ctx context.Context, p *graphql.RawParams) *requestError {
	ext, present := p.Extensions["persistedQuery"]
	if !present || ext == nil {
		return nil
	}
	pq, ok := ext.(map[string]any)
	if !ok {
		return refuse(http.StatusBadRequest, codeBadRequest, "extensions.persistedQuery must be an object")
	}
	if v, ok := pq["version"].(json.Number); !ok || v.String() != "1" {
		return refuse(http.StatusBadRequest, codeBadRequest, "extensions.persistedQuery.version must be 1")
	}
	hash, ok := pq["sha256Hash"].(string)
	if !ok {
		return refuse(http.StatusBadRequest, codeBadRequest, "extensions.persistedQuery.sha256Hash must be a string")
	}
	hash = strings.ToLower(hash)
	if p.Query == "" {
		q, found := t.persisted.Get(ctx, hash)
		if !found {
			return refuse(http.StatusOK, codePersistedNotFound, "PersistedQueryNotFound")
		}
		p.Query = q
		return nil
	}
	sum := sha256.Sum256([]byte(p.Query))
	if hex.EncodeToString(sum[:]) != hash {
		return refuse(http.StatusBadRequest, codePersistedMismatch, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query")
	}
	t.persisted.Add(ctx, hash, p.Query)
	return nil
}

func firstCode(errs gqlerror.List) string {
	for _, e := range errs {
		if c, ok := e.Extensions["code"].(string); ok {
			return c
		}
	}
	return ""
}

func noteErrorCode(ctx context.Context, errs gqlerror.List) { noteCode(ctx, firstCode(errs)) }

// noteCode records a response's error code for the access log and the metrics.
func noteCode(ctx context.Context, code string) {
	if entry, ok := ctx.Value(accessEntryKey{}).(*accessEntry); ok && code != "" {
		entry.setCode(code)
	}
}
