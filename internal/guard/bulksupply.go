package guard

// bulksupply.go: medical equipment rented, quoted or donated in bulk to an
// organisation or an event (issue 15, helper RENT44, dev44/dev46r).
//
// A rental fleet writes to facilities and event organisers: "Order #CF-21003
// for the Riverfront Music Festival is confirmed: 8 folding wheelchairs and
// 4 cots, delivered to the festival first-aid tent", "facility order
// #CF-20441 confirmed — 12 standard hospital beds and 20 transport chairs
// for delivery to the loading dock", "weekly rates for standard hospital
// beds drop to $175 for orders of 10 or more", "Venues can reserve
// wheelchairs for guest use at stadium ceremonies", a quote line
// "Full-electric hospital bed ×10 $38/day", "12 camas hospitalarias y 20
// sillas de transporte, entrega en el muelle de carga". Such goods belong to
// no one's health. bulkSupply reports that the equipment term at i..j is
// such a good when all three hold:
//
//   - its head is a durable item a venue or facility stocks (wheelchair,
//     transport chair, hospital bed, cot, stretcher, walker, rollator,
//     crutches, shower chair, patient lift, sling, commode, mattress,
//     oxygen concentrator, silla de ruedas, cama …: bulkSupplyHeads), said
//     in the plural, or in the singular with a quantity "×10", "x12",
//     "qty 12" right after it;
//   - the notice names an organisation or event as the customer (facility,
//     venue, festival, marathon, aid station, dock, stadium, guests, fair,
//     quote, convention, shelter, hotel, warehouse, "orders of 10 or more",
//     instalación, muelle, evento, estadio, carpa …: bulkSupplyCustomer);
//   - nothing in the notice ties anything to the reader: no "you", "your",
//     "su", "usted" (except "your venue", "your event", "your facility" …:
//     bulkSupplyOrgAfterYour), no home ("home", "house", "apartment",
//     "casa", "domicilio"), no relative ("mother", "husband", "hijo" …), no
//     greeting ("hi", "dear", "hola"), no patient, surgery or recovery word
//     (bulkSupplyReader).
//
// Stays reported: "Your 2 wheelchairs will be delivered", "The hospital bed
// for your mother", "Home delivery of your oxygen concentrators", "Order …:
// 2 wheelchairs for your home, plus 4 cots for the festival", any singular
// item without a quantity, and supplies that tell a condition (syringes,
// catheters, ostomy bags, test strips, CPAP masks: not heads).
//
// Judgement calls: the cues are notice-wide, not per sentence (fail
// closed: one word about the reader anywhere keeps every item reported);
// "su" is read as "your" although it may be "its" or "their". Accepted
// risk: a bulk order for a named person's household with no home, family
// or "you" word ("12 wheelchairs for the Smith reunion") passes this rule;
// the name is reported by the name rules.

import "strings"

var (
	bulkSupplyHeads = wordSetTab("wheelchair wheelchairs chair chairs bed beds cot cots stretcher stretchers " +
		"walker walkers rollator rollators crutch crutches lift lifts sling slings commode commodes " +
		"mattress mattresses concentrator concentrators scooter scooters " +
		"silla sillas ruedas cama camas camilla camillas catre catres andadera andaderas andador andadores muletas")
	bulkSupplySingular = wordSetTab("wheelchair chair bed cot stretcher walker rollator crutch lift sling commode " +
		"mattress concentrator scooter silla cama camilla catre andadera andador")
	bulkSupplyCustomer = wordSetTab("facility facilities venue venues festival festivals marathon marathons " +
		"station stations dock docks stadium stadiums guest guests fair fairs event events quote quotes " +
		"organisers organizers organiser organizer attendee attendees conference convention arena arenas " +
		"tournament shelter shelters hotel hotels school schools campus warehouse fleet bulk wholesale " +
		"ceremony ceremonies tent booth properties sponsor medics crews " +
		"instalacion instalaciones muelle evento eventos estadio invitados carpa feria ferias albergue")
	bulkSupplyOrgAfterYour = wordSetTab("venue venues event events facility facilities guests attendees " +
		"organization organisation organizations organisations team staff crew crews site sites property " +
		"properties dock fleet account accounts business company")
	bulkSupplyYou    = wordSetTab("you your yours yourself su sus tu tus usted ustedes")
	bulkSupplyReader = wordSetTab("home homes house apartment residence casa domicilio hogar " +
		"mother mom mum father dad husband wife son daughter parent parents child children kid kids " +
		"grandma grandmother grandfather grandpa baby spouse family sister brother aunt uncle " +
		"madre padre mama papa esposo esposa hijo hija hijos familia abuela abuelo " +
		"hi hello dear hey hola estimado estimada querido querida " +
		"patient patients paciente pacientes surgery cirugia recovery discharge rehab injury fracture")
)

// bulkSupply reports whether the equipment term at i..j is goods for an
// organisation or an event, tied to no reader.
func (s *scanner) bulkSupply(i, j int) bool {
	n := len(s.toks)
	ok := false
	for k := i; k <= j; k++ {
		h := s.toks[k].h
		if !bulkSupplyHeads.get(h) {
			continue
		}
		if !bulkSupplySingular.get(h) {
			ok = true
			break
		}
	}
	if !ok && bulkSupplySingular.get(s.toks[j].h) {
		// "Full-electric hospital bed ×10", "Transport chair x25", "bed qty 12"
		for k := j + 1; k < n && k <= j+3; k++ { // "bed</td><td>×10": tag names may sit between
			t := &s.toks[k]
			if len(t.low) > 1 && t.low[0] == 'x' && t.low[1] >= '0' && t.low[1] <= '9' {
				ok = true
				break
			}
			if t.cls&tDigit != 0 && t.nd > 0 && (strings.Contains(s.gap(k), "×") || s.low(k-1) == "qty" || s.low(k-1) == "x") {
				ok = true
				break
			}
		}
	}
	if !ok {
		return false
	}
	customer := false
	for k := 0; k < n; k++ {
		h := s.toks[k].h
		if k >= i && k <= j { // "patient lifts"
			continue
		}
		if bulkSupplyReader.get(h) {
			return false
		}
		if bulkSupplyYou.get(h) {
			if k+1 >= n || !bulkSupplyOrgAfterYour.get(s.toks[k+1].h) {
				return false
			}
			continue
		}
		if bulkSupplyCustomer.get(h) {
			customer = true
		}
		// "orders of 10 or more"
		if s.toks[k].low == "more" && k >= 2 && s.toks[k-1].low == "or" && s.toks[k-2].cls&tDigit != 0 {
			customer = true
		}
	}
	return customer
}
