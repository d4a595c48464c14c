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
	for _, c := range []struct {
		text string
		ctx  Context
		want bool
	}{
		{"Keystone O&P: your item is ready for pickup at 55 Market Square. Call (717) 555-0164 to set a time.", Context{}, false},
		{"Questions? Call 717-555-0164 or write to help@keystone-op.example.", Context{}, false},
		{"Keystone O&P welcomes Renée Adler, CO, to our Market Square team!", Context{}, false},
		// without the terms, the same notices are blocked
		{"Keystone O&P: your item is ready for pickup at 55 Market Square. Call (717) 555-0164 to set a time.", Context{}, true},
		// another number, address or person
		{"We will call you at (717) 555-0199 tomorrow.", Context{}, true},
		{"Your brace was mailed to 57 Market Square.", Context{}, true},
		{"Hi Renée Adler, your brace is ready.", Context{}, true},
		{"Hi Renée, your brace is ready.", Context{}, true},
		// the reader's care beside the sender's words
		{"Your AFO fitting at 55 Market Square is Monday.", Context{}, true},
		// a repeat of the recipient's identity is never cleared
		{"Keystone O&P: Renée Adler, CO, your order shipped.", Context{Identity: []string{"Renée Adler"}}, true},
	} {
		c := c
		withTerms := !(c.want && c.ctx.Identity == nil && (c.text[0] == 'K'))
		if withTerms {
			c.ctx.Terms = terms
		}
		fs, err := g.CheckText(c.text, &c.ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q (terms %v): flagged %v, want %v (%+v)", c.text, withTerms, got, c.want, fs)
		}
	}
	if k, err := ParseTermKind("sender"); err != nil || k != KindSender {
		t.Errorf("ParseTermKind(sender) = %q, %v", k, err)
	}
}
