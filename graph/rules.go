package graph

import (
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// ValidationRules are gqlparser's rules plus one it lacks: an object literal is accepted
// only where an input object is expected. Without it `claim(id: {})` passes validation and
// fails while arguments are decoded, reported as an internal error.
func ValidationRules() *rules.Rules {
	r := rules.NewDefaultRules()
	r.AddRule("ObjectValuesOnlyForInputObjects", func(observers *core.Events, addError core.AddErrFunc) {
		observers.OnValue(func(_ *core.Walker, value *ast.Value) {
			if value.Kind != ast.ObjectValue || value.Definition == nil || value.ExpectedType == nil {
				return
			}
			if value.Definition.Kind != ast.InputObject {
				addError(core.Message(`Expected value of type "%s", found %s.`, value.ExpectedType.String(), value.String()), core.At(value.Position))
			}
		})
	})
	return r
}
