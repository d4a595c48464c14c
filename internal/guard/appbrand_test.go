package guard

import "testing"

// TestAppBrand: a brand that is one given name passes as a plan, a
// department, an invoice of its own series, "New in X", and in a header
// or JSON title when it is also in such a product slot, over a body that
// says nothing of care; a header or title alone (it may be the reader's
// name), the reader addressed, a person after "with", a care word anywhere
// and another finding keep it reported (appbrand.go).
func TestAppBrand(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Theo: Theo Plus now includes unlimited messaging at no extra cost. Details in the app.",
		"Subject: A note from Theo Billing\nOur billing team has moved to a new system.",
		`{"title":"Theo","body":"Holiday gift cards are here: give a month of Theo Plus to someone you love."}`,
		`{"event":"invoice.paid","text":"Theo invoice TH-INV-21004 paid: $59.00. Thank you!"}`,
		"New in Theo: dark mode and a redesigned home screen. Update the app today!",
		"Mia: Refer a friend and you both get a month of Mia Plus free.",
		"Jasper: Jasper Pro adds offline mode. Update the app to try it.",
		"Upgrade to Theo Premium today and get unlimited messaging.",
		"Theo Pay: $59.00 charged to your card ending 4242 for Theo Plus.",
	)
	checkFlagged(t, g, true,
		`{"title":"Theo","body":"You have an unread message. Sign in to view."}`,
		`{"title":"Theo","body":"Your lab results are ready. Sign in to view."}`,
		`{"title":"Theo","body":"Your appointment is tomorrow at 3 pm."}`,
		`{"title":"Theo","body":"Your results page has been updated."}`,
		`{"title":"Theo","body":"Theo, you have a new message."}`,
		"Theo, our app update 5.2 is live - tap to see what's new.",
		"Theo Plus: Theo, your plan renews Monday.",
		"Talk with Theo, anytime. Our app update 5.2 is live.",
		"Theo Plus: your depression screening results are ready in the app.",
		"New in Theo: your counselor left notes from today's session.",
		`{"event":"invoice.paid","text":"Maria invoice INV-21004 paid: $59.00."}`,
		"Your order is ready, Theo. Theo Plus members skip the line.",
		"Send a gift to Theo plus a friend.",
		"Hi Theo Plus member, your plan renews Monday.",
	)
}
