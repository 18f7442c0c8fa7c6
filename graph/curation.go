package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"gutskin/graph/model"
	"gutskin/kg"
	"gutskin/seed"
)

// The mutations' logic: who may, the seed's own rules on the record as it would be, the
// store's write with its audit record, then the answer read back like any query.

// authorize returns who makes the request, if their role allows what needs role want.
func authorize(ctx context.Context, want kg.Role) (kg.Principal, error) {
	p, ok := kg.PrincipalFrom(ctx)
	if !ok {
		return p, kg.Errorf(kg.EUNAUTHENTICATED, "send a curator token as \"Authorization: Bearer <token>\" to change the graph")
	}
	if !p.Role.Allows(want) {
		return p, kg.Errorf(kg.EFORBIDDEN, "the token %q has the role %s; this needs %s", p.Name, p.Role, want)
	}
	return p, nil
}

// begin authorizes a mutation and builds what its audit record says besides its effect.
func (r *Resolver) begin(ctx context.Context, mutation string, want kg.Role, reason string, source *string) (kg.ChangeMeta, error) {
	p, err := authorize(ctx, want)
	if err != nil {
		return kg.ChangeMeta{}, err
	}
	if r.Curation == nil {
		return kg.ChangeMeta{}, kg.Errorf(kg.EUNAVAILABLE, "this service does not accept changes")
	}
	if strings.TrimSpace(reason) == "" {
		return kg.ChangeMeta{}, kg.FieldErrorf("input.reason", "missing: say why the change is made")
	}
	m := kg.ChangeMeta{Mutation: mutation, Curator: p.Name, Reason: strings.TrimSpace(reason)}
	if source != nil {
		m.Source = strings.TrimSpace(*source)
	}
	return m, nil
}

// requireSource refuses a change that adds something without saying where it comes from.
func requireSource(m kg.ChangeMeta) error {
	if m.Source == "" {
		return kg.FieldErrorf("input.source", "missing: give the document id, DOI or URL behind this change")
	}
	return nil
}

// check runs the seed's rules on one record against the stored graph and returns what
// the loader would build from it; the first problem becomes BAD_USER_INPUT naming the
// input field.
func check[T any](ctx context.Context, r *Resolver, rec T, mode seed.Mode) (kg.Graph, error) {
	known, err := r.storedGraph(ctx, seed.References(rec, mode))
	if err != nil {
		return kg.Graph{}, err
	}
	g, problems := seed.Check(rec, known, mode)
	if len(problems) > 0 {
		p := problems[0]
		field := p.Field
		path := "input"
		if field != "" {
			path += "." + field
		}
		return kg.Graph{}, kg.FieldErrorf(path, "%s", p.Msg)
	}
	return g, nil
}

// stored answers the seed's rules from the stored graph: the kinds of the ids a record
// refers to, and the citation numbers each source it names already uses.
type stored struct {
	seed.Known
	cites map[string]map[int]string
}

func (s stored) CitationsOf(source string) map[int]string { return s.cites[source] }

func (r *Resolver) storedGraph(ctx context.Context, ids []string) (stored, error) {
	kinds, err := r.Curation.Kinds(ctx, ids)
	if err != nil {
		return stored{}, err
	}
	s := stored{Known: seed.Known(kinds), cites: map[string]map[int]string{}}
	for id, kind := range kinds {
		if kind != kg.KindSource {
			continue
		}
		links, err := r.Curation.Links(ctx, id, kg.RelCites)
		if err != nil {
			return stored{}, err
		}
		s.cites[id] = map[int]string{}
		for _, l := range links {
			if n, ok := l.Props["number"].(int64); ok {
				s.cites[id][int(n)] = l.To
			}
		}
	}
	return s, nil
}

// uniqueDOI normalises a DOI and refuses one another study holds.
func (r *Resolver) uniqueDOI(ctx context.Context, doi, self string) (string, error) {
	d, err := seed.NormalizeDOI(doi)
	if err != nil {
		return "", kg.FieldErrorf("input.doi", "%v", err)
	}
	holder, err := r.Curation.StudyWithDOI(ctx, d)
	if err != nil {
		return "", err
	}
	if holder != "" && holder != self {
		return "", kg.FieldErrorf("input.doi", "duplicate: %s already has the DOI %s", holder, d)
	}
	return d, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func (r *Resolver) createStudy(ctx context.Context, in model.CreateStudyInput) (*model.CreateStudyPayload, error) {
	doi := r.studyDOI(ctx, "", true)
	e, change, err := r.createRecord(ctx, kg.KindStudy, "createStudy", in, func(fields map[string]any) error {
		if err := doi(fields); err != nil {
			return err
		}
		return readByCurator(ctx, fields)
	})
	if err != nil {
		return nil, err
	}
	s := e.(model.Study)
	return &model.CreateStudyPayload{ClientMutationID: in.ClientMutationID, Study: &s, Version: 1, Change: changeOf(change)}, nil
}

// inputPath prefixes the field a store error names with the input's path.
func inputPath(err error) error {
	if e, ok := err.(*kg.Error); ok && e.Field != "" && !strings.HasPrefix(e.Field, "input") {
		c := *e
		c.Field = "input." + e.Field
		return &c
	}
	return err
}

// readBack reads an entity after a change, planned from the payload field that holds it.
func (r *Resolver) readBack(ctx context.Context, id string, kind kg.Kind, field string) (model.Entity, error) {
	p := planRoot(ctx)
	return r.fetchOne(ctx, p, id, p.of([]kg.Kind{kind}, []string{field}), kind)
}

// current returns an entity's stored properties, refusing an unknown or retired one.
func (r *Resolver) current(ctx context.Context, id string, kind kg.Kind) (map[string]any, error) {
	if err := idOf("input.id", id, kind); err != nil {
		return nil, kg.FieldErrorf("input.id", "%s", kg.ErrorMessage(err))
	}
	props, err := r.Curation.Current(ctx, id)
	if err != nil {
		return nil, err
	}
	if props == nil || props["retired"] == true {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing live has the id %q", id)
	}
	return props, nil
}

func storedString(props map[string]any, key string) string { s, _ := props[key].(string); return s }

// diff lists the properties of a rebuilt node that differ from the stored ones (nil for
// one no longer set), leaving out the store's bookkeeping.
func diff(stored, rebuilt map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range rebuilt {
		if !sameValue(stored[k], v) {
			out[k] = v
		}
	}
	for k := range stored {
		if _, ok := rebuilt[k]; !ok && !kg.BookkeepingProp(k) && k != "retired" {
			out[k] = nil
		}
	}
	return out
}

// changesSomething reports whether an update's differences go beyond derived properties:
// a property a curator can see, a link added or removed, or a link's visible properties.
func changesSomething(props map[string]any, link, drop []kg.RelationRecord, was []kg.RelationRecord) bool {
	for k := range props {
		if !kg.DerivedProp(k) {
			return true
		}
	}
	if len(drop) > 0 {
		return true
	}
	before := map[string]kg.RelationRecord{}
	for _, r := range was {
		before[r.Key] = r
	}
	for _, r := range link {
		old, ok := before[r.Key]
		if !ok || !sameValue(withoutDerived(old.Props), withoutDerived(r.Props)) {
			return true
		}
	}
	return false
}

func withoutDerived(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if !kg.DerivedProp(k) {
			out[k] = v
		}
	}
	return out
}

func sameValue(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return reflect.DeepEqual(ja, jb)
}

func (r *Resolver) updateStudy(ctx context.Context, in model.UpdateStudyInput) (*model.UpdateStudyPayload, error) {
	e, version, change, err := r.updateRecord(ctx, kg.KindStudy, "updateStudy", in.ID, in, r.studyDOI(ctx, in.ID, in.Doi != nil))
	if err != nil {
		return nil, err
	}
	s := e.(model.Study)
	return &model.UpdateStudyPayload{ClientMutationID: in.ClientMutationID, Study: &s, Version: version, Change: changeOf(change)}, nil
}

// claimFields rebuilds a claim's seed record from the stored graph (seed.StoredFields, as
// every update does): its properties, its subjects and its evidence.
func (r *Resolver) claimFields(ctx context.Context, id string) (map[string]any, map[string]any, error) {
	cur, err := r.current(ctx, id, kg.KindClaim)
	if err != nil {
		return nil, nil, err
	}
	fields, err := r.storedFields(ctx, kg.KindClaim, id, cur)
	return fields, cur, err
}

// storedFields rebuilds the fields of an entity's seed record from its stored properties
// cur and the relationships its record states.
func (r *Resolver) storedFields(ctx context.Context, kind kg.Kind, id string, cur map[string]any) (map[string]any, error) {
	return seed.StoredFields(kind, cur, func(rel kg.RelationKind, incoming bool) ([]kg.RelationRecord, error) {
		if incoming {
			return r.Curation.LinksIn(ctx, id, rel)
		}
		return r.Curation.Links(ctx, id, rel)
	})
}

// gradeNames are gradeClaim's input names for the claim record's fields.
var gradeNames = map[string]string{"input.maturityBasis": "input.basis", "input.assessment": "input.rationale"}

func (r *Resolver) gradeClaim(ctx context.Context, in model.GradeClaimInput) (*model.GradeClaimPayload, error) {
	meta, err := r.begin(ctx, "gradeClaim", kg.RoleCurator, in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	if err := requireSource(meta); err != nil {
		return nil, err
	}
	fields, cur, err := r.claimFields(ctx, in.Claim)
	if err != nil {
		return nil, claimPath(err)
	}
	fields["maturity"], fields["maturityBasis"], fields["assessment"] = string(in.Maturity), string(in.Basis), in.Rationale
	g, err := r.checkFields(ctx, kg.KindClaim, fields, seed.Updating)
	if e, ok := err.(*kg.Error); ok && gradeNames[e.Field] != "" {
		c := *e
		c.Field = gradeNames[e.Field]
		return nil, &c
	}
	if err != nil {
		return nil, err
	}
	props := diff(cur, g.Nodes[0].Props)
	// The claim's maturity is also its links' maturity (ABOUT, HAS_EVIDENCE); MAKES and the
	// sources' positions do not change with the grade.
	var rels []kg.RelationRecord
	for _, rel := range g.Relations {
		if rel.Kind != kg.RelMakes && rel.Kind != kg.RelHasPosition {
			rels = append(rels, rel)
		}
	}
	change, err := r.Curation.Update(ctx, meta, in.Claim, in.ExpectedVersion, props, rels, nil)
	if err != nil {
		return nil, err
	}
	claim, err := r.readBack(ctx, in.Claim, kg.KindClaim, "claim")
	if err != nil {
		return nil, err
	}
	c := claim.(model.Claim)
	return &model.GradeClaimPayload{ClientMutationID: in.ClientMutationID, Claim: &c, Version: in.ExpectedVersion + 1, Change: changeOf(change)}, nil
}

// claimPath names the claim argument in an id error about it.
func claimPath(err error) error {
	if e, ok := err.(*kg.Error); ok && e.Field == "input.id" {
		c := *e
		c.Field = "input.claim"
		return &c
	}
	return err
}

func (r *Resolver) addEvidence(ctx context.Context, in model.AddEvidenceInput) (*model.EvidencePayload, error) {
	meta, err := r.begin(ctx, "addEvidence", kg.RoleCurator, in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	if err := requireSource(meta); err != nil {
		return nil, err
	}
	fields, _, err := r.claimFields(ctx, in.Claim)
	if err != nil {
		return nil, claimPath(err)
	}
	if err := idOf("input.study", in.Study, kg.KindStudy); err != nil {
		return nil, kg.FieldErrorf("input.study", "%s", kg.ErrorMessage(err))
	}
	evidence, _ := fields["evidence"].([]any)
	index := -1
	var was []kg.Provenance
	for i, x := range evidence {
		if e := x.(map[string]any); e["study"] == in.Study {
			index = i
			was = provenanceIn(e["provenance"])
		}
	}
	if index >= 0 && !deref(in.Replace) {
		return nil, kg.Errorf(kg.ECONFLICT, "%s is already evidence for %s; remove it first, or restate it with replace: true", in.Study, in.Claim)
	}
	prov := provenanceOf(in.Provenance, meta.Curator, was)
	switch {
	case len(in.Provenance) == 0 && index >= 0:
		// Restated without provenance: the link keeps where it was stated.
		prov = was
	case len(in.Provenance) == 0:
		study, err := r.Curation.Current(ctx, in.Study)
		if err != nil {
			return nil, err
		}
		if study == nil {
			return nil, kg.FieldErrorf("input.study", "refers to %q, which does not exist", in.Study)
		}
		reading, ok := readingOf(meta.Curator, study)
		if !ok {
			return nil, kg.FieldErrorf("input.provenance", "missing: %s has neither a DOI nor a PubMed id, so say where the link is stated", in.Study)
		}
		prov = []kg.Provenance{reading}
	}
	e := map[string]any{"study": in.Study, "stance": string(in.Stance)}
	if len(prov) > 0 {
		e["provenance"] = provenancePlain(prov)
	}
	if in.Note != nil && *in.Note != "" {
		e["note"] = *in.Note
	}
	if index < 0 {
		index = len(evidence)
		evidence = append(evidence, e)
	} else {
		evidence[index] = e
	}
	fields["evidence"] = evidence
	g, err := r.checkFields(ctx, kg.KindClaim, fields, seed.Updating)
	if err != nil {
		return nil, evidencePath(err, index)
	}
	var link *kg.RelationRecord
	for i, rel := range g.Relations {
		if rel.Kind == kg.RelHasEvidence && rel.To == in.Study {
			link = &g.Relations[i]
		}
	}
	change, err := r.Curation.Link(ctx, meta, *link, kg.LinkOptions{Replace: deref(in.Replace), Owner: in.Claim})
	if err != nil {
		return nil, err
	}
	return r.evidencePayload(ctx, in.ClientMutationID, in.Claim, change)
}

// provenancePlain is provenance as a record's plain fields hold it.
func provenancePlain(prov []kg.Provenance) []any {
	out, _ := plain(prov)
	list, _ := out.([]any)
	return list
}

// evidencePath names the added evidence's own input field in a rule's problem with it.
func evidencePath(err error, index int) error {
	if e, ok := err.(*kg.Error); ok {
		prefix := fmt.Sprintf("input.evidence[%d].", index)
		if strings.HasPrefix(e.Field, prefix) {
			c := *e
			c.Field = "input." + strings.TrimPrefix(e.Field, prefix)
			return &c
		}
	}
	return err
}

func (r *Resolver) evidencePayload(ctx context.Context, clientID *string, claimID string, change kg.Change) (*model.EvidencePayload, error) {
	claim, err := r.readBack(ctx, claimID, kg.KindClaim, "claim")
	if err != nil {
		return nil, err
	}
	c := claim.(model.Claim)
	return &model.EvidencePayload{ClientMutationID: clientID, Claim: &c, Change: changeOf(change)}, nil
}

func (r *Resolver) removeEvidence(ctx context.Context, in model.RemoveEvidenceInput) (*model.EvidencePayload, error) {
	meta, err := r.begin(ctx, "removeEvidence", kg.RoleCurator, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if err := idOf("input.claim", in.Claim, kg.KindClaim); err != nil {
		return nil, kg.FieldErrorf("input.claim", "%s", kg.ErrorMessage(err))
	}
	if err := idOf("input.study", in.Study, kg.KindStudy); err != nil {
		return nil, kg.FieldErrorf("input.study", "%s", kg.ErrorMessage(err))
	}
	change, err := r.Curation.Unlink(ctx, meta, kg.RelHasEvidence, in.Claim, in.Study, in.Claim)
	if err != nil {
		return nil, err
	}
	return r.evidencePayload(ctx, in.ClientMutationID, in.Claim, change)
}

func (r *Resolver) setRetired(ctx context.Context, in model.RetireInput, retire bool) (*model.RetirePayload, error) {
	mutation, role := "retire", kg.RoleCurator
	if !retire {
		mutation, role = "restore", kg.RoleAdmin
	}
	meta, err := r.begin(ctx, mutation, role, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if err := idOf("input.id", in.ID); err != nil {
		return nil, kg.FieldErrorf("input.id", "%s", kg.ErrorMessage(err))
	}
	change, err := r.Curation.SetRetired(ctx, meta, in.ID, in.ExpectedVersion, retire)
	if err != nil {
		return nil, err
	}
	return &model.RetirePayload{ClientMutationID: in.ClientMutationID,
		Revision: &model.Revision{ID: in.ID, Version: in.ExpectedVersion + 1, Retired: retire}, Change: changeOf(change)}, nil
}

func (r *Resolver) revision(ctx context.Context, id string) (*model.Revision, error) {
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	if r.Curation == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	props, err := r.Curation.Current(ctx, id)
	if err != nil {
		return nil, err
	}
	if props == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", id)
	}
	v := 1
	if n, ok := props["version"].(int64); ok {
		v = int(n)
	}
	rev := &model.Revision{ID: id, Version: v, Retired: props["retired"] == true}
	if rev.Retired {
		by, why := storedString(props, "retiredBy"), storedString(props, "retiredReason")
		rev.RetiredBy, rev.RetiredReason = &by, &why
	}
	return rev, nil
}

func (r *Resolver) history(ctx context.Context, id string, first *int) ([]model.Change, error) {
	n := intOr(first, 20)
	if n < 1 || n > r.Limits.MaxPageSize {
		return nil, invalidf("argument \"first\" must be between 1 and %d", r.Limits.MaxPageSize)
	}
	if err := idOf("id", id); err != nil {
		return nil, err
	}
	if r.Curation == nil {
		return []model.Change{}, nil
	}
	changes, err := r.Curation.History(ctx, id, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.Change, len(changes))
	for i, c := range changes {
		out[i] = *changeOf(c)
	}
	return out, nil
}

const changeCursorPrefix = "change:"

func changeCursor(seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(changeCursorPrefix + strconv.FormatInt(seq, 10)))
}

// changeSeqOf reads a cursor of the change list (nil: none).
func changeSeqOf(after *string) (int64, error) {
	if after == nil {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*after)
	s, ok := strings.CutPrefix(string(b), changeCursorPrefix)
	var seq int64
	if err == nil && ok {
		seq, err = strconv.ParseInt(s, 10, 64)
	}
	if err != nil || !ok || seq < 0 {
		return 0, invalidf("argument \"after\" is not a cursor of the change list")
	}
	return seq, nil
}

func (r *Resolver) changes(ctx context.Context, since *string, first *int, after *string) (*model.ChangeConnection, error) {
	n := intOr(first, 20)
	if n < 1 || n > r.Limits.MaxPageSize {
		return nil, invalidf("argument \"first\" must be between 1 and %d", r.Limits.MaxPageSize)
	}
	var from time.Time
	if since != nil {
		t, err := time.Parse(time.RFC3339, *since)
		if err != nil {
			return nil, invalidf("argument \"since\" must be an RFC 3339 time, e.g. 2026-01-31T00:00:00Z")
		}
		from = t
	}
	seq, err := changeSeqOf(after)
	if err != nil {
		return nil, err
	}
	conn := &model.ChangeConnection{Edges: []model.ChangeEdge{}, Nodes: []model.Change{}, PageInfo: &model.PageInfo{HasPreviousPage: after != nil}}
	if r.Curation == nil {
		return conn, nil
	}
	changes, more, err := r.Curation.Changes(ctx, from, seq, n)
	if err != nil {
		return nil, err
	}
	for _, c := range changes {
		node := changeOf(c)
		conn.Edges = append(conn.Edges, model.ChangeEdge{Cursor: changeCursor(c.Seq), Node: node})
		conn.Nodes = append(conn.Nodes, *node)
	}
	conn.PageInfo.HasNextPage = more
	if len(changes) > 0 {
		start, end := conn.Edges[0].Cursor, conn.Edges[len(conn.Edges)-1].Cursor
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &start, &end
	}
	return conn, nil
}

func changeOf(c kg.Change) *model.Change {
	out := &model.Change{Seq: int(c.Seq), At: c.At.UTC().Format(time.RFC3339Nano), Mutation: c.Meta.Mutation,
		Curator: c.Meta.Curator, Reason: c.Meta.Reason, Touched: []model.Touched{}}
	if c.Meta.Source != "" {
		out.Source = &c.Meta.Source
	}
	for _, t := range c.Touched {
		out.Touched = append(out.Touched, model.Touched{Target: t.Target, Before: jsonOf(t.Before), After: jsonOf(t.After)})
	}
	return out
}

// jsonOf writes a field map as a JSON object with sorted keys (nil for none).
func jsonOf(m map[string]any) *string {
	if m == nil {
		return nil
	}
	b, _ := json.Marshal(m) // encoding/json sorts map keys
	s := string(b)
	return &s
}

func (r *Resolver) addRelation(ctx context.Context, in model.AddRelationInput) (*model.RelationPayload, error) {
	meta, err := r.begin(ctx, "addRelation", kg.RoleCurator, in.Reason, &in.Source)
	if err != nil {
		return nil, err
	}
	if err := requireSource(meta); err != nil {
		return nil, err
	}
	var was []kg.Provenance
	if deref(in.Replace) {
		links, err := r.Curation.Links(ctx, in.From, in.Type)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			if l.To == in.To {
				was = provenanceIn(l.Props["provenance"])
			}
		}
	}
	rec := seed.RelationshipRecord{Type: string(in.Type), From: in.From, To: in.To, Maturity: string(in.Maturity),
		Studies: in.Studies, Note: deref(in.Note), Provenance: provenanceOf(in.Provenance, meta.Curator, was)}
	if in.Effect != nil {
		rec.Effect = string(*in.Effect)
	}
	g, err := check(ctx, r, rec, seed.Creating)
	if err != nil {
		return nil, err
	}
	change, err := r.Curation.Link(ctx, meta, g.Relations[0], kg.LinkOptions{Replace: deref(in.Replace)})
	if err != nil {
		return nil, err
	}
	return &model.RelationPayload{ClientMutationID: in.ClientMutationID, Key: g.Relations[0].Key, Change: changeOf(change)}, nil
}

func (r *Resolver) removeRelation(ctx context.Context, in model.RemoveRelationInput) (*model.RelationPayload, error) {
	meta, err := r.begin(ctx, "removeRelation", kg.RoleCurator, in.Reason, in.Source)
	if err != nil {
		return nil, err
	}
	if spec := in.Type.Spec(); spec == nil || !spec.Stated {
		return nil, kg.FieldErrorf("input.type", "%s relationships are implied by records, not stated; change the record instead", in.Type)
	}
	for field, id := range map[string]string{"input.from": in.From, "input.to": in.To} {
		if err := idOf(field, id); err != nil {
			return nil, kg.FieldErrorf(field, "%s", kg.ErrorMessage(err))
		}
	}
	change, err := r.Curation.Unlink(ctx, meta, in.Type, in.From, in.To, "")
	if err != nil {
		return nil, err
	}
	return &model.RelationPayload{ClientMutationID: in.ClientMutationID, Key: string(in.Type) + "|" + in.From + "|" + in.To, Change: changeOf(change)}, nil
}
