package guard

import "testing"

// TestGreetingMore: a hyphenated lower-case given name and a name of three
// or four capitalised words after a greeting (greetname.go), and the
// addressees that look like them.
func TestGreetingMore(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"hey jean-luc, your pickup is ready at the counter", "compose.greeting"},
		{"hello jean-pierre, your pickup is ready at the counter", "compose.greeting"},
		{"good morning mary-kate, your refill is ready", "compose.greeting"},
		{"Kia ora Aroha Te Rangi, your order has shipped.", "compose.greeting"},
		{"Kia ora Hemi Te Awa, your parcel is on its way.", "compose.greeting"},
		{"Kia ora Aroha, your order has shipped.", "compose.greeting"},
		{"Tēnā koe Hemi, your parcel has shipped.", "compose.greeting"},
		{"Tēnā koutou, our store opens at 9 on Saturday.", ""},
		{"Kia ora, your order has shipped.", ""},
		{"Kia ora! Your order has shipped.", ""},
		{"Kia ora koutou, our store opens at 9 on Saturday.", ""},
		{"Kia ora whānau, the holiday schedule is attached.", ""},
		{"hey all-stars, practice moves to 6 PM.", ""},
		{"hi night-owls, late pickup is now open until 11.", ""},
		{"hey co-op members, the meeting is Monday.", ""},
		{"hey there, your pickup is ready at the counter", ""},
		// a spaced dash ends the greeting like a comma (helper REC34, dev34)
		{"hello jean-luc — your billing address was updated.", "compose.greeting"},
		{"hi jean-pierre – your new card is on the way.", "compose.greeting"},
		{"hello world — your website is live.", ""},
		{"hello self-starter — your course begins Monday.", ""},
		{"hey all-stars — practice moves to 6 PM.", ""},
	})
}
