package guard

import "testing"

// TestSenderTerms: a tenant term of kind "sender" (its own phone, address,
// staff or branch name as its notices write it) clears the findings inside
// an occurrence of it, and nothing else: another number, address or name,
// the same words around the reader's care, a greeting to the same name, and
// a repeat of the recipient's identity stay reported.
func TestSenderTerms(t *testing.T) {
	g := newTestGuard(t)
	terms := []Term{
		{Text: "(717) 555-0164", Kind: KindSender},
		{Text: "55 Market Square", Kind: KindSender},
		{Text: "Renée Adler, CO", Kind: KindSender},
		{Text: "help@keystone-op.example", Kind: KindSender},
	}
	hiv := []Term{{Text: "Keystone HIV Clinic", Kind: KindSender}}
	for _, c := range []struct {
		text     string
		terms    []Term
		identity []string
		want     bool
	}{
		{"Keystone O&P: your item can be collected at 55 Market Square. Call (717) 555-0164 to set a time.", terms, nil, false},
		{"Questions? Call 717-555-0164 or write to help@keystone-op.example.", terms, nil, false},
		{"Keystone O&P welcomes Renée Adler, CO, to our Market Square team!", terms, nil, false},
		// without the terms, the same notice is blocked ("ready for pickup at"
		// after the sender's header passes without them since siteowner.go)
		{"Keystone O&P: your item can be collected at 55 Market Square. Call (717) 555-0164 to set a time.", nil, nil, true},
		// another number, address or person
		{"We will call you at (717) 555-0199 tomorrow.", terms, nil, true},
		{"Your brace was mailed to 57 Market Square.", terms, nil, true},
		{"Hi Renée Adler, your brace is ready.", terms, nil, true},
		{"Hi Renée, your brace is ready.", terms, nil, true},
		// the reader's care beside the sender's words
		{"Your AFO fitting at 55 Market Square is Monday.", terms, nil, true},
		// a clinical word inside a sender term stays reported (the display
		// name alone clears the sender's own clinical words)
		{"Questions? Ask the Keystone HIV Clinic desk.", hiv, nil, true},
		// a repeat of the recipient's identity is never cleared
		{"Keystone O&P: Renée Adler, CO, your order shipped.", terms, []string{"Renée Adler"}, true},
	} {
		ctx := Context{Terms: c.terms, Identity: c.identity}
		fs, err := g.CheckText(c.text, &ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q (%d terms): flagged %v, want %v (%+v)", c.text, len(c.terms), got, c.want, fs)
		}
	}
	if k, err := ParseTermKind("sender"); err != nil || k != KindSender {
		t.Errorf("ParseTermKind(sender) = %q, %v", k, err)
	}
}
