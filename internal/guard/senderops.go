package guard

import "strings"

// senderops.go: the sender's own operations read as the reader's (issue
// 15, eighteenth pass round one, dev100 fam-site, helper site18, probe set
// dev100d).
//
// Six shapes of a notice about the sender's own matter stayed blocked for
// one finding each, with no tenant context:
//
//   - a rule for everyone from a date on, written as a thing's state
//     (opRuleState, asked by policydate.go's policySpan): "A partir del 1
//     de febrero, el uso de mascarilla es obligatorio para todo el personal
//     y los visitantes", "Desde el 2 de enero, el ingreso con alimentos a
//     las salas de espera estará prohibido", "Starting Jan 8, the use of
//     face masks is required", "A partir del 2 de enero, no se permitirá
//     …". After the policy opener's comma (policyOpener): an article, a
//     lower-case noun phrase of one to eight words, a copula (es, será,
//     estará, is, are, will be, queda…), an optional negation and a rule's
//     word (obligatorio, prohibido, permitido, required, mandatory,
//     prohibited, not allowed…); or "(no) se permite / permitirá / requiere
//     / exigirá". policySpan already refuses a reader's word anywhere in
//     the sentence; opRuleState refuses besides a kin word, a child's word,
//     a title and a capitalised word after the comma ("… será obligatorio
//     para el hijo de Ana", "… for Mr. Haddad"), and a care word in the
//     thing's phrase but its head (uso, use, ingreso, entrada, acceso):
//     "la diálisis es obligatoria los martes" is someone's care.
//   - a department not working on a holiday (opNoService, asked by
//     closeddept.go's closedDeptDay): "Con motivo del feriado del 5 de
//     julio, la consulta externa no funcionará", "… la consulta externa y
//     el vacunatorio no funcionarán", "… no atenderá público". A person cue
//     ("consulta") followed within six words, inside its clause, by a
//     negation and a verb of a service working (funcionar, atender, abrir,
//     operar, prestar servicio, operate, open, run) is the place, like
//     "cerrada" before. A capitalised word or a title between them is one
//     person's ("la consulta de Lucía no funcionará"); closedDeptDay's own
//     vetoes hold (a reader's word in the sentence: "su consulta … no se
//     realizará"; one reader's slot).
//   - a programme's deadline for everyone (opDeadline, asked by words.go's
//     date()): "To earn the 2027 premium incentive, complete a screening or
//     submit a physician form by March 31", "Para obtener el descuento,
//     realice un chequeo preventivo antes del 31 de marzo". The date
//     follows by / before / no later than / antes de(l) / hasta el; the
//     sentence names an incentive (incentive, credit, reward, points,
//     discount, premium, bonus, incentivo, descuento, puntos…); every
//     person cue near the date is an indefinite one ("a screening", "an
//     annual physical", "un chequeo") or a form's ("a physician form", "el
//     formulario médico"). Refused: a reader's word, a kin or child's
//     word, a title or name cue, a possessive (his, her, their), a
//     capitalised word after the sender's header (a person), a cue after
//     the / your / el / su ("complete the follow-up mammogram by March
//     31").
//   - the sender's opt-out line (opOptOutPhone, asked by numbers.go): a
//     number right after "calling" / "or calling" / "by calling" /
//     "llamando al" / "marcando al" in a sentence that offers an opt-out
//     (opt out, unsubscribe, stop receiving, darse de baja, dejar de
//     recibir…), in a notice that names a sender (phonecta.go's
//     pcNamesSender), with phonecta.go's vetoes (pcVeto, pcMoreVeto: a
//     person, a kin word, "your mobile", a sender's verb of calling) and
//     its own: a past opt-out (opted, unsubscribed, se dio de baja) and a
//     personal line's word (mobile, cell, home, celular, casa).
//   - a curbside or counter pickup at the sender's street address
//     (opPickupAt, asked by senderplace.go's spOwner and spReader): "Your
//     curbside order is ready at 88 Mill Rd. Text us when you arrive!",
//     "Su pedido está listo en 450 Main St, Suite 2". The address follows
//     ready / listo at / en, the sentence's subject is the reader's order
//     (order, pickup, pedido, orden: spGoods) and no word of delivery,
//     home, a person or kin stands in the sentence (senderPlace's vetoes
//     run as before); a "you" after the address only in "when you arrive /
//     pull up / get here", "cuando llegue" (the reader coming to the
//     store).
//   - a webhook's opaque account id (opAcctID, asked by snakeid.go's
//     dropSnakeID): {"cuenta":"cta_88k2p"}: snakePrefix wants six key
//     characters; a whole JSON string value "<2–4 letters>_<4+ letters and
//     digits, both>" under a key that names an account, a user or a
//     thread (account, cuenta, user, usuario, customer, cliente, thread,
//     conversation, tenant, org, workspace, ref, id) in a payload with an
//     event or type key (event, evento, type, tipo) is an identifier.
//
// Nothing here clears a finding of a reader-tied rule, a name, a drug or a
// condition: only the date, phone, address and abbreviation findings of
// these sentences. Accepted risk: a rule's date, a holiday's date, a
// deadline, a line's number, a store's address and an id pass in a notice
// that names no reader in those sentences. Tests `TestSenderOps`.

var (
	// opRuleCopula: the copula of a rule's state
	opRuleCopula = wordSetTab("es sera estara esta son seran estaran estan queda quedara quedan quedaran is are becomes become remains remain")
	// opRuleWord: a rule's state
	opRuleWord = wordSetTab("obligatorio obligatoria obligatorios obligatorias prohibido prohibida prohibidos prohibidas permitido permitida permitidos " +
		"permitidas restringido restringida restringidos restringidas required mandatory prohibited forbidden banned allowed permitted restricted")
	// opRuleImpersonal: "se permite", "se permitirá", "se requiere"…
	opRuleImpersonal = wordSetTab("permite permitira permiten permitiran requiere requerira requieren requeriran exige exigira exigen exigiran acepta aceptara aceptaran aceptan")
	// opRuleHead: the head of a rule's thing, whatever care word it is
	// also ("el ingreso con alimentos": an entry, not an admission)
	opRuleHead = wordSetTab("uso use ingreso entrada acceso access entry")
	// opRuleArticle: an article opening the thing's phrase
	opRuleArticle = wordSetTab("el la los las the")
	// opNoServe: verbs of a service working, after a negation
	opNoServe = wordSetTab("funcionara funcionaran funciona funcionan atendera atenderan atiende atienden abrira abriran abre abren operara operaran opera " +
		"operan prestara prestaran operate open run")
	// opNeg: a negation
	opNeg = wordSetTab("no not wont won't")
	// opIncentive: a programme's incentive
	opIncentive = wordSetTab("incentive incentives credit credits reward rewards points discount discounts premium bonus rebate raffle " +
		"incentivo incentivos descuento descuentos puntos recompensa recompensas bono premio bonificacion sorteo credito reembolso")
	// opIndef: an indefinite determiner before a person cue
	opIndef = wordSetTab("a an any one un una algun alguna")
	// opForm: a document a cue qualifies ("a physician form")
	opForm = wordSetTab("form forms formulario formularios certificate certificado attestation constancia")
	// opPossessive: a third person's possessive
	opPossessive = wordSetTab("his her their hers theirs")
	// opOptOut: the words of an opt-out
	opOptOut = wordSetTab("opt unsubscribe optout baja stop cancelar desuscribirse desuscribase")
	// opOptPast: an opt-out done (the number may be the one who did it)
	opOptPast = wordSetTab("opted unsubscribed dio dieron confirmed confirmado confirmada registered registrado registrada")
	// opLine: a personal line's word
	opLine = wordSetTab("mobile cell cellphone home casa celular movil personal private direct")
	// opReadyAt: ready at / listo en
	opReady = wordSetTab("ready listo lista listos listas")
	// opArriveYou: "when you arrive", "cuando llegue"
	opArrive = wordSetTab("arrive arriving pull get park come llegue llegues llegar")
	// opAcctKey: a JSON key naming an account, a user or a thread
	opAcctKey = []string{"account", "cuenta", "acct", "user", "usuario", "customer", "cliente", "thread", "hilo", "conversation",
		"conversacion", "tenant", "org", "workspace", "ref"}
	// opClinicalKey: a key naming care (its value stays a clinical word)
	opClinicalKey = []string{"procedure", "procedimiento", "study", "estudio", "test", "prueba", "exam", "imaging", "order_type", "service", "servicio", "care"}
)

// opRuleState: the words from token a (the first after a policy opener's
// comma) to hi state a rule for everyone (see the file comment).
func (s *scanner) opRuleState(a, hi int) bool {
	for m := a; m < hi; m++ {
		t := &s.toks[m]
		if kinWords.get(t.h) || careKidWords.get(t.h) || careKin.get(t.h) || s.fl(m)&(wTitle|wNameCue) != 0 || opPossessive.get(t.h) {
			return false
		}
		if s.isCapWord(m) && t.cls&tUpper == 0 {
			return false // a person: "para Ana", "for Mr. Haddad"
		}
	}
	if s.ncRuleAid(a, hi) {
		return false // "el uso del andador será obligatorio": one resident's regime (narrow18c.go)
	}
	q := a
	if q+2 < hi && s.toks[q].low == "no" && s.toks[q+1].low == "se" {
		return opRuleImpersonal.get(s.toks[q+2].h)
	}
	if q+1 < hi && s.toks[q].low == "se" {
		return opRuleImpersonal.get(s.toks[q+1].h)
	}
	if q >= hi || !opRuleArticle.get(s.toks[q].h) {
		return false
	}
	q++
	words := 0
	for ; q < hi && words <= 8; q++ {
		t := &s.toks[q]
		if g := s.gap(q); g != " " && g != "-" || t.sent || t.cls&tAlpha == 0 || t.cls&tDigit != 0 {
			return false
		}
		if !(words == 0 && opRuleHead.get(t.h)) && (careWords.get(t.h) || invoiceCareWords.get(t.h) || pdCareSubject.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0) {
			return false // a care event's state ("la diálisis es obligatoria los martes"): someone's care
		}
		cop := opRuleCopula.get(t.h)
		if !cop && t.low == "will" && q+1 < hi && s.toks[q+1].low == "be" {
			cop = true
			q++
		}
		if words > 0 && cop {
			r := q + 1
			if r < hi && opNeg.get(s.toks[r].h) {
				r++
			}
			return r < hi && opRuleWord.get(s.toks[r].h)
		}
		words++
	}
	return false
}

// opNoService: the person cue at token k is followed, within six words of
// its clause (up to b), by a negation and a verb of a service working (see
// the file comment).
func (s *scanner) opNoService(k, b int) bool {
	for m := k + 1; m <= k+6 && m+1 <= b && m+1 < len(s.toks); m++ {
		if s.toks[m].sent || strings.ContainsAny(s.gap(m), ",;:") {
			return false
		}
		if s.isCapWord(m) && s.toks[m].cls&tUpper == 0 || s.fl(m)&wTitle != 0 || s.ncOneCaredTok(m) {
			return false // "la consulta de Ana / del niño no funcionará": one person's (narrow18c.go)
		}
		if !opNeg.get(s.toks[m].h) {
			continue
		}
		n := m + 1
		if s.toks[m].low == "not" || s.toks[m].low == "no" && n <= b && s.toks[n].low == "se" {
			if n <= b && (s.toks[n].low == "be" || s.toks[n].low == "se") {
				n++ // "will not be open"
			}
		}
		return n <= b && n < len(s.toks) && opNoServe.get(s.toks[n].h)
	}
	return false
}

// opDeadline: the date at tokens i..j is a programme's deadline for
// everyone (see the file comment).
func (s *scanner) opDeadline(i, j int) bool {
	if i < 2 {
		return false
	}
	switch p := s.toks[i-1].low; {
	case p == "by" || p == "before":
	case p == "than" && s.toks[i-2].low == "later":
	case (p == "del" || p == "de") && s.toks[i-2].low == "antes":
	case p == "el" && s.toks[i-2].low == "hasta":
	default:
		return false
	}
	lo, hi := s.sentSpan(i)
	if h := s.ownHeadEnd(); lo == 0 && h >= 0 && h+1 < i {
		lo = h + 1
	}
	incentive := false
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		if m >= i && m <= j {
			continue
		}
		if recipientWords.get(t.h) || kinWords.get(t.h) || careKidWords.get(t.h) || careKin.get(t.h) || opPossessive.get(t.h) || s.fl(m)&wTitle != 0 {
			return false
		}
		if m > lo && s.isCapWord(m) && t.cls&tUpper == 0 && s.fl(m)&wMonth == 0 && !sdWeekdays.get(t.h) && !s.toks[m].sent {
			return false // a person's name after the header
		}
		if t.low == "s" && (s.gap(m) == "'" || s.gap(m) == "\u2019") && m > lo && s.toks[m-1].low != "year" && s.toks[m-1].low != "month" {
			return false // one person's possessive ("Ana's screening")
		}
		incentive = incentive || opIncentive.get(t.h)
	}
	if !incentive {
		return false
	}
	for k := max(lo, i-10); k <= j+4 && k < hi; k++ {
		if k >= i && k <= j || s.fl(k)&wDatePerson == 0 {
			continue
		}
		if !s.opIndefCue(k, lo) {
			return false
		}
	}
	return true
}

// opIndefCue: the person cue at token k is an indefinite one ("a
// screening", "an annual wellness exam") or a form's ("a physician form",
// "el formulario médico").
func (s *scanner) opIndefCue(k, lo int) bool {
	if k+1 < len(s.toks) && opForm.get(s.toks[k+1].h) || k > lo && opForm.get(s.toks[k-1].h) {
		return true
	}
	for m := k - 1; m >= lo && m >= k-3; m-- {
		t := &s.toks[m]
		if opIndef.get(t.h) {
			return true
		}
		if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || opRuleArticle.get(t.h) || s.gap(m+1) != " " && s.gap(m+1) != "-" {
			return false
		}
	}
	return false
}

// opOptOutPhone: the number at tokens first..last (ext: an extension
// follows) is the sender's opt-out line (see the file comment).
func (s *scanner) opOptOutPhone(first, last int, ext bool) bool {
	if ext || first < 2 || last >= len(s.toks) {
		return false
	}
	if g := strings.TrimSpace(s.gap(first)); g != "" && g != "(" {
		return false
	}
	v := first - 1
	switch s.toks[v].low {
	case "calling", "phoning", "dialing":
	case "al", "a":
		v--
		if l := s.toks[v].low; l != "llamando" && l != "marcando" {
			return false
		}
	default:
		return false
	}
	if !s.ncCallFromSender(v) {
		return false // "we will stop calling 303-…": the reader's number (narrow18c.go)
	}
	lo, hi := s.sdSpan(first)
	if h := s.opHeadEnd(); h >= lo && h+1 < v {
		lo = h + 1 // the sender's header ("Riverside Children's Hospital Foundation:") names no person
	}
	opt := false
	for m := lo; m < hi; m++ {
		if m >= first && m <= last {
			continue
		}
		t := &s.toks[m]
		if opOptPast.get(t.h) || opLine.get(t.h) {
			return false
		}
		switch {
		case t.low == "opt" && m+1 < hi && s.toks[m+1].low == "out", t.low == "optout", t.low == "unsubscribe", t.low == "desuscribirse", t.low == "desuscribase":
			opt = true
		case t.low == "baja" && m > lo && (s.toks[m-1].low == "de" || s.toks[m-1].low == "la"):
			opt = true // "darse de baja", "pedir la baja"
		case (t.low == "stop" || t.low == "dejar") && m+1 < hi && (s.toks[m+1].low == "receiving" || s.toks[m+1].low == "getting" || s.toks[m+1].low == "de"):
			opt = true // "stop receiving", "dejar de recibir"
		case t.low == "recibir" && m > lo && s.toks[m-1].low == "desea" && m-2 >= lo && s.toks[m-2].low == "no":
			opt = true // "si ya no desea recibir"
		}
	}
	if !opt || !s.pcNamesSender() {
		return false
	}
	return !s.pcVeto(lo, hi, first, last, v) && !s.pcMoreVeto(lo, hi, first, last, v)
}

// opPickupAt: the address at token i (p: the word before it, lo: its
// sentence's start) is where the reader's order waits: "Your curbside
// order is ready at", "Su pedido está listo en" (see the file comment).
func (s *scanner) opPickupAt(lo, p, i int) bool {
	if p <= lo || s.low(p) != "at" && s.low(p) != "en" || !opReady.get(s.toks[p-1].h) {
		return false
	}
	goods := false
	for m := lo; m < p-1; m++ {
		if spGoods.get(s.toks[m].h) || s.toks[m].low == "pickup" || s.toks[m].low == "curbside" {
			goods = true
		}
		if spDeliver.get(s.toks[m].h) {
			return false
		}
	}
	return goods
}

// opArriveYou: "you" at token m follows "when" / "cuando" and comes to
// the place: "Text us when you arrive", "Avísenos cuando llegue".
func (s *scanner) opArriveYou(m int) bool {
	t := &s.toks[m]
	if t.low == "you" && m > 0 && m+1 < len(s.toks) && (s.toks[m-1].low == "when" || s.toks[m-1].low == "once") {
		return opArrive.get(s.toks[m+1].h)
	}
	return false
}

// opAcctID: bytes a..b are one token that is an account id's prefix in a
// webhook's string value (see the file comment).
func (s *scanner) opAcctID(a, b int) bool {
	src := s.t.s
	if b-a < 2 || b-a > 4 || a < 1 || src[a-1] != '"' || b+5 > len(src) || src[b] != '_' {
		return false
	}
	for k := a; k < b; k++ {
		if c := src[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	digit, letter, n := false, false, 0
	k := b + 1
	for ; k < len(src); k++ {
		c := src[k]
		if c >= '0' && c <= '9' {
			digit = true
		} else if isLetterByte(c) {
			letter = true
		} else {
			break
		}
		n++
	}
	if n < 4 || !digit || !letter || k >= len(src) || src[k] != '"' {
		return false
	}
	t := strings.TrimSpace(src)
	if !strings.HasPrefix(t, "{") || !(strings.Contains(t, `"event"`) || strings.Contains(t, `"evento"`) || strings.Contains(t, `"type"`) ||
		strings.Contains(t, `"tipo"`) || strings.Contains(t, `"event_type"`)) {
		return false
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
	for _, w := range opClinicalKey {
		if strings.Contains(key, w) {
			return false
		}
	}
	if key == "id" || strings.HasSuffix(key, "_id") || strings.HasSuffix(key, ".id") {
		return true
	}
	for _, w := range opAcctKey {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// opHeadEnd: the text opens with the sender's header, capitalised words
// (with "&", of, de, del, the, y, and a possessive "'s", "St.") up to a
// colon within ten tokens; its last token, or -1.
func (s *scanner) opHeadEnd() int {
	for e := 0; e < len(s.toks) && e < 10; e++ {
		t := &s.toks[e]
		if t.cls&tDigit != 0 || recipientWords.get(t.h) {
			return -1
		}
		if e > 0 && t.sent && s.toks[e-1].low != "st" {
			return -1
		}
		poss := t.low == "s" && e > 0 && (s.gap(e) == "'" || s.gap(e) == "\u2019")
		if t.cls&(tCap|tUpper) == 0 && !poss && t.low != "de" && t.low != "del" && t.low != "of" && t.low != "the" && t.low != "y" && t.low != "&" {
			return -1
		}
		if e+1 < len(s.toks) && strings.HasPrefix(s.gap(e+1), ":") {
			return e
		}
	}
	return -1
}

// opWaitRoom: "espera" at token m names a waiting room ("salas de
// espera", "zona de espera"), not a waiting list: no booking word
// (senderdate.go's sdBookedSlot).
func (s *scanner) opWaitRoom(m int) bool {
	if s.toks[m].low != "espera" || m < 2 || s.toks[m-1].low != "de" {
		return false
	}
	switch s.toks[m-2].low {
	case "sala", "salas", "zona", "zonas", "area", "areas":
		return true
	}
	return false
}
