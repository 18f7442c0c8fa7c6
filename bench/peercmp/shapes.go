package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"gutskin/bench/internal/harness"
	"gutskin/kg"
	"gutskin/neo4jstore"
)

// A shape is one request measured three ways: as a GraphQL document against the service,
// as a GraphQL document against the peer, and as one hand-written Cypher statement through
// the Go driver (the floor). Each way's answer is normalised to the same JSON so they can be
// checked equal.
type shape struct {
	name string
	// setup runs once before the measurements (e.g. to fetch page-1 cursors); untimed.
	setup func(ctx context.Context, e *env) error

	ours, peer gql
	raw        rawQuery
}

type gql struct {
	// get sends the query as a GET (ours only: a repeated read its answer cache serves).
	get       bool
	query     string
	vars      func(e *env) map[string]any
	normalise func(data json.RawMessage) (any, error)
}

type rawQuery struct {
	cypher string
	params func(e *env) map[string]any
	// The statement returns one column, result, already in the canonical shape; normalise
	// only puts its lists in a fixed order.
	normalise func(result any) (any, error)
}

// env holds what setup found and the shapes' parameters.
type env struct {
	oursURL, peerURL string
	doi              string

	oursPage2, peerPage2 string
	rawAfterYear         int64
	rawAfterID           string
}

func shapes() []*shape {
	return []*shape{studyByDOI(), nestedClaims(), studiesPage2(), search(), pathways(), pathwaysGET()}
}

// study by DOI with citation numbers and strain ids

type studyCanon struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Year      int      `json:"year"`
	Citations []int    `json:"citations"`
	Strains   []string `json:"strains"`
}

func (s *studyCanon) sortLists() {
	sort.Ints(s.Citations)
	sort.Strings(s.Strains)
	if s.Citations == nil {
		s.Citations = []int{}
	}
	if s.Strains == nil {
		s.Strains = []string{}
	}
}

func studyByDOI() *shape {
	return &shape{
		name: "a study by DOI with citation numbers and strain ids",
		ours: gql{
			query: `query($doi: String) { study(doi: $doi) { id title year citations { number } strains { id } } }`,
			vars:  func(e *env) map[string]any { return map[string]any{"doi": e.doi} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Study struct {
						ID, Title string
						Year      int
						Citations []struct{ Number int }
						Strains   []struct{ ID string }
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				c := studyCanon{ID: d.Study.ID, Title: d.Study.Title, Year: d.Study.Year}
				for _, x := range d.Study.Citations {
					c.Citations = append(c.Citations, x.Number)
				}
				for _, x := range d.Study.Strains {
					c.Strains = append(c.Strains, x.ID)
				}
				c.sortLists()
				return c, nil
			},
		},
		peer: gql{
			query: `query($doi: String!) { studies(where: {doiLower: {eq: $doi}}) { id title year
			  citedByConnection { edges { properties { number } } }
			  examined { ... on Strain { id } ... on Species { id } } } }`,
			vars: func(e *env) map[string]any { return map[string]any{"doi": strings.ToLower(e.doi)} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Studies []struct {
						ID, Title         string
						Year              int
						CitedByConnection struct {
							Edges []struct{ Properties struct{ Number int } }
						}
						Examined []struct{ ID string }
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				if len(d.Studies) != 1 {
					return nil, fmt.Errorf("%d studies with that DOI", len(d.Studies))
				}
				s := d.Studies[0]
				c := studyCanon{ID: s.ID, Title: s.Title, Year: s.Year}
				for _, e := range s.CitedByConnection.Edges {
					c.Citations = append(c.Citations, e.Properties.Number)
				}
				for _, x := range s.Examined {
					c.Strains = append(c.Strains, x.ID)
				}
				c.sortLists()
				return c, nil
			},
		},
		raw: rawQuery{
			cypher: `MATCH (s:Study {doiLower: $doi})
RETURN {id: s.id, title: s.title, year: s.year,
        citations: [(s)<-[c:CITES]-() | c.number],
        strains: [(s)-[:EXAMINED]->(x) | x.id]} AS result`,
			params: func(e *env) map[string]any { return map[string]any{"doi": strings.ToLower(e.doi)} },
			normalise: func(result any) (any, error) {
				var c studyCanon
				if err := remarshal(result, &c); err != nil {
					return nil, err
				}
				c.sortLists()
				return c, nil
			},
		},
	}
}

// 60 claims → evidence (stance, study) → study → strains

type claimCanon struct {
	ID        string          `json:"id"`
	Statement string          `json:"statement"`
	Evidence  []evidenceCanon `json:"evidence"`
}

type evidenceCanon struct {
	Stance  string   `json:"stance"`
	StudyID string   `json:"studyId"`
	Title   string   `json:"title"`
	Strains []string `json:"strains"`
}

func sortClaims(cs []claimCanon) []claimCanon {
	for i := range cs {
		if cs[i].Evidence == nil {
			cs[i].Evidence = []evidenceCanon{}
		}
		for j := range cs[i].Evidence {
			if cs[i].Evidence[j].Strains == nil {
				cs[i].Evidence[j].Strains = []string{}
			}
			sort.Strings(cs[i].Evidence[j].Strains)
		}
		sort.Slice(cs[i].Evidence, func(a, b int) bool { return cs[i].Evidence[a].StudyID < cs[i].Evidence[b].StudyID })
	}
	return cs
}

func nestedClaims() *shape {
	return &shape{
		name: "60 claims → evidence (stance, study) → study → strains",
		ours: gql{
			query: `{ claims(first: 60) { nodes { id statement evidence { stance study { id title strains { id } } } } } }`,
			vars:  func(*env) map[string]any { return nil },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Claims struct {
						Nodes []struct {
							ID, Statement string
							Evidence      []struct {
								Stance string
								Study  struct {
									ID, Title string
									Strains   []struct{ ID string }
								}
							}
						}
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				var out []claimCanon
				for _, c := range d.Claims.Nodes {
					cc := claimCanon{ID: c.ID, Statement: c.Statement}
					for _, e := range c.Evidence {
						ec := evidenceCanon{Stance: e.Stance, StudyID: e.Study.ID, Title: e.Study.Title}
						for _, s := range e.Study.Strains {
							ec.Strains = append(ec.Strains, s.ID)
						}
						cc.Evidence = append(cc.Evidence, ec)
					}
					out = append(out, cc)
				}
				return sortClaims(out), nil
			},
		},
		peer: gql{
			query: `{ claims(limit: 60, sort: [{sortName: ASC}, {id: ASC}]) { id statement
			  evidenceConnection { edges { properties { stance } node { id title examined { ... on Strain { id } ... on Species { id } } } } } } }`,
			vars: func(*env) map[string]any { return nil },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Claims []struct {
						ID, Statement      string
						EvidenceConnection struct {
							Edges []struct {
								Properties struct{ Stance string }
								Node       struct {
									ID, Title string
									Examined  []struct{ ID string }
								}
							}
						}
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				var out []claimCanon
				for _, c := range d.Claims {
					cc := claimCanon{ID: c.ID, Statement: c.Statement}
					for _, e := range c.EvidenceConnection.Edges {
						ec := evidenceCanon{Stance: e.Properties.Stance, StudyID: e.Node.ID, Title: e.Node.Title}
						for _, s := range e.Node.Examined {
							ec.Strains = append(ec.Strains, s.ID)
						}
						cc.Evidence = append(cc.Evidence, ec)
					}
					out = append(out, cc)
				}
				return sortClaims(out), nil
			},
		},
		raw: rawQuery{
			cypher: `MATCH (c:Claim)
WITH c ORDER BY c.sortName, c.id LIMIT 60
RETURN collect({id: c.id, statement: c.statement,
  evidence: [(c)-[e:HAS_EVIDENCE]->(s:Study) | {stance: e.stance, studyId: s.id, title: s.title,
    strains: [(s)-[:EXAMINED]->(x) | x.id]}]}) AS result`,
			params: func(*env) map[string]any { return nil },
			normalise: func(result any) (any, error) {
				var cs []claimCanon
				if err := remarshal(result, &cs); err != nil {
					return nil, err
				}
				return sortClaims(cs), nil
			},
		},
	}
}

// 2nd page of 10 studies by year with totalCount

type pageCanon struct {
	TotalCount int         `json:"totalCount"`
	Nodes      []studyItem `json:"nodes"`
}

type studyItem struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Year  int    `json:"year"`
}

func studiesPage2() *shape {
	return &shape{
		name: "2nd page of 10 studies by year with totalCount",
		setup: func(ctx context.Context, e *env) error {
			r, err := post(ctx, e.oursURL, `{ studies(orderBy: {field: YEAR}, first: 10) { nodes { id year } pageInfo { endCursor } } }`, nil)
			if err != nil {
				return err
			}
			var d struct {
				Studies struct {
					Nodes []struct {
						ID   string
						Year int64
					}
					PageInfo struct{ EndCursor string }
				}
			}
			if err := json.Unmarshal(r.Data, &d); err != nil {
				return err
			}
			if len(d.Studies.Nodes) < 10 {
				return fmt.Errorf("fewer than 10 studies")
			}
			last := d.Studies.Nodes[len(d.Studies.Nodes)-1]
			e.oursPage2, e.rawAfterYear, e.rawAfterID = d.Studies.PageInfo.EndCursor, last.Year, last.ID
			r, err = post(ctx, e.peerURL, `{ studiesConnection(first: 10, sort: [{year: ASC}, {id: ASC}]) { pageInfo { endCursor } } }`, nil)
			if err != nil {
				return err
			}
			var p struct {
				StudiesConnection struct{ PageInfo struct{ EndCursor string } }
			}
			if err := json.Unmarshal(r.Data, &p); err != nil {
				return err
			}
			e.peerPage2 = p.StudiesConnection.PageInfo.EndCursor
			return nil
		},
		ours: gql{
			query: `query($after: String) { studies(orderBy: {field: YEAR}, first: 10, after: $after) { totalCount nodes { id title year } } }`,
			vars:  func(e *env) map[string]any { return map[string]any{"after": e.oursPage2} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct{ Studies pageCanon }
				err := json.Unmarshal(data, &d)
				return d.Studies, err
			},
		},
		peer: gql{
			query: `query($after: String) { studiesConnection(first: 10, after: $after, sort: [{year: ASC}, {id: ASC}]) { totalCount edges { node { id title year } } } }`,
			vars:  func(e *env) map[string]any { return map[string]any{"after": e.peerPage2} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					StudiesConnection struct {
						TotalCount int
						Edges      []struct{ Node studyItem }
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				c := pageCanon{TotalCount: d.StudiesConnection.TotalCount}
				for _, e := range d.StudiesConnection.Edges {
					c.Nodes = append(c.Nodes, e.Node)
				}
				return c, nil
			},
		},
		raw: rawQuery{
			// Keyset from the last row of page 1; the total comes from the count store.
			cypher: `CALL () { MATCH (s:Study) RETURN count(s) AS total }
CALL (total) {
  MATCH (s:Study) WHERE s.year > $year OR (s.year = $year AND s.id > $id)
  WITH s ORDER BY s.year, s.id LIMIT 10
  RETURN collect({id: s.id, title: s.title, year: s.year}) AS nodes
}
RETURN {totalCount: total, nodes: nodes} AS result`,
			params: func(e *env) map[string]any { return map[string]any{"year": e.rawAfterYear, "id": e.rawAfterID} },
			normalise: func(result any) (any, error) {
				var c pageCanon
				err := remarshal(result, &c)
				return c, err
			},
		},
	}
}

// search "atopic dermatitis" with totalCount

type searchCanon struct {
	TotalCount int      `json:"totalCount"`
	IDs        []string `json:"ids"`
}

const searchText = "atopic dermatitis"

func search() *shape {
	return &shape{
		name: `search "atopic dermatitis" with totalCount`,
		ours: gql{
			query: `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id } } } }`,
			vars:  func(*env) map[string]any { return map[string]any{"q": searchText} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Search struct {
						TotalCount int
						Edges      []struct{ Node struct{ ID string } }
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				c := searchCanon{TotalCount: d.Search.TotalCount, IDs: []string{}}
				for _, e := range d.Search.Edges {
					c.IDs = append(c.IDs, e.Node.ID)
				}
				return c, nil
			},
		},
		peer: gql{
			query: `query($lucene: String!) { search(lucene: $lucene, first: 10) { totalCount hits { id score } } }`,
			vars:  func(*env) map[string]any { return map[string]any{"lucene": lucene(searchText)} },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Search struct {
						TotalCount int
						Hits       []struct{ ID string }
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				// The peer counts every hit; the service counts up to kg.SearchCountLimit.
				c := searchCanon{TotalCount: min(d.Search.TotalCount, kg.SearchCountLimit), IDs: []string{}}
				for _, h := range d.Search.Hits {
					c.IDs = append(c.IDs, h.ID)
				}
				return c, nil
			},
		},
		// The floor counts as the service does, up to kg.SearchCountLimit, from one read.
		raw: rawQuery{
			cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $count}) YIELD node, score
WITH collect({id: node.id, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS h
  WITH h ORDER BY h.score DESC, h.id ASC LIMIT 10
  RETURN collect(h.id) AS ids
}
RETURN {totalCount: size(hits), ids: ids} AS result`,
			params: func(*env) map[string]any {
				return map[string]any{"lucene": lucene(searchText), "count": kg.SearchCountLimit}
			},
			normalise: func(result any) (any, error) {
				var c searchCanon
				err := remarshal(result, &c)
				return c, err
			},
		},
	}
}

// lucene is the Lucene query the service's store builds from free text, so that the peer and
// the raw floor search for exactly what the service searches for.
func lucene(text string) string {
	q, err := neo4jstore.SearchLucene(text)
	if err != nil {
		panic(fmt.Sprintf("peercmp: the search text %q: %v", text, err))
	}
	return q
}

// pathways HN001 → acne, 4 hops

type pathCanon struct {
	Strength int        `json:"strength"`
	Nodes    []string   `json:"nodes"`
	Hops     []hopCanon `json:"hops"`
}

type hopCanon struct {
	Kind     string   `json:"kind"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Maturity string   `json:"maturity"`
	Studies  []string `json:"studies"`
}

func sortPaths(ps []pathCanon) []pathCanon {
	for i := range ps {
		for j := range ps[i].Hops {
			if ps[i].Hops[j].Studies == nil {
				ps[i].Hops[j].Studies = []string{}
			}
			sort.Strings(ps[i].Hops[j].Studies)
		}
	}
	if ps == nil {
		ps = []pathCanon{}
	}
	return ps
}

var maturityRank = map[string]int{"ESTABLISHED": 5, "PLAUSIBLE": 4, "EMERGING": 3, "EARLY": 2, "NOT_SUPPORTED": 1}

func pathways() *shape {
	return &shape{
		name: "pathways HN001 → acne, 4 hops",
		ours: gql{
			// connections: the peer's @cypher statement follows links either way.
			query: `{ connections(from: "strain:hn001", to: "condition:acne", maxHops: 4, first: 10) {
			  strength nodes { id label } hops { forward relation { kind maturity from { id } to { id } studies { id } } } } }`,
			vars: func(*env) map[string]any { return nil },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Pathways []struct {
						Strength string
						Nodes    []struct{ ID string }
						Hops     []struct {
							Relation struct {
								Kind, Maturity string
								From, To       struct{ ID string }
								Studies        []struct{ ID string }
							}
						}
					} `json:"connections"`
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				var out []pathCanon
				for _, p := range d.Pathways {
					pc := pathCanon{Strength: maturityRank[p.Strength]}
					for _, n := range p.Nodes {
						pc.Nodes = append(pc.Nodes, n.ID)
					}
					for _, h := range p.Hops {
						hc := hopCanon{Kind: h.Relation.Kind, From: h.Relation.From.ID, To: h.Relation.To.ID, Maturity: h.Relation.Maturity}
						for _, s := range h.Relation.Studies {
							hc.Studies = append(hc.Studies, s.ID)
						}
						pc.Hops = append(pc.Hops, hc)
					}
					out = append(out, pc)
				}
				return sortPaths(out), nil
			},
		},
		peer: gql{
			query: `{ pathways4(from: "strain:hn001", to: "condition:acne", first: 10) { strength nodes { id label } hops { kind from to effect maturity studyIds } } }`,
			vars:  func(*env) map[string]any { return nil },
			normalise: func(data json.RawMessage) (any, error) {
				var d struct {
					Pathways4 []struct {
						Strength int
						Nodes    []struct{ ID string }
						Hops     []struct {
							Kind, From, To, Maturity string
							StudyIDs                 []string
						}
					}
				}
				if err := json.Unmarshal(data, &d); err != nil {
					return nil, err
				}
				var out []pathCanon
				for _, p := range d.Pathways4 {
					pc := pathCanon{Strength: p.Strength}
					for _, n := range p.Nodes {
						pc.Nodes = append(pc.Nodes, n.ID)
					}
					for _, h := range p.Hops {
						pc.Hops = append(pc.Hops, hopCanon{Kind: h.Kind, From: h.From, To: h.To, Maturity: h.Maturity, Studies: h.StudyIDs})
					}
					out = append(out, pc)
				}
				return sortPaths(out), nil
			},
		},
		raw: rawQuery{
			// The store's statement, its pattern filled in for the mechanistic relationships.
			cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)-[rels:MODULATES|INFLUENCES|AFFECTS|IMPLICATED_IN|MEMBER_OF|SUBTYPE_OF*1..4]-(b)
WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
WITH p, rels, reduce(s = 5, r IN rels | CASE WHEN coalesce(r.maturityRank, 0) < s THEN coalesce(r.maturityRank, 0) ELSE s END) AS strength
WITH nodes(p) AS nodes, rels, strength, length(p) AS len
ORDER BY strength DESC, len ASC, [n IN nodes | n.id] ASC
LIMIT 10
RETURN collect({strength: strength, nodes: [n IN nodes | n.id],
  hops: [r IN rels | {kind: type(r), from: startNode(r).id, to: endNode(r).id, maturity: r.maturity, studies: r.studyIds}]}) AS result`,
			params: func(*env) map[string]any { return map[string]any{"from": "strain:hn001", "to": "condition:acne"} },
			normalise: func(result any) (any, error) {
				var ps []pathCanon
				if err := remarshal(result, &ps); err != nil {
					return nil, err
				}
				return sortPaths(ps), nil
			},
		},
	}
}

// pathwaysGET is the same question sent to us as a GET, as a front-end app repeating a read
// sends it: after the first, answers come from the in-process cache keyed by the graph's
// version (docs/benchmarks.md, issue 21). The peer has no such cache; it answers as before.
func pathwaysGET() *shape {
	s := pathways()
	s.name = "pathways HN001 → acne, 4 hops, GET (ours: answer cache)"
	s.ours.get = true
	return s
}

func remarshal(from, to any) error {
	b, err := json.Marshal(from)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, to)
}

func post(ctx context.Context, url, query string, vars map[string]any) (*harness.Response, error) {
	r, err := harness.Post(ctx, url, query, vars)
	if err != nil {
		return nil, err
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	return r, nil
}
