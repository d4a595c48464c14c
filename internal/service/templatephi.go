package service

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sealpost/sealpost/internal/guard"
)

// maxTemplateFindings is how many findings a template-phi problem itemises
// per template field; the rest are counted.
const maxTemplateFindings = 5

// templatePHI is the refusal of a category whose templates the guard flags:
// one entry per finding (up to maxTemplateFindings a field), each with the
// guard's reason, kind and rule and the one-line fix the template author can
// act on (approve a term for this tenant, use a typed variable, reword).
// found is keyed "locale/field". Fixed wording only: no entry quotes the
// template, which may hold what was pasted by mistake (problems can reach
// logs); POST /v1/guard/check shows the spans to the author.
func templatePHI(found map[string][]guard.Finding) *Error {
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var fes []FieldError
	for _, where := range keys {
		loc, field, _ := strings.Cut(where, "/")
		ptr := "/templates/" + loc + "/" + field
		list := found[where]
		for i, f := range list {
			if i == maxTemplateFindings {
				fes = append(fes, FieldError{ptr, fmt.Sprintf("and %d more findings in this template: POST /v1/guard/check shows each with its span", len(list)-i)})
				break
			}
			msg := "the PHI guard flags this template: " + f.Reason + " (" + string(f.Kind) + ", " + f.Rule + ")"
			if f.Fix != "" {
				msg += ". To fix: " + f.Fix
			}
			fes = append(fes, FieldError{ptr, msg})
		}
	}
	return &Error{Kind: KindTemplatePHI, Detail: "a template contains what looks like PHI; notices must not. Each entry says what the guard found and how to fix it; POST /v1/guard/check shows every finding with its span, POST /v1/guard/review a whole library", Fields: fes}
}
