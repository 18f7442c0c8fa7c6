package httpapi

import (
	"net/http"

	"gutskin/kg"
)

// addRoutes is the whole HTTP surface of the service.
func addRoutes(mux *http.ServeMux, d Deps, gql, metrics http.Handler) {
	mux.Handle("/query", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeText(w, http.StatusOK, "ok\n")
	})
	mux.Handle("GET /readyz", readiness(d))
	mux.Handle("GET /metrics", metrics)
	mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(d.Schema))
	})
	mux.Handle("GET /ld/{id...}", linkedData(d))
	mux.Handle("GET /cite/{format}", citeHandler(d))
	if d.Explorer != nil {
		// Entity pages carry their JSON-LD (and study pages their citation meta tags) in the
		// served HTML; a request that prefers application/ld+json gets the JSON-LD itself. An
		// unknown view or entity is the same page with 404 (explorerstatus.go).
		mux.Handle("GET /explore/", negotiateLD(d, explorerStatus(d, withHead(d.Explorer, ldHead(d)))))
		mux.Handle("GET /{$}", http.RedirectHandler("/explore/", http.StatusFound))
	}
	if d.Playground != nil {
		mux.Handle("GET /playground", d.Playground)
	}
	if d.Releases != nil {
		mux.Handle("GET /releases/", d.Releases)
	}
	if store, ok := d.Store.(kg.ExportReader); ok {
		mux.Handle("GET /export/kgx/{file}", kgxExport(d, store)) // httpapi/kgx.go
	}
}

// readiness answers 200 when Neo4j answers a query, 503 otherwise.
func readiness(d Deps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Ping answers within a second, at once while the store knows Neo4j is away.
		if err := d.Store.Ping(r.Context()); err != nil {
			loggerFrom(r).Warn().Err(err).Msg("readiness check failed")
			writeText(w, http.StatusServiceUnavailable, "neo4j unavailable\n")
			return
		}
		writeText(w, http.StatusOK, "ready\n")
	})
}

func writeText(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}
