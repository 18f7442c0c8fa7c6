package kgx

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"gutskin/kg"
)

// ImportMutation names an import in the audit trail.
const ImportMutation = "importKGX"

// ImportReport is what an import did, or what a dry run would do.
type ImportReport struct {
	// Nodes and Relations count what the files hold by kind, after the seed's rules.
	Nodes     map[kg.Kind]int
	Relations map[kg.RelationKind]int
	// Existing are ids of the files that the graph holds already, live: the import
	// refuses them all, since it only adds (a retired one is refused when writing).
	Existing []string
	// Change is the audit record of a committed import (zero in a dry run).
	Change kg.Change
	DryRun bool
}

// Import loads KGX files in this graph's mapping (ReadDir) from dir: checked by the seed's
// rules (ToSeed), then stored through the curation path as one change with its audit record
// (kg.Curation.Create: all or nothing, the entities and relationships marked curated, the
// change naming meta's curator and reason). It only adds: files whose entities the graph
// holds already are refused whole (ECONFLICT), and their relationships must join entities
// of the files. dryRun reads and checks everything and reports, writing nothing.
func Import(ctx context.Context, cur kg.Curation, dir string, meta kg.ChangeMeta, dryRun bool) (ImportReport, error) {
	rep := ImportReport{Nodes: map[kg.Kind]int{}, Relations: map[kg.RelationKind]int{}, DryRun: dryRun}
	if strings.TrimSpace(meta.Reason) == "" {
		return rep, kg.FieldErrorf("reason", "an import needs a reason, recorded in its audit record")
	}
	read, err := ReadDir(dir)
	if err != nil {
		return rep, err
	}
	g, _, err := ToSeed(read)
	if err != nil {
		return rep, err
	}
	ids := make([]string, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[i] = n.ID
		rep.Nodes[n.Kind]++
	}
	for _, r := range g.Relations {
		rep.Relations[r.Kind]++
	}
	live, err := cur.Kinds(ctx, ids)
	if err != nil {
		return rep, err
	}
	for id := range live {
		rep.Existing = append(rep.Existing, id)
	}
	slices.Sort(rep.Existing)
	if len(rep.Existing) > 0 {
		if dryRun {
			return rep, nil
		}
		return rep, kg.Errorf(kg.ECONFLICT, "%d entities of the files exist already (%s): an import only adds, so nothing was imported",
			len(rep.Existing), strings.Join(rep.Existing[:min(3, len(rep.Existing))], ", ")+more(len(rep.Existing), 3))
	}
	if dryRun {
		return rep, nil
	}
	meta.Mutation = ImportMutation
	rep.Change, err = cur.Create(ctx, meta, g)
	return rep, err
}

func more(n, shown int) string {
	if n > shown {
		return ", …"
	}
	return ""
}

// Print writes the report for a person: what was (or would be) added, by kind.
func (rep ImportReport) Print(w io.Writer) {
	verb := "imported"
	if rep.DryRun {
		verb = "would import"
	}
	total, rels := 0, 0
	for _, k := range kg.Kinds {
		total += rep.Nodes[k]
	}
	for _, r := range kg.RelationKinds {
		rels += rep.Relations[r]
	}
	fmt.Fprintf(w, "%s %d entities and %d relationships\n", verb, total, rels)
	for _, k := range kg.Kinds {
		if n := rep.Nodes[k]; n > 0 {
			fmt.Fprintf(w, "  %-14s %d\n", k.Label(), n)
		}
	}
	for _, r := range kg.RelationKinds {
		if n := rep.Relations[r]; n > 0 {
			fmt.Fprintf(w, "  %-14s %d\n", r, n)
		}
	}
	if len(rep.Existing) > 0 {
		fmt.Fprintf(w, "refused: %d entities exist already, e.g. %s\n", len(rep.Existing), rep.Existing[0])
	}
	if rep.Change.Seq > 0 {
		fmt.Fprintf(w, "change %d by %s: %s\n", rep.Change.Seq, rep.Change.Meta.Curator, rep.Change.Meta.Reason)
	}
}
