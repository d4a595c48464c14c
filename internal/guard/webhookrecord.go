package guard

import "strings"

// webhookrecord.go: the sending system's own record ids and scheduling
// timestamps in a webhook payload (issue 15, nineteenth pass, fix helper
// hook19b, dev104w, 2026-12-06).
//
// A webhook is JSON the tenant's own systems receive. dev104 blocked clean
// payloads for the system's own references: {"appt_id":"CB-220913"},
// {"thread_id":"T-44102"}, {"subscription_id":"SUB-11820"} were
// id.identifier ("id" is an identifier cue; systemkey.go lists survey,
// ticket, message… but not an appointment, thread or subscription, and
// webhookid.go reads lower-case typed ids only), and the appointment
// event's "start":"2026-12-15T08:40" was date.person (the event's
// "appointment" is a person cue within reach).
//
// dropWebhookRecord runs after every pass, on a field that is a webhook
// (a JSON object with an event or type key, jsonWebhook), and only when
// the payload says nothing about a person or care:
//
//   - every finding of the field is id.identifier or date.person (any
//     other finding, a name, a clinical term, a health-plan or record
//     number, keeps them all);
//   - no key of the payload holds a person's or care's word (whrVetoKey:
//     patient, paciente, member, mrn, nhc, ssn, dob, birth, nacimiento,
//     name, nombre, user, customer, client, volunteer, provider, doctor,
//     diagnosis, procedure, drug, reason, department, especialidad, visit,
//     service, exam, evaluation…: dev95's {"visit_type":"Memory
//     evaluation - cognitive testing"}, which no clinical list reads);
//   - no string value is free text of three words or more (it may tell
//     of care in words no list reads), nor a person's number (a value
//     opening with MRN, PT, PAT, MBR… and a digit, "-" or "_");
//   - no token of the payload opens a clinical term (a one-word clinical
//     phrase of the vocabulary, or a care department's word, whrCareWord).
//
// It then drops, unless the finding is tied to the reader (readertied.go):
//
//   - an id.identifier lying in the string value of a key whose words are
//     one system record (whrRecordHead: appointment, appt, cita,
//     booking, reserva, thread, message, conversation, subscription,
//     suscripcion, order, pedido, shift, turno, reminder, recordatorio,
//     ticket…) and id words only (id, ref, uid, key), the whole value an
//     opaque record id: one to four letters, an optional "-" or "_", then
//     three to twelve digits ("CB-220913", "T-44102", "SUB-11820"), and
//     no person's number prefix (MRN, PT, PAT, MBR…: shopPersonalPrefixes);
//   - a date.person lying in the string value of a scheduling key (all its
//     words in whrSchedWord: start, end, at, on, slot, time, inicio, fin,
//     next, ship, send, eta, resume, window…), the whole value an ISO date
//     or timestamp ("2026-12-15T08:40") of 2020 or later.
//
// Stays reported: patient_id, paciente_id, member_id, mrn, nhc, ssn (a
// person's record, whatever the value's shape), volunteer_id and
// user/customer keys (a person the system knows: fail closed, though a
// volunteer may be the sender's), "dob", "birth_date",
// "fecha_nacimiento" and any date before 2020, "appointment_at" and
// "visit_date" (jsonVisitKeyWords are no scheduling words), every id and
// date of a payload that also names a person or a clinical term or
// department anywhere, and the same ids in prose.
//
// Accepted risk: a payload that is only an appointment id and its start
// time tells the tenant's own system that somebody has an appointment; the
// tenant's system already holds who. Cost: gated on findings and a JSON
// object with an event key; one walk of the field's keys.

var (
	// whrRecordHead: a key word naming a record of the sending system
	whrRecordHead = wordSetTab("appointment appointments appt appts apt cita citas booking bookings reserva reservation " +
		"thread threads message messages msg conversation conversations chat conversacion hilo mensaje " +
		"subscription subscriptions sub suscripcion subscripcion order orders pedido orden shift shifts turno " +
		"reminder reminders recordatorio ticket tickets job slot notification notificacion " +
		// r107, dev107: a billing document's key ("factura":"B-0003-00018821")
		"factura facturas invoice invoices recibo comprobante folio remito")
	// whrIDWord: the other words such a key may hold
	whrIDWord = wordSetTab("id uid ref key")
	// whrSchedWord: the words of a scheduling key
	whrSchedWord = wordSetTab("start starts started end ends at on time datetime slot begin begins inicio fin hora " +
		"next ship shipping send resume resumes eta window local utc until from to proximo envio " +
		// r107, dev107: a bare date key beside the record's own ("cita":"CT-55190","fecha":…)
		"fecha date")
	// whrVetoKey: a key word naming a person, a person's record or care
	whrVetoKey = wordSetTab("pt pat pac mbr mem patient patients paciente pacientes member members miembro afiliado mrn nhc ssn sin nss dob birth birthday " +
		"birthdate nacimiento born name names nombre nombres apellido apellidos first last full given family surname " +
		"user username usuario customer client cliente person persona guest contact volunteer voluntario subscriber insured " +
		"beneficiary record chart diagnosis dx procedure procedimiento condition diagnostico drug medication medicamento rx " +
		"prescription receta reason motivo department departamento especialidad specialty speciality provider doctor " +
		"physician medico clinician therapist dentist nurse enfermera with con phone email address direccion telefono " +
		"claim policy plan insurance seguro test result results resultado lab care treatment tratamiento " +
		// dev95: {"visit_type":"Memory evaluation - cognitive testing"}
		"visit visita visits encounter service servicio services exam examen evaluation assessment consult consulta " +
		"therapy terapia screening vaccine vacuna immunization")
	// whrCareWord: a care department's or service's word in a value (a
	// department no clinical list reads: {"clinic":"Maternity"})
	whrCareWord = wordSetTab("oncology oncologia cardiology cardiologia dialysis dialisis psychiatry psiquiatria " +
		"oncologia obstetrics obstetricia prenatal hiv vih hospice chemo chemotherapy quimioterapia radiology " +
		"radiologia urology urologia neurology neurologia fertility fertilidad ivf rehab rehabilitation addiction " +
		"evaluation evaluacion assessment testing cognitive memory memoria screening therapy terapia exam examen " +
		"maternity maternidad obstetric obgyn gynecology ginecologia labor parto pediatric pediatria psychiatric mental " +
		"psychology psicologia behavioral conductual pain dolor hematology hematologia infectious infecciosas sexual " +
		"abortion aborto transplant trasplante hepatology gastroenterology gastro pulmonary neumologia nephrology " +
		"nefrologia renal endocrinology endocrinologia diabetes wound heridas bariatric bariatrica detox methadone " +
		"metadona hiv vih std sti ets surgery cirugia surgical quirurgico hearing audiology audiologia eye ojos " +
		"ophthalmology oftalmologia dermatology dermatologia " +
		// red20, dev104x: a department's or service's short form in an
		// event name or queue ("psych_intake.booked", "mammo.reminder",
		// "peds_psych"), which no clinical list reads alone
		"psych psiq psico mammo mamo mammogram mamografia peds onc derm uro neuro cardio ortho endo pulm nephro heme " +
		"gyn ob lactation lactancia pregnancy embarazo postpartum posparto prenatal injection inyeccion counseling consejeria sobriety")
	// whrNoteKey: a key word of free text, a note the system keeps beside
	// the record (red20, dev104x: {"note":"Okafor"}, {"nota":"Gutierrez"})
	// whrPlaceKey: a key naming the sender's site; its value may be a
	// place's name of several words ("sede":"Santiago de los Caballeros";
	// fix108, dev108)
	whrPlaceKey = wordSetTab("sede site location branch sucursal clinic clinica office oficina centro center centre " +
		"store tienda facility ubicacion campus")
	// whrPlaceParticle: the lower-case words of a place's name
	whrPlaceParticle = wordSetTab("de del la las los el y of the on at")
	// whrPlaceUnit: a care unit's words; a value holding one names care,
	// not a site ("Unidad de Quemados")
	whrPlaceUnit = wordSetTab("unidad unidades unit units ward wards sala salas pabellon servicio servicios service services " +
		"department departamento program programa clinic clinica")
	whrNoteKey = wordSetTab("note notes memo memos comment comments remark remarks description desc details detail summary body text " +
		"nota notas comentario comentarios observacion observaciones obs descripcion detalle detalles resumen texto")
	// whrPersonPrefix: a clinical record number's prefix beside
	// shopPersonalPrefixes (historia clínica: "HC-00482913", "NHC-482913")
	whrPersonPrefix = [...]string{"hc", "nhc", "hcl", "exp", "nss", "ssn"}
)

// whrKeyWords: the words of a lower-case JSON key, split at "_", "-",
// "." and spaces.
func whrKeyWords(key string, f func(w string) bool) bool {
	a := 0
	for k := 0; k <= len(key); k++ {
		if k < len(key) && key[k] != '_' && key[k] != '-' && key[k] != '.' && key[k] != ' ' {
			continue
		}
		if k > a && !f(key[a:k]) {
			return false
		}
		a = k + 1
	}
	return true
}

// whrPlaceName: v is a place's name of at most six words, each capitalised
// or a particle (de, los, of …), none a care unit's word (unidad, ward,
// servicio, clinic …): "Santiago de los Caballeros".
func whrPlaceName(v string) bool {
	ws := strings.Fields(v)
	if len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if whrPlaceUnit.get(hstr(strings.ToLower(w))) {
			return false
		}
		if c := w[0]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			continue
		}
		if !whrPlaceParticle.get(hstr(w)) {
			return false
		}
	}
	return true
}

// whrRecordKey: the key is one record word and id words.
func whrRecordKey(key string) bool {
	head := 0
	ok := whrKeyWords(key, func(w string) bool {
		h := hstr(w)
		if whrRecordHead.get(h) {
			head++
			return true
		}
		return whrIDWord.get(h)
	})
	return ok && head == 1
}

// whrSchedKey: every word of the key is a scheduling word.
func whrSchedKey(key string) bool {
	n := 0
	ok := whrKeyWords(key, func(w string) bool {
		n++
		return whrSchedWord.get(hstr(w))
	})
	return ok && n > 0
}

// whrOpaqueID: one to four letters, an optional "-" or "_", then three to
// twelve digits, and no person's number prefix.
func whrOpaqueID(v string) bool {
	k := 0
	for k < len(v) && (v[k]|0x20 >= 'a' && v[k]|0x20 <= 'z') {
		k++
	}
	if k < 1 || k > 4 {
		return false
	}
	low := strings.ToLower(v[:k])
	for _, p := range shopPersonalPrefixes {
		if low == p {
			return false
		}
	}
	for _, p := range whrPersonPrefix {
		if low == p {
			return false
		}
	}
	if k < len(v) && (v[k] == '-' || v[k] == '_') {
		k++
	}
	d := 0
	for ; k < len(v) && v[k] >= '0' && v[k] <= '9'; k++ {
		d++
	}
	if d == 8 && eightDigitDate(v[k-8:k]) {
		return false // a birth date run into the id: "A-19840312", "BK-03121984" (red20, dev104x)
	}
	return k == len(v) && d >= 3 && d <= 12
}

// whrNoteNames: the value v of a free-text key (whrNoteKey) holds a
// capital letter or a word of no dictionary: a name, which a note of
// status words ("confirmed", "holiday rota") does not (red20, dev104x).
func (s *scanner) whrNoteNames(v string) bool {
	a := 0
	for k := 0; k <= len(v); k++ {
		if k < len(v) {
			c := v[k]
			if c >= 'A' && c <= 'Z' {
				return true
			}
			if c >= 'a' && c <= 'z' || c >= 0x80 {
				continue
			}
		}
		if k-a >= 2 && !s.g.gen.has(hstr(foldAccents(v[a:k]))) {
			return true
		}
		a = k + 1
	}
	return false
}

// whrISOStamp: YYYY-MM-DD of 2020 or later, optionally followed by
// "T" and a clock time with seconds, fraction and zone.
func whrISOStamp(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for _, k := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if v[k] < '0' || v[k] > '9' {
			return false
		}
	}
	if v[:4] < "2020" || v[5:7] < "01" || v[5:7] > "12" || v[8:10] < "01" || v[8:10] > "31" {
		return false
	}
	if len(v) == 10 {
		return true
	}
	if v[10] != 'T' && v[10] != ' ' {
		return false
	}
	for k := 11; k < len(v); k++ {
		if c := v[k]; !(c >= '0' && c <= '9' || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-') {
			return false
		}
	}
	return len(v) >= 16
}

// whrQuiet: the payload names no person and no care (see the file
// comment).
func (s *scanner) whrQuiet() bool {
	for _, f := range s.fs {
		if f.rule != "id.identifier" && f.rule != "date.person" && !s.whrCodeDigits(f) {
			return false
		}
	}
	for i := range s.toks {
		if whrCareWord.get(s.toks[i].h) {
			return false
		}
		if w := s.toks[i].w; w != nil && w.careAny {
			for _, p := range w.phrases {
				if p.class == pClinical && len(p.toks) == 1 {
					return false
				}
			}
		}
	}
	src := s.t.low
	note := false  // the value read next is a free-text key's
	place := false // the value read next is a place key's
	for q := strings.IndexByte(src, '"'); q >= 0 && q+1 < len(src); {
		e := strings.IndexByte(src[q+1:], '"')
		if e < 0 {
			break
		}
		e += q + 1
		r := e + 1
		for r < len(src) && src[r] == ' ' {
			r++
		}
		if r < len(src) && src[r] == ':' {
			key := src[q+1 : e]
			if !whrKeyWords(key, func(w string) bool { return !whrVetoKey.get(hstr(w)) }) {
				return false
			}
			note = !whrKeyWords(key, func(w string) bool { return !whrNoteKey.get(hstr(w)) })
			place = whrKeyWords(key, func(w string) bool { return whrPlaceKey.get(hstr(w)) })
		} else if strings.Count(src[q+1:e], " ") >= 2 && !(place && whrPlaceName(s.t.s[q+1:e])) {
			return false // free text of three words or more may tell of care
		} else if v := src[q+1 : e]; v != "" {
			if note && s.whrNoteNames(s.t.s[q+1:e]) {
				return false // a name in a note: {"note":"Okafor"}
			}
			for _, p := range shopPersonalPrefixes { // "PT-4410", "MRN00482913": a person's number
				if strings.HasPrefix(v, p) && len(v) > len(p) && (v[len(p)] >= '0' && v[len(p)] <= '9' || v[len(p)] == '-' || v[len(p)] == '_') {
					return false
				}
			}
			for _, p := range whrPersonPrefix { // "HC-00482913": a clinical record
				if strings.HasPrefix(v, p) && len(v) > len(p) && (v[len(p)] >= '0' && v[len(p)] <= '9' || v[len(p)] == '-' || v[len(p)] == '_') {
					return false
				}
			}
			note, place = false, false
		}
		n := strings.IndexByte(src[e+1:], '"')
		if n < 0 {
			break
		}
		q = e + 1 + n
	}
	return true
}

// whrValue: the whole string value ending the byte span a..b and its
// key; the span may open in the key itself (the cue "id" of "appt_id").
func (s *scanner) whrValue(a, b int) (key, val string, ok bool) {
	if b <= a || b > len(s.t.s) {
		return "", "", false
	}
	key, start, ok := s.jsonValueKey(b - 1)
	if !ok || start > b-1 {
		return "", "", false
	}
	if a < start {
		// the span opens in the value's own key: `id":"` at most
		if a < start-len(key)-4 || strings.IndexByte(s.t.s[a:start], ',') >= 0 || strings.IndexByte(s.t.s[a:start], '{') >= 0 {
			return "", "", false
		}
	}
	e := strings.IndexByte(s.t.s[start:], '"')
	if e < 0 || start+e < b {
		return "", "", false
	}
	return key, s.t.s[start : start+e], true
}

// dropWebhookRecord drops the findings described in the file comment.
func (s *scanner) dropWebhookRecord() {
	if len(s.fs) == 0 || !s.hasByte('{') || !s.jsonWebhook() && !s.whrEventoES() || !s.whrQuiet() {
		return
	}
	m := 0
	for _, f := range s.fs {
		if !f.readerTied() && !f.ctx {
			if key, val, ok := s.whrValue(f.a, f.b); ok {
				if f.rule == "id.identifier" && whrRecordKey(key) && whrOpaqueID(val) || s.whrCodeDigits(f) ||
					f.rule == "date.person" && whrSchedKey(key) && whrISOStamp(val) {
					continue
				}
			}
		}
		s.fs[m] = f
		m++
	}
	s.fs = s.fs[:m]
}

// whrCodeRules: the number rules that read digits of a record code as a
// ZIP code or a phone number (r107, dev107: "cita":"CT-55190" zip.code,
// "factura":"B-0003-00018821" phone.national).
func whrCodeRules(rule string) bool {
	return rule == "zip.code" || rule == "phone.national" || rule == "phone.us" || rule == "identifier.number"
}

// whrCodeDigits: finding f is such a number lying in the whole string value
// of a record key (whrRecordKey: "cita", "orden", "factura", "order_id"),
// the value a lettered record code: whrOpaqueID, or one to four letters,
// "-" or "_", and two or three digit groups joined by "-" (an invoice's
// point of sale and number, "B-0003-00018821"), no group a date of eight
// digits, no person's prefix.
func (s *scanner) whrCodeDigits(f ifind) bool {
	if !whrCodeRules(f.rule) || f.readerTied() || f.ctx {
		return false
	}
	key, val, ok := s.whrValue(f.a, f.b)
	if _, start, in := s.jsonValueKey(f.b - 1); !ok || !in || f.a < start || !whrRecordKey(key) {
		return false // the span lies inside the value
	}
	if whrOpaqueID(val) {
		return true
	}
	k := 0
	for k < len(val) && (val[k]|0x20 >= 'a' && val[k]|0x20 <= 'z') {
		k++
	}
	if k < 1 || k > 4 || k >= len(val) || val[k] != '-' && val[k] != '_' || !whrOpaqueID(val[:k]+"000") {
		return false // whrOpaqueID on the prefix alone: no MRN, PT, HC… prefix
	}
	groups, digits := 0, 0
	for _, g := range strings.Split(val[k+1:], "-") {
		if len(g) < 1 || len(g) == 8 && eightDigitDate(g) {
			return false
		}
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return false
			}
		}
		groups++
		digits += len(g)
	}
	return groups >= 2 && groups <= 3 && digits >= 6 && digits <= 20
}

// whrEventoES: the field is a JSON object with a Spanish event key
// ("evento", "tipo_evento"), which jsonWebhook (webhookref.go) does not
// read; asked by this drop only (r107, dev107).
func (s *scanner) whrEventoES() bool {
	src := strings.TrimSpace(s.t.s)
	return strings.HasPrefix(src, "{") && (strings.Contains(src, `"evento":`) || strings.Contains(src, `"evento": `) ||
		strings.Contains(src, `"tipo_evento":`) || strings.Contains(src, `"tipo_evento": `))
}
