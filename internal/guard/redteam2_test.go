package guard

import "testing"

// redteam2_test.go: helper RED's red team of dev26g's suppressions
// (testdata/guard/dev26r.jsonl): the leaks that fell in a suppression's
// slot stay reported, and the clean notices each suppression was written
// for still pass.

// TestRedTeam2ShopName: a condition word before an eatery word is a
// shop's name only in a shop's frame and in no gathering's (shopname.go).
func TestRedTeam2ShopName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your Dementia Cafe session is Tuesday at 2 PM.", "clinical.condition"},
		{"Your Diabetes Kitchen registration is complete.", "clinical.condition"},
		{"Your Autism Cafe family pass is ready.", "clinical.condition"},
		{"See you at Arthritis Kitchen on Saturday!", "clinical.condition"},
		{"Your Bipolar Bakery shift is Monday (peer employment program).", "clinical.condition"},
		{"Your Cancer Cafe peer group meets Friday evening.", "clinical.condition"},
		// the shop itself
		{"Your Insomnia Cookies order is on its way.", ""},
		{"Your order from Insomnia Cookies has shipped.", ""},
		{"Your Insomnia Cookies delivery is 10 minutes away.", ""},
		{"Insomnia Cookies: your rewards balance is 40 points.", ""},
	})
}

// TestRedTeam2PersonBrand: a brand named like a person, written in a
// person's frame, is a name (personframe.go, personBrandPerson, one of
// brandlist.go's refusals).
func TestRedTeam2PersonBrand(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Account holder: Sara Lee.", "name.full"},
		{"A gift for Anne Klein is waiting at the counter.", "name.capitalized"},
		{"Your statement for Betty Crocker is attached.", "name.full"},
		{"Your Sara Lee photo book has shipped.", "name.full"},
		{"Your Martha Stewart memorial blanket has shipped.", "name.full"},
		{"Tim Hortons, please call us back about your account.", "name.full"},
		{"Thanks for your payment, Sara Lee.", "name.full"},
		// a listed name made only of a given and a family name, ending its
		// clause, is a person's since brandlist.go ("Ship to: Kate
		// Spade."): fail closed, an accepted false positive
		{"New this week for your closet: denim, Calvin Klein.", "name.full"},
		// the brands
		{"New at Trader Joe's: pumpkin bread is back.", ""},
		{"Your Kate Spade handbag has shipped.", ""},
		{"Your Kate Spade necklace has shipped.", ""},
		{"Your Sara Lee bread order is ready.", ""},
		{"Your Martha Stewart bedding set has shipped.", ""},
		{"Shop Michael Kors at our outlet this weekend.", ""},
		{"Jimmy Dean sausage is 2 for $6 this week.", ""},
		{"Thanks for shopping at Macy's!", ""},
	})
}

// TestRedTeam2Infusion: an infusion bag or bottle is an IV's
// (infusion.go, infusionHeads).
func TestRedTeam2Infusion(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your infusion bags will be delivered Tuesday.", "clinical.procedure"},
		{"Your infusion bottles are ready for pickup.", "clinical.procedure"},
		{"Your infusion bottle and tubing will ship Monday.", "clinical.procedure"},
		{"Your tea infusion sampler has shipped.", ""},
		{"Your infusion pitcher has shipped.", ""},
		{"Your herbal infusion order has shipped.", ""},
		{"Su infusión de manzanilla está en camino.", ""},
	})
}

// TestRedTeam2Kinship: an unaccented "tia" after a care word and de/por
// in a Spanish field is the abbreviation (kinship.go).
func TestRedTeam2Kinship(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Hola, su seguimiento de tia es el lunes.", "clinical.condition"},
		{"¡Hola, tía! Tu pedido ya salió.", ""},
		{"Hola tía, gracias por tu compra.", ""},
		{"Para mi tía favorita: tu regalo está en camino.", ""},
		{"hi tia, your order shipped!", ""},
	})
}

// TestRedTeam2NamePair: a listed family name that is also an English word
// after an unlisted given name, on named goods (namepair.go).
func TestRedTeam2NamePair(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your Nkechi Brooks photo book has shipped.", "name.capitalized"},
		{"Your Duncan Hines cake mix has shipped.", ""},
		{"Your Stanley Quencher has shipped.", ""},
		{"Your Cartier Love bracelet has shipped.", ""},
		{"Your Pandora Rose necklace has shipped.", ""},
		{"Your Corkcicle Stone mug has shipped.", ""},
	})
}

// TestRedTeam2Typo: a letter left out or swapped at the first letter is no
// keyboard typo of a common word ("articular"/particular), one inside the
// word is ("pakage", "recieved").
func TestRedTeam2Typo(t *testing.T) {
	g := newTestGuard(t)
	s := &scanner{}
	s.reset(g, g.empty, Standard, "text")
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"articular", false}, {"ulnar", false}, {"linic", false},
		{"pakage", true}, {"shiped", true}, {"recieved", true}, {"acount", true}, {"shippment", true}, {"paymnet", true},
	} {
		if got := s.typoOfCommon(c.w); got != c.want {
			t.Errorf("typoOfCommon(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestRedTeam2PublicDay: a date before take-back days began is no
// take-back day's (publicday.go).
func TestRedTeam2PublicDay(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Drug take-back day: 03/14/1961.", "date.untied"},
		{"Drug take-back day is October 26.", ""},
		{"Drug take-back day is October 26, 2025.", ""},
		{"Drug take-back day is 10/26/2024.", ""},
	})
}
