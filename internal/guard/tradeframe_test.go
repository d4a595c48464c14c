package guard

import "testing"

// TestTradeFrame: the sender's workshop and its trade frame an
// announcement (tradeframe.go); the same supply with a reader's word stays
// reported.
func TestTradeFrame(t *testing.T) {
	for _, c := range []struct {
		toks string
		want bool
	}{
		{"our workshop services prosthetic knees and feet", true},
		{"nuestro taller repara rodillas y pies", true},
		{"we repair knees of all major makes", true},
		{"your workshop booking is confirmed", false},
		{"our workshop is closed on Monday", false},
	} {
		nt := normalize(c.toks, nil, nil)
		if got := tradeFrame(tokenize(&nt, nil)); got != c.want {
			t.Errorf("tradeFrame(%q) = %v, want %v", c.toks, got, c.want)
		}
	}
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"LimbCare North: our workshop services prosthetic knees and feet of all major makes.", ""},
		{"LimbCare North: our workshop services your prosthetic knee this week.", "compose.prosthetic_part"},
	})
}
