package guard

import "testing"

// TestZodiac: a capitalised sign of the zodiac and its date range in a
// zodiac sentence pass; the disease, a care word or a person's date stays
// reported (zodiac.go).
func TestZodiac(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Scorpio season candle (October 23 – November 21 zodiac collection) is back!", Standard, false},
		{"Cancer season mug (June 21 – July 22 zodiac collection) just restocked.", Standard, false},
		{"Your cancer screening is June 21.", Standard, true},
		{"Your cancer season: chemo starts June 21.", Standard, true},
		{"Cancer season candle (June 21 – July 22 zodiac collection) is back!", Standard, false},
		{"Cancer season candle for your chemo week is back.", Standard, true},
		{"Your Cancer screening (June 21) is booked.", Standard, true},
		{"Cancer: your results from June 21 are in the portal.", Standard, true},
		{"Su horóscopo de Cáncer para hoy ya está disponible.", Standard, false},
		{"Su cáncer de mama: su cita es el 21 de junio.", Standard, true},
		{"Cancer support group meets June 21 – July 22.", Standard, true},
		{"Leo season tote bag (July 23 – August 22 zodiac collection) is back!", Standard, false},
	})
}
