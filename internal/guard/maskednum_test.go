package guard

import "testing"

// TestMaskedNum: an account number masked but its last digits passes; a
// member or health-plan number masked the same way stays reported
// (maskednum.go).
func TestMaskedNum(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{`{"event":"payment.received","account_ref":"ACCT-XXXX4471","amount":150.00,"balance_remaining":62.30}`, Standard, false},
		{"Your account XXXX4471 was charged $25.", Standard, false},
		{"Your member ID XXXX4471 is on file.", Standard, true},
		{`{"event":"claim.paid","member_id":"XXXX4471","amount":150.00}`, Standard, true},
		{"Your account XXXX44712 was charged $25.", Standard, true},
	})
	for _, c := range []struct {
		s    string
		want bool
	}{{"XXXX4471", true}, {"xxx12", true}, {"XXxx4471", false}, {"XX4471", false}, {"XXXX44712", false}, {"XXXX4", false}, {"XXXXA471", false}} {
		if got := maskedLast4(c.s); got != c.want {
			t.Errorf("maskedLast4(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
