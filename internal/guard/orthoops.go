package guard

import "strings"

// orthoops.go: the sender's own dates and a webhook's opaque user id read
// as the reader's (issue 15, eighteenth pass round two, dev101 fam2-ortho,
// helper ortho18, probe set dev101o). It extends senderops.go (the
// sender's operations) with three shapes:
//
//   - an arrival or check-in rule for every visit from a date on
//     (ooPleaseAll, asked by policydate.go's policySpan and by
//     caredate.go's careNounDate): "Keystone Spine & Surgery Center:
//     starting Feb 1, please arrive 30 minutes early for all visits",
//     "beginning Jan 5, please bring a photo ID to all visits", "a partir
//     del 1 de marzo, por favor llegue 20 minutos antes a todas las
//     citas". After the policy opener's comma: an optional please / por
//     favor, an imperative of coming or bringing (arrive, bring, check in,
//     plan, allow, present, wear, llegue, traiga, presente…), and later in
//     the sentence all / every / each / todas / cada before a visit's word
//     (visits, appointments, citas, consultas). policySpan already refuses
//     a reader's word anywhere in the sentence ("… for all your visits",
//     "a todas sus citas"); ooPleaseAll refuses besides a kin word, a
//     child's word, a title, a third person's possessive and a capitalised
//     word after the comma (a person). careNounDate's arrival instruction
//     ("Please arrive 15 minutes early on March 3") then stands down for
//     that sentence only.
//   - a holiday closure whose only person cue is a word of the sender's
//     trade name (ooHolidayClosed, asked by words.go's date() beside
//     senderdate.go's sdPersonIsName): "Keystone Spine & Surgery Center
//     will be closed Monday, Jan 19 for Martin Luther King Jr. Day". The
//     date follows closed / cerrado (a weekday and a comma between),
//     then for / por, an optional article and a holiday's name: capitalised
//     words up to the sentence's end, the last "Day" / "Día" or a listed
//     holiday (Thanksgiving, Christmas, Navidad…). No reader's word, kin
//     word or title in the sentence; any other person cue keeps the date
//     (sdPersonIsName).
//   - the sender retiring its own system on a date (ooSystemRetire, asked
//     by date()): "we'll retire the old patient portal on Jan 31", "the old
//     patient app will stop working on April 30", "el portal anterior
//     dejará de funcionar el 31 de enero". The sentence names an old /
//     legacy / current / anterior system (portal, app, site, website,
//     system, platform, login, sitio, aplicación, plataforma), a verb of
//     retiring (retire, sunset, shut down, discontinue, decommission, stop
//     working, go offline, dejará de funcionar, dará de baja), the date
//     after on / el / after; no reader's word, kin, title, capitalised
//     word (but the header's and the date's) or care word other than
//     "patient" before the system's word. "We'll retire your old brace on
//     Jan 31" keeps its date.
//   - a webhook's opaque user id after a user-name cue (ooOpaqueUserID,
//     asked by username.go): {"user_id":"usr_3a99c2"} in a payload with an
//     event or type key: the whole JSON string value is "<1–4 lower-case
//     letters>_<4+ letters and digits, both>" under a key naming a user or
//     an account (user, usuario, account, cuenta, customer, member_id is
//     refused by webhookref.go's personal keys). A "handle" that is itself
//     a JSON key ({"event":"user.login","user_id":…}: the cue "login" in a
//     value, the "handle" the next key) is no user name either.
//     {"user_id":"carlos_mendez"} (a person's words, no digit) and
//     {"username":"maria.lopez"} keep their finding.
//
// Nothing here clears a finding of a reader-tied rule, a name, a drug or a
// condition: only the date and user-name findings of these sentences.
// Accepted risk: a rule's date, a holiday's date, a system's retirement date
// and an opaque id pass in a notice that names no reader in those
// sentences. Tests `TestOrthoOps`.

var (
	// ooImperative: an imperative of coming to or bringing to a visit
	ooImperative = wordSetTab("arrive bring check plan allow present wear show come enter use park complete " +
		"llegue lleguen traiga traigan presente presenten use usen venga vengan ingrese ingresen complete completen")
	// ooVisitWord: a visit's word after all / every
	ooVisitWord = wordSetTab("visit visits appointment appointments appt appts cita citas consulta consultas")
	// ooHolidayWord: a holiday's name that is no "… Day"
	ooHolidayWord = wordSetTab("thanksgiving christmas eve navidad juneteenth independence easter pascua holiday holidays " +
		"festivo feriado nochebuena reyes")
	// ooSystem: the sender's system a retirement names
	ooSystem = wordSetTab("portal portals app apps site website websites system systems platform login logins page " +
		"sitio aplicacion plataforma sistema pagina")
	// ooOld: what makes the system the old one
	ooOld = wordSetTab("old older legacy current previous existing former anterior antiguo antigua actual viejo vieja")
	// ooRetire: a verb of retiring a system
	ooRetire = wordSetTab("retire retiring retired sunset sunsetting decommission decommissioning discontinue discontinuing " +
		"shut shutting stop stops offline retirara retiraremos dejara dejaran desactivara desactivaremos")
	// ooUserKey: a JSON key naming a user or an account
	ooUserKey = []string{"user", "usuario", "account", "cuenta", "acct", "customer", "cliente"}
)

// ooPersonWord: token m names a person or a relative (kin, child, title,
// third person's possessive).
func (s *scanner) ooPersonWord(m int) bool {
	t := &s.toks[m]
	return kinWords.get(t.h) || careKidWords.get(t.h) || careKin.get(t.h) || s.fl(m)&(wTitle|wNameCue) != 0 || opPossessive.get(t.h)
}

// ooPleaseAll: the words from token a (the first after a policy opener's
// comma) to hi are an imperative of arrival for all visits (see the file
// comment).
func (s *scanner) ooPleaseAll(a, hi int) bool {
	q := a
	if q < hi && s.toks[q].low == "please" {
		q++
	} else if q+1 < hi && s.toks[q].low == "por" && s.toks[q+1].low == "favor" {
		q += 2
	}
	if q >= hi || !ooImperative.get(s.toks[q].h) {
		return false
	}
	all := false
	for m := a; m < hi; m++ {
		t := &s.toks[m]
		if recipientWords.get(t.h) || s.ooPersonWord(m) {
			return false
		}
		if s.isCapWord(m) && t.cls&tUpper == 0 && !(m == a && (t.low == "please" || t.low == "por")) {
			return false // a person: "for Ana's visits"
		}
		if pdUniversal.get(t.h) {
			for k := m + 1; k < hi && k <= m+3; k++ {
				if ooVisitWord.get(s.toks[k].h) {
					all = true
				}
			}
		}
	}
	return all
}

// ooArrivalPolicy: the date at token i opens an arrival rule for all visits
// (policydate.go's opener, then ooPleaseAll).
func (s *scanner) ooArrivalPolicy(i int) bool {
	open, comma, hi, ok := s.policyOpener(i)
	return ok && i > open && i < comma && s.ooPleaseAll(comma, hi)
}

// ooHolidayClosed: the date at tokens i..j is the day the sender is closed
// for a named holiday (see the file comment).
func (s *scanner) ooHolidayClosed(i, j int) bool {
	n := len(s.toks)
	p := i - 1
	if p >= 0 && s.gap(i) == ", " && sdWeekdays.get(s.toks[p].h) {
		p--
	} else if p >= 0 && (s.toks[p].low == "on" || s.toks[p].low == "el") {
		p--
	}
	if p >= 0 && sdWeekdays.get(s.toks[p].h) {
		p--
	}
	if p >= 0 && (s.toks[p].low == "on" || s.toks[p].low == "el") {
		p--
	}
	if p < 0 {
		return false
	}
	switch s.toks[p].low {
	case "closed", "cerrado", "cerrada", "cerrados", "cerradas":
	default:
		return false
	}
	q := j + 1
	if q >= n || s.toks[q].sent || s.toks[q].low != "for" && s.toks[q].low != "por" {
		return false
	}
	q++
	if q < n && (s.toks[q].low == "the" || s.toks[q].low == "el" || s.toks[q].low == "la") {
		q++
	}
	lo, hi := s.sentSpan(i)
	for m := lo; m < hi; m++ {
		if recipientWords.get(s.toks[m].h) || s.ooPersonWord(m) && s.toks[m].low != "jr" {
			return false
		}
	}
	holiday := false
	mlk := q+2 < n && s.toks[q].low == "martin" && s.toks[q+1].low == "luther" && s.toks[q+2].low == "king"
	for m := q; m < len(s.toks); m++ {
		t := &s.toks[m]
		if m > q && t.sent && s.toks[m-1].low != "jr" && s.toks[m-1].low != "st" {
			break // "Martin Luther King Jr. Day": the title's dot ends no sentence
		}
		if t.low == "de" || t.low == "la" || t.low == "del" || t.low == "s" && (s.gap(m) == "'" || s.gap(m) == "\u2019") {
			continue
		}
		if t.cls&(tCap|tUpper) == 0 {
			return false
		}
		if !mlk && ooHolidayNamed(s.fl(m), t.low, m > q) {
			return false // red18d: "for Jorge Ramírez Memorial Day", a person's day
		}
		holiday = t.low == "day" || t.low == "dia" || ooHolidayWord.get(t.h)
	}
	return holiday
}

// ooSystemRetire: the date at tokens i..j is the day the sender retires
// its own old system (see the file comment).
func (s *scanner) ooSystemRetire(i, j int) bool {
	if i < 1 {
		return false
	}
	switch s.toks[i-1].low {
	case "on", "el", "after":
	default:
		return false
	}
	lo, hi := s.sentSpan(i)
	if h := s.opHeadEnd(); lo == 0 && h >= 0 && h+1 < i {
		lo = h + 1
	}
	old, sys, retire := false, false, false
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		t := &s.toks[m]
		if t.low == "patient" && m+1 < hi && ooSystem.get(s.toks[m+1].h) {
			continue // "the old patient portal"
		}
		if recipientWords.get(t.h) || s.ooPersonWord(m) {
			return false
		}
		if m > lo && s.isCapWord(m) && t.cls&tUpper == 0 {
			return false // a person or a named thing
		}
		if ooSystem.get(t.h) {
			sys = sys || old || m+1 < hi && ooOld.get(s.toks[m+1].h)
			continue
		}
		if ooOld.get(t.h) {
			old = true
			continue
		}
		if ooRetire.get(t.h) {
			retire = true
			continue
		}
		if careWords.get(t.h) || invoiceCareWords.get(t.h) || pdCareSubject.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0 {
			return false
		}
	}
	return old && sys && retire
}

// ooOpaqueUserID: the handle at tokens j..e after a user-name cue is a
// webhook's opaque id or a JSON key, no person's user name (see the file
// comment).
func (s *scanner) ooOpaqueUserID(j, e int) bool {
	src := s.t.s
	a, b := int(s.toks[j].s), int(s.toks[e].e)
	if a < 1 || src[a-1] != '"' || b >= len(src) || src[b] != '"' {
		return false
	}
	t := strings.TrimSpace(src)
	if !strings.HasPrefix(t, "{") || !(s.jsonWebhook() || strings.Contains(t, `"evento"`) || strings.Contains(t, `"type"`) || strings.Contains(t, `"tipo"`)) {
		return false
	}
	if strings.HasPrefix(src[b:], `":`) || strings.HasPrefix(src[b:], `" :`) {
		return true // the "handle" is the next key: {"event":"user.login","user_id":…}
	}
	v := src[a:b]
	u := strings.IndexByte(v, '_')
	if u < 1 || u > 4 || len(v)-u-1 < 4 {
		return false
	}
	for k := 0; k < u; k++ {
		if c := v[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	digit, letter := false, false
	for k := u + 1; k < len(v); k++ {
		c := v[k]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		default:
			return false
		}
	}
	if !digit || !letter || !ooInterleaved(v[u+1:]) || s.fl(j)&(wFirst|wLast) != 0 || ooPersonID(v[:u], v[u+1:]) {
		return false // "jo_smith1", "ana_lopez7": a person's handle
	}
	key, _, ok := s.jsonValueKey(a)
	if !ok {
		return false
	}
	for _, w := range webhookPersonalKey {
		if strings.Contains(key, w) {
			return false
		}
	}
	for _, w := range ooUserKey {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// ooInterleaved: a digit stands before the last letter of v ("3a99c2",
// "b41k9q"), not only after a word ("smith1").
func ooInterleaved(v string) bool {
	last := strings.LastIndexFunc(v, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' })
	return last > 0 && strings.IndexAny(v[:last], "0123456789") >= 0
}

var (
	// ooAccompany: a verb of accompanying
	ooAccompany = wordSetTab("accompanied accompany accompanying escorted acompanados acompanadas acompanado acompanada acompanar acompanarse")
	// ooAccompanyWord: the care words an accompaniment rule may hold
	ooAccompanyWord = wordSetTab("parent parents guardian guardians patient patients child children minor minors adult adults visitor visitors " +
		"padre padres madre tutor tutora tutores paciente pacientes menor menores nino ninos nina ninas adulto adultos visitante visitantes")
)

// ooAccompanyRule: token m stands in a visitor rule for everyone: a
// sentence with a verb of accompanying ("patients under 18 must be
// accompanied by a parent or legal guardian at each visit", "los menores
// de 18 años deben venir acompañados de un padre, madre o tutor legal"),
// no reader's word, title, third person's possessive or capitalised word
// (a person) past its opening, and no care word but a party's
// (ooAccompanyWord) and a visit's. clinhead.go's chCareOutside skips
// token m then; "your son must be accompanied", "Ana must be accompanied
// to her chemotherapy" keep their findings.
func (s *scanner) ooAccompanyRule(m int) bool {
	if !ooAccompanyWord.get(s.toks[m].h) {
		return false
	}
	lo, hi := s.sentSpan(m)
	if h := s.opHeadEnd(); lo == 0 && h >= 0 && h+1 < hi {
		lo = h + 1
	}
	acc := false
	for k := lo; k < hi; k++ {
		t := &s.toks[k]
		if recipientWords.get(t.h) || s.fl(k)&wTitle != 0 || opPossessive.get(t.h) || kinWords.get(t.h) && !ooAccompanyWord.get(t.h) {
			return false
		}
		if k > lo && s.isCapWord(k) && t.cls&tUpper == 0 {
			return false // a person: "Ana must be accompanied"
		}
		if t.low == "s" && (s.gap(k) == "'" || s.gap(k) == "\u2019") {
			return false // one person's possessive
		}
		acc = acc || ooAccompany.get(t.h)
		if ooAccompanyWord.get(t.h) || snSchedule.get(t.h) || ooVisitWord.get(t.h) {
			continue
		}
		if careWords.get(t.h) || careKin.get(t.h) || invoiceCareWords.get(t.h) || pdCareSubject.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0 {
			return false
		}
	}
	return acc
}

// ooOfficeRole: an office job right after "our [new] patient" (staffframe.go's
// srPatientJob): "say hello to Ben Castillo, our new patient coordinator".
var ooOfficeRole = wordSetTab("coordinator coordinators liaison liaisons representative representatives scheduler schedulers")

// ooTrade: a supply's trade that names a shop like a specialty
// ("Tallpine Orthotics:", "Lakemont Prosthetics:").
var ooTrade = wordSetTab("orthotics prosthetics pedorthics ortesis protesis ortopedia")

// ooTradeName: the run a..e is "<Brand> <trade>" with one word of trade
// (ooTrade) covered by a clinical finding and the brand no person's
// (clinhead.go's chName checks the brand): a shop's name with no business
// noun. The header's findings then drop as clinhead.go decides (no care
// word outside, no reader's visit).
func (s *scanner) ooTradeName(fs []ifind, a, e int) bool {
	if e != a+1 || !ooTrade.get(s.toks[e].h) || !s.chFound(fs, e) {
		return false
	}
	f := s.fl(a)
	return f&(wFirst|wLast) == 0 || f&wCommon != 0
}

// ooHolidayNamed (red18d, dev102x): a word of a holiday's name after
// "closed … for" that makes it one person's day: a listed given name (save
// in "Martin Luther King", checked by the caller) or "Memorial" after
// another word ("Jorge Ramírez Memorial Day"; "Memorial Day" alone stays
// a holiday).
func ooHolidayNamed(fl uint64, low string, notFirst bool) bool {
	return fl&wFirst != 0 && fl&wCommon == 0 || notFirst && low == "memorial"
}

// ooPatientPrefix: an id prefix naming a patient or a record.
var ooPatientPrefix = wordSetTab("pt pat mrn rec emr ehr hc nhc dx icd hiv")

// ooPersonID (red18d, dev102x): an id whose prefix names a patient or a
// record ("mrn_0048213a", "pt_…") or whose body opens with a word of four
// or more letters ("pt_lopez85a", "usr_garcia7b") is no opaque id.
func ooPersonID(prefix, body string) bool {
	if ooPatientPrefix.get(hstr(lowerASCII(prefix))) {
		return true
	}
	k := 0
	for k < len(body) && (body[k] >= 'a' && body[k] <= 'z' || body[k] >= 'A' && body[k] <= 'Z') {
		k++
	}
	return k >= 4
}
