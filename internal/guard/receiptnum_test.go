package guard

import "testing"

// TestReceiptNumber: a 0-leading reference number after "#" or a reference
// word is no national phone; near a phone cue it stays one (receiptnum.go).
func TestReceiptNumber(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Receipt #004-1182-77 | Register 3 | 4:12 PM | Total $9.48", ""},
		{"Receipt # 012-4471-09 | Register 1 | Total $22.10", ""},
		{"Receipt questions? Call 020 7946 0958", "phone.national"},
		{"Your callback number on file: 020 7946 0958", "phone.national"},
		{"Text us at 07700 900123 about receipt #44", "phone.national"},
	})
}

// TestReceiptNumNotZip: a ZIP+4 starting with 0 after "code" stays
// reported (the corpus's leak-zip-009, after the merge of receiptnum.go).
func TestReceiptNumNotZip(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"zip code: 02139-7124", Standard, true},
		{"Your ZIP code is 02139-7124.", Standard, true},
		{"Receipt #004-1182-77 | Register 3 | 4:12 PM | Total $9.48", Standard, false},
	})
}
