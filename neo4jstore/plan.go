package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

// The kg.Reader methods: each answers a query plan in one statement.

var _ kg.Reader = (*Store)(nil)

// Fetch returns the entities with the given ids, projected, in the order asked.
func (s *Store) Fetch(ctx context.Context, ids []string, sel *kg.Selection) ([]kg.Row, error) {
	var p projector
	cypher := "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN " + p.entity("n", sel) + " AS row"
	recs, err := s.readNamed(ctx, "fetch", cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]kg.Row, len(recs))
	for _, rec := range recs {
		row, err := rowOf(rec, "row")
		if err != nil {
			return nil, err
		}
		id, _ := row["id"].(string)
		byID[id] = row
	}
	out := make([]kg.Row, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}

// FetchByDOI returns the study with a DOI, ignoring case.
func (s *Store) FetchByDOI(ctx context.Context, doi string, sel *kg.Selection) (kg.Row, error) {
	var p projector
	cypher := "MATCH (n:Study {doiLower: $doi}) RETURN " + p.entity("n", sel) + " AS row"
	recs, err := s.readNamed(ctx, "fetch by DOI", cypher, map[string]any{"doi": strings.ToLower(strings.TrimSpace(doi))})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no study has the DOI %q", doi)
	}
	return rowOf(recs[0], "row")
}

// FetchMerged returns the claim that took over a merged claim's id. It runs only after an
// id was not found, and the few claims with former ids are read by label.
func (s *Store) FetchMerged(ctx context.Context, id string, sel *kg.Selection) (kg.Row, error) {
	var p projector
	cypher := "MATCH (n:Claim:Entity) WHERE $id IN n.formerIds WITH n ORDER BY n.id LIMIT 1 RETURN " + p.entity("n", sel) + " AS row"
	recs, err := s.readNamed(ctx, "fetch merged claim", cypher, map[string]any{"id": id})
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	return rowOf(recs[0], "row")
}

// FetchByXref returns the entities carrying a CURIE, exact matches first. The graph holds a
// few hundred entities, so the list membership test scans them; no index covers list items.
func (s *Store) FetchByXref(ctx context.Context, curie string, exactOnly bool, sel *kg.Selection) ([]kg.Row, error) {
	var p projector
	cypher := "MATCH (n:Entity) WHERE $key IN n.xrefKeys AND (NOT $exactOnly OR $key IN n.xrefExactKeys)\n" +
		"WITH n ORDER BY CASE WHEN $key IN n.xrefExactKeys THEN 0 ELSE 1 END, n.sortName, n.id\n" +
		"RETURN " + p.entity("n", sel) + " AS row"
	recs, err := s.readNamed(ctx, "fetch by xref", cypher, map[string]any{"key": kg.XrefKey(curie), "exactOnly": exactOnly})
	if err != nil {
		return nil, err
	}
	return kg.DecodeEach(recs, func(rec *neo4j.Record) (kg.Row, error) { return rowOf(rec, "row") })
}

// Page returns one keyset page of a list, projected, with its total when asked, in one
// statement that always returns one record.
func (s *Store) Page(ctx context.Context, q kg.ListQuery, sel *kg.Selection, withTotal bool) (kg.RowPage, error) {
	cypher, params, err := compileList(q, sel, withTotal, s.countLimit())
	if err != nil {
		return kg.RowPage{}, err
	}
	backward := q.Page.Last > 0 || q.Page.Before != nil
	limit := q.Page.First
	if backward {
		limit = q.Page.Last
	}
	label := q.Kind.Label()
	recs, err := s.readNamed(ctx, "list "+strings.ToLower(label), cypher, params)
	if err != nil {
		return kg.RowPage{}, err
	}
	if len(recs) != 1 {
		return kg.RowPage{}, fmt.Errorf("neo4jstore: list %s: expected one record, got %d", label, len(recs))
	}
	total, err := get[int64](recs[0], "total")
	if err != nil {
		return kg.RowPage{}, err
	}
	exact, err := get[bool](recs[0], "exact")
	if err != nil {
		return kg.RowPage{}, err
	}
	items, err := get[[]any](recs[0], "rows")
	if err != nil {
		return kg.RowPage{}, err
	}
	page := kg.RowPage{Total: int(total), TotalExact: exact && total >= 0}
	more := len(items) > limit
	if more {
		items = items[:limit]
	}
	for _, it := range items {
		m, ok := it.(map[string]any)
		row, ok2 := m["row"].(map[string]any)
		if !ok || !ok2 {
			return kg.RowPage{}, fmt.Errorf("neo4jstore: list %s: a row is %T, not a map", label, it)
		}
		id, _ := row["id"].(string)
		page.Rows = append(page.Rows, row)
		page.Cursors = append(page.Cursors, kg.Cursor{Key: m["key"], ID: id})
	}
	if backward {
		reverse(page.Rows)
		reverse(page.Cursors)
		page.Info = kg.PageInfo{HasPrevious: more, HasNext: q.Page.Before != nil}
	} else {
		page.Info = kg.PageInfo{HasNext: more, HasPrevious: q.Page.After != nil}
	}
	return page, nil
}

// Provenance resolves provenance entries in one statement.
func (s *Store) Provenance(ctx context.Context, refs []kg.ProvenanceRef, source, studies *kg.Selection) ([]kg.ProvenanceAnswer, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	params := make([]any, len(refs))
	for i, r := range refs {
		cites := make([]any, len(r.Citations))
		for j, c := range r.Citations {
			cites[j] = int64(c)
		}
		params[i] = map[string]any{"source": r.Source, "citations": cites}
	}
	var p projector
	cypher := "UNWIND range(0, size($refs) - 1) AS i WITH i, $refs[i] AS ref\n" +
		"OPTIONAL MATCH (src:Source {id: ref.source})\n" +
		"RETURN i, CASE WHEN src IS NULL THEN null ELSE " + p.entity("src", source) + " END AS source,\n" +
		"  COLLECT { UNWIND range(0, size(ref.citations) - 1) AS j MATCH (src)-[c:CITES]->(s:Study) WHERE c.number = ref.citations[j] WITH s, j ORDER BY j RETURN " + p.entity("s", studies) + " } AS cited"
	recs, err := s.readNamed(ctx, "provenance", cypher, map[string]any{"refs": params})
	if err != nil {
		return nil, err
	}
	out := make([]kg.ProvenanceAnswer, len(refs))
	for _, rec := range recs {
		i, err := get[int64](rec, "i")
		if err != nil {
			return nil, err
		}
		src, _, err := neo4j.GetRecordValue[map[string]any](rec, "source")
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: provenance: %w", err)
		}
		cited, err := get[[]any](rec, "cited")
		if err != nil {
			return nil, err
		}
		a := kg.ProvenanceAnswer{Source: src}
		for _, c := range cited {
			if m, ok := c.(map[string]any); ok {
				a.Cited = append(a.Cited, m)
			}
		}
		if int(i) < len(out) {
			out[i] = a
		}
	}
	return out, nil
}

// get reads a non-null value of type T from a record; a missing key, a null or another type
// is an error naming the key.
func get[T neo4j.RecordValue](rec *neo4j.Record, key string) (T, error) {
	v, isNil, err := neo4j.GetRecordValue[T](rec, key)
	if err == nil && isNil {
		err = fmt.Errorf("is null")
	}
	if err != nil {
		var zero T
		return zero, fmt.Errorf("neo4jstore: record value %q: %w", key, err)
	}
	return v, nil
}

func rowOf(rec *neo4j.Record, key string) (kg.Row, error) {
	return get[map[string]any](rec, key)
}

// readNamed runs one named read statement; an error names the statement, never its text.
func (s *Store) readNamed(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if os.Getenv("DEBUG_CYPHER") != "" {
		// The parameters on one line after the statement, so that it can be run again
		// (with PROFILE) as it was.
		b, _ := json.Marshal(params)
		fmt.Fprintf(os.Stderr, "---- %s\n%s\n// parameters %s\n", name, cypher, b)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: %s: %w", name, err)
	}
	return recs, nil
}

// relName guards relationship type and label names built into statements.
var relName = regexp.MustCompile(`^[A-Z][A-Z_]*$`)
