package guard

// carrierhub.go: the city and state of a carrier's hub or a shop's
// facility in a shipping sentence (issue 15, seventh pass, helper BIZ:
// dev34 "Your order arrived at the carrier hub in Louisville, KY", "Your
// package departed our Memphis, TN facility and is in transit").
//
// Where a parcel is on its way is logistics, not the reader's address. A
// "City, ST" without a ZIP passes (cityState, words.go) when a facility
// word names the place: right after it ("our Memphis, TN facility") or
// before it with "in" or "en" between ("the carrier hub in Louisville,
// KY", "sort center in Indianapolis, IN"), at most two words away
// ("distribution center in …"). A ZIP after the state, or an address,
// home or "to" word (not "to you") in the sentence ("your address in Louisville, KY",
// "ship to …", "your home in …", "tu dirección en …") keeps it reported:
// fail closed. The sentence must speak of goods in transit (order,
// package, parcel, shipment, carrier, tracking, pedido, paquete, envío…)
// and name no care (nursing, treatment, rehab, hospital, clinic, lab,
// sample…: "Dad is now at the nursing facility in Reno, NV" is where a
// person is, and stays reported). Runs only when cityState has matched, so it needs no bit
// filter.

var (
	// carrierFacility: the place a parcel passes through
	carrierFacility = wordSetTab("hub hubs facility facilities depot terminal warehouse center centre centro " +
		"station gateway sortation almacen bodega")
	// carrierGoods: what travels; one must be in the sentence
	carrierGoods = wordSetTab("order orders package packages parcel parcels shipment shipments carrier transit tracking " +
		"delivery pedido pedidos paquete paquetes envio envios encomienda")
	// carrierCare: a facility of care is where a person is, not a parcel
	carrierCare = wordSetTab("care nursing treatment rehab rehabilitation hospital hospitals clinic medical lab laboratory " +
		"dialysis hospice infusion surgical surgery behavioral psychiatric detox recovery sample samples specimen " +
		"specimens clinica tratamiento laboratorio muestra muestras")
	// carrierNotTransit: words that make a place the reader's
	carrierNotTransit = wordSetTab("address addresses home house residence apartment apt lives live living resides mailing " +
		"to direccion domicilio casa vive reside hogar " +
		// helper RED (dev40r, redcuts.go): the reader's own place
		"near nearest closest miles mile km hometown moved move neighborhood neighbourhood vives viven cerca barrio")
)

// carrierHub reports whether the city and state at tokens a..b (no ZIP)
// name a carrier's or the sender's facility in a transit sentence.
func (s *scanner) carrierHub(a, b int) bool {
	n := len(s.toks)
	named := false
	if b+1 < n && !s.toks[b+1].sent && carrierFacility.get(s.toks[b+1].h) {
		named = true // "our Memphis, TN facility"
	}
	if !named && a >= 2 {
		if p := s.low(a - 1); p == "in" || p == "en" {
			for k := a - 2; k >= 0 && k >= a-4; k-- {
				if s.toks[k+1].sent {
					break
				}
				if carrierFacility.get(s.toks[k].h) {
					named = true
					break
				}
			}
		}
	}
	if !named {
		return false
	}
	// the whole sentence: no word of the reader's place
	lo := a
	for lo > 0 && !s.toks[lo].sent {
		lo--
	}
	goods := false
	for k := lo; k < n; k++ {
		if k > b && s.toks[k].sent {
			break
		}
		goods = goods || carrierGoods.get(s.toks[k].h)
		if carrierCare.get(s.toks[k].h) {
			return false // "the nursing facility in Reno, NV"
		}
		if carrierNotTransit.get(s.toks[k].h) && !(s.low(k) == "to" && k+1 < n && s.low(k+1) == "you") {
			return false // "on its way to you" is not a place
		}
	}
	if !goods {
		return false
	}
	for k := a; k <= b; k++ {
		s.used[k] = true
	}
	return true
}
