package guard

import "testing"

// TestKinDentalMore: kindentalmore.go's relatives, verbs, finding verbs and
// owned sealants, laborstay.go's modifiers, and what still passes.
func TestKinDentalMore(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Little Molars: su hija necesita 2 empastes. Reserve su cita en https://portal.example/m/ab1",
		"Little Molars: tu hijo tiene 3 caries.",
		"Little Molars: a su hijo le salieron 2 caries.",
		"Little Molars: we found 2 cavities in your son's teeth.",
		"Little Molars: your son's cavity was filled today.",
		"Little Molars: reminder, your child's sealants are scheduled for Tuesday at 3 PM.",
		"Reminder: your upcoming planned labor and delivery admission is on May 3.",
		"Your two-night labor and delivery stay statement is ready.",
		"Your labor/delivery stay is confirmed for June 2.",
	)
	for _, n := range []string{
		"Little Molars: because your teen needed 2 fillings this year, try our Sugar-Smart toothpaste bundle!",
		"Little Molars: your 7-year-old had 2 cavities this year. Try our Sugar-Smart bundle!",
		"Little Molars: your little one needed 3 fillings this year, so stock up on our kids' fluoride rinse!",
	} {
		fs, err := g.CheckText(n, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q (strict): not flagged", n)
		}
	}
	checkFlagged(t, g, false,
		"Little Molars: do your kids have cavities? Try our new rinse.",
		"Little Molars: free dental sealant day for all 9th graders on Saturday!",
		"Little Molars: sealants are covered for kids under 14 by most plans.",
		"Little Molars: prevent cavities in your kids' teeth with our new toothpaste.",
		"Visitors to Labor & Delivery must check in at the main desk.",
		"Your pie fillings were done in our new oven.",
		"Labor Day delivery hours: we close at 3 PM.",
	)
}
