package guard

import "testing"

func TestKinDental(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Because your child needed 4 fillings this year, try our Sugar-Smart kids toothpaste bundle!",
		"Your son had 3 cavities filled last visit - protect his smile with our fluoride rinse!",
		"Since your daughter needed a crown this year, check out our kids' flossers sale.",
		"Como tu hijo necesitó 2 empastes este año, prueba nuestra pasta de dientes infantil.",
		"Your kids got sealants last spring; it's time for a recheck.",
		"Because you needed two more fillings, try our whitening kit.",
		"Since you just had 2 fillings, skip the sticky candy this week.",
		"Your son's teeth needed 2 fillings at his last checkup.",
	)
	checkFlagged(t, g, false,
		"Because your kids love fruit, try our Sugar-Smart snack bundle!",
		"Back to school: our kids toothpaste bundle is 2 for $5 this week!",
		"Your order of pie fillings has shipped.",
		"Your son got a crown in the costume contest!",
		"You got a crown in the royal quiz!",
		"Did you know most kids had cavities by age 5? Book a checkup.",
		"Your son's soccer team needed 4 new fillings for the goal nets.",
		"Your kids got cavity-fighting toothpaste in their goodie bags.",
	)
}

func TestKinDentalStrict(t *testing.T) {
	g := newTestGuard(t)
	for _, n := range []string{
		"Because your child needed 4 fillings this year, try our Sugar-Smart kids toothpaste bundle!",
	} {
		fs, err := g.CheckText(n, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if !kinds(fs)[KindProcedure] {
			t.Errorf("%q: no procedure finding in strict mode: %+v", n, fs)
		}
	}
}

func TestLaborStay(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Reminder: your appointment for your labor and delivery stay is on August 11 at 10:40 AM.",
		"Congrats on your upcoming labor & delivery! Pack your bag.",
		"Questions about your labour and delivery plan? Call us.",
	)
	checkFlagged(t, g, false,
		"Visitors to Labor & Delivery must check in at the main desk.",
		"Your labor and materials estimate for the deck is attached.",
		"Labor Day delivery hours: 9 AM to 3 PM.",
	)
}
