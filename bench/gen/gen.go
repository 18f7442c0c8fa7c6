// Package gen builds synthetic knowledge graphs with the stored shape of the real one, for
// scale benchmarks: the seed itself plus generated entities of every kind, linked by every
// relationship type, with the properties the seed loader stores and a skewed degree
// distribution (a few mechanisms, conditions and species are hubs; studies, claims and
// strains have few links). The same size and seed number always give the same graph.
//
// Records are streamed to a Sink, so a million entities never sit in memory at once.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"gutskin/kg"
	"gutskin/seed"
)

// Sink receives the graph record by record: every node before any relationship.
type Sink interface {
	Node(n kg.NodeRecord) error
	Relation(r kg.RelationRecord) error
}

// Config says how large a graph to build and from which random seed.
type Config struct {
	// Entities is the total number of entities, the seed's included. A size smaller than
	// the seed gives the seed alone.
	Entities int
	// Seed makes the graph reproducible: the same Entities and Seed give the same records.
	Seed uint64
	// Copies, when above zero, asks for the other shape instead (copies.go): the seed copied
	// that many times, each GroupSize copies (DefaultGroupSize when 0) sharing their hubs.
	// Entities and Seed are then not used.
	Copies, GroupSize int
}

// share is each generated kind's part of the synthetic entities; the rest of the shape
// (who links to whom, how often) lives in the relationship generators below.
var share = []struct {
	kind kg.Kind
	part float64
}{
	{kg.KindStudy, 0.27},
	{kg.KindClaim, 0.22},
	{kg.KindFinding, 0.16},
	{kg.KindStrain, 0.13},
	{kg.KindSpecies, 0.05},
	{kg.KindFactor, 0.04},
	{kg.KindMechanism, 0.04},
	{kg.KindCondition, 0.03},
	{kg.KindSource, 0.02},
	// the remainder (rounding) goes to studies
}

// Generate streams the seed and then the synthetic entities and relationships to sink.
func Generate(cfg Config, sink Sink) error {
	g, err := seed.Load(seed.Data)
	if err != nil {
		return fmt.Errorf("gen: loading the seed: %w", err)
	}
	if cfg.Copies > 0 {
		return generateCopies(cfg, g, sink)
	}
	b := newBuilder(cfg, g)
	for _, n := range g.Nodes {
		if err := sink.Node(n); err != nil {
			return err
		}
	}
	if err := b.nodes(sink); err != nil {
		return err
	}
	for _, r := range g.Relations {
		if err := sink.Relation(r); err != nil {
			return err
		}
	}
	return b.relations(sink)
}

// pool is the ids of one kind an end of a relationship is drawn from: the seed's first
// (so that the seed's mechanisms and conditions become the busiest hubs), then the
// synthetic ones, which are named by index and never stored in memory.
type pool struct {
	kind  kg.Kind
	seed  []string
	synth int
}

func (p pool) size() int { return len(p.seed) + p.synth }

func (p pool) id(i int) string {
	if i < len(p.seed) {
		return p.seed[i]
	}
	return synthID(p.kind, i-len(p.seed))
}

// synthID names the i-th synthetic entity of a kind, with the kind's prefix. Studies are
// named by a DOI of their own, as real studies are.
func synthID(k kg.Kind, i int) string {
	if k == kg.KindStudy {
		return k.Prefix() + synthDOI(i)
	}
	return fmt.Sprintf("%ssyn-%07d", k.Prefix(), i)
}

func synthDOI(i int) string { return fmt.Sprintf("10.5555/gsk.%07d", i) }

type builder struct {
	cfg   Config
	pools map[kg.Kind]pool
	// seedLabels keeps the seed's names by kind, so synthetic text mentions them.
	seedNames map[kg.Kind][]string
}

func newBuilder(cfg Config, g kg.Graph) *builder {
	b := &builder{cfg: cfg, pools: map[kg.Kind]pool{}, seedNames: map[kg.Kind][]string{}}
	seedIDs := map[kg.Kind][]string{}
	for _, n := range g.Nodes {
		seedIDs[n.Kind] = append(seedIDs[n.Kind], n.ID)
		if name, ok := n.Props["name"].(string); ok {
			b.seedNames[n.Kind] = append(b.seedNames[n.Kind], name)
		}
	}
	synthetic := cfg.Entities - len(g.Nodes)
	if synthetic < 0 {
		synthetic = 0
	}
	counts := map[kg.Kind]int{}
	assigned := 0
	for _, s := range share {
		c := int(float64(synthetic) * s.part)
		counts[s.kind] = c
		assigned += c
	}
	counts[kg.KindStudy] += synthetic - assigned
	for _, k := range kg.Kinds {
		b.pools[k] = pool{kind: k, seed: seedIDs[k], synth: counts[k]}
	}
	return b
}

// rng gives the random stream of one record: seeded by the graph's seed number, the
// record's kind and index and a purpose, so that each record is the same whatever else
// the graph holds and in whatever order records are written.
func (b *builder) rng(k kg.Kind, i int, purpose uint64) *rand.Rand {
	h := uint64(14695981039346656037)
	for _, c := range string(k) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return rand.New(rand.NewPCG(b.cfg.Seed^h, uint64(i)<<8|purpose))
}

// Synthetic counts by kind, for tests and reports.
func (b *builder) synthetic(k kg.Kind) int { return b.pools[k].synth }

// Counts tells how many entities of each kind a configuration yields, the seed's included.
func Counts(cfg Config) (map[kg.Kind]int, error) {
	g, err := seed.Load(seed.Data)
	if err != nil {
		return nil, err
	}
	b := newBuilder(cfg, g)
	out := map[kg.Kind]int{}
	for k, p := range b.pools {
		out[k] = p.size()
	}
	return out, nil
}

func (b *builder) nodes(sink Sink) error {
	for _, k := range kg.Kinds {
		for i := 0; i < b.synthetic(k); i++ {
			n := b.node(k, i)
			if err := sink.Node(n); err != nil {
				return err
			}
		}
	}
	return nil
}

// node builds the i-th synthetic entity of kind k with the properties the seed loader
// stores for that kind (see seed/graph.go), including the shared ones it adds to every node.
func (b *builder) node(k kg.Kind, i int) kg.NodeRecord {
	r := b.rng(k, i, 1)
	id := synthID(k, i)
	src := b.pools[kg.KindSource].id(r.IntN(b.pools[kg.KindSource].size()))
	prov := []kg.Provenance{{Source: src, Section: pick(r, sections), Citations: citations(r)}}
	var label, text string
	var names []string
	props := map[string]any{}
	switch k {
	case kg.KindSource:
		label = fmt.Sprintf("%s and the skin: %s (%d)", pick(r, mechanismWords), pick(r, conditionWords), i)
		text = "A synthetic source document about " + pick(r, mechanismWords) + " and " + pick(r, conditionWords) + "."
		props = map[string]any{"title": label, "publisher": pick(r, publishers), "documentKind": pick(r, []string{"ARTICLE", "EXPLAINER"}),
			"fileName": fmt.Sprintf("synthetic-%07d.pdf", i), "authors": authors(r), "reviewers": []string{pick(r, surnames)}, "description": text}
		prov = []kg.Provenance{{Source: id, Section: "Front matter", Citations: []int{}}}
	case kg.KindStudy:
		design := pick(r, studyDesigns)
		label = fmt.Sprintf("%s of %s in %s: %s (%d)", designPhrase[design], b.organism(r), pick(r, conditionWords), pick(r, outcomeWords), i)
		doi := synthDOI(i)
		auth := authors(r)
		journal := pick(r, journals)
		names = append([]string{doi}, auth...)
		summary := fmt.Sprintf("%s %s %s in %s.", pick(r, summaryOpeners), b.organism(r), pick(r, verbs), pick(r, conditionWords))
		text = summary + " " + journal
		size := 20 + r.IntN(480)
		props = map[string]any{"title": label, "authors": auth, "year": 1995 + r.IntN(31), "journal": journal,
			"volume": fmt.Sprint(1 + r.IntN(60)), "issue": fmt.Sprint(1 + r.IntN(12)), "pages": fmt.Sprintf("%d-%d", 100+i%900, 110+i%900),
			"doi": doi, "doiLower": strings.ToLower(doi), "url": "https://doi.org/" + doi, "design": design,
			"population": pick(r, populations), "sampleSize": size, "sampleSizeKey": size, "duration": fmt.Sprintf("%d weeks", 4+r.IntN(20)),
			"summary": summary}
	case kg.KindSpecies:
		name := fmt.Sprintf("%s %s-%d", pick(r, genera), pick(r, epithets), i)
		label, text = name, "A synthetic bacterial species of the "+pick(r, genera)+" group."
		syn := []string{fmt.Sprintf("%s sp. %d", pick(r, genera), i)}
		names = syn
		props = map[string]any{"name": name, "formerNames": []string{}, "synonyms": syn, "speciesKind": pick(r, []string{"PROBIOTIC_SPECIES", "SKIN_BACTERIUM", "GENUS"}),
			"description": text, "taxonomyId": fmt.Sprint(900000 + i)}
	case kg.KindStrain:
		species := b.pools[kg.KindSpecies].id(b.zipf(r, kg.KindSpecies))
		name := fmt.Sprintf("%s%d", pick(r, []string{"HN", "GG", "LR", "BB", "LP", "BL", "SYN"}), 100+i)
		full := fmt.Sprintf("%s %s %s", pick(r, genera), pick(r, epithets), name)
		label, text = full, fmt.Sprintf("A synthetic probiotic %s studied for %s.", pick(r, []string{"strain", "product"}), pick(r, conditionWords))
		names = []string{name}
		props = map[string]any{"name": name, "fullName": full, "strainKind": pick(r, []string{"STRAIN", "STRAIN", "PRODUCT"}), "species": species,
			"formerNames": []string{}, "synonyms": []string{}, "description": text}
	case kg.KindMechanism:
		name := fmt.Sprintf("%s %s (%d)", pick(r, mechanismWords), pick(r, []string{"signalling", "pathway", "balance", "response", "activity"}), i)
		label, text = name, "A synthetic mechanism of the gut–skin axis involving "+pick(r, mechanismWords)+"."
		syn := []string{pick(r, mechanismWords)}
		names = syn
		props = map[string]any{"name": name, "synonyms": syn, "category": pick(r, mechCategories), "description": text}
	case kg.KindCondition:
		name := fmt.Sprintf("%s %s (%d)", pick(r, []string{"adult", "childhood", "severe", "mild", "chronic", "recurrent"}), pick(r, conditionWords), i)
		label, text = name, "A synthetic condition related to "+pick(r, conditionWords)+"."
		syn := []string{pick(r, conditionWords)}
		names = syn
		props = map[string]any{"name": name, "synonyms": syn, "conditionKind": pick(r, []string{"SKIN_CONDITION", "SKIN_OUTCOME", "GUT_CONDITION", "INFECTION", "OTHER"}),
			"description": text, "mondoId": fmt.Sprintf("MONDO:9%06d", i)}
		if r.IntN(10) < 3 {
			props["subtypeOf"] = b.conditionParent(r, i)
		}
	case kg.KindFactor:
		name := fmt.Sprintf("%s %s (%d)", pick(r, []string{"high", "low", "daily", "occasional", "long-term"}), pick(r, factorWords), i)
		label, text = name, "A synthetic lifestyle or disrupting factor: "+pick(r, factorWords)+"."
		syn := []string{pick(r, factorWords)}
		names = syn
		props = map[string]any{"name": name, "synonyms": syn, "factorKind": pick(r, factorKinds), "description": text}
	case kg.KindClaim:
		m := pickMaturity(r)
		label = fmt.Sprintf("%s %s %s %s (%d).", b.organism(r), pick(r, verbs), pick(r, conditionWords), pick(r, []string{"in adults", "in children", "in healthy skin", "through the gut", "via the skin barrier"}), i)
		text = fmt.Sprintf("%s The evidence is %s.", pick(r, assessments), strings.ToLower(string(m)))
		props = map[string]any{"statement": label, "maturity": string(m), "maturityRank": m.Rank(), "maturityBasis": pick(r, []string{"GRADED_BY_SOURCE", "ASSESSED"}),
			"claimKind": pick(r, []string{"SCIENTIFIC", "SCIENTIFIC", "SCIENTIFIC", "MARKETING"}), "assessment": text, "source": src, "section": prov[0].Section}
	case kg.KindFinding:
		study := b.findingStudy(k, i)
		measure := pick(r, measures)
		label = fmt.Sprintf("%s changed %s in %s (%d).", b.organism(r), measure, pick(r, conditionWords), i)
		names = []string{measure}
		props = map[string]any{"summary": label, "measure": measure, "effect": pick(r, findingEffects), "study": study,
			"participants": 20 + r.IntN(500), "significant": r.IntN(2) == 0}
		switch r.IntN(3) {
		case 0:
			props["value"] = float64(r.IntN(1000)) / 10
			props["unit"] = "%"
		case 1:
			props["pValue"] = float64(r.IntN(1000)) / 1000
			props["effectSize"] = float64(r.IntN(200)-100) / 100
			props["effectSizeMetric"] = "STANDARDISED_MEAN_DIFFERENCE" // every effect size names its metric
		default:
			props["trials"] = 2 + r.IntN(20)
			props["heterogeneityI2"] = float64(r.IntN(100))
			props["studyCount"] = 2 + r.IntN(20)
			props["timepoint"] = fmt.Sprintf("%d weeks", 2+r.IntN(24))
		}
	}
	props["id"] = id
	props["kind"] = string(k)
	props["label"] = label
	props["sortName"] = strings.ToLower(label)
	props["searchNames"] = strings.Join(names, " | ")
	props["searchText"] = strings.TrimSpace(text)
	props["searchSpelling"] = kg.SearchSpelling(append([]string{label}, names...))
	props["provenance"] = kg.ProvenanceJSON(prov)
	props["sourceIds"] = []string{prov[0].Source}
	return kg.NodeRecord{ID: id, Kind: k, Props: props}
}

// findingStudy is the study that reports the i-th synthetic finding (the REPORTS
// relationship and the finding's study property agree).
func (b *builder) findingStudy(k kg.Kind, i int) string {
	r := b.rng(k, i, 2)
	p := b.pools[kg.KindStudy]
	return p.id(r.IntN(p.size()))
}

// conditionParent picks a broader condition for the i-th synthetic condition: one of the
// seed's, or an earlier synthetic one, so SUBTYPE_OF never loops.
func (b *builder) conditionParent(r *rand.Rand, i int) string {
	p := b.pools[kg.KindCondition]
	limit := len(p.seed) + i
	return p.id(r.IntN(limit))
}

// organism names a strain or species for synthetic text: a seed name half the time, so
// that searches for real names also meet synthetic records.
func (b *builder) organism(r *rand.Rand) string {
	if names := b.seedNames[kg.KindStrain]; len(names) > 0 && r.IntN(2) == 0 {
		return names[r.IntN(len(names))]
	}
	return pick(r, genera) + " " + pick(r, epithets)
}

// zipf draws an index into kind k's pool with a heavy head: index 0 most often, then 1,
// and a long tail. The seed's entities are at the head.
func (b *builder) zipf(r *rand.Rand, k kg.Kind) int {
	n := b.pools[k].size()
	if n <= 1 {
		return 0
	}
	z := rand.NewZipf(r, 1.3, 2, uint64(n-1))
	return int(z.Uint64())
}

func (b *builder) uniform(r *rand.Rand, k kg.Kind) int { return r.IntN(b.pools[k].size()) }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func pickMaturity(r *rand.Rand) kg.Maturity {
	// Weighted towards the middle of the scale, as graded literature is.
	x := r.IntN(20)
	switch {
	case x < 3:
		return kg.MaturityEstablished
	case x < 8:
		return kg.MaturityPlausible
	case x < 13:
		return kg.MaturityEmerging
	case x < 18:
		return kg.MaturityEarly
	}
	return kg.MaturityNotSupported
}

func authors(r *rand.Rand) []string {
	n := 1 + r.IntN(4)
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %c", pick(r, surnames), 'A'+rune(r.IntN(26)))
	}
	return out
}

func citations(r *rand.Rand) []int {
	out := make([]int, r.IntN(3))
	for i := range out {
		out[i] = 1 + r.IntN(60)
	}
	return out
}

// ParseSize reads a size such as 300, 10k, 100k or 1m.
func ParseSize(s string) (int, error) {
	mult := 1
	t := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasSuffix(t, "k"):
		mult, t = 1000, t[:len(t)-1]
	case strings.HasSuffix(t, "m"):
		mult, t = 1000000, t[:len(t)-1]
	}
	var n int
	if _, err := fmt.Sscan(t, &n); err != nil || n < 0 || fmt.Sprint(n) != t {
		return 0, fmt.Errorf("size %q: want a number such as 300, 10k, 100k or 1m", s)
	}
	return n * mult, nil
}
