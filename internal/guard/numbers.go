package guard

import "strings"

// A number cluster is a run of digit tokens joined by phone/date-style
// separators: "(555) 123-4567", "03/07/1984", "123 45 6789".
type group struct {
	tok int
	d   string // digits
	sep string // separator before this group (empty for the first)
}

func clusterSep(g string) bool {
	if len(g) == 0 || len(g) > 3 {
		return false
	}
	if strings.HasPrefix(g, ". ") || g == ", " {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '-', '.', '/', '(', ')', ':':
		default:
			return false
		}
	}
	return true
}

// sepClass reduces a separator to one class byte: '-', '.', '/', ' ', ':', ')'.
func sepClass(g string) byte {
	t := strings.Trim(g, " ")
	switch {
	case t == "":
		return ' '
	case parenBytes.in(t): // strings.ContainsAny(t, "()")
		return ')'
	case t == "-" || t == "--":
		return '-'
	case t == ".":
		return '.'
	case t == "/":
		return '/'
	case t == ":":
		return ':'
	}
	return '?'
}

func (s *scanner) scanNumbers() {
	if len(s.numToks) == 0 { // no token with digits: nothing to read (and no clusters' buffer to clear)
		return
	}
	s.scanNumbersOn()
}

// scanNumbersOn is scanNumbers past its gate, kept apart so that the gate
// is inlined into detect (helper speed22).
func (s *scanner) scanNumbersOn() {
	n := len(s.toks)
	var gs [12]group
	// the tokens with digits only (numToks); a cluster's tokens are
	// passed over: the next start is past its last (j)
	next := 0
	for _, x := range s.numToks {
		i := int(x)
		if i < next || s.used[i] || s.toks[i].cls&tDigit == 0 {
			continue
		}
		// build the cluster
		c := gs[:0]
		c = append(c, group{tok: i, d: s.toks[i].low})
		j := i
		for j+1 < n && len(c) < len(gs) && !s.used[j+1] && clusterSep(s.gap(j+1)) {
			if s.toks[j+1].cls&tDigit == 0 {
				// ISO 8601 "2024-06-30T08:15": take the day digits
				if l := s.toks[j+1].low; s.toks[j+1].cls&tMixed != 0 && len(l) >= 3 && isDigitByte(l[0]) && isDigitByte(l[1]) && l[2] == 't' {
					j++
					c = append(c, group{tok: j, d: l[:2], sep: s.gap(j)})
				}
				break
			}
			j++
			c = append(c, group{tok: j, d: s.toks[j].low, sep: s.gap(j)})
		}
		pre := s.gap(i)
		for k := 0; k < len(c); {
			if s.used[c[k].tok] {
				k++
				continue
			}
			var p string
			if k == 0 {
				p = pre
			} else {
				p = c[k].sep
			}
			used := s.numPattern(c[k:], p)
			if used <= 0 {
				used = 1
			}
			k += used
		}
		next = j + 1
	}
}

func allSame(c []group, from, to int, cls byte) bool {
	for k := from; k <= to; k++ {
		if sepClass(c[k].sep) != cls {
			return false
		}
	}
	return true
}

func isTollFree(area string) bool {
	switch area {
	case "800", "888", "877", "866", "855", "844", "833", "822":
		return true
	}
	return false
}

// numPattern tries the structured number patterns at the start of c and
// returns how many groups it consumed (0: none matched).
func (s *scanner) numPattern(c []group, pre string) int {
	l := func(k int) int {
		if k < len(c) {
			return len(c[k].d)
		}
		return -1
	}
	v := func(k int) int { return atoi(c[k].d) }
	plus := strings.HasSuffix(strings.TrimRight(pre, " "), "+")
	paren := strings.HasSuffix(pre, "(")
	first := c[0].tok
	emit := func(k int, kind Kind, rule string, conf float64, why string) int {
		last := c[k-1].tok
		s.addTok(first, last, kind, rule, conf, why)
		return k
	}
	skip := func(k int) int {
		for q := 0; q < k; q++ {
			s.used[c[q].tok] = true
		}
		return k
	}

	// time: 10:30, 10:30:00
	if len(c) >= 2 && sepClass(c[1].sep) == ':' && l(0) <= 2 && l(1) == 2 {
		if len(c) >= 3 && sepClass(c[2].sep) == ':' && l(2) == 2 {
			return skip(3)
		}
		return skip(2)
	}
	// IPv4
	if len(c) >= 4 && l(0) <= 3 && l(1) <= 3 && l(2) <= 3 && l(3) <= 3 && allSame(c, 1, 3, '.') &&
		c[1].sep == "." && c[2].sep == "." && c[3].sep == "." && v(0) <= 255 && v(1) <= 255 && v(2) <= 255 && v(3) <= 255 {
		return emit(4, KindIP, "ip.v4", 0.85, "looks like an IP address")
	}
	// ISO date 1984-03-07, 1984/3/7
	if len(c) >= 3 && l(0) == 4 && l(1) <= 2 && l(2) <= 2 {
		sc := sepClass(c[1].sep)
		if (sc == '-' || sc == '/' || sc == '.') && c[1].sep == c[2].sep && len(c[1].sep) == 1 {
			y, m, d := v(0), v(1), v(2)
			if y >= 1880 && y <= 2150 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				s.date(first, c[2].tok, y, m, d)
				return 3
			}
		}
	}
	// NDC 4-4-2, 5-3-2, 5-4-1, 5-4-2 (dashes only)
	if len(c) >= 3 && c[1].sep == "-" && c[2].sep == "-" {
		a, b, d := l(0), l(1), l(2)
		if (a == 4 && b == 4 && d == 2) || (a == 5 && b == 3 && d == 2) || (a == 5 && b == 4 && (d == 1 || d == 2)) {
			return emit(3, KindCode, "code.ndc", 0.85, "looks like a National Drug Code")
		}
	}
	// numeric dates 03/07/1984, 3/7/84, 07.03.1984, 3-7-84
	if len(c) >= 3 && l(0) <= 2 && l(1) <= 2 && (l(2) == 4 || l(2) == 2) {
		sc := sepClass(c[1].sep)
		if (sc == '/' || sc == '-' || sc == '.') && c[1].sep == c[2].sep && len(c[1].sep) == 1 {
			a, b := v(0), v(1)
			y := v(2)
			if l(2) == 2 {
				y += 1900
				if y < 1930 {
					y += 100
				}
			}
			okMD := a >= 1 && a <= 12 && b >= 1 && b <= 31
			okDM := b >= 1 && b <= 12 && a >= 1 && a <= 31
			if (okMD || okDM) && (l(2) == 4 && y >= 1880 && y <= 2150 || l(2) == 2) {
				m, d := a, b
				if !okMD {
					m, d = b, a
				}
				s.date(first, c[2].tok, y, m, d)
				if okMD && okDM && a != b {
					s.dates = append(s.dates, dateVal{y: y, m: b, d: a, a: first, b: c[2].tok, allowed: s.dates[len(s.dates)-1].allowed})
				}
				return 3
			}
		}
	}
	// SSN 123-45-6789, 123 45 6789
	if len(c) >= 3 && l(0) == 3 && l(1) == 2 && l(2) == 4 && c[1].sep == c[2].sep && (c[1].sep == "-" || c[1].sep == " " || c[1].sep == ".") {
		return emit(3, KindSSN, "ssn.formatted", 0.95, "looks like a Social Security number")
	}
	// NANP phone: [1] 555 123 4567 with any mix of - . space ( )
	if k, ok := s.nanp(c, plus); ok {
		area := c[k-3].d
		if c[k-3].d == "1" {
			area = c[k-2].d
		}
		_ = area
		areaCode := c[k-3].d
		if isTollFree(areaCode) {
			return skip(k)
		}
		end := s.extension(c[k-1].tok)
		if !s.phoneSentLong(first) && (s.senderPhone(first, c[k-1].tok, end != c[k-1].tok) || s.phoneOffer(first, c[k-1].tok, end != c[k-1].tok) || s.senderLine(first, c[k-1].tok, end != c[k-1].tok) ||
			s.phoneCTA(first, c[k-1].tok, end != c[k-1].tok) || s.ownNumber(first, c[k-1].tok) || s.ctaCallNamed(first, c[k-1].tok, end != c[k-1].tok) || s.opOptOutPhone(first, c[k-1].tok, end != c[k-1].tok) || s.pvSenderPhone(first, c[k-1].tok, end != c[k-1].tok)) { // a sentence past the reach: kept (phonelongsent.go); an opt-out line (senderops.go) // the sender's own number (senderphone.go, phoneoffer.go, phonecta.go, ownnumber.go)
			return skip(k)
		}
		s.addTok(first, end, KindPhone, "phone.nanp", 0.95, "looks like a phone or fax number")
		if paren {
			s.fs[len(s.fs)-1].a--
		}
		for q := 0; q < k; q++ {
			s.used[c[q].tok] = true
		}
		return k
	}
	// international with +
	if plus {
		total, k := 0, 0
		for k < len(c) && (k == 0 || sepClass(c[k].sep) != ':' && sepClass(c[k].sep) != '/') {
			total += len(c[k].d)
			k++
			if total >= 15 {
				break
			}
		}
		if total >= 7 && total <= 15 {
			end := s.extension(c[k-1].tok)
			if s.pvIntlSender(first, c[k-1].tok, end != c[k-1].tok) { // the sender's line (phonevoice.go)
				return skip(k)
			}
			s.addTok(first, end, KindPhone, "phone.international", 0.9, "looks like an international phone number")
			for q := 0; q < k; q++ {
				s.used[c[q].tok] = true
			}
			return k
		}
	}
	// an area code in parentheses, Latin American style: "(55) 1234-5678" (lang.go)
	if k := parenArea(c, paren); k > 0 {
		if !s.phoneSentLong(first) && (s.phoneCTA(first, c[k-1].tok, s.pcExt(c[k-1].tok)) || s.ownNumber(first, c[k-1].tok) || s.pvSenderPhone(first, c[k-1].tok, s.pcExt(c[k-1].tok))) { // (phonelongsent.go) "Llámenos al (55) 5555-0000 …" (phonecta.go, ownnumber.go, ctaframe.go)
			return skip(k)
		}
		emit(k, KindPhone, "phone.national", 0.8, "looks like a phone number (area code in parentheses)")
		s.fs[len(s.fs)-1].a-- // the "("
		return k
	}
	// national numbers starting with 0: "020 7946 0958", "07700 900123"
	if len(c) >= 2 && c[0].d[0] == '0' && l(0) >= 2 && l(0) <= 5 {
		total, k := 0, 0
		for k < len(c) && (k == 0 || c[k].sep == " " || c[k].sep == "-" || c[k].sep == ".") {
			total += len(c[k].d)
			k++
		}
		if total >= 9 && total <= 12 && k >= 2 {
			// a ZIP+4 starting with 0 ("zip code: 02139-7124") is never
			// such a reference: it stays reported as before
			if (s.refNotPhone(first) || s.bizCode(first, c[k-1].tok) || s.cfParcelCode(first)) && !(l(0) == 5 && l(1) == 4 && c[1].sep == "-") { // "Receipt #004-1182-77" (receiptnum.go); "factura B 0004-00018273" (bizcode.go)
				return skip(k)
			}
			if arTollFree(c[:k]) || s.phoneOffer(first, c[k-1].tok, false) || s.phoneCTA(first, c[k-1].tok, s.pcExt(c[k-1].tok)) || s.pvSenderPhone(first, c[k-1].tok, s.pcExt(c[k-1].tok)) { // "Pedí turno al 0810-555-3377" (phoneoffer.go)
				return skip(k)
			}
			return emit(k, KindPhone, "phone.national", 0.75, "looks like a phone number")
		}
	}
	// ZIP+4
	if len(c) >= 2 && l(0) == 5 && l(1) == 4 && c[1].sep == "-" {
		return emit(2, KindZIP, "zip.plus4", 0.9, "looks like a ZIP+4 code")
	}
	// LOINC 2345-7
	if len(c) >= 2 && l(0) >= 3 && l(0) <= 6 && l(1) == 1 && c[1].sep == "-" && (len(c) == 2 || c[2].sep != "-") {
		if s.cueNear(first, c[1].tok, wLoincCue, 4, 1) || loincCheck(c[0].d) == int(c[1].d[0]-'0') && l(0) >= 3 {
			return emit(2, KindCode, "code.loinc", 0.8, "looks like a LOINC lab code")
		}
	}
	// local phone 123-4567
	if len(c) >= 2 && l(0) == 3 && l(1) == 4 && (c[1].sep == "-" || c[1].sep == ".") {
		if s.cueNear(first, first, wAllowNum, 3, 0) {
			return skip(2)
		}
		end := s.extension(c[1].tok)
		if !s.phoneSentLong(first) && (s.phoneCTA(first, c[1].tok, end != c[1].tok) || s.ownNumber(first, c[1].tok) || s.pvSenderPhone(first, c[1].tok, end != c[1].tok)) { // (phonelongsent.go) the sender's own line (phonecta.go, ownnumber.go)
			return skip(2)
		}
		s.addTok(first, end, KindPhone, "phone.local", 0.8, "looks like a local phone number")
		s.used[c[0].tok], s.used[c[1].tok] = true, true
		return 2
	}
	// "555 1234" after a phone cue
	if len(c) >= 2 && l(0) == 3 && l(1) == 4 && c[1].sep == " " && s.cueNear(first, first, wPhoneCue, 4, 0) {
		return emit(2, KindPhone, "phone.local", 0.75, "looks like a local phone number")
	}
	// blood pressure 150/95 after "BP" / "blood pressure"
	if len(c) >= 2 && l(0) >= 2 && l(0) <= 3 && l(1) >= 2 && l(1) <= 3 && c[1].sep == "/" && plausibleBP(float64(v(0)), float64(v(1))) {
		for k := first - 1; k >= 0 && k >= first-4; k-- {
			if lw := s.low(k); lw == "bp" || lw == "pressure" {
				return emit(2, KindLabTest, "clinical.vital", 0.8, "a blood pressure reading")
			}
		}
	}
	// month/day without year: 3/7 (not 24/7, not fractions)
	if len(c) >= 2 && l(0) <= 2 && l(1) <= 2 && c[1].sep == "/" && (len(c) == 2 || sepClass(c[2].sep) != '/') {
		if s.pairNotDate(first, c[1].tok) { // "we won 3/1", "4/6 size" (vitals.go)
			return skip(2)
		}
		a, b := v(0), v(1)
		if a >= 1 && a <= 12 && b >= 1 && b <= 31 && !(a <= 4 && b <= 4 && a < b) {
			s.date(first, c[1].tok, 0, a, b)
			return 2
		}
		if s.dayFirstPair(first, a, b) { // "el sábado 18/4" (dmdate.go)
			s.date(first, c[1].tok, 0, b, a)
			return 2
		}
		return skip(2)
	}
	// single group rules
	g := c[0]
	ng := len(g.d)
	// age: 92 years old / aged 91
	if ng >= 2 && ng <= 3 && s.age(first) {
		return 1
	}
	if ng == 5 {
		if s.cueNear(first, first, wZipCue, 3, 0) && !s.zipCodigoOrder(first) || first > 0 && s.fl(first-1)&(wStateCode|wStateName) != 0 &&
			(s.toks[first-1].cls&tUpper != 0 || s.fl(first-1)&wStateName != 0) && len(s.gap(first)) <= 2 && !s.stateCodeRef(first) {
			return emit(1, KindZIP, "zip.code", 0.85, "looks like a ZIP code")
		}
		if s.deliveryZip(first) { // "Delivery to 94110 is delayed" (zipdelivery.go)
			return emit(1, KindZIP, "zip.code", 0.8, "a ZIP code the delivery goes to")
		}
		if s.cueNear(first, first, wCPTCue, 4, 1) && !strings.HasSuffix(s.gap(first), "#") { // "#55122" is a reference
			return emit(1, KindCode, "code.cpt", 0.8, "looks like a procedure (CPT) code")
		}
	}
	if ng == 11 && s.cueNear(first, first, wNDCCue, 3, 0) {
		return emit(1, KindCode, "code.ndc", 0.85, "looks like a National Drug Code")
	}
	if ng == 9 && s.cueNear(first, first, wSSNCue, 4, 0) {
		return emit(1, KindSSN, "ssn.compact", 0.9, "looks like a Social Security number")
	}
	if ng == 4 && s.cueNear(first, first, wSSNCue, 5, 0) {
		return emit(1, KindSSN, "ssn.last4", 0.8, "last digits of a Social Security number")
	}
	if ng == 10 || ng == 11 && g.d[0] == '1' {
		if s.cueNear(first, first, wPhoneCue, 4, 0) || paren || s.phoneSentTo(first) { // "sent to 6155550142" (phonesent.go)
			return emit(1, KindPhone, "phone.compact", 0.85, "looks like a phone number")
		}
	}
	// a Mexican 2-4-4 number after a phone cue or "te llamaremos al" (phonesent.go)
	if mxPhone(c) && (s.phoneSentTo(first) || s.cueNear(first, first, wPhoneCue, 4, 0)) {
		if !s.phoneSentLong(first) && (s.senderPhone(first, c[2].tok, false) || s.phoneCTA(first, c[2].tok, s.pcExt(c[2].tok))) { // (phonelongsent.go) "Nuestro Centro … atiende por WhatsApp al 55 5010 2020" (senderphone.go)
			return skip(3)
		}
		return emit(3, KindPhone, "phone.national", 0.8, "looks like a phone number")
	}
	// long numbers, possibly grouped: cards, account and other identifiers
	total, k := 0, 0
	for k < len(c) && (k == 0 || c[k].sep == "-" || c[k].sep == " " || c[k].sep == ".") {
		total += len(c[k].d)
		k++
	}
	if total >= 7 && (k == 1 || total >= 9) {
		if s.cueNear(first, first, wAllowNum, 4, 0) && !s.allowNumPersonal(first) && !s.whHeldBody(first) && !s.anCallBefore(first) || s.esTollFree(c[:k], total) { // "Receipt MBR-4481290" (red3cuts.go); not "pedido … llame al …" (allownumcall.go); not "ord_MRN_48291377" (webhookheld.go)
			return skip(k)
		}
		if total <= 12 && s.phoneCTA(first, c[k-1].tok, s.pcExt(c[k-1].tok)) { // "Tel. 91 555 23 40", "llama al 91 555 23 40" (phonecta.go)
			return skip(k)
		}
		if s.telHours(first, c[k-1].tok) { // "Horario de lunes a viernes … Tel. 910 123 400." (phoneoffer.go)
			return skip(k)
		}
		if s.gap(first) == "-" && s.requestCode(first-1) { // "records request REQ-20261104" (requestcode.go)
			return skip(k)
		}
		if k == 1 && s.jsonEpoch(first) { // "created":1743600000 (jsonepoch.go)
			return skip(k)
		}
		if k == 1 && s.crInvoiceNumber(first, c) { // "factura electrónica N.º FE-00187734" (crinvoice.go)
			return skip(k)
		}
		if s.esDocNumber(first) { // "Su solicitud N.° 2026-118044", "Su bono electrónico N.° 88120455" (esdocnum.go)
			return skip(k)
		}
		if k == 3 && s.ecInvoiceNumber(first, c) { // "Factura electrónica N.º 001-002-000045871" (ecinvoice.go)
			return skip(k)
		}
		if s.shopPayRef(first) || k == 2 && s.invoiceSeries(first, c[1].tok) || s.seasonYears(c, k) || s.payEventInvoiceValue(first) || s.payReceiptNumber(first) { // shoppay.go; "COVID-19 2026-2027" (seasonyears.go); "invoice_id" of a payment event (payevent.go)
			return skip(k)
		}
		if total >= 13 && total <= 19 && luhn(c[:k]) {
			if s.cueNear(first, c[k-1].tok, wCardCue, 4, 0) || k > 1 {
				return emit(k, KindAccount, "account.card", 0.9, "looks like a payment card number")
			}
		}
		if first > 0 && s.gap(first) == "-" && (s.senderCode(s.scCodeStart(first), c[k-1].tok) || s.bizCode(first, c[k-1].tok)) { // "Statement #SEC-2026-10-0412" (sendercode.go); "agreement RA-2026-07713" (bizcode.go)
			return skip(k)
		}
		return emit(k, KindIdentifier, "identifier.number", 0.7, "long number that may identify a person")
	}
	return 0
}

// nanp matches a North American number at the start of c; it returns the
// number of groups used.
func (s *scanner) nanp(c []group, plus bool) (int, bool) {
	st := 0
	if len(c[0].d) == 1 && c[0].d == "1" && len(c) >= 4 {
		st = 1
	}
	if len(c) < st+3 {
		// "(555) 1234567"? rare; no
		return 0, false
	}
	a, b, d := c[st], c[st+1], c[st+2]
	if len(a.d) != 3 || len(b.d) != 3 || len(d.d) != 4 {
		return 0, false
	}
	s1, s2 := sepClass(b.sep), sepClass(d.sep)
	if s1 == '?' || s2 == '?' || s1 == ':' || s2 == ':' || s1 == '/' && s2 == '/' {
		return 0, false
	}
	if a.d[0] < '2' && !plus && st == 0 {
		// area codes start 2-9; accept anyway when the separators look like a phone
		if s1 != ')' {
			return 0, false
		}
	}
	return st + 3, true
}

// extension extends a phone number over "ext. 12", "x12", "extension 12".
func (s *scanner) extension(last int) int {
	n := len(s.toks)
	k := last + 1
	if k >= n || len(s.gap(k)) > 3 {
		return last
	}
	t := &s.toks[k]
	if s.fl(k)&wExtCue != 0 && k+1 < n && s.toks[k+1].cls&tDigit != 0 && len(s.gap(k+1)) <= 3 {
		s.used[k] = true
		s.used[k+1] = true
		return k + 1
	}
	if t.cls&tMixed != 0 && (strings.HasPrefix(t.low, "x") || strings.HasPrefix(t.low, "ext")) {
		s.used[k] = true
		return k
	}
	return last
}

func luhn(c []group) bool {
	sum, dbl := 0, false
	for k := len(c) - 1; k >= 0; k-- {
		d := c[k].d
		for i := len(d) - 1; i >= 0; i-- {
			x := int(d[i] - '0')
			if dbl {
				x *= 2
				if x > 9 {
					x -= 9
				}
			}
			sum += x
			dbl = !dbl
		}
	}
	return sum%10 == 0
}

// loincCheck computes the LOINC mod-10 check digit of the digits d.
func loincCheck(d string) int {
	// Double every other digit starting from the rightmost, sum digits.
	sum := 0
	dbl := true
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if dbl {
			x *= 2
			sum += x/10 + x%10
		} else {
			sum += x
		}
		dbl = !dbl
	}
	return (10 - sum%10) % 10
}
