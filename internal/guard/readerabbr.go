package guard

import "strings"

// readerabbr.go: three rules of fix helper miss19 (issue 15, nineteenth
// pass, dev103's fam-miss19, probe set dev103m, 2026-12-06), run from one
// walk at their start words (raFilter; the pass returns at once when no
// token of the field has one: fb3ReaderAbbr, tokfilter.go):
//
//   - compose.reader_abbr (procedure): a device or procedure abbreviation
//     that collides with another sense, owned by the reader. "Please place
//     your home monitor near your bed tonight so your ICD can send its
//     scheduled report" passed: ICD is also the billing code set ("we now
//     bill with ICD-10 codes"), PPM parts per million, ILR a report's
//     initials, URS a garage's, PEG a peg, DAI an acronym, so none is listed
//     alone. Reported: the word in capitals (raAbbr: ICD, PPM, ILR, URS,
//     PEG, DAI, and their kin FET, AVR, MVR, SCS, WCD, VNS — a transistor,
//     a receiver, a company's initials; CRT only with -D or -P after it) right after a reader's
//     possessive (your, su, tu) or a capitalised name's possessive
//     ("Leo's"), one device adjective between allowed ("your implanted
//     ICD"), and not followed by a code-set number or word ("ICD-10",
//     "ICD 9", "ICD code", "ICD-CM"). Passes: "we bill with ICD-10 codes",
//     "your ICD-10 code questions", "3 PPM today", "the ILR annual report"
//     (no owner). The unambiguous ones (ESWL, PCNL, TURBT, CRT-D, CRT-P,
//     S-ICD, LEOC) are listed (labs_procedures.txt, clinical_es.txt).
//
//   - compose.fertility_beta (lab_test): the reader's beta (hCG) result.
//     "Great news! Your beta came back at 212" and "su beta salió en 212"
//     passed: beta is a software word. Reported: beta after a reader's
//     possessive (an ordinal between allowed: "your second beta"), a day
//     phrase after it allowed ("today", "on Monday", "de hoy"), then a
//     lab word (draw, level, number, quant, result, resultado…) or a result
//     verb (came back, came in, is, was, returned; salió, dio, fue, es,
//     resultó) with an optional at/of/de/en/a and a number or a sign word
//     (positive, negative, positiva, negativo…), or a colon and a number,
//     in its sentence. Passes: "try our beta app", "your beta access is
//     ready", "your beta invite expires in 7 days" (a software word right
//     after beta: raSoft), "212 testers came back" (no owner).
//
//   - id.national_dotted (identifier): a Spanish national identity number
//     after its cue written with dots. "Su C.I. N.º 3.881.245 fue vinculada
//     a su ficha" passed: "C.I." is two one-letter tokens, so the listed
//     cue "ci" (context_words.txt) never matched. Reported: one-letter
//     capitals joined by dots that spell a national identity document (C.I.,
//     C.C., T.I., D.N.I., R.U.T., R.U.N., C.U.R.P., D.U.I., N.I.E., N.I.F.,
//     C.U.I.L., C.U.I.T.), then, after an optional number marker (N.º, No.,
//     nro., núm., #, ":"), a number of six digits or more (dots, hyphens
//     and a check letter allowed: "12.345.678-5") or an 18-character CURP;
//     the value is read and judged by idValue (words.go) as for the
//     undotted cue. Passes: "Traiga su C.I. original" (no number), "Ref.
//     C.I. 2025" (four digits), "Su pedido N.º 3.881.245" (no cue).
//
// All three are reader-tied (readerTiedRule): each names the reader's own
// device, result or identity number.
var (
	raAbbr    = wordSetTab("icd ppm ilr urs peg dai crt fet avr mvr scs wcd vns")
	raBeta    = wordSetTab("beta betas")
	raLetters = wordSetTab("c d r n t")
	raFilter  = tabsFilter(raAbbr, raBeta, raLetters)

	raOwner = wordSetTab("your su tu")
	// raOrdinal: a count between the owner and beta ("your second beta")
	raOrdinal = wordSetTab("first second third 1st 2nd 3rd primer primera segunda segundo tercera tercer ultima ultimo latest last repeat")
	// raDevAdj: a word between the owner and the device ("your implanted ICD")
	raDevAdj = wordSetTab("implanted implantable new current replacement nuevo nueva implantado")
	// raWhen: a day word after beta ("your beta today was 212", "su beta de hoy")
	raWhen    = wordSetTab("today yesterday tonight hoy ayer")
	raWhenPre = wordSetTab("on from de del this")
	raWhenDay = wordSetTab("monday tuesday wednesday thursday friday saturday sunday morning today yesterday hoy ayer lunes martes miercoles jueves viernes sabado domingo")
	// raCodeAfter: a code set's words after ICD ("ICD code", "ICD-CM")
	raCodeAfter = wordSetTab("code codes coding coder coders cm pcs codigo codigos codificacion version versions")
	// raSoft: software words right after beta
	raSoft = wordSetTab("app apps version versions access invite invites invitation program programme programa tester testers testing " +
		"build builds release releases feature features site portal key keys code codes channel group period signup user users " +
		"account program period phase launch period ios android web de del version")
	// raLab: lab words right after beta ("your beta draw", "su beta cuantitativa")
	raLab = wordSetTab("draw draws level levels number numbers quant quantitative value values result results resultado resultados " +
		"hcg cuantitativa extraccion analitica")
	// raVerb: a result verb after beta or its lab word
	raVerb = wordSetTab("came is was returned resulted salio dio fue es resulto resultado")
	// raVerbTail: a particle after the verb ("came back at", "fue de")
	raVerbTail = wordSetTab("back in at as of de en a")
	// raSign: a qualitative result
	raSign = wordSetTab("positive negative positiva positivo negativa negativo detectable undetectable indetectable")
	// raNatCue: national identity documents spelled by their dotted letters
	raNatCue = wordSetTab("ci cc ti dni rut run curp dui nie nif cuil cuit")
	// raNumMark: a number marker between the cue and its value ("N.º", "No.", "nro.")
	raNumMark = wordSetTab("n no nro num numero number o")
)

// raIDCue: the phrase idValue reads the dotted cue as.
var raIDCue = &phrase{kind: KindIdentifier, rule: "id.national_dotted", class: pIDCue}

// scanReaderAbbr runs the three rules at their start words.
func (s *scanner) scanReaderAbbr() {
	if s.fbAll3&fb3ReaderAbbr == 0 { // no start word in the field (tokfilter.go)
		return
	}
	s.scanReaderAbbrOn()
}

// scanReaderAbbrOn is scanReaderAbbr past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanReaderAbbrOn() {
	for i := range s.toks {
		h := s.toks[i].h
		if !raFilter.may(h) || s.used[i] {
			continue
		}
		switch {
		case raAbbr.get(h):
			s.readerAbbrAt(i)
		case raBeta.get(h):
			s.fertilityBetaAt(i)
		case raLetters.get(h):
			s.nationalDottedAt(i)
		}
	}
}

// raOwned: the word at i follows a reader's possessive, or a capitalised
// name's possessive ("Leo's"), in its sentence.
func (s *scanner) raOwned(i int) bool {
	if i == 0 || s.toks[i].sent || s.gap(i) != " " {
		return false
	}
	p := &s.toks[i-1]
	if raOwner.get(p.h) {
		return true
	}
	if !p.sent && s.possessiveS(i-1) { // spacedposs.go
		q := &s.toks[i-2] // "Leo's": a capitalised name's possessive
		return q.cls&tCap != 0 && q.cls&tUpper == 0
	}
	if p.cls&tCap != 0 && p.cls&tUpper == 0 && len(p.low) > 2 && p.low[len(p.low)-1] == 's' {
		src := s.t.s[p.s:p.e] // the possessive as one token
		return len(src) > 2 && (src[len(src)-2] == '\'' || len(src) > 4 && src[len(src)-4:len(src)-1] == "\u2019")
	}
	return false
}

// readerAbbrAt: compose.reader_abbr at the abbreviation i.
func (s *scanner) readerAbbrAt(i int) bool {
	t := &s.toks[i]
	if t.cls&tUpper == 0 || t.e-t.s != int32(len(t.low)) {
		return false // capitals only
	}
	end := i
	n := len(s.toks)
	if i+1 < n && !s.toks[i+1].sent && s.gap(i+1) == "-" {
		nx := s.toks[i+1].low
		switch {
		case nx == "d" || nx == "p":
			end = i + 1 // "CRT-D", "CRT-P"
		case s.toks[i+1].cls&(tDigit|tMixed) != 0 || raCodeAfter.get(s.toks[i+1].h):
			return false // "ICD-10", "ICD-CM"
		}
	}
	if t.low == "crt" && end == i {
		return false // a monitor
	}
	if end == i && i+1 < n && !s.toks[i+1].sent && (s.toks[i+1].cls&tDigit != 0 || raCodeAfter.get(s.toks[i+1].h)) {
		return false // "ICD 10", "ICD codes"
	}
	start := i
	if i > 0 && s.toks[i-1].low == "s" && s.gap(i) == "-" && s.toks[i-1].cls&tUpper != 0 {
		start = i - 1 // "S-ICD"
	}
	if !s.raOwned(start) && !(start > 1 && raDevAdj.get(s.toks[start-1].h) && !s.toks[start].sent && s.gap(start) == " " && s.raOwned(start-1)) {
		return false // "your ICD", "your implanted ICD"
	}
	for k := start; k <= end; k++ {
		if s.used[k] {
			return false
		}
	}
	s.addTok(start, end, KindProcedure, "compose.reader_abbr", 0.8, reasonFor(KindProcedure))
	return true
}

// fertilityBetaAt: compose.fertility_beta at beta i.
func (s *scanner) fertilityBetaAt(i int) bool {
	o := i
	if o > 0 && !s.toks[o].sent && s.gap(o) == " " && raOrdinal.get(s.toks[o-1].h) {
		o--
	}
	if o == 0 || s.toks[o].sent || s.gap(o) != " " || !raOwner.get(s.toks[o-1].h) {
		return false
	}
	n := len(s.toks)
	k := i + 1
	if k >= n || s.toks[k].sent {
		return false
	}
	switch { // a day phrase after beta: "your beta today was 212", "su beta de hoy salió positiva"
	case raWhen.get(s.toks[k].h) && s.gap(k) == " ":
		k++
	case raWhenPre.get(s.toks[k].h) && s.gap(k) == " " && k+1 < n && !s.toks[k+1].sent && s.gap(k+1) == " " && raWhenDay.get(s.toks[k+1].h):
		k += 2
	}
	if k >= n || s.toks[k].sent || s.gap(k) != " " && k > i+1 {
		return false
	}
	if raSoft.get(s.toks[k].h) {
		return false
	}
	if raLab.get(s.toks[k].h) && s.gap(k) == " " {
		s.addTok(o-1, k, KindLabTest, "compose.fertility_beta", 0.8, reasonFor(KindLabTest))
		return true
	}
	if g := s.gap(k); strings.TrimSpace(g) == ":" || strings.TrimSpace(g) == "=" {
		if s.toks[k].cls&tDigit != 0 {
			s.addTok(o-1, k, KindLabTest, "compose.fertility_beta", 0.8, reasonFor(KindLabTest))
			return true
		}
		return false
	}
	if !raVerb.get(s.toks[k].h) {
		return false
	}
	// up to two particles, then the value
	for m := k + 1; m < n && m <= k+3 && !s.toks[m].sent; m++ {
		if g := s.gap(m); g != " " && strings.TrimSpace(g) != ":" {
			return false
		}
		t := &s.toks[m]
		if t.cls&tDigit != 0 || raSign.get(t.h) {
			s.addTok(o-1, m, KindLabTest, "compose.fertility_beta", 0.8, reasonFor(KindLabTest))
			return true
		}
		if !raVerbTail.get(t.h) {
			return false
		}
	}
	return false
}

// nationalDottedAt: id.national_dotted at the one-letter capital i.
func (s *scanner) nationalDottedAt(i int) bool {
	n := len(s.toks)
	one := func(k int) bool {
		t := &s.toks[k]
		return t.e-t.s == 1 && t.cls&tUpper != 0 && t.cls&tAlpha != 0
	}
	if !one(i) || i > 0 && !s.toks[i].sent && s.gap(i) == "." && one(i-1) {
		return false // only from the run's first letter
	}
	j := i
	for j+1 < n && j-i < 4 && s.gap(j+1) == "." && one(j+1) && !s.toks[j+1].sent {
		j++
	}
	if j == i {
		return false
	}
	var buf [6]byte
	b := buf[:0]
	for k := i; k <= j; k++ {
		b = append(b, s.toks[k].low...)
	}
	if !raNatCue.get(hstr(string(b))) {
		return false
	}
	// the value: after an optional number marker, six digits or more, or a CURP
	k := j + 1
	for skips := 0; k < n && skips < 3 && s.toks[k].cls&tAlpha != 0 && (raNumMark.get(s.toks[k].h) || s.toks[k].low == "º"); skips++ {
		k++
	}
	if k >= n || len(s.gap(k)) > 5 || strings.ContainsRune(s.gap(k), '\n') {
		return false
	}
	v := &s.toks[k]
	digits := 0
	switch {
	case v.cls&tDigit != 0:
		digits = int(v.nd)
		for m := k + 1; m < n && m-k < 6; m++ {
			g := s.gap(m)
			if g != "." && g != "-" || s.toks[m].cls&(tDigit|tMixed|tAlpha) == 0 {
				break
			}
			if s.toks[m].cls&tDigit == 0 && s.toks[m].e-s.toks[m].s > 1 {
				break // a check letter only ("-K")
			}
			digits += int(s.toks[m].nd)
		}
	case v.cls&tMixed != 0 && v.e-v.s == 18:
		digits = 6 // a CURP
	}
	if digits < 6 {
		return false
	}
	return s.idValue(i, j, raIDCue)
}
