package guard

import "testing"

// TestThanksMore: a lower-case given name after "thanks so much", "many
// thanks", "mil gracias"… (thanksmore.go).
func TestThanksMore(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"thanks so much, harold — your gala table is confirmed and we can't wait to see you.",
		"thanks so much, margaret — your table at the spring luncheon is confirmed.",
		"thank you so much, deshawn! your tribute gift was received.",
		"thanks again, oluwaseun — see you at the gala on Saturday.",
		"thanks a lot, emily!",
		"mil gracias, fernanda, nos vemos en la gala del sábado.",
		"gracias de nuevo, carmen — su mesa está confirmada.",
	)
	checkFlagged(t, g, false,
		"thanks so much, everyone — the gala was a record night for the foundation.",
		"thanks so much, friends! our spring luncheon sold out.",
		"muchas gracias, amigos, por su apoyo en la gala.",
		"many thanks, team!",
		"thanks a lot — see you soon.",
	)
}
