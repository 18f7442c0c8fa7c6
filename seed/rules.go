package seed

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"gutskin/kg"
)

// Rules that compare records with each other (FORMAT.md, "Rules between records"): they keep
// a reader from seeing two grades for one link, or a relationship that hides studies its
// own provenance cites.

// checkGradesAgree: a claim that asserts the same links as stated relationships carries
// their grade, or a gradeNote saying why not. A claim asserts those links when its subjects
// are exactly their ends, they come from the same source section as the claim, and they
// are of one type fanning out of one entity or into one (HN001 and BB536 → gut-barrier
// integrity). Claims about several kinds of link at once are left alone: their grade is for
// the whole statement.
func (l *loader) checkGradesAgree() {
	for _, c := range l.claimRecs {
		asserted := l.assertedBy(c.rec)
		var differ []string
		for _, r := range asserted {
			if r.rec.Maturity != c.rec.Maturity {
				differ = append(differ, fmt.Sprintf("%s %s→%s is %s (%s:%d)", r.rec.Type, r.rec.From, r.rec.To, r.rec.Maturity, r.at.file, r.at.line))
			}
		}
		switch {
		case len(differ) > 0 && strings.TrimSpace(c.rec.GradeNote) == "":
			l.add(c.at, c.rec.ID, "maturity", "graded %s, but the relationship asserting the same link differs: %s; make the grades agree or record why in gradeNote",
				c.rec.Maturity, strings.Join(differ, "; "))
		case len(differ) == 0 && c.rec.GradeNote != "":
			l.add(c.at, c.rec.ID, "gradeNote", "no relationship asserting the same link is graded differently; drop the note")
		}
	}
}

// assertedBy returns the stated relationships whose link a claim asserts (see above).
func (l *loader) assertedBy(c claim) []item[relationship] {
	sections := map[string]bool{}
	for _, p := range c.Provenance {
		sections[p.Source+"\x00"+p.Section] = true
	}
	var match []item[relationship]
	ends := map[string]bool{}
	for _, r := range l.relRecs {
		spec := kg.RelationKind(r.rec.Type).Spec()
		if spec == nil || !spec.NeedsEffect || !slices.Contains(c.Subjects, r.rec.From) || !slices.Contains(c.Subjects, r.rec.To) {
			continue
		}
		shared := false
		for _, p := range r.rec.Provenance {
			shared = shared || sections[p.Source+"\x00"+p.Section]
		}
		if shared {
			match = append(match, r)
			ends[r.rec.From], ends[r.rec.To] = true, true
		}
	}
	if len(match) == 0 || len(ends) != len(uniq(c.Subjects)) {
		return nil
	}
	sameType, sameFrom, sameTo := true, true, true
	for _, r := range match[1:] {
		sameType = sameType && r.rec.Type == match[0].rec.Type
		sameFrom = sameFrom && r.rec.From == match[0].rec.From
		sameTo = sameTo && r.rec.To == match[0].rec.To
	}
	if !sameType || !(sameFrom || sameTo) {
		return nil
	}
	return match
}

// checkClaimIDs keeps claim ids stable through the move to propositions. An id whose words
// read as a denial (claim:probiotics-not-acne-cure) stays, since links and bookmarks use it,
// but idKeptBecause must say so; a claim merged into another that states the same
// proposition leaves its id in mergedFrom with why, and that id is never reused.
func (l *loader) checkClaimIDs() {
	merged := map[string]string{}
	for _, c := range l.claimRecs {
		slug := strings.TrimPrefix(c.rec.ID, kg.KindClaim.Prefix())
		if denial := deniedSlug.FindString(slug); denial != "" && strings.TrimSpace(c.rec.IDKeptBecause) == "" {
			l.add(c.at, c.rec.ID, "id", "the id reads as a denial (%q) while the statement is a proposition; say in idKeptBecause why the id is kept", denial)
		}
		for i, f := range c.rec.MergedFrom {
			field := fmt.Sprintf("mergedFrom[%d]", i)
			l.required(c.at, c.rec.ID, field+".why", f.Why)
			switch {
			case !strings.HasPrefix(f.ID, kg.KindClaim.Prefix()) || !slugID.MatchString(f.ID):
				l.add(c.at, c.rec.ID, field+".id", "%q is not a claim id", f.ID)
			case merged[f.ID] != "":
				l.add(c.at, c.rec.ID, field+".id", "%s was already merged into %s", f.ID, merged[f.ID])
			default:
				if _, live := l.known.KindOf(f.ID); live {
					l.add(c.at, c.rec.ID, field+".id", "%s is still the id of a record; a merged id is never reused", f.ID)
				}
			}
			merged[f.ID] = c.rec.ID
		}
	}
}

// deniedSlug finds the words of an id that read as a denial.
var deniedSlug = regexp.MustCompile(`(^|-)(not|no|never|unproven|none)(-|$)`)

// checkStudiesCoverCitations: the studies of a relationship that carries evidence include
// every study its provenance cites, or leftOut names the study and says why not.
func (l *loader) checkStudiesCoverCitations(at located, record string, r relationship) {
	cited := map[string]bool{}
	for _, p := range r.Provenance {
		for _, n := range p.Citations {
			if id, ok := l.citations[p.Source][n]; ok {
				cited[id] = true
			}
		}
	}
	left := map[string]bool{}
	for i, lo := range r.LeftOut {
		field := fmt.Sprintf("leftOut[%d]", i)
		switch {
		case !cited[lo.Study]:
			l.add(at, record, field+".study", "%q is not cited by the relationship's provenance", lo.Study)
		case slices.Contains(r.Studies, lo.Study):
			l.add(at, record, field+".study", "%s is among the studies; it cannot be left out too", lo.Study)
		}
		l.required(at, record, field+".why", lo.Why)
		left[lo.Study] = true
	}
	for _, p := range r.Provenance {
		for _, n := range p.Citations {
			id, ok := l.citations[p.Source][n]
			if ok && !slices.Contains(r.Studies, id) && !left[id] {
				l.add(at, record, "studies", "misses %s, cited as %s [%d]; list it, or name it in leftOut with why", id, p.Source, n)
				left[id] = true // one problem per study
			}
		}
	}
}

func leftOutJSON(lo []leftOut) string {
	if len(lo) == 0 {
		return ""
	}
	type entry struct {
		Study string `json:"study"`
		Why   string `json:"why"`
	}
	out := make([]entry, len(lo))
	for i, x := range lo {
		out[i] = entry{x.Study, x.Why}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func uniq(s []string) map[string]bool {
	out := map[string]bool{}
	for _, x := range s {
		out[x] = true
	}
	return out
}
