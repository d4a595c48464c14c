package guard

// Tests of listed brand and title names in shop, restaurant and media
// wording (brandlist.go, vocab/brands.txt).

import (
	"strings"
	"testing"
)

// TestBrandNames: brand, title and author names in shop, restaurant and
// media wording pass; each was reported before brandlist.go (dev25,
// dev26, dev26b).
func TestBrandNames(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// honorific brands and titles, also outside "your … goods"
		{"Order ready: 1 x Dr Pepper 12-pack, 1 x Dr. Bronner's peppermint castile soap.", ""},
		{"Your order has shipped: Dr. Martens 1460 boots, size 9.", ""},
		{"Order #3381: Nurse Jackie Season 1 DVD, Scrubs: The Complete Series. Delivered.", ""},
		{"Your Mr. Clean Magic Erasers (8-pack) and Dawn Powerwash have shipped.", ""},
		{"Order ready: Mrs. Meyer's dish soap (basil), Seventh Generation detergent.", ""},
		{"Your Dr. Seuss book bundle ('Oh, the Places You'll Go!' and 'Green Eggs and Ham') shipped today.", ""},
		{"Dr. Oetker frozen pizza (2) and a Mr. Coffee 12-cup coffee maker were added to your cart.", ""},
		{"ORDER SHIPPED: DR. MARTENS 1460 BOOTS, SIZE 10.", ""},
		{"Order confirmed: Don Julio 1942 tequila and a Captain Morgan gift set.", ""},
		{"Su pedido de Doña María mole (2 frascos) está en camino.", ""},
		{"Dr. Brandt pore refiner primer was delivered to your locker.", ""},
		// the shapes: a possessive before goods, a restaurant, a quoted title
		{"Thanks for shopping with us! The Dr. Squatch pine tar soap bundle ships tomorrow.", ""},
		{"Order ready: Dr. Zorbalt beard balm 2-pack.", ""},
		{"Reservation confirmed at Dr. Bar & Grill for 4 guests, Saturday 7:30 PM.", ""},
		{"Your table for 4 at Mr. Kim's Kitchen is confirmed for Saturday at 7 PM.", ""},
		{"Your tickets for 'Dr. Strangelove' (35mm screening) are confirmed, Row F.", ""},
		{"Shipped: 'The Silent Patient' by Alex Michaelides, paperback.", ""},
		{"Order shipped: 'Doctor Sleep' by Stephen King, hardcover.", ""},
		{"Su pedido de taquería 'El Paciente Hambriento' está listo: 3 tacos al pastor y horchata.", ""},
		{"Tickets confirmed: 'Nurse Betty' at the Roxie Theater, 2 seats.", ""},
		{"Dr Pepper 12-pack is ready for you at the pickup counter.", ""},
		{"Your Wendy's order is ready at the drive-thru window.", ""},
		{"Tickets for Dr. Strangelove at the Roxie: 2 seats, Row D.", ""},
		{"Dr. Martens, Timberland and Clarks boots are 30% off this weekend.", ""},
		{"Order shipped: Mrs. Meyers dish soap.", ""},
		// consumer brands named like people or in no vocabulary
		{"Thanks for ordering from Wendy's! Your Baconator combo is ready at the pickup window.", ""},
		{"Order confirmed: Ben & Jerry's Phish Food, Halo Top, and a bag of Skinny Pop.", ""},
		{"Your Sephora order: Fenty Beauty lip gloss and Drunk Elephant Protini cream.", ""},
		{"Your Monster Energy (Ultra Zero) 24-pack and Red Bull Sugarfree are on the way.", ""},
		{"Your Kiehl's Ultra Facial Cream and Neutrogena Hydro Boost gel have been delivered.", ""},
		{"Häagen-Dazs and a Crème de la Mer sample are in your delivery today.", ""},
		{"Order ready: Jack Daniel's Old No. 7 and Johnnie Walker Black Label.", ""},
		{"Marie Callender's pot pies (4) were added to your order.", ""},
		{"Order confirmed: Trader Joe's mandarin orange chicken and Annie's mac and cheese.", ""},
		// possessive shop names with a curly apostrophe (orgnames.go)
		{"Merci! Your crêpe pan and a bag of François’ Bakery croissants are on the way.", ""},
		{"Merci! A box of Amélie’s Pâtisserie macarons is on the way.", ""},
	})
}

// TestBrandFailClosed: the same names beside a care word, a greeting, a
// person's verb or noun, addressed, or a person's name where a brand's
// would be keep their findings.
func TestBrandFailClosed(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your appointment with Dr. Martens is confirmed for Tuesday at 3 PM.", "name.title"},
		{"Dr. Pepper will see you at 3 PM.", "name.title"},
		{"Dr. Martens is running 20 minutes late today.", "name.title"},
		{"Dr. Oetker will call you tomorrow about the boxes you ordered.", "name.title"},
		{"Dr. Praeger's office will see you Friday at 10.", "name.title"},
		{"Dr. Quinn's office has your order ready.", "name.title"},
		{"Dr. Brandt sent you a message about your order.", "name.title"},
		{"Mrs. Meyer's refill is ready for pickup at the pharmacy.", "name.title"},
		{"Hi Dr. Martens, your boots order has shipped.", "name.greeting"},
		{"Mr. Clean, your package has shipped.", "name.title"},
		{"Mr. Clean - your package has shipped.", "name.title"},
		{"Your Dr. Martens order shipped. Please see Dr. Martens on Tuesday.", "name.title"},
		{"Dr. Martens 1460 boots shipped. Dr. Martens will also go over your biopsy on Monday.", "name.title"},
		{"Your Nurse Maria gift box has shipped.", "name.title"},
		{"Dr. Patel's soap order has shipped.", "name.title"},
		{"Back in stock: Dr. Hoffman candle set.", "name.title"},
		{"Dr. Okafor soap shipped. Dr. Okafor will see you Friday.", "name.title"},
		{"Dr. Nguyen's Kitchen reservation for 2 is confirmed.", "name.title"},
		{"Order for Paul Smith is ready for pickup.", "name.full"},
		{"Kim Crawford's order has shipped.", "name.full"},
		{"Wendy's order is ready for pickup.", "name.given"},
		{"Paul Smith order is ready for pickup.", "name.full"},
		{"Krispy Kreme order is ready for pickup.", "name.capitalized"},
		{"Order shipped to Kate Spade at the front desk.", "name.full"},
		{"Dr. Pepper, party of 2: your table is ready.", "name.title"},
		{"Table for Dr. Martens, party of 4, is ready.", "name.title"},
		{"Reservation under Dr. Seuss for 4 guests at 7 PM.", "name.title"},
		{"Order #2231 for customer Tom Ford has shipped.", "name.full"},
		{"Paul Smith, your order has shipped.", "name.full"},
		{"Wendy's lab results are in the portal.", "name.given"},
		{"Ben & Jerry's pint for Ben Cohen has shipped.", "name.full"},
		{"Tickets for 'Maria Lopez' are confirmed.", "name.full"},
		{"Dr. Martens is ready to see you now.", "name.title"},
		{"Dr. Seuss has your order and will see you Monday.", "name.title"},
		{"Order update from Dr. Martens: he will meet you at the shop.", "name.title"},
		{"Your personalized 'Maria' mug has shipped.", "name.given"},
	})
	// any finding will do where the rule is not the point
	checkFlagged(t, newTestGuard(t), true,
		"Captain Morgan placed an order for you.",
		"Captain Morgan checked in at the front desk at 9:40.",
		"Sam Adams will pick up the order Friday.",
		"Ship to: Calvin Klein, 14 Elm Street, Springfield.")
}

// TestBrandListEntries: every entry of vocab/brands.txt parses to words;
// no entry of one word is a given or family name of the lists (alone it
// names a person as often), and no entry holds a care word of
// product.go; every entry passes in an order line and every [title] entry
// is still reported after "appointment with".
func TestBrandListEntries(t *testing.T) {
	g := newTestGuard(t)
	if len(brandWords.entries) < 500 {
		t.Fatalf("brands.txt: %d entries", len(brandWords.entries))
	}
	titles := 0
	for _, e := range brandWords.entries {
		words := 0
		for k, h := range e.h {
			if e.text[k] != "s" {
				words++
			}
			w := g.v.words[h]
			if w == nil || e.media {
				continue // a [media] title may hold a clinical word (brandline.go)
			}
			if w.flags&(wDatePerson|wNameCue|wHealthCue) != 0 && !(k == 0 && w.flags&wTitle != 0) {
				t.Errorf("%q: %q is a care word", e.name, e.text[k])
			}
			for _, ph := range w.phrases {
				// (a title's own spelling, "Ms", and an ambiguous
				// word as a family name, "Johnnie Walker", are allowed)
				if ph.class == pClinical && len(ph.toks) == 1 && ph.flags&fAmbig == 0 && !(k == 0 && w.flags&wTitle != 0) {
					t.Errorf("%q: %q is a clinical term", e.name, e.text[k])
				}
			}
			if goodsWords.care[h] {
				t.Errorf("%q: %q is a [care] word", e.name, e.text[k])
			}
		}
		if words == 1 && !e.tail && len(e.h) == 1 {
			if w := g.v.words[e.h[0]]; w != nil && w.flags&(wFirst|wLast) != 0 && w.flags&wCommon == 0 {
				t.Errorf("%q: one word that is a listed name", e.name)
			}
		}
		text := "Order shipped: " + e.name + " gift set, 2-pack."
		if e.media {
			text = "Order shipped: " + e.name + " (DVD), 2 copies."
		}
		fs, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Kind == KindName || f.Kind == KindAddress {
				t.Errorf("%q: %s", text, f.Rule)
			}
		}
		if e.title {
			titles++
			// reported alone, the name must still be reported after
			// "appointment with" ("Lady", "Captain" are in no title list:
			// the guard reports "Lady Gaga" nowhere)
			if nameWithout(g, e.name) {
				lead := "Your appointment with " + e.name
				fs, _ := g.CheckText(lead+" is at 3 PM.", nil, Standard)
				named := false
				for _, f := range fs {
					if f.Kind == KindName && f.Start < len(lead) && f.End > len("Your appointment with ") {
						named = true
					}
				}
				if !named {
					t.Errorf("%q: passes after 'appointment with'", e.name)
				}
			}
		}
	}
	if titles < 150 {
		t.Errorf("[title]: %d entries", titles)
	}
}

// nameWithout reports whether the name alone, in a sentence with no shop
// or care word, is reported as a name (so brandlist.go must not clear it
// after "appointment with").
func nameWithout(g *Guard, name string) bool {
	fs, _ := g.CheckText("We saw "+name+" yesterday near the lake.", nil, Standard)
	for _, f := range fs {
		if f.Kind == KindName {
			return true
		}
	}
	return false
}

// TestBrandGap: the gaps of a listed name are compared without spaces,
// hyphens or a title's dot.
func TestBrandGap(t *testing.T) {
	for _, c := range []struct{ g, before, want string }{
		{" ", "ben", ""}, {". ", "dr", ""}, {".", "dr", ""}, {"-", "haagen", ""}, {" & ", "ben", "&"},
		{"'", "wendy", "'"}, {"\u2019", "wendy", "'"}, {". ", "p", "."}, {"' ", "lands", "'"},
	} {
		if got := brandGap(c.g, c.before); got != c.want {
			t.Errorf("brandGap(%q, %q) = %q, want %q", c.g, c.before, got, c.want)
		}
	}
	e := parseBrand("Cap'n Crunch")
	if e == nil || len(e.h) != 2 || e.text[0] != "Cap'n" {
		t.Errorf("parseBrand(Cap'n Crunch) = %+v", e)
	}
	if e := parseBrand("Dunkin'"); e == nil || !e.tail {
		t.Errorf("parseBrand(Dunkin') = %+v", e)
	}
}

// TestBrandSpelling: a listed name matches only with its capitals as
// listed or wholly in capitals.
func TestBrandSpelling(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Order shipped: Marie Callender's pot pies (4).", false},
		{"Order shipped: MARIE CALLENDER'S pot pies (4).", false},
		{"Order shipped: Marie callender's pot pies (4), Marie.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged %v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
	if !strings.Contains(brandWords.entries[0].name, "Pepper") {
		t.Errorf("first entry %q", brandWords.entries[0].name)
	}
}

// FuzzBrandAppointment: whatever comes before it, a clinician named like
// a listed brand in an appointment sentence is still reported (the brand
// marks never reach across a care word), and no text makes markBrands
// fail.
func FuzzBrandAppointment(f *testing.F) {
	for _, s := range []string{"", "Order shipped: Dr. Martens 1460 boots", "tickets for 'Dr. Strangelove' (35mm screening)",
		"Su pedido de taquería 'El Paciente", "Ben & Jerry's", "Shipped: 'The Silent Patient' by Alex Michaelides, paperback",
		"Dr. Bar & Grill", "Mr. Kim's Kitchen", "MRS. MEYER'S", "Cap'n", "François’ Bakery", "'", "Dr."} {
		f.Add(s)
	}
	g := newTestGuard(f)
	const tail = "Your appointment with Dr. Martens is Monday."
	f.Fuzz(func(t *testing.T, x string) {
		if len(x) > 2000 {
			return
		}
		text := x + ". " + tail
		fs, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		at := len(text) - len(tail) + strings.Index(tail, "Dr.")
		for _, f := range fs {
			if f.Start <= at+len("Dr. Martens") && f.End > at {
				return
			}
		}
		t.Errorf("%q: the clinician is not reported: %v", text, fs)
	})
}

// TestBrandContextIdentity: a listed brand does not hide the recipient's
// own name (context matching is not a name rule).
func TestBrandContextIdentity(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct{ id, text string }{
		{"Paul Smith", "Order shipped: Paul Smith wool scarf, 1 x."},
		{"Wendy Martens", "Order shipped: Dr. Martens 1460 boots and a Wendy's gift card."},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, &Context{Identity: []string{c.id}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			if f.Kind == KindContext {
				found = true
			}
		}
		if !found {
			t.Errorf("%q with identity %q: want a context finding, got %v", c.text, c.id, fs)
		}
	}
}
