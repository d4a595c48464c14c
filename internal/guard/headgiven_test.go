package guard

import "testing"

// TestHeadGiven: a lone listed given name heading a notice (before ":" or
// a dash, in capitals, after an emoji, as a JSON title) is reported;
// common-word, place and brand headers are not; a given-name brand given
// as the tenant's display name or as an approved term passes
// (headgiven.go).
func TestHeadGiven(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Maria: your package shipped today.",
		"Maria: your order is ready for pickup.",
		`{"title":"Maria","body":"Your order shipped"}`,
		`{"heading":"Daniel","body":"Your statement is ready."}`,
		`{"body":"Elena: your order is ready for pickup."}`,
		"MARIA: your order is ready for pickup at the front desk.",
		"📦 Maria: your package shipped today.",
		"María: su pedido está listo para recoger.",
		"JOSÉ: su pedido fue enviado hoy.",
		"Emily — your return has been processed.",
		"Order update\nOscar: your order #48213 has shipped.",
		"Thanks for shopping with us. Priya: your receipt is attached.",
	)
	checkFlagged(t, g, false,
		"Reminder: your package shipped today.",
		"Joy: the season's best deals start today.",
		"Hope: a note from our team about winter hours.",
		"Summer: 20% off all sandals this week.",
		"Austin: our new store opens Saturday.",
		"Victoria: our new location is open.",
		"Etsy: your order shipped today.",
		`{"title":"Zappos","body":"Your order shipped"}`,
		"ALERT: your password was changed.",
		"Aviso: su pedido está listo para recoger.",
		`{"items":[{"title":"Maria","sku":"MX-2","price":"$12.00"}],"status":"shipped"}`,
	)
	// the service names the brand: the display name or an approved term
	for _, c := range []struct {
		text string
		ctx  *Context
	}{
		{`{"title":"Theo","body":"You have an unread message. Sign in to view."}`, &Context{Sender: []string{"Theo"}}},
		{"Jasper: new templates are live in your workspace.", &Context{Sender: []string{"Jasper"}}},
		{"MIA: your order shipped today.", &Context{Sender: []string{"Mia"}}},
		{"Nora: your order is ready for pickup.", &Context{Terms: []Term{{Text: "Nora", Kind: KindApproved}}}},
	} {
		fs, err := g.CheckText(c.text, c.ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("%q with its context: flagged %+v, want clear", c.text, fs)
		}
		if fs, _ := g.CheckText(c.text, nil, Standard); len(fs) == 0 {
			t.Errorf("%q without context: clear, want flagged (fail closed)", c.text)
		}
	}
}
