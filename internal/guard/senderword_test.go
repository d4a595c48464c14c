package guard

import "testing"

// senderWordCases: a one-word or camel-case brand in a sender's slot passes
// when the notice names no care; a listed drug or condition as the brand, a
// long word near a drug, a given name opening a header, the brand beside
// the reader's care stay reported (senderword.go, helper snd20, dev105s).
var senderWordCases = []modeCase{
	// the sender's own one-word name
	{"Lumina: Autopay is set. Your card ending in 4242 will be charged on the 1st.", Standard, false},
	{"Lumina: Your mailing address change was saved.", Standard, false},
	{"Lumina values your feedback. Rate us from 1-5 by replying.", Standard, false},
	{"Lumina is at the Austin Family Fair this weekend, booth 12.", Standard, false},
	{"Lumina offices reopen Jan 2. Happy New Year!", Standard, false},
	{"Lumina's website will be down for maintenance Sunday 1-3am ET.", Standard, false},
	{"Lumina's referral program: share your link and earn a $100 gift card.", Standard, false},
	{"BrightNest's referral program: earn $50 for every friend who joins.", Standard, false},
	{"Join Lumina's free webinar on budgeting on Jan 12 at 6pm.", Standard, false},
	{"Your Lumina order has shipped. Track it online.", Standard, false},
	{"Your Lumina account email was updated.", Standard, false},
	{"Lumina's client care line is available 24/7 for kit questions.", Standard, false},
	{"Lumina offices close Dec 25 and Jan 1. Our lab and kit hotline stay open 24/7.", Standard, false},
	// a listed drug or condition as the brand
	{"Lupron: your injection is due on Friday.", Standard, true},
	{"Xarelto: refill ready for pickup.", Standard, true},
	{"Your Humira shipment has left our warehouse.", Standard, true},
	{"Lyrica: your order is ready.", Standard, true},
	{"Diabetes: your retinal screening is due this month.", Standard, true},
	// a long word near a drug is the drug; a given name is the reader
	{"Atorvastatine: ready for pickup at Main Street.", Standard, true},
	{"Methocarbomol: your order is ready.", Standard, true},
	{"We substituted your Ozempick order with an equivalent pack.", Standard, true},
	{"Maria: your package shipped today.", Standard, true},
	{"Maria's referral to cardiology was sent.", Standard, true},
	// the brand beside the reader's care, no slot, a clinical frame
	{"Lumina, your biopsy results are ready in the portal.", Standard, true},
	{"Lumina: your biopsy results are ready in the portal.", Standard, true},
	{"Your Xarelo refill is ready for pickup.", Standard, true},
	{"Xarelo: your refill is ready for pickup.", Standard, true},
	{"Your Lumina shipment of insulin pens has left our warehouse.", Standard, true},
	{"Lumina's nurse will call you about your HIV test result.", Standard, true},
	{"Hi Lumina: your order has shipped.", Standard, true},
	{"Lumina: your lab results are ready.", Standard, true},
	{"Lumina: our lab found a problem with your blood sample.", Standard, true},
	{"Lumina: client care will call you about your biopsy.", Standard, true},
}

// TestSenderWord runs senderWordCases without the medical dictionary.
func TestSenderWord(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, senderWordCases)
}

// TestSenderWordDictionary: with the operator's medical dictionary, where
// "Lumina" and "ClearView" are dictionary terms, every leak case stays
// blocked; the one-word brand's dictionary.term finding is no longer
// dropped (withdrawn at the lead's merge: the drop cost split-held and
// wn-held drug and condition names capitalised in a header slot, 0.810 ->
// 0.794 and 0.942 -> 0.916 with the dictionary), so the brand's notices
// stay blocked until the tenant's display name or approved term clears
// them (onboarding review).
func TestSenderWordDictionary(t *testing.T) {
	dicts := testDictionaries(t, false)
	if dicts == nil {
		t.Skip("no dictionary (SEALPOST_GUARD_DICTIONARY)")
	}
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	var leaks []modeCase
	for _, c := range senderWordCases {
		if c.want {
			leaks = append(leaks, c)
		}
	}
	checkModeCases(t, g, nil, leaks)
	checkModeCases(t, g, nil, []modeCase{
		{"ClearView: Su receta de Xarelto está lista para recoger.", Standard, true},
		{"ClearView: su examen de glaucoma es el martes a las 3.", Standard, true},
		// the cost of the withdrawal (the brand alone is a dictionary
		// term) is now met by the notice model's drop (noticemodel.go,
		// twenty-first pass): the finding is weak and the rest of the
		// notice reads plainly ordinary
		{"ClearView: Your account password was reset.", Standard, false},
		{"Lumina: Our office will be closed on Monday for the holiday.", Standard, false},
	})
	// the tenant's display name clears them
	ctx := &Context{Sender: []string{"ClearView"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"ClearView: Your account password was reset.", Standard, false},
		{"ClearView: Su pedido está listo para recoger en la tienda.", Standard, false},
	})
}
