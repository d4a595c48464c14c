package service

import "github.com/sealpost/sealpost/internal/guard"

// guardTerms puts into gc what the guard reads as the tenant's own words:
// the terms it gave with PUT /v1/guard/terms, and its name — what
// {{tenant}} renders (the display name, or the slug without one) and what
// the From line and the hosted pages show the reader — as the notice's
// sender (guard.Context.Sender: a finding inside an occurrence of that
// name, read as a phrase, is dropped; the same words elsewhere, and a
// repeat of the recipient's identity, are not). Without it a tenant whose
// name holds a surname ("Moreno & Blake PT") or a care word ("Clearline
// Infusion Pharmacy") had every notice naming itself blocked.
func (td *tenantEntry) guardTerms(gc *guard.Context) {
	for _, t := range td.terms {
		gc.Terms = append(gc.Terms, guard.Term{Text: t.Text, Kind: guard.Kind(t.Kind)})
	}
	if name := td.name(); name != "" {
		gc.Sender = append(gc.Sender, name)
	}
}

// name is what {{tenant}} renders: the display name, or the slug.
func (td *tenantEntry) name() string {
	if td.settings.DisplayName != "" {
		return td.settings.DisplayName
	}
	return td.tenant.Name
}
