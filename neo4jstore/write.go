package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kg"
)

const importBatch = 500

// SchemaStatements are the statements that create the constraints and indexes the service
// needs: those of queries/schema.cypher, plus a sort index and an id index for every kind of
// the domain table, then a wait until all are online. Every statement is idempotent.
func SchemaStatements() []string {
	var out []string
	for _, stmt := range strings.Split(query("schema"), "\n;\n") {
		if stmt = strings.TrimSpace(stmt); stmt != "" {
			out = append(out, stmt)
		}
	}
	wait := out[len(out)-1]
	out = out[:len(out)-1]
	for _, k := range kg.KindSpecs {
		out = append(out, fmt.Sprintf("CREATE INDEX %s_sort_name IF NOT EXISTS FOR (n:%s) ON (n.sortName)", strings.ToLower(k.Label), k.Label))
		// A list of one kind by id (the release reads every kind so) seeks its page in this
		// index; Entity's unique id index does not know the kind, so without it every page
		// scanned the kind's label: 310,000 studies a page on the 1m graph.
		out = append(out, fmt.Sprintf("CREATE INDEX %s_id IF NOT EXISTS FOR (n:%s) ON (n.id)", strings.ToLower(k.Label), k.Label))
	}
	// One relationship of a type between two entities (its key is type|from|to): evidence
	// per claim and study, a source's position per claim, every stated relationship. Neo4j
	// refuses a second whoever writes it; the constraint's index also answers link's look-up.
	for _, kind := range kg.RelationKinds {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_key IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.key IS UNIQUE", strings.ToLower(string(kind)), kind))
	}
	for _, ix := range filterIndexes {
		out = append(out, fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (n.%s)", ix.name, ix.label, ix.prop))
	}
	for _, ix := range orderedIndexes {
		out = append(out, fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (n.%s, n.%s)", ix.name, ix.label, ix.prop, ix.sort))
	}
	out = append(out, searchIndexStatement())
	out = append(out, curationSchema...)
	return append(out, wait)
}

// The full-text index: these fields of every entity, analysed as English (stemmed, stop
// words dropped). searchSpelling holds the words of the names unstemmed, for matching with
// typos; searchRefs a study's citation numbers (see kg.ParseSearch and seed's builder); kind
// lets a search keep to some kinds inside the index (see withKinds).
const searchAnalyzer = "english"

var searchFields = []string{"label", "searchNames", "searchText", "searchSpelling", "searchRefs", "kind"}

func searchIndexStatement() string {
	fields := make([]string, len(searchFields))
	for i, f := range searchFields {
		fields[i] = "n." + f
	}
	return "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [" + strings.Join(fields, ", ") +
		"] OPTIONS {indexConfig: {`fulltext.analyzer`: '" + searchAnalyzer + "'}}"
}

// executeOnWriter runs one statement in a transaction of its own on a writer of the store's
// database and returns its records.
func (s *Store) executeOnWriter(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithWritersRouting())
}

// EnsureSchema creates the constraints and indexes if they do not exist and waits until
// they are online. A full-text index made by an older version (other fields or analyzer)
// is dropped first, so that it is made anew.
func (s *Store) EnsureSchema(ctx context.Context) error {
	if err := s.dropStaleSearchIndex(ctx); err != nil {
		return err
	}
	return s.runSchema(ctx, SchemaStatements(), "schema statement failed")
}

// runSchema runs schema statements one after the other. An index or constraint that
// another instance starting at the same time created first exists, which is what the
// statement wanted. failed says what failed in the error.
func (s *Store) runSchema(ctx context.Context, stmts []string, failed string) error {
	for _, stmt := range stmts {
		_, err := s.executeOnWriter(ctx, stmt, nil)
		if createdMeanwhile(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("neo4jstore: %s: %w", failed, mapError(ctx, err))
		}
	}
	return nil
}

// importTimeout bounds the seed's import transaction (Import).
const importTimeout = 5 * time.Minute

// Import makes the seed's part of the database hold exactly g: entities and relationships
// are upserted in batches and seed records that left the seed are removed, all in one
// transaction, so that a failure leaves the graph as it was and loading twice gives the
// same graph. Curated work stays: entities and relationships curators created, properties
// they changed on seed records (curatedKeys), versions, and retired entities.
//
// The transaction may take up to importTimeout, not a request's limit nor the server's
// default (30 s in scripts/neo4j): a start with -seed is not a request, and two instances
// loading at once wait on each other's locks. Measured: under a load average of 10 such a
// pair of loads passed 30 s and the second start failed.
func (s *Store) Import(ctx context.Context, g kg.Graph) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		run := func(cypher string, params map[string]any) error {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return err
			}
			_, err = res.Consume(ctx)
			return err
		}
		for _, group := range nodesByKind(g.Nodes) {
			cypher := strings.ReplaceAll(query("merge_nodes"), "{{LABEL}}", group.kind.Label())
			for _, batch := range batches(group.rows) {
				if err := run(cypher, map[string]any{"rows": batch}); err != nil {
					return nil, err
				}
			}
		}
		for _, group := range relationsByKind(g.Relations) {
			if !group.kind.IsValid() {
				return nil, kg.Errorf(kg.EINVALID, "unknown relationship kind %q", group.kind)
			}
			cypher := strings.ReplaceAll(query("merge_relations"), "{{TYPE}}", string(group.kind))
			for _, batch := range batches(group.rows) {
				if err := run(cypher, map[string]any{"rows": batch}); err != nil {
					return nil, err
				}
			}
		}
		ids := make([]string, len(g.Nodes))
		for i, n := range g.Nodes {
			ids[i] = n.ID
		}
		keys := make([]string, len(g.Relations))
		for i, r := range g.Relations {
			keys[i] = r.Key
		}
		return nil, run(query("prune"), map[string]any{"ids": ids, "keys": keys})
	}, neo4j.WithTxTimeout(importTimeout))
	if err != nil {
		return fmt.Errorf("neo4jstore: import failed, nothing was changed: %w", mapError(ctx, err))
	}
	return s.rebuildSearchIndex(ctx)
}

// createdMeanwhile reports whether a CREATE … IF NOT EXISTS failed only because a concurrent
// transaction created the same rule between the check and the creation.
func createdMeanwhile(err error) bool {
	var n4j *neo4j.Neo4jError
	return errors.As(err, &n4j) && (strings.Contains(n4j.Code, "EquivalentSchemaRuleAlreadyExists") ||
		strings.Contains(n4j.Code, "IndexAlreadyExists") || strings.Contains(n4j.Code, "ConstraintAlreadyExists"))
}

func (s *Store) dropStaleSearchIndex(ctx context.Context) error {
	res, err := s.executeOnWriter(ctx, `SHOW FULLTEXT INDEXES YIELD name, properties, options
		WHERE name = 'entity_search'
		RETURN properties = $fields AND options.indexConfig['fulltext.analyzer'] = $analyzer AS current`,
		map[string]any{"fields": searchFields, "analyzer": searchAnalyzer})
	if err != nil {
		return fmt.Errorf("neo4jstore: reading the search index: %w", mapError(ctx, err))
	}
	if len(res.Records) == 0 {
		return nil
	}
	if current, _ := res.Records[0].Get("current"); current == true {
		return nil
	}
	_, err = s.executeOnWriter(ctx, "DROP INDEX entity_search IF EXISTS", nil)
	if err != nil {
		return fmt.Errorf("neo4jstore: dropping the outdated search index: %w", mapError(ctx, err))
	}
	return nil
}

// rebuildSearchIndex drops and recreates the full-text index. Every import rewrites nodes,
// and the index keeps the old versions as deleted documents until it merges them; its
// scores count them, so the same search could rank differently after a different history.
// Rebuilt, the ranking depends on the graph alone.
func (s *Store) rebuildSearchIndex(ctx context.Context) error {
	return s.runSchema(ctx, []string{"DROP INDEX entity_search IF EXISTS", searchIndexStatement(), "CALL db.awaitIndexes(120)"},
		"rebuilding the search index")
}

type rowGroup[K comparable] struct {
	kind K
	rows []map[string]any
}

func nodesByKind(nodes []kg.NodeRecord) []rowGroup[kg.Kind] {
	var groups []rowGroup[kg.Kind]
	for _, k := range kg.Kinds {
		g := rowGroup[kg.Kind]{kind: k}
		for _, n := range nodes {
			if n.Kind == k {
				g.rows = append(g.rows, map[string]any{"id": n.ID, "props": n.Props})
			}
		}
		if len(g.rows) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

func relationsByKind(rels []kg.RelationRecord) []rowGroup[kg.RelationKind] {
	byKind := map[kg.RelationKind][]map[string]any{}
	for _, r := range rels {
		props := map[string]any{"key": r.Key}
		for k, v := range r.Props {
			props[k] = v
		}
		byKind[r.Kind] = append(byKind[r.Kind], map[string]any{"from": r.From, "to": r.To, "key": r.Key, "props": props})
	}
	var groups []rowGroup[kg.RelationKind]
	for k, rows := range byKind {
		groups = append(groups, rowGroup[kg.RelationKind]{kind: k, rows: rows})
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].kind < groups[j].kind })
	return groups
}

func batches(rows []map[string]any) [][]map[string]any {
	var out [][]map[string]any
	for len(rows) > importBatch {
		out = append(out, rows[:importBatch])
		rows = rows[importBatch:]
	}
	return append(out, rows)
}
