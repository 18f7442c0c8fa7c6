package release

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gutskin/kg"
)

// Summary counts what changed between two releases, from the audit trail.
type Summary struct {
	Since            int64 `json:"since"`
	EntitiesAdded    int   `json:"entitiesAdded"`
	Retired          int   `json:"retired"`
	Restored         int   `json:"restored"`
	Regraded         int   `json:"regraded"`
	RelationsAdded   int   `json:"relationsAdded"`
	RelationsRemoved int   `json:"relationsRemoved"`
	RecordsChanged   int   `json:"recordsChanged"`
}

// change is one audited change as a release lists it.
type change struct {
	Seq      int64    `json:"seq"`
	At       string   `json:"at"`
	Mutation string   `json:"mutation"`
	Curator  string   `json:"curator"`
	Reason   string   `json:"reason"`
	Source   string   `json:"source,omitempty"`
	Targets  []string `json:"targets"`
}

// writeChanges lists the changes after the previous release's graph version up to seq in
// changes.json, with their summary. Token changes are left out: they are not the graph.
func writeChanges(ctx context.Context, src Source, dir string, prev, seq int64) (Summary, []File, error) {
	s := Summary{Since: max(prev, 0)}
	list := []change{}
	for after := s.Since; after < seq; {
		page, more, err := src.Changes(ctx, time.Time{}, after, 100)
		if err != nil {
			return s, nil, err
		}
		for _, c := range page {
			after = c.Seq
			if c.Seq > seq {
				break
			}
			if strings.HasSuffix(c.Meta.Mutation, "Token") {
				continue
			}
			s.count(c)
			out := change{Seq: c.Seq, At: c.At.UTC().Format(time.RFC3339), Mutation: c.Meta.Mutation, Curator: c.Meta.Curator,
				Reason: c.Meta.Reason, Source: c.Meta.Source, Targets: []string{}}
			for _, t := range c.Touched {
				out.Targets = append(out.Targets, t.Target)
			}
			list = append(list, out)
		}
		if !more || len(page) == 0 {
			break
		}
	}
	b, err := json.MarshalIndent(map[string]any{"summary": s, "changes": list}, "", "  ")
	if err != nil {
		return s, nil, err
	}
	err = os.WriteFile(filepath.Join(dir, "changes.json"), append(b, '\n'), 0o644)
	return s, []File{{Path: "changes.json", Name: "What changed since the previous release, from the audit trail", Format: "application/json"}}, err
}

func (s *Summary) count(c kg.Change) {
	switch c.Meta.Mutation {
	case "retire":
		s.Retired++
		return
	case "restore":
		s.Restored++
		return
	case "gradeClaim":
		s.Regraded++
		return
	}
	for _, t := range c.Touched {
		relation := strings.Contains(t.Target, "|")
		switch {
		case relation && t.Before == nil:
			s.RelationsAdded++
		case relation && t.After == nil:
			s.RelationsRemoved++
		case !relation && t.Before == nil:
			s.EntitiesAdded++
		case !relation && isVersionOnly(t):
			// the owner's version moving with a link change is no change of its own
		default:
			s.RecordsChanged++
		}
	}
}

func isVersionOnly(t kg.Touched) bool {
	return len(t.Before) == 1 && len(t.After) == 1 && t.Before["version"] != nil && t.After["version"] != nil
}
