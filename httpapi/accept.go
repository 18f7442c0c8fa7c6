package httpapi

import (
	"context"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// GraphQL over HTTP (the graphql-over-http spec): a client says in Accept whether it reads
// application/graphql-response+json, whose status codes tell a request error (400, no data
// entry) from an executed one, or the older application/json, where every GraphQL answer
// is 200. Without Accept, or with only wildcards, the answer is application/json.

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
	codeNotAcceptable    = "NOT_ACCEPTABLE"
)

type mediaKey struct{}

// withMedia records the negotiated media type for the answers written further in.
func withMedia(ctx context.Context, media string) context.Context {
	return context.WithValue(ctx, mediaKey{}, media)
}

// mediaOf is the negotiated media type of ctx's answer (application/json when none was).
func mediaOf(ctx context.Context) string {
	if m, ok := ctx.Value(mediaKey{}).(string); ok {
		return m
	}
	return mediaJSON
}

// negotiate picks the answer's media type from an Accept header: the acceptable type with
// the highest q, application/graphql-response+json on a tie; "" when none is acceptable.
func negotiate(accept string) string {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON
	}
	best, bestQ, bestRank := "", 0.0, 0
	for _, part := range strings.Split(accept, ",") {
		media, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if v, err := strconv.ParseFloat(s, 64); err == nil && v >= 0 && v <= 1 {
				q = v
			}
		}
		var candidate string
		var rank int // breaks ties: exact types before wildcards
		switch media {
		case mediaGraphQLResponse:
			candidate, rank = mediaGraphQLResponse, 3
		case mediaJSON:
			candidate, rank = mediaJSON, 2
		case "application/*", "*/*":
			candidate, rank = mediaJSON, 1
		default:
			continue
		}
		if q > 0 && (q > bestQ || (q == bestQ && rank > bestRank)) {
			best, bestQ, bestRank = candidate, q, rank
		}
	}
	return best
}

// contentType is the Content-Type header of an answer in media (application/json has no
// charset parameter: it is UTF-8 by definition).
func contentType(media string) string {
	if media == mediaJSON {
		return media
	}
	return media + "; charset=utf-8"
}

// requestErrorStatus is the status of an answer to a request that failed before execution
// (a document that does not parse or validate, variables that do not coerce, a document
// limit): 400 in application/graphql-response+json, 200 in application/json.
func requestErrorStatus(ctx context.Context) int {
	if mediaOf(ctx) == mediaGraphQLResponse {
		return http.StatusBadRequest
	}
	return http.StatusOK
}
