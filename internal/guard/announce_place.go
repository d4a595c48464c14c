package guard

// announce_place.go: a clinical word that names the sender's facility or a
// public event, in standard mode (helper PLACE, dev36/dev52/dev57p,
// 2026-12-05): "Our sleep center has expanded!", "Our new dialysis center
// on Elm St officially opens Tuesday", "The maternity ward's new birthing
// suites are complete — public open house Sunday", "Volunteer orientation
// for the cancer center gift shop is Jan 10", "Breast Cancer Awareness
// Month", "Únase a nuestra Caminata … el Mes de Concientización sobre el
// Cáncer de Mama", "La nueva unidad de oncología abre al público".
//
// placeNamed is one more sender-side frame of announce.go's
// dropAnnouncements, read per finding (not per sentence): it holds when
// the finding's words, all in one sentence,
//
//   - name a facility: a facility word (center, centre, lab, ward, unit,
//     suite, wing, clinic, institute; centro, unidad, clínica, sala) right
//     after them ("dialysis center", "maternity ward's") or, in Spanish,
//     before them through "de" and an article ("centro de diálisis",
//     "unidad de oncología"); the words before them must be the sender's or
//     nobody's (our, the, new, a, nuestro, el, la, nuevo, or the sentence's
//     start — not your, su, tu, his, a name) and the sentence must announce
//     the place (opens, expanded, tours, open house, ribbon cutting, gala,
//     volunteers, gift shop, thrift store, renovation, moving,
//     accreditation; abre, inaugura, recorridos, voluntarios, listón);
//   - or name a public event: a capitalised event word (Awareness, Month,
//     Walk, Day, Run, Gala, Survivors, Alert, Week) within two words after
//     them ("Breast Cancer Awareness Month", "Cancer Survivors Day"), or
//     "concientización sobre (el|la)" before them.
//
// The rest of announce.go is unchanged and does the reader's side: standard
// mode only, every finding clinical (a date, name or appointment finding
// keeps all), and no personal cue anywhere in the notice (your/su/tu with
// anything, a greeting, a name before a comma, result, scheduled, since
// the…, a health-defined group): "Your dialysis center opens Tuesday",
// "Since your stay in our NICU", "Your chemo at the new cancer center
// starts Monday", "Maria, the new cancer center opens Monday" stay
// reported. A care word of the reader beside the facility ("chemotherapy
// sessions move there") is its own finding with no frame of its own, and
// keeps the notice reported. It runs only inside dropAnnouncements, after
// the other frames failed, so a clean notice pays nothing; its words are a
// map behind a hashFilter (plFilter).

import "strings"

const (
	plFacility uint8 = 1 << iota // center, lab, ward, unit…
	plAnnounce                   // opens, expanded, tours, gala…
	plEvent                      // Awareness, Month, Walk, Day… (capitalised)
	plOwner                      // our, the, new, nuestro, el…
	plHours                      // close, reopen, hours… (placesite.go: placeNamed only)
)

var plWords = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	add := func(c uint8, ws string) {
		for _, w := range strings.Fields(ws) {
			m[hstr(w)] |= c
		}
	}
	add(plFacility, "center centers centre centres centers lab labs ward wards unit units suite suites "+
		"wing wings clinic clinics institute institutes thrift gift centro centros unidad unidades clinica clinicas sala salas "+
		"department departments departamento") // placesite.go
	add(plAnnounce, "opens opened opening expanded expansion expands tours tour house ribbon cutting "+
		"gala volunteer volunteers volunteering gift thrift renovation renovated moving accreditation "+
		"celebration inauguration caminata caminatas awareness concientizacion moved tickets benefiting fundraiser charity tournament "+
		"abre abren abrira inaugura inaugurara inauguracion recorridos recorrido voluntarios voluntarias liston ampliado ampliada")
	add(plEvent, "awareness month walk day run gala survivors alert week")
	add(plOwner, "our the new a an nuestro nuestra nuestros nuestras el la los las nuevo nueva nuevos nuevas")
	add(plHours, plHoursWords) // placesite.go
	return m
}()

var plFilter = newHashFilter(plWords)

func plClass(tk *token) uint8 {
	if !plFilter.may(tk.h) {
		return 0
	}
	return plWords[tk.h]
}

// placeNamed reports whether the finding at tokens fa..fb names the
// sender's facility or a public event (see the file comment).
func placeNamed(toks []token, fa, fb int, unit bool) bool {
	if fa < 0 || fb < fa || fb >= len(toks) {
		return false
	}
	lo, hi := sentenceSpan(toks, fa)
	if fb >= hi {
		return false
	}
	// a public event's name: "Breast Cancer Awareness Month"
	for k := fb + 1; k < hi && k <= fb+2; k++ {
		if plClass(&toks[k])&plEvent != 0 && toks[k].cls&tCap != 0 {
			return true
		}
	}
	// "Mes de Concientización sobre el Cáncer de Mama"
	for k := fa - 1; k >= lo && k >= fa-3; k-- {
		if toks[k].low == "concientizacion" && k+1 < fa && toks[k+1].low == "sobre" {
			return true
		}
	}
	facility := false
	if unit && fa > lo && plClass(&toks[fa-1])&plOwner != 0 {
		facility = true // "the NICU": a care unit named by the finding itself
	}
	if fa == fb-2 && toks[fa+1].low == "de" && plClass(&toks[fa])&plFacility != 0 && (fa == lo || plClass(&toks[fa-1])&plOwner != 0) {
		facility = true // "el nuevo centro de diálisis" as one finding
	}
	if plClass(&toks[fb])&plFacility != 0 || fb+1 < hi && plClass(&toks[fb+1])&plFacility != 0 {
		// "dialysis center": the words before are the sender's or nobody's
		if fa == lo || plClass(&toks[fa-1])&plOwner != 0 || placeSiteName(toks, fa, lo) { // "The Fenwick outpatient clinic" (placesite.go)
			facility = true
		}
	}
	// "centro de diálisis", "unidad de oncología"
	k := fa - 1
	if k > lo && (toks[k].low == "el" || toks[k].low == "la") {
		k--
	}
	if k > lo && toks[k].low == "de" && plClass(&toks[k-1])&plFacility != 0 {
		if j := k - 2; j < lo || plClass(&toks[j])&plOwner != 0 {
			facility = true
		}
	}
	if !facility {
		return false
	}
	for k := lo; k < hi; k++ {
		if plClass(&toks[k])&(plAnnounce|plHours) != 0 { // plHours: placesite.go
			return true
		}
	}
	return false
}

// placeSentence reports whether the sentence [lo, hi) of toks announces the
// sender's place or a public event (a word of plAnnounce: "Six new
// overnight suites opened this week", "Tours at 10 AM", "Ribbon cutting at
// 9 AM", "Recorridos a las 11 AM") or welcomes everyone ("Everyone
// welcome", "neighbors invited", "vecinos invitados"): one more kind of
// the sender's sentence for announceSentences (redteam.go).
func placeSentence(toks []token, lo, hi int) bool {
	// a rental shop's ad: "Need crutches for the weekend?", "Rent a
	// hospital bed for a week from CareLoan Rentals."
	if hi > lo && rentalShop(toks) && rentalSentence(toks, lo, hi) {
		return true
	}
	if placeHours(toks, lo, hi) { // "The Fenwick outpatient clinic will close early …" (placesite.go)
		return true
	}
	for k := lo; k < hi; k++ {
		if plClass(&toks[k])&plAnnounce != 0 {
			return true
		}
		switch toks[k].low {
		case "parking", "estacionamiento": // "Visitor parking is in Lot C."
			return true
		case "welcome", "invited", "invitados", "bienvenidos":
			if k > lo {
				switch toks[k-1].low {
				case "everyone", "all", "neighbors", "neighbours", "community", "public", "vecinos", "todos":
					return true
				}
			}
		}
	}
	return false
}

// placeDoors reports whether "sus" at k is the place's own doors after
// "abre": "El nuevo centro de diálisis abre sus puertas el martes" (the
// place opening, not the reader's); announcePersonal's exception
// (announce_offer.go's annNotPersonal).
func placeDoors(toks []token, k int) bool {
	if toks[k].low != "sus" || k == 0 || k+1 >= len(toks) || toks[k+1].low != "puertas" {
		return false
	}
	switch toks[k-1].low {
	case "abre", "abren", "abrira", "abriran", "abrio", "abrieron":
		return true
	}
	return false
}

// rentalAt reports whether token k is "Rental" or "Rentals" written
// capitalised after a capitalised word: a rental shop's name
// ("MedLift Rentals", "CareLoan Rentals").
func rentalAt(toks []token, k int) bool {
	l := toks[k].low
	return (l == "rentals" || l == "rental") && toks[k].cls&tCap != 0 && k > 0 && toks[k-1].cls&tCap != 0 && !toks[k].sent
}

// rentalShop reports whether the tokens name a rental shop (rentalAt).
func rentalShop(toks []token) bool {
	for k := range toks {
		if rentalAt(toks, k) {
			return true
		}
	}
	return false
}

// rentalSupply reports whether the supply at tokens fa..fb is offered by a
// rental shop the field names: its sentence opens with "Need" or "Rent"
// ("Need a wheelchair for the weekend? MedLift Rentals delivers same
// day.") or names the shop.
func rentalSupply(toks []token, fa, fb int) bool {
	if fa < 0 || !rentalShop(toks) {
		return false
	}
	lo, hi := sentenceSpan(toks, fa)
	if fb >= hi {
		return false
	}
	return rentalSentence(toks, lo, hi)
}

// rentalSentence: the sentence [lo, hi) opens with "Need" or "Rent" or
// names the rental shop.
func rentalSentence(toks []token, lo, hi int) bool {
	switch toks[lo].low {
	case "need", "rent", "renting":
		return true
	}
	for k := lo; k < hi; k++ {
		if rentalAt(toks, k) {
			return true
		}
	}
	return false
}

// placeYouPhrases are the reader's own volunteering, no care of theirs:
// "Your volunteer shift in the NICU family lounge is Saturday 9–12."
// (mayOffer lets them through the quick exit on "you"; volunteerYou
// through announcePersonal).
var placeYouPhrases = []string{"your volunteer shift", "your volunteer orientation", "your volunteer badge",
	"your volunteer training", "your volunteer hours", "your volunteer schedule"}

// volunteerYou reports whether the "your" at token k is one of
// placeYouPhrases.
func volunteerYou(toks []token, k int) bool {
	if toks[k].low != "your" || k+2 >= len(toks) || toks[k+1].low != "volunteer" {
		return false
	}
	switch toks[k+2].low {
	case "shift", "orientation", "badge", "training", "hours", "schedule":
		return true
	}
	return false
}

// breastMama reports whether "mama" at token k is the breast of "cáncer de
// mama" ("Mes de Concientización sobre el Cáncer de Mama"), not a mother
// (redteam.go's redPersonal).
func breastMama(toks []token, k int) bool {
	if toks[k].low != "mama" || k < 2 || toks[k-1].low != "de" {
		return false
	}
	switch toks[k-2].low {
	case "cancer", "tumor", "tumores":
		return true
	}
	return false
}
