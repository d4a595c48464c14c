package guard

// loyaltydate.go: dates of a shop's loyalty points and rewards, and of the
// sender's place moving (issue 15, night session: dev28). "You have 1,250
// loyalty points - redeem them before Dec 31!", "Tiene 1.250 puntos.
// Canjéelos antes del 31 de diciembre.", "Nuestra clínica se muda … el 1 de
// mayo": the date is the shop's calendar, like one after "sale" or
// "expires" (vocab/context_words.txt [date_allowed]). loyaltyDate makes it
// a business date when:
//
//   - date() found no person cue near it (visit, appointment, surgery,
//     cita…: those still win, so "Redeem your points before your surgery
//     on Jan 5" and "Su cita se traslada al 5 de mayo" stay reported);
//   - a loyalty word (redeem, redemption, points, loyalty, reward(s);
//     canjear, canjee, canjéelos, puntos, recompensas) or a Spanish verb of
//     a place moving (se muda, se traslada, mudará, trasladará) is in the
//     date's sentence, at most eight words before it or three after;
//   - its year, if written, is 2010 or later: a loyalty date is an expiry
//     to come, and "Rewards member since 03/14/1961" reads as a birth date.

var loyaltyWords = wordSetTab("redeem redeemed redemption points loyalty reward rewards canjear canjea canjee canjeelos " +
	"canjealos puntos recompensas muda mudara mudamos traslada trasladara trasladamos")

// loyaltyFirstYear: a loyalty or moving date of an earlier year is no
// shop's calendar.
const loyaltyFirstYear = 2010

// loyaltyDate: the date at tokens i..j (year y, 0 when not written) is a
// loyalty or moving date.
func (s *scanner) loyaltyDate(i, j, y int) bool {
	if y > 0 && y < loyaltyFirstYear {
		return false
	}
	lo, hi := s.sentSpan(i)
	if i-8 > lo {
		lo = i - 8
	}
	if j+4 < hi {
		hi = j + 4
	}
	// a care event in the date's sentence makes it the recipient's ("300
	// points for the COVID booster given on 11/02/2026": red team round 4)
	slo, shi := s.sentSpan(i)
	for m := slo; m < shi; m++ {
		if h := s.toks[m].h; loyaltyBits.may(h) && loyaltyCareEvent.get(h) { // loyaltyBits: one bit test for most words
			return false
		}
	}
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		if h := s.toks[m].h; loyaltyBits.may(h) && loyaltyWords.get(h) {
			return true
		}
	}
	return false
}

// loyaltyBits filters loyaltyCareEvent and loyaltyWords (loyaltyDate
// reads every word of a date's sentence).
var loyaltyBits = tabsFilter(loyaltyCareEvent, loyaltyWords)

// loyaltyCareEvent: words of a care event (a shot given, a dose, a refill)
// that make a date beside reward points the recipient's.
var loyaltyCareEvent = wordSetTab("shot shots booster boosters vaccine vaccines vaccination vaccinations immunization " +
	"immunizations given administered dose doses refill refilled vacuna vacunacion dosis")
