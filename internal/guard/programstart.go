package guard

import "strings"

// programstart.go — a care programme the reader starts (issue 15,
// seventeenth pass, fix helper gaps17, dev94r/dev97g: "Partial
// hospitalization program now available in Salem — you start Monday at
// 9 AM", "Su programa ambulatorio intensivo ya está disponible en Oregón —
// empieza el lunes").
//
// An availability sentence about a treatment programme reads as the
// sender's news, and the announcement rules pass it; what makes it one
// reader's care is who starts: the reader as the subject of a start verb
// ("you start", "you'll begin", "usted comienza") in the programme's
// sentence, or the reader's possessive on the programme itself ("Su
// programa …", "your day treatment program") with a start verb in the
// sentence. The programme must be a care programme: a word of treatment
// setting next to program/programme/programa (English before it, Spanish
// after it, through de/del): hospitalization, outpatient, inpatient,
// treatment, rehab, detox, residential; hospitalización, ambulatorio,
// tratamiento, rehabilitación, desintoxicación, residencial.
//
// Rule compose.program_start, kind condition. Passes: "Our partial
// hospitalization program opens Monday; any clinician can refer" (no
// reader starts), "The summer reading program starts Monday, and you can
// sign up" and "Our rewards program starts Monday: you earn double points"
// (no treatment setting), "El nuevo programa ambulatorio intensivo abre el
// lunes … para toda la comunidad" (no reader).
//
// Cost: gated on the bytes "rogram" in the field; then a look at the
// programme words only.

var (
	psProgram = wordSetTab("program programme programa")
	// psProgramFilter: the field bit fb3Program (tokfilter.go) — the walk
	// starts only at a psProgram word.
	psProgramFilter = tabsFilter(psProgram)
	psSetting       = wordSetTab("hospitalization hospitalisation outpatient inpatient treatment rehab rehabilitation detox residential " +
		"hospitalizacion ambulatorio ambulatoria tratamiento rehabilitacion desintoxicacion residencial internamiento")
	psGlue    = wordSetTab("de del day partial intensive diurno parcial intensivo intensiva")
	psStart   = wordSetTab("start starts begin begins starting beginning empieza empiezan comienza comienzan inicia inician empezara comenzara iniciara arranca")
	psYouAux  = wordSetTab("will ll can may")
	psReaderS = wordSetTab("you youll usted")
	psOwner   = wordSetTab("your su tu")
)

// scanProgramStart reports the care programmes the reader starts (see the
// file comment).
func (s *scanner) scanProgramStart() {
	if s.fbAll3&fb3Program == 0 || !strings.Contains(s.t.s, "rogram") { // no psProgram word in the field (tokfilter.go)
		return
	}
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !psProgram.get(s.toks[i].h) {
			continue
		}
		a, b, ok := s.psCareProgram(i)
		if !ok {
			continue
		}
		owned := a > 0 && !s.toks[a].sent && psOwner.get(s.toks[a-1].h)
		if !s.psReaderStarts(i, owned) {
			continue
		}
		s.addTok(a, b, KindCondition, "compose.program_start", 0.75, "names a treatment programme the reader starts")
		i = b
	}
}

// psCareProgram: the programme word at i with a treatment-setting word
// among the three words before it (English) or after it (Spanish, through
// de/del); the span a..b of the programme's name.
func (s *scanner) psCareProgram(i int) (int, int, bool) {
	n := len(s.toks)
	a, b, care := i, i, false
	for k := i - 1; k >= 0 && k >= i-3 && s.gap(k+1) == " " && !s.toks[k+1].sent; k-- {
		h := s.toks[k].h
		if psSetting.get(h) {
			a, care = k, true
			continue
		}
		if !psGlue.get(h) {
			break
		}
		a = k
	}
	if care {
		for a < i && !psSetting.get(s.toks[a].h) && s.low(a) != "partial" && s.low(a) != "day" && s.low(a) != "intensive" {
			a++
		}
		return a, b, true
	}
	a = i
	for k := i + 1; k < n && k <= i+3 && s.gap(k) == " "; k++ {
		h := s.toks[k].h
		if psSetting.get(h) {
			b, care = k, true
			continue
		}
		if !psGlue.get(h) {
			break
		}
	}
	return a, b, care
}

// psReaderStarts: in the programme's sentence, the reader is the subject
// of a start verb ("you start", "you'll begin", "usted comienza"), or the
// programme is the reader's (owned) and a start verb follows it.
func (s *scanner) psReaderStarts(i int, owned bool) bool {
	a, b := s.sentence(i)
	for k := a; k <= b; k++ {
		if !psStart.get(s.toks[k].h) {
			continue
		}
		if owned && k > i {
			return true
		}
		// the reader right before the verb, an auxiliary between
		for m := k - 1; m >= a && m >= k-2; m-- {
			if psReaderS.get(s.toks[m].h) {
				return true
			}
			if !psYouAux.get(s.toks[m].h) {
				break
			}
		}
	}
	return false
}
