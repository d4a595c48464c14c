package guard

import "testing"

// TestSubjectListedName: consonant-final given names after "Subject:"
// (subjname_listed.go, the new line of vocab/first_names.txt; helper GAPS,
// dev37g); brands in no list and ordinary openers still pass.
func TestSubjectListedName(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Subject: Grzegorz, your order is ready", Standard, true},
		{"Subject: Bartholomew, your results are in", Standard, true},
		{"Subject: Przemyslaw, your package shipped", Standard, true},
		{"Subject: Tadhg, your documents are ready to sign", Standard, true},
		{"Subject: Xochitl, your appointment reminder", Standard, true},
		{"Subject: Netflix, your payment failed", Standard, false},
		{"Subject: Walmart, your order is ready", Standard, false},
		{"Subject: Chase, your card is ready", Standard, false},
		{"Subject: Heads up, your order is ready", Standard, false},
		{"Subject: Breaking, your package shipped", Standard, false},
	})
}
