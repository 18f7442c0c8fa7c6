package httpapi

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"

	"gutskin/kg"
	"gutskin/kgx"
)

// kgxFiles are the files GET /export/kgx/{file} serves: the live graph as KGX TSV or JSON
// Lines (docs/biolink.md), and the TSV files' datapackage.json.
var kgxFiles = map[string]struct {
	format kgx.Format
	part   kgx.Part
}{
	"nodes.tsv": {kgx.TSV, kgx.Nodes}, "edges.tsv": {kgx.TSV, kgx.Edges},
	"nodes.jsonl": {kgx.JSONL, kgx.Nodes}, "edges.jsonl": {kgx.JSONL, kgx.Edges},
}

// kgxExport streams one KGX file of the live graph, read from Neo4j in keyset batches
// (one statement per batch of kgx.BatchSize entities) within the request deadline. An error
// before the first bytes leave gets a coded JSON answer; after that the answer can only be
// cut off, so the connection is aborted rather than ending a truncated file cleanly.
func kgxExport(d Deps, store kg.ExportReader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		if name == "datapackage.json" {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Disposition", `attachment; filename="datapackage.json"`)
			_, _ = w.Write(kgx.DataPackage())
			return
		}
		file, ok := kgxFiles[name]
		if !ok {
			writeJSONError(w, http.StatusNotFound, "NOT_FOUND", "no such export: use nodes.tsv, edges.tsv, nodes.jsonl, edges.jsonl or datapackage.json")
			return
		}
		ctx, cancel := exportDeadline(r.Context(), d)
		defer cancel()
		w.Header().Set("Content-Type", kgx.ContentType(file.format))
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
		sent := &sentCounter{w: w}
		bw := bufio.NewWriterSize(sent, 32<<10)
		err := kgx.Write(ctx, store, file.format, file.part, bw)
		if err == nil {
			err = bw.Flush()
		}
		if err == nil {
			return
		}
		loggerFrom(r).Warn().Err(err).Str("file", name).Int64("sent", sent.n).Msg("KGX export failed")
		if sent.n > 0 {
			panic(http.ErrAbortHandler)
		}
		status, code, msg := exportError(ctx, err)
		w.Header().Del("Content-Disposition")
		writeJSONError(w, status, code, msg)
	})
}

func exportDeadline(ctx context.Context, d Deps) (context.Context, context.CancelFunc) {
	if d.RequestTimeout > 0 {
		return context.WithTimeout(ctx, d.RequestTimeout)
	}
	return context.WithCancel(ctx)
}

// exportError is what a client is told of an export that failed before its first byte.
func exportError(ctx context.Context, err error) (int, string, string) {
	switch {
	case kg.ErrorCode(err) == kg.ETIMEOUT || errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil:
		return http.StatusServiceUnavailable, "TIMEOUT", "the export took longer than the request time limit"
	case kg.ErrorCode(err) == kg.EUNAVAILABLE:
		return http.StatusServiceUnavailable, "SERVICE_UNAVAILABLE", "the database does not answer; try again shortly"
	case kg.ErrorCode(err) == kg.EOVERLOADED:
		return http.StatusServiceUnavailable, "SERVICE_OVERLOADED", "the service is too busy; try again shortly"
	}
	return http.StatusInternalServerError, "INTERNAL_SERVER_ERROR", "internal error"
}

// sentCounter counts the bytes handed to the client.
type sentCounter struct {
	w io.Writer
	n int64
}

func (s *sentCounter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.n += int64(n)
	return n, err
}
