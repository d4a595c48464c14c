package guard

import "strings"

// servicedate.go: a date of a service rendered to the reader is no
// statement's or invoice's own date (issue 15, red team RED, dev53r).
//
// date() (words.go) allows a date near a billing cue of wDateAllowed
// (statement, invoice, billed, payment, factura, estado de cuenta…): "Your
// statement is ready; payment due by Dec 1" is the sender's deadline. The
// same cue stands beside the day the reader was served: "Statement for
// services on Nov 9 is ready", "Invoice for the Nov 9 ambulance
// transport", "Su estado de cuenta por servicios del 9 de noviembre",
// "Factura por el traslado del 3 de octubre", "Your statement: date of
// service Oct 3, 2025". serviceDate takes that allowance away from a date
// whose sentence holds a service word (services, servicios, traslado,
// ambulance, ambulancia, ride, rides; not a department's capitalised name after another
// capitalised word, "Patient Financial Services", nor a JSON key) or "date of
// service"/"fecha de servicio"/"fecha del servicio" (or the plural, "dates
// of service"/"fechas de servicio", in a sentence with a reader's word:
// fix helper r112, dev112; "Our new dates of service for the Westside
// branch start Jan 5" is the branch's), or "service" right
// after the date or "servicio del/de" right before it ("Payment of $40 for
// the Oct 3 service", "por el servicio del 3 de octubre"; dev53q; "fuera
// de servicio el sábado 6 de diciembre" and "Desde el 1 de abril, el
// servicio al cliente" are no such service), or a ride ("wheelchair van ride,
// Nov 9"). The other allowances
// (a JSON time key, a closure, the sender's sale…) are untouched: "20
// transport chairs for delivery … on Sept 2" is goods, and "transport" is
// no service word.
//
// Stays allowed: "Your statement is ready; payment due by Dec 1" (no service
// word), "Pay by Nov 1." after a sentence of service (its own sentence).
// senderDate (senderdate.go) asks the same question before it passes a
// date as the sender's ("Payment of $40 for the Oct 3 service was
// received": a payment sentence is a sender frame there; dev53q).
// It runs once per date found; a hashFilter (serviceDateBits) skips the
// sentence's other words.

var serviceDateWords = wordSetTab("services servicios traslado ambulance ambulancia ride rides")

// serviceDateBits: the keys of serviceDateWords and "service", "servicio",
// every word a branch of serviceDate starts from; its first test (speed
// helper SPD8).
var serviceDateBits = func() *hashFilter {
	f := tabsFilter(serviceDateWords)
	f.add(hstr("service"))
	f.add(hstr("servicio"))
	return f
}()

// serviceDate reports that the sentence of the date at token i names a
// service rendered.
func (s *scanner) serviceDate(i, j int) bool {
	a, b := s.sentence(i)
	for k := a; k <= b; k++ {
		if !serviceDateBits.may(s.toks[k].h) {
			continue // neither a service word nor "service"/"servicio"
		}
		if serviceDateWords.get(s.toks[k].h) && !(s.toks[k].cls&tCap != 0 && k > a && s.isCapWord(k-1)) && !strings.HasSuffix(s.gap(k), "\"") && !s.serviceDept(k) { // "Client services office" (closeddept.go)
			return true // not a department's name ("Patient Financial Services") nor a JSON key ("services": […])
		}
		if (s.toks[k].low == "service" || s.toks[k].low == "servicio") && (k == j+1 && s.gap(k) == " " || k == i-2 && (s.toks[i-1].low == "del" || s.toks[i-1].low == "de")) {
			return true // "for the Oct 3 service", "por el servicio del 3 de octubre" (dev53q)
		}
		if k >= a+2 && (s.toks[k].low == "service" || s.toks[k].low == "servicio") {
			p := s.toks[k-1].low
			if d := s.toks[k-2].low; (p == "of" || p == "de" || p == "del") && (d == "date" || d == "fecha") {
				return true
			}
			if d := s.toks[k-2].low; (p == "of" || p == "de") && (d == "dates" || d == "fechas") && s.sdReaderIn(a, b) {
				return true // the plural, with the reader: "Your records covering dates of service 06/02/2025 through 09/18/2025" (fix helper r112, dev112)
			}
		}
	}
	return false
}

// sdReaderIn: tokens a..b hold a reader's word (your, you, tu, su…:
// recipientWords).
func (s *scanner) sdReaderIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if recipientWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
