package guard

// Tests of issue 15's fifth-pass remaining development cases: everyday
// supplements, hygiene goods and product codes (everyday.go), prenatal
// vitamins (otc.go), care places with a connector (specialty.go) and
// clinics named after their place (placename.go), a given name before a
// dash (dashname.go), a personal care sentence as a cue (carecue.go) and
// announcements of offers (announce_offer.go).

import (
	"testing"
)

func TestRemaining15Everyday(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your vitamin B12 gummies have shipped.",
		"Your vitamin D3 order has shipped.",
		"Your hand sanitizer refill is ready.",
		"Su gel antibacterial ya fue enviado.",
		"Su jabón antibacterial ya fue enviado.",
		"SKU HRT-4420 is back in stock.",
		"Item ECG-3300 ships in 3 days.",
	)
	checkFlagged(t, g, true,
		// a telling cue beside the vitamin: fail closed
		"Your vitamin B12 refill is ready.",
		"Your vitamin B12 injection is Tuesday.",
		"Your vitamin D3 50,000 IU prescription is ready.",
		"Your vitamin D3 was prescribed by Dr. Lee.",
		// a code without a code word, an abbreviation alone
		"Your HRT-4420 refill is ready.",
		"Your HRT refill is ready.",
		// a drug beside the everyday goods
		"Your hand sanitizer and insulin pen needles have shipped.",
		"Su gel antibacterial y su receta de amoxicilina ya fueron enviados.",
		// prenatal vitamins speak of a pregnancy (otc.go)
		"Your prenatal vitamins have shipped.",
		"Su pedido de vitaminas prenatales ya fue enviado.",
		"Your prenatal gummies with DHA are out for delivery.",
	)
	// strict mode's association wording is as it was
	fs, err := g.CheckText("Prenatal vitamins are 20% off at all our stores.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict prenatal vitamins: %v %+v", err, fs)
	}
}

func TestRemaining15CarePlaces(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Check in online for your appointment at the Memory Care Clinic.",
		"Your appointment at the memory care clinic is confirmed.",
		"Your appointment at the Weight Loss Center is Monday.",
		"Your appointment at the Zorvex Clinic is confirmed.",
	)
	checkFlagged(t, g, false,
		"Check in online for your appointment at the Riverside Clinic.",
		"Your appointment at the Main Street Clinic is confirmed.",
		"Your appointment at the Oakwood Clinic is confirmed.",
		"Your appointment at the Downtown Clinic is confirmed.",
		"Check in online for your visit at the Lakeview Health Center.",
		"Your appointment at the Family Care Clinic is on Monday.",
	)
}

func TestRemaining15DashName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Rahul - your claim has been updated.",
		"Priya - your appointment has been confirmed.",
		"Keisha – your order has shipped.",
		"Rahul Mehta - your claim has been updated.",
		"Thanks for shopping. Priya - your order has shipped.",
		"Juan - your claim has been updated.",
	)
	checkFlagged(t, g, false,
		"Netflix - your payment failed.",
		"Amazon - your order has shipped.",
		"Update - your account has been changed.",
		"Reminder - your subscription renews tomorrow.",
		"Spotify - your plan has changed.",
		"Welcome - your account is ready.",
		"Costco - your membership renews soon.",
	)
	fs, _ := g.CheckText("Rahul - your claim has been updated.", nil, Standard)
	if len(fs) != 1 || fs[0].Rule != "compose.dash_name" || fs[0].Kind != KindName {
		t.Errorf("dash name: %+v", fs)
	}
}

func TestRemaining15CareCue(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Flu shots now available at all our locations. Your refill is also ready.",
		"Flu shots now available. Your prescription is also ready.",
	)
	checkFlagged(t, g, false,
		"Your order has shipped. Flu shots available in store.",
	)
}

func TestRemaining15Announcements(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our mammography van visits the Lakeview library every first Monday.",
		"Our lab now offers A1C testing with same-day results.",
		"Our mobile vaccine clinic will be at Lincoln Park every Friday this month.",
		"Our pharmacy now carries naloxone without a prescription.",
		"Our pharmacy now carries Narcan nasal spray without a prescription.",
		"Get your flu shot at any of our stores this weekend.",
		"Get your flu shot today at any of our pharmacies, no appointment needed.",
		"Get your shingles vaccine at any of our pharmacies this month.",
		"Get your COVID-19 booster at any of our pharmacies, no appointment needed.",
		"Our lab now offers cholesterol testing with results in 15 minutes.",
	)
	checkFlagged(t, g, true,
		// one person's series, name, history, order
		"Get your second shingles shot at any of our stores this weekend.",
		"Get your flu shot at any of our stores this weekend, Maria.",
		"Get your flu shot at any of our stores. Your last dose was in 2023.",
		"Get your flu shot at any of our stores. Metformin refill ready.",
		"Our pharmacy now carries naloxone without a prescription. Your naloxone order is ready.",
		// not a vaccine, not an over-the-counter drug, a dose
		"Get your HIV test results at any of our stores.",
		"Get your Ozempic at any of our stores this weekend.",
		"Our pharmacy now carries Ozempic without a prescription.",
		"Our pharmacy now carries naloxone 4 mg without a prescription.",
		// a mobile unit that comes to the reader
		"Our mobile dialysis van visits your home every Monday.",
		// one visit is no schedule
		"Our mammography van visits the Lakeview library on Monday.",
		// an announcement beside a personal result
		"Our lab now offers A1C testing. Your A1C result is ready to view.",
	)
}

func TestRemaining15Helpers(t *testing.T) {
	toks := func(s string) []token {
		nt := normalize(s, nil, nil)
		return tokenize(&nt, nil)
	}
	for _, c := range []struct {
		s    string
		k    int
		want bool
	}{
		{"Get your flu shot today", 1, true},
		{"Come get your flu shot today", 2, true},
		{"Get your second flu shot", 1, false},
		{"Please get your flu shot", 2, false},
		{"Get your results today", 1, false},
	} {
		if got := offerYou(toks(c.s), c.k); got != c.want {
			t.Errorf("offerYou(%q, %d) = %v, want %v", c.s, c.k, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		k    int
		want bool
	}{
		{"with same-day results", 3, true},
		{"rapid results", 1, true},
		{"results in 15 minutes", 0, true},
		{"the results are in", 1, false},
		{"results in June", 0, false},
	} {
		if got := genericResults(toks(c.s), c.k); got != c.want {
			t.Errorf("genericResults(%q, %d) = %v, want %v", c.s, c.k, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Our mammography van visits the library every first Monday", true},
		{"Our van visits every Friday", true},
		{"The van visits every Friday", false},
		{"Our mammography van visits the library on Monday", false},
	} {
		if got := mobileFrame(toks(c.s)); got != c.want {
			t.Errorf("mobileFrame(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
