package guard

import "strings"

// A price change's date (helper PORTAL, dev39: "Heads up: monthly parking
// permits go to $45/month on Jan 1.").
//
// businessDate (bizdate.go) reads the dates of a business calendar; a
// price list's change date is one more. priceChangeDate makes the date at
// i allowed when its sentence holds a dollar amount ("$45"), a change
// verb (go, goes, rise, rises, increase, increases, change, changes,
// drop, drops, becomes, will be… with "to" after it, or "rise/increase/
// drop" alone), a priced thing of a fixed list (parking, permit, permits,
// rate, rates, price, prices, fee, fees, meal, meals, cafeteria, garage,
// valet, pass, passes, membership dues, tarifa, precio…), and no care
// word (opsCareEvents: visit, copay is no price noun here, therapy…); no
// word of the notice addresses the reader (checked by businessDate).
// "Your copay goes to $45 on Jan 1 for your physical therapy visits"
// stays reported.
var (
	priceChangeVerbs  = wordSetTab("go goes going rise rises rising increase increases increasing change changes changing drop drops dropping become becomes move moves adjust adjusts sube suben cambia cambian aumenta aumentan")
	priceChangeThings = wordSetTab("parking permit permits rate rates price prices fee fees meal meals cafeteria garage valet " +
		"pass passes dues locker lockers estacionamiento tarifa tarifas precio precios")
)

// priceChangeDate: the date at token i is a listed price's change date.
func (s *scanner) priceChangeDate(i, lo, hi int) bool {
	verb, thing, dollar := false, false, false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if opsCareEvents.get(h) || loyaltyCareEvent.get(h) {
			return false
		}
		verb = verb || priceChangeVerbs.get(h)
		thing = thing || priceChangeThings.get(h)
		if s.toks[m].cls&tDigit != 0 && strings.HasSuffix(s.gap(m), "$") {
			dollar = true
		}
	}
	return verb && thing && dollar && i > lo
}
