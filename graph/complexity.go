package graph

import (
	"gutskin/graph/generated"
	"gutskin/graph/model"
	"gutskin/kg"
)

// Complexity prices each list by how many items it may return, so that the complexity limit
// bounds the work a query can cause: a paginated list multiplies its children by its page
// size, and a nested list without arguments by a typical fan-out.
func Complexity(l Limits) generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(first, last *int) int {
		switch {
		case first != nil:
			return *first
		case last != nil:
			return *last
		}
		return l.DefaultPageSize
	}
	perItem := func(child, n int) int { return (child + 1) * max(n, 1) }

	c.Query.Studies = func(child int, _ *model.StudyFilter, _ *model.StudyOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Claims = func(child int, _ *model.ClaimFilter, _ *model.ClaimOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Strains = func(child int, _ *model.StrainFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Mechanisms = func(child int, _ *model.MechanismFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Conditions = func(child int, _ *model.ConditionFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Factors = func(child int, _ *model.FactorFilter, _ *model.NameOrder, first *int, _ *string, last *int, _ *string) int {
		return perItem(child, page(first, last))
	}
	c.Query.Search = func(child int, _ string, _ []kg.Kind, first *int, _ *string) int {
		return perItem(child, page(first, nil))
	}
	c.Query.Nodes = func(child int, ids []string) int { return perItem(child, len(ids)) }
	c.Query.Pathways = func(child int, _ string, _ string, maxHops *int, _ *kg.Maturity, _ []kg.RelationKind, _ *bool, first *int) int {
		return perItem(child, intOr(first, 10)) * intOr(maxHops, 3)
	}
	c.Query.Neighbourhood = func(child int, _ string, depth *int, _ []kg.Kind, limit *int) int {
		return child + intOr(limit, 100)*intOr(depth, 1)
	}
	fanOut := func(n int) func(int) int { return func(child int) int { return perItem(child, n) } }
	c.Subgraph.Nodes = fanOut(20)
	c.Subgraph.Edges = fanOut(20)
	c.Claim.Evidence = fanOut(5)
	c.Claim.Subjects = fanOut(3)
	c.Study.Claims = fanOut(5)
	c.Study.Citations = fanOut(2)
	c.Study.Findings = fanOut(2)
	c.Source.Citations = fanOut(36)
	c.Source.Claims = fanOut(30)
	c.Strain.Studies = fanOut(3)
	c.Strain.Claims = fanOut(5)
	c.Strain.Mechanisms = fanOut(3)
	c.Condition.Claims = fanOut(10)
	c.Condition.Studies = fanOut(10)
	c.Condition.InfluencedBy = fanOut(10)
	c.Mechanism.Claims = fanOut(10)
	c.Mechanism.Studies = fanOut(10)
	c.Mechanism.InfluencedBy = fanOut(10)
	c.Mechanism.Influences = fanOut(5)
	c.Factor.Affects = fanOut(5)
	c.Factor.Claims = fanOut(5)
	c.Relation.Studies = fanOut(3)
	c.Provenance.CitedStudies = fanOut(3)
	return c
}
