package guard

import "testing"

// TestLoyaltyDate: loyalty-point, rewards and moving dates are the shop's
// calendar (loyaltydate.go); a person cue near the date or a year before
// 2010 keeps the date reported.
func TestLoyaltyDate(t *testing.T) {
	g := newTestGuard(t)
	for _, s := range []string{
		"You have 1,250 loyalty points - redeem them before Dec 31!",
		"You've earned 500 points! Redeem them by Nov 30.",
		"Your rewards expire 12/31/2027.",
		"Tiene 1.250 puntos. Canjéelos antes del 31 de diciembre.",
		"Nuestra tienda se muda al centro comercial el 1 de mayo.",
	} {
		fs, err := g.CheckText(s, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("%q: unexpected %v", s, fs)
		}
	}
	for _, s := range []string{
		"Rewards member since 03/14/1961.",
		"Redeem your points before your surgery on Jan 5.",
		"Su cita se traslada al 5 de mayo.",
		"You have 1,250 loyalty points. Your colonoscopy is on Dec 31.",
		"Puntos: 300. Fecha de nacimiento 14 de marzo de 1961.",
	} {
		fs, err := g.CheckText(s, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: want a finding", s)
		}
	}
}
