package guard

import "testing"

// TestSenderTermLimits: the sender's address or name does not clear a
// reader's unit after it, nor a surname the next sentence opens with
// (sendertermveto.go); a misread ordinary word after the sender's address
// is still cut off and cleared.
func TestSenderTermLimits(t *testing.T) {
	g := newTestGuard(t)
	terms := []Term{
		{Text: "(717) 555-0164", Kind: KindSender},
		{Text: "55 Market Square", Kind: KindSender},
		{Text: "Moreno & Blake PT", Kind: KindSender},
	}
	for _, c := range []struct {
		text   string
		sender []string
		want   bool
	}{
		{"Keystone O&P: we have your address as 55 Market Square #12.", nil, true},
		{"Keystone O&P: pickup is at 55 Market Square. Okafor, your order is ready.", nil, true},
		{"Keystone O&P: see you at 55 Market Square. Ruiz family, your order is ready.", nil, true},
		{"Thanks for choosing Moreno & Blake PT. Garcia, your next visit is Monday.", nil, true},
		{"Gracias por elegir Moreno & Blake PT. García, su próxima cita es el lunes.", []string{"Moreno & Blake PT"}, true},
		// what the cut and the terms exist for
		{"Keystone O&P: visit us at 55 Market Square. Call (717) 555-0164 with questions.", nil, false},
		{"Keystone O&P: find us at 55 Market Square. Parking is free on weekends.", nil, false},
		{"Keystone O&P: we moved to 55 Market Square, Suite 200.", nil, false},
		{"Thanks for choosing Moreno & Blake PT. See you soon!", []string{"Moreno & Blake PT"}, false},
	} {
		ctx := Context{Terms: terms, Sender: c.sender}
		fs, err := g.CheckText(c.text, &ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged %v, want %v (%+v)", c.text, got, c.want, fs)
		}
	}
}
