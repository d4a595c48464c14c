package guard

import (
	"regexp"
	"testing"
)

var mbiShape = regexp.MustCompile(`[0-9A-Z]{4}-[0-9A-Z]{3}-[0-9A-Z]{4}`)

// TestPromoCodes: an MBI-shaped token right after a promo, coupon, voucher
// or discount-code cue is a shop code and passes; a real MBI next to
// Medicare / MBI / beneficiary / member id, or in a clinical or personal
// frame, is still id.mbi (promocode.go).
func TestPromoCodes(t *testing.T) {
	g := newTestGuard(t)
	cases := []tpCase{
		// still caught: health-plan cue, clinical or personal frame
		{"Your Medicare number is 1EG4-TE5-MK72.", "id.mbi"},
		{"MBI: 1EG4-TE5-MK72", "id.mbi"},
		{"Beneficiary 1EG4-TE5-MK72 has a new statement.", "id.mbi"},
		{"Member ID 4KQ7-NM2-RT88 was updated.", "id.mbi"},
		{"Your ID is 4KQ7-NM2-RT88.", "id.mbi"},
		{"Reference 4KQ7-NM2-RT88 for your account.", "id.mbi"},
		{"4KQ7-NM2-RT88", "id.mbi"},
		{"Patient 4KQ7-NM2-RT88 checked in.", "id.mbi"},
		// a promo cue does not clear a health-plan cue or a clinical frame
		{"Medicare members: use code 4KQ7-NM2-RT88 at checkout.", "id.mbi"},
		{"Use promo code 1EG4-TE5-MK72 with your Medicare card.", "id.mbi"},
		{"Coupon 4KQ7-NM2-RT88 applies to your prescription refill.", "id.mbi"},
		{"Your beneficiary ID is 4KQ7-NM2-RT88. Use code 9TT2-XK3-PL44 at checkout.", "id.mbi"},
		{"Código de descuento para su receta: 4KQ7-NM2-RT88", "id.mbi"},
		{"Su número de Medicare es 1EG4-TE5-MK72.", "id.mbi"},
		{"Número de beneficiario: 1EG4-TE5-MK72", "id.mbi"},
		// the cue must come right before the code
		{"Promo ends soon. Your ID 4KQ7-NM2-RT88 is on file.", "id.mbi"},
		{"Use code SAVE20 today; your number is 4KQ7-NM2-RT88.", "id.mbi"},
		// shop codes pass
		{"Use code 4KQ7-NM2-RT88 at checkout.", ""},
		{"Enter code 4KQ7-NM2-RT88 at checkout for 15% off.", ""},
		{"Your promo code: 4KQ7-NM2-RT88", ""},
		{"Promo code 4KQ7-NM2-RT88 expires Sunday.", ""},
		{"Coupon 4KQ7-NM2-RT88 saves you $10 on your next order.", ""},
		{"Your coupon code is 4KQ7-NM2-RT88.", ""},
		{"Discount code 4KQ7-NM2-RT88: 20% off sitewide.", ""},
		{"Redeem voucher 4KQ7-NM2-RT88 in store or online.", ""},
		{"Save 10% with code 4KQ7-NM2-RT88.", ""},
		{"Use el código de promoción 4KQ7-NM2-RT88 al pagar.", ""},
		{"Código de cupón: 4KQ7-NM2-RT88", ""},
		{"Su código de descuento es 4KQ7-NM2-RT88.", ""},
		{"Cupón 4KQ7-NM2-RT88 válido hasta el domingo.", ""},
		{"Use el código promocional 4KQ7-NM2-RT88 en su próxima compra.", ""},
		{"Ingrese el código 4KQ7-NM2-RT88 al pagar y ahorre 15%.", ""},
	}
	// promo codes come in marketing (strict) as often as in transactional
	// notices, and in HTML
	for _, c := range cases {
		for _, m := range []Mode{Standard, Strict} {
			checkPromoCase(t, g, m, Field{Name: "text", Text: c.text}, c.rule == "")
		}
		checkPromoCase(t, g, Standard, Field{Name: "html", Text: "<p>" + mbiShape.ReplaceAllString(c.text, "<b>$0</b>") + "</p>", HTML: true}, c.rule == "")
	}
}

// checkPromoCase: a clean field has no finding; a leak has a health_plan or
// identifier finding over each MBI-shaped code (id.mbi, or the
// cued-identifier rule, id.health_plan / id.identifier, when a cue word
// names the number first). Spans are into the field as given, so they hold
// for HTML too.
func checkPromoCase(t *testing.T, g *Guard, m Mode, fd Field, clean bool) {
	t.Helper()
	fs, err := g.Check(Notice{Fields: []Field{fd}}, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if clean {
		if len(fs) > 0 {
			t.Errorf("%q (%s): unexpected %v", fd.Text, m, fs)
		}
		return
	}
	for _, loc := range mbiShape.FindAllStringIndex(fd.Text, -1) {
		caught := false
		for _, f := range fs {
			if (f.Kind == KindHealthPlan || f.Kind == KindIdentifier) && f.Start <= loc[0] && f.End >= loc[1] {
				caught = true
			}
		}
		if !caught {
			t.Errorf("%q (%s): want a health_plan or identifier finding over %q, got %v", fd.Text, m, fd.Text[loc[0]:loc[1]], fs)
		}
	}
}
