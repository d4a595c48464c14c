package guard

import (
	"strings"
	"testing"
)

// TestOrdinaryTypoWide: frame.unknown takes no typo of an ordinary English
// or Spanish word (ordtypo.go); misspelled drugs and conditions stay
// reported, also one letter from an ordinary word.
func TestOrdinaryTypoWide(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your strawbery jam order has shipped.",
		"Your resturant reservation is confirmed for Friday.",
		"Your umbrela order shipped.",
		"Your garantee certificate is attached.",
		"Your lasagnia order is ready for pickup.",
		"Your embroidary kit is on its way.",
		"Your sweter order has shipped.",
		"Your invoise is attached.",
		"Your guitarr strings have shipped.",
		"Gracias por su conpra.",
		"Su suscribcion se renueva el lunes.",
		"Su contrasenia fue cambiada.",
		"Su devolusion fue procesada.",
		"Su mochilla fue enviada.",
	)
	checkFlagged(t, g, true,
		"Your insolin order has shipped.",
		"Your metforman refill is ready.",
		"Your lisinipril order is ready for pickup.",
		"Your omeprazol order has shipped.",
		"Su insulna fue enviada.",
		"Su omeprasol fue enviado.",
		"Information about cataplexie is in your portal.",
		// a letter changed at the end, a vowel added at the end: brands
		"Price update for lyrica in your cart.",
	)
	// brands one letter from an ordinary word, held out of the lists
	brands := map[string]bool{"abilify": true, "lyrica": true, "clarinex": true, "enablex": true, "ambien": true}
	gw := guardWithout(t, func(file, term string) bool { return brands[strings.ToLower(term)] })
	checkFlagged(t, gw, true,
		"Your abilify has shipped.", "Your lyrica has shipped.", "Your clarinex has shipped.",
		"Your enablex has shipped.", "Your ambien has shipped.")
	s := scanOf(t, g, "strawbery invoise lasagnia guitarr insolin lyrica halsted cataplexie")
	for i, want := range []bool{true, true, true, true, false, false, false, false} {
		low := s.toks[i].low
		if got := s.typoOfOrdinary(low) && s.ordinaryTypoWide(low); got != want {
			t.Errorf("ordinaryTypoWide(%q) = %v, want %v", low, got, want)
		}
	}
}
