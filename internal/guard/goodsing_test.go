package guard

import "testing"

// TestIngGoods: an -ing adjective in no list before a goods head in a
// goods notice passes; a word before a care noun stays reported
// (goodsing.go, helper MISC2, dev51). Also the mailboxes and addressees
// added beside it (vocab/places.txt [role_mailbox], context_words.txt
// [generic_addressee]).
func TestIngGoods(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your order of shampoo, conditioner and a detangling brush has shipped.", Standard, false},
		{"Your order of a clarifying shampoo and a wide-tooth comb has shipped.", Standard, false},
		{"Your order of xyzoling tablets has shipped.", Standard, true},
		{"Your refill of zolpidem has shipped.", Standard, true},
		// role mailboxes and generic addressees
		{"Open enrollment runs November 1–15. Questions? Write to benefits@calder.example.", Standard, false},
		{"Dudas sobre beneficios: benefits@maple.example.", Standard, false},
		{"Your results were sent to maria.lopez@gmail.com.", Standard, true},
		{"Receipt sent to hr.jones@outlook.com.", Standard, true},
		{"Dear supporter, your pledge payment was received. Remaining balance on pledge PL-2024-0087: $500.", Standard, false},
		{"Dear supporter, your pledge in memory of your son's leukemia treatment was received.", Standard, true},
		{"Dear Harold, your pledge payment was received.", Standard, true},
		// "fitting" and pet-licence words as generic modifiers (compose.go)
		{"Our fitting team runs free running-shoe fittings every Saturday. No booking needed.", Standard, false},
		{"Our fitting specialist will fit your post-mastectomy bra on Saturday.", Standard, true},
	})
}
