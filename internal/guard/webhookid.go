package guard

import "strings"

// webhookid.go: a webhook's typed object ids, its location slug and its
// delivery timestamps (issue 15, sixteenth pass, helper misc16,
// dev88/dev91m, 2026-12-05).
//
// dev88 blocked webhook payloads for the platform's own references:
// {"event":"payment.succeeded","payment_id":"pi_3Nx7w2Ka",…} and
// {"event":"appointment.reminder_sent","appointment_id":"apt_7Qx2LmZ9",…}
// (identifier.alnum: eventid.go passes only evt_/req_), "location":
// "lancaster" (frame.unknown: jsontenant.go reads tenant and site keys,
// not location) and "sent_at":"2026-03-09T16:00:04Z" in an appointment
// event (date.person: the event's "appointment" is a person cue within
// reach, and jsontime.go's system-time key only allows a date no cue ties).
//
//   - webhookTypedID: the alphanumeric token follows a lower-case type
//     prefix of two to five letters and "_", the prefix opening the quoted
//     value ("…":"pi_…"), the prefix abbreviating the value's key (its
//     letters appear in order in the key, the first letters equal:
//     pi/payment_id, apt/appointment_id, ord/order_id, shp/shipment_id),
//     and webhookRef (webhookref.go) passes the token: a webhook, a key
//     with no record word of the reader (member, patient, mrn, rx, dob…),
//     no person's prefix. The key may not name a person either (customer,
//     client, user, person, guest, contact, cliente, usuario). The id is
//     the object the key names, typed by the platform.
//   - jsonSiteTown: a word of a webhook's whole string value under a key
//     naming the sender's site (location, store, pickup_location,
//     ubicacion, tienda, local; with _id, _slug or _name) that spells a
//     town of the gazetteer (towns.go), words joined by "-" or "_"
//     ("lancaster", "san-marcos"): the branch's slug; frame.unknown does
//     not read it.
//   - jsonStampKey: the date is a system-time JSON value (jsonTimeKey)
//     whose own key holds a word of a message's or record's life (sent,
//     delivered, created, updated, modified, received, queued, processed,
//     generated, timestamp, ts, enviado, creado, actualizado, entregado,
//     recibido): the date is when the platform acted, whatever the payload
//     is about, so a person cue elsewhere in it does not tie the date.
//
// Stays reported: {"member_id":"mbr_3Nx7w2Ka"}, {"id":"cus_8F2kQ91Z"}
// (the prefix is not the key's), {"rx_id":"rx_…"}, "location":
// "pimavanserin" (no town), "patient_name", "dob", and the appointment's
// own time: "scheduled_at", "appointment_at", "visit_at" (scheduled is no
// word of a record's life; appointment and visit are person words).
// Accepted risk: a town under a location key may be where the reader is;
// a town alone is no finding anywhere else either.

var (
	// keys naming a person, whose typed id is the person's
	whPersonKey = []string{"customer", "client", "user", "person", "guest", "contact", "cliente", "usuario", "cust"}
	// keys naming the sender's site
	whSiteKeys = wordSetTab("location store pickup_location ubicacion tienda local")
	// words of a message's or record's life in a timestamp's key
	whStampWords = wordSetTab("sent delivered created updated modified received queued processed generated timestamp ts " +
		"enviado creado actualizado entregado recibido " +
		// date19 (dev103): "fecha_envio", "fecha_creacion"
		"envio creacion actualizacion recepcion")
)

// webhookTypedID: token i is a typed id under the key its prefix
// abbreviates (see the file comment).
func (s *scanner) webhookTypedID(i int) bool {
	if i < 1 || s.gap(i) != "_" || !strings.HasSuffix(strings.ReplaceAll(s.gap(i-1), " ", ""), `":"`) {
		return false
	}
	p := s.toks[i-1].low
	if len(p) < 2 || len(p) > 5 || s.toks[i-1].cls&(tDigit|tCap|tUpper) != 0 {
		return false
	}
	key, _, ok := s.jsonValueKey(int(s.toks[i-1].s))
	if !ok || key == "" || key[0] != p[0] {
		return false
	}
	for _, w := range whPersonKey {
		if strings.Contains(key, w) {
			return false
		}
	}
	k := 0
	for j := 0; j < len(p); j++ {
		for k < len(key) && key[k] != p[j] {
			k++
		}
		if k == len(key) {
			return false
		}
		k++
	}
	return s.webhookRef(i-1) && s.webhookRef(i)
}

// jsonSiteTown: token i is a word of a town's slug under a site key of a
// webhook (see the file comment).
func (s *scanner) jsonSiteTown(i int) bool {
	if !s.jsonWebhook() {
		return false
	}
	a, e, ok := s.jsonSlugValue(i) // jsontenant.go
	if !ok {
		return false
	}
	key, _, ok := s.jsonValueKey(int(s.toks[a].s))
	if !ok {
		return false
	}
	for _, suf := range [...]string{"_id", "_slug", "_name"} {
		key = strings.TrimSuffix(key, suf)
	}
	if !whSiteKeys.get(hstr(key)) {
		return false
	}
	h := uint64(fnvOffset)
	for k := a; k <= e; k++ {
		if s.toks[k].cls&tDigit != 0 {
			return false
		}
		if k > a {
			h = hashBytes(h, " ")
		}
		h = hashBytes(h, s.toks[k].low)
	}
	return s.g.gen.town(h)
}

// jsonStampKey: the date at token i is a system time whose key tells of
// a message's or record's life (see the file comment).
func (s *scanner) jsonStampKey(i int) bool {
	if !s.jsonTimeKey(i) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if whStampWords.get(s.toks[k].h) {
			return true
		}
		if strings.HasSuffix(s.gap(k), `"`) {
			return false
		}
	}
	return false
}

// whPersonPrefixes: type prefixes of a person's id on payment and
// messaging platforms (a customer, a user, a member, a patient, a guest)
var whPersonPrefixes = wordSetTab("cus cust usr user mbr mem pat pt per gst cli")

// webhookPersonTyped: token i is a typed id whose prefix names a person
// ("id":"cus_8F2kQ91Z"), in a webhook: it is reported even beside an
// order or account word that would allow a number (wAllowNum): the
// payload carries the person's id at the platform.
func (s *scanner) webhookPersonTyped(i int) bool {
	if i < 1 || s.gap(i) != "_" || !whPersonPrefixes.get(s.toks[i-1].h) || !strings.HasSuffix(strings.ReplaceAll(s.gap(i-1), " ", ""), `":"`) {
		return false
	}
	return s.jsonWebhook()
}
