package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"gutskin/graph/model"
	"gutskin/kg"
)

func TestPresentError(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, nil)
	tests := []struct {
		err        error
		code, text string
	}{
		{kg.Errorf(kg.EINVALID, "argument %q is bad", "first"), CodeBadUserInput, `argument "first" is bad`},
		{kg.Errorf(kg.ENOTFOUND, "nothing has the id %q", "x:y"), CodeNotFound, "x:y"},
		{errors.Join(kg.Errorf(kg.EUNAVAILABLE, "down"), errors.New("dial tcp: refused")), CodeUnavailable, "down"},
		{kg.Errorf(kg.ETIMEOUT, "slow"), CodeTimeout, "slow"},
		{errors.New("Neo.ClientError.Statement.SyntaxError: MATCH (n RETURN n"), CodeInternal, "internal error"},
	}
	for _, tt := range tests {
		got := PresentError(ctx, tt.err)
		if got.Extensions["code"] != tt.code || !strings.Contains(got.Message, tt.text) {
			t.Errorf("%v → %q %v, want %q containing %q", tt.err, got.Message, got.Extensions["code"], tt.code, tt.text)
		}
		if strings.Contains(got.Message, "MATCH") || strings.Contains(got.Message, "refused") {
			t.Errorf("internal detail leaked: %q", got.Message)
		}
	}
}

func TestRecoverHidesThePanic(t *testing.T) {
	err := Recover(context.Background(), "runtime error: index out of range [3] with length 2")
	var gqlErr *gqlerror.Error
	if !errors.As(err, &gqlErr) || gqlErr.Message != "internal error" || gqlErr.Extensions["code"] != CodeInternal {
		t.Errorf("recovered error = %#v", err)
	}
}

func TestSummarise(t *testing.T) {
	stances := []kg.Stance{kg.StanceSupports, kg.StanceSupports, kg.StanceQualifies, kg.StanceContradicts}
	designs := []kg.StudyDesign{"META_ANALYSIS", "NARRATIVE_REVIEW", "META_ANALYSIS", "SCOPING_REVIEW"}
	s := model.Summarise(stances, designs)
	if s.Total != 4 || s.Supports != 2 || s.Qualifies != 1 || s.Contradicts != 1 {
		t.Errorf("stance counts = %+v", s)
	}
	want := []model.DesignCount{{Design: "META_ANALYSIS", Count: 2}, {Design: "NARRATIVE_REVIEW", Count: 1}, {Design: "SCOPING_REVIEW", Count: 1}}
	if fmt.Sprint(s.ByDesign) != fmt.Sprint(want) {
		t.Errorf("by design = %v, want %v", s.ByDesign, want)
	}
	if empty := model.Summarise(nil, nil); empty.Total != 0 || empty.ByDesign == nil {
		t.Errorf("empty summary = %+v (byDesign must be an empty list, not null)", empty)
	}
}
