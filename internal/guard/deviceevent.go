package guard

import "strings"

// deviceevent.go — a health event of the reader reported by a monitoring
// device (issue 15, thirteenth pass, helper RECALL13, probe set dev77r from
// the seed "LifeBeacon Medical Alert: Your fall-detection pendant
// registered a fall at 3:12 AM. Responders were dispatched."): rule
// compose.device_event, kind condition.
//
// A fall, an irregular rhythm, a missed dose, low oxygen or a glucose
// alarm is told in everyday words ("fall", "dose", "rhythm", "caída"), so
// no list can hold it; the event is told by the slot. From an event word
// (deviceEventFirst) it reports when the sentence (or the one before, for
// the device and the reader) holds
//
//   - a reader's word (recipientWords, text-speak "ur", "u") or a
//     monitoring device (pendant, wristband, bracelet, watch, monitor,
//     sensor, device, dispenser, pillbox, patch, oximeter, CGM, button;
//     colgante, pulsera, reloj, dispositivo, dispensador, pastillero,
//     parche, oxímetro, botón), and
//   - the event's own evidence: for a fall (fall, falls, caída, caídas — not
//     before detection, detector, prevention, protection, risk, sale,
//     season, nor "caída del sistema/servicio/sitio/precio…") a detecting
//     verb (detected, registered, recorded, reported, flagged, sensed,
//     triggered, suspected, logged, detectó, registró, reportó, indica…) or
//     an alert word (alert, alarm, alerta, alarma); for a rhythm or
//     heartbeat (rhythm, heartbeat, ritmo, latido) "irregular" or
//     "abnormal" within two words and a detecting verb or alert word; for a
//     dose (dose, doses, dosis) a missed word (missed, skipped, omitted,
//     late, omitida, olvidada, perdida) or "not taken" / "no tomó"; for
//     oxygen (oxygen, SpO2, oxígeno, saturación) a low word (low, drop,
//     dropped, below, bajo, baja, cayó); for glucose or sugar (glucose,
//     sugar, glucosa, azúcar) a low or high word and a detecting verb or
//     alert word.
//
// A fall is an event only as a noun: the next word is a verb, a
// preposition, a time word, a number or punctuation (deviceFallNext), or
// an adjective of an event comes before ("a hard fall": deviceFallAdj) —
// "registered for the fall walking challenge" passes.
//
// Passes: "Fall sale: 30% off all pendant lights" (no detecting verb),
// "Leaves fall, prices fall", "Caída del sistema: nuestro sitio estará
// fuera de servicio", "Your thermostat detected a fall in temperature" (a
// measurement word in the sentence: temperature, price, pressure…),
// "Your motion sensor detected movement" (no event word).
//
// Cost: runs from scanReaderSlots (readerslots.go) at its first words
// only; a few sentence walks, no allocation.

var (
	deviceFall       = wordSetTab("fall falls caida caidas")
	deviceRhythm     = wordSetTab("rhythm rhythms heartbeat heartbeats ritmo latido latidos")
	deviceDose       = wordSetTab("dose doses dosis")
	deviceOxygen     = wordSetTab("oxygen spo2 oxigeno saturacion")
	deviceGlucose    = wordSetTab("glucose sugar glucosa azucar")
	deviceEventFirst = tabsUnion(deviceFall, deviceRhythm, deviceDose, deviceOxygen, deviceGlucose)

	deviceWords = wordSetTab("pendant pendants wristband bracelet watch monitor monitors sensor sensors device devices dispenser dispensers pillbox patch " +
		"oximeter cgm tracker button necklace colgante pulsera reloj dispositivo dispositivos dispensador pastillero parche oximetro boton monitoreo sensores")
	deviceDetect = wordSetTab("detected detect detects detection registered recorded reported reports flagged sensed triggered suspected logged noted shows showed indicates " +
		"alert alerts alarm alarms alerta alertas alarma alarmas detecto detectamos registro registramos reporto indica marco sospecha")
	deviceFallNot = wordSetTab("detection detector detectors detect prevention protection risk risks sale sales season semester term collection colors color clearance " +
		"festival fashion class classes menu lineup decor")
	deviceFallDe   = wordSetTab("sistema servicio sitio red precio precios ventas bolsa mercado cabello pelo pagina app servidor")
	deviceFallVeto = wordSetTab("temperature temperatures price prices pressure humidity rate rates sales stock stocks market revenue leaves temperatura precios presion humedad")
	deviceIrreg    = wordSetTab("irregular irregulares abnormal anormal")
	deviceMissed   = wordSetTab("missed skipped omitted late untaken omitida omitidas olvidada olvidadas perdida perdidas")
	deviceTaken    = wordSetTab("taken tomo tomada tomado")
	deviceNot      = wordSetTab("not no never nunca")
	deviceLow      = wordSetTab("low drop dropped dropping below bajo baja bajos bajas cayo")
	deviceHighLow  = wordSetTab("low high urgent bajo baja alto alta urgente")
	hDel           = hstr("del")
	// deviceFallNext: the words a fall as an event (a noun) goes on with;
	// any other word makes "fall" an adjective ("the fall walking challenge")
	deviceFallNext = wordSetTab("was is has had been detected registered recorded reported logged suspected alert alarm alerts at in on from near while during " +
		"today tonight overnight this last earlier en a fue ha se detectada registrada hoy anoche esta durante cerca mientras fuerte grave severa leve")
	// deviceFallAdj: adjectives only a fall as an event takes ("a hard fall")
	deviceFallAdj  = wordSetTab("hard serious possible suspected sudden bad severe major minor probable posible")
	hBlood         = hstr("blood")
	deviceOxyVeto  = wordSetTab("aquarium aquariums fish pond ponds tank tanks plants soil pool pools spa chlorine water acuario pecera estanque plantas piscina cloro agua")
	deviceDoseVeto = wordSetTab("detergent soap fertilizer chlorine feed food treat treats coffee caffeine fragrance cleaner news detergente jabon abono cafe")
)

// deviceEventAt: token i is one of deviceEventFirst.
func (s *scanner) deviceEventAt(i int) {
	n := len(s.toks)
	h := s.toks[i].h
	if !s.readerNear(i) && !s.deviceNear(i) {
		return
	}
	ok := false
	switch {
	case deviceFall.get(h):
		if i+1 < n && !s.toks[i+1].sent {
			nh := s.toks[i+1].h
			if deviceFallNot.get(nh) || s.gap(i+1) == "-" {
				return
			}
			if (nh == hDel || nh == hDe) && i+2 < n && deviceFallDe.get(s.toks[i+2].h) {
				return
			}
			if !deviceFallNext.get(nh) && !(i > 0 && deviceFallAdj.get(s.toks[i-1].h)) && s.toks[i+1].nd == 0 && !strings.ContainsAny(s.gap(i+1), ".,;:!?()") {
				return // "the fall walking challenge"
			}
		}
		ok = s.wholeSentenceHas(i, &deviceDetect) && !s.wholeSentenceHas(i, &deviceFallVeto)
	case deviceRhythm.get(h):
		near := false
		for k := i - 2; k <= i+2 && k < n; k++ {
			if k >= 0 && deviceIrreg.get(s.toks[k].h) {
				near = true
			}
		}
		ok = near && s.wholeSentenceHas(i, &deviceDetect)
	case deviceDose.get(h):
		ok = (s.wholeSentenceHas(i, &deviceMissed) || s.deviceNotTaken(i)) && !s.wholeSentenceHas(i, &deviceDoseVeto)
	case deviceOxygen.get(h):
		ok = s.wholeSentenceHas(i, &deviceLow) && !s.wholeSentenceHas(i, &deviceOxyVeto)
	case deviceGlucose.get(h):
		// a device or "blood sugar": "Your cake order: sugar levels are high, alert the baker" passes
		ok = s.wholeSentenceHas(i, &deviceHighLow) && s.wholeSentenceHas(i, &deviceDetect) && (s.deviceNear(i) || i > 0 && s.toks[i-1].h == hBlood)
	}
	if ok {
		s.addTok(i, i, KindCondition, "compose.device_event", 0.7, "names a health event of the reader reported by a device")
	}
}

// deviceNear: a monitoring device word in the sentence of token i or the
// one before it.
func (s *scanner) deviceNear(i int) bool {
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k < hi; k++ {
		if deviceWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// deviceNotTaken: "not taken", "no tomó" in the sentence of token i (the
// negation at most two words before the participle).
func (s *scanner) deviceNotTaken(i int) bool {
	lo, hi := s.sentSpan(i)
	for k := lo; k < hi; k++ {
		if !deviceTaken.get(s.toks[k].h) {
			continue
		}
		for j := k - 2; j < k; j++ {
			if j >= lo && deviceNot.get(s.toks[j].h) {
				return true
			}
		}
	}
	return false
}
