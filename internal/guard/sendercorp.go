package guard

// sendercorp.go: a sender's own name whose capitalised words are in no word
// list, read as an organisation by the word that makes it one (issue 15,
// eighteenth pass round two, dev101 fam2-name, helper name18, 2026-12-06).
//
// Two capitalised words in no vocabulary are read as a person
// (name.capitalized, words.go c2): "Hospital Monte Cuscatlán: su contraseña
// fue cambiada", "Larkfield QuickCare: thanks for your payment". The
// sender's name rules (sendername.go) miss both shapes: "Hospital" closes
// an English name ("Larkfield Hospital") but does not open a Spanish one,
// and a business noun written inside a camel-case word ("QuickCare",
// "UrgentCare", "CityHealth", "MedPoint") is no business noun to snFind.
// snCorpRun (called by dropSenderName) records such a run as a names-only
// sender span (only name findings inside it pass, never a clinical one):
//
//   - an opener: the name.capitalized run right after a capitalised
//     "Hospital", "Hospitales", "Policlínica(s)" or "Clínicas" (scOpen),
//     joined by one space ("Hospital Privado Monte Cuscatlán:", "el portal
//     del Hospital Monte Cuscatlán", "El Hospital Monte Ixcanal felicita");
//     the opener heads its run (a sentence's start, a small word before
//     it, "El"/"Del"), follows no title, greeting, name cue, "for" or
//     "para", and the run's first word is no listed given name;
//   - a camel-case care brand: a run of two or three capitalised words
//     that ends in a camel-case word (snCamel, sendername.go) one part of
//     which is a care business's word (scCareSeg: care, health, med,
//     clinic, rx, lab, dental, vision, pharmacy, wellness…): "Larkfield
//     QuickCare", "Fenwick CityHealth clinics will be closed", "at any
//     Harrowgate QuickCare front desk", "Reminder from Tarnbrook
//     CareFirst". No word of the run is a listed given name, the camel
//     word is no joined given name (snCamelName: "AnnMarie"), and the run
//     follows no title, greeting, name cue, "for" or "para".
//
// Stays reported: a name after a glue word ("Hospital de Marisela Ixcanal:",
// "Visita al hospital de …": the opener must touch the run), a listed given
// name first ("Hospital Ximena Tobar"), a person's name after the brand
// ("Larkwood QuickCare Anneliese Brockhurst:": the run then ends in no
// camel word), a plain surname beside a coined word ("Larkfield Jones:
// your results": no business word), a patient after "for"/"para", a
// greeting ("Hola Marta Cuscatlán"), and every finding tied to the reader
// (readertied.go) or outside the span.
//
// Accepted risk: a person whose unlisted given name follows "Hospital" with
// one space and no colon; a person's name written with a camel-case care
// word.
//
// Speed: it runs only inside dropSenderName, over name.capitalized findings.

// scOpen: words that open an organisation's name in Spanish word order.
var scOpen = wordSetTab("hospital hospitales policlinica policlinicas clinicas")

// scCareSeg: a care business's word as one part of a camel-case brand.
var scCareSeg = wordSetTab("care health med meds medical medic clinic clinics rx doc docs lab labs dental dent vision " +
	"pharmacy pharma wellness salud medica clinica")

// snCorpRun records the runs described in the file comment.
func (s *scanner) snCorpRun(fs []ifind) {
	for i := range fs {
		if s.snN >= snMax {
			return
		}
		if fs[i].rule != "name.capitalized" || fs[i].readerTied() {
			continue
		}
		a, e := s.tokOverlap(fs[i].a, fs[i].b)
		e-- // last token
		if e-a < 1 || e-a > 3 || !s.scWords(a, e) {
			continue
		}
		if s.fl(a)&wFirst != 0 && s.fl(a)&wCommon == 0 {
			continue // "Hospital Ximena Tobar": a person
		}
		if k := a - 1; k >= 0 && s.scOpener(k) && !s.scGivenAfter(e) {
			s.snAdd(k, e, true)
			continue
		}
		// red18d (dev102x): two words only; "Ondina Jucuarán MedPoint",
		// "Wrenna Talbridge CareFirst" are a person before a brand.
		if e-a == 1 && s.scCareBrand(a, e) {
			s.snAdd(a, e, true)
		}
	}
}

// scWords: the run a..e is capitalised words joined by single spaces, none
// a title or a stop word.
func (s *scanner) scWords(a, e int) bool {
	for m := a; m <= e; m++ {
		if !s.snCap(m) || s.toks[m].cls&tCap == 0 || m > a && (s.gap(m) != " " || s.toks[m].sent) || s.fl(m)&(wTitle|wStop|wGreeting) != 0 {
			return false
		}
	}
	return true
}

// scOpener: token k is a capitalised scOpen word right before the run
// (one space), heading its own run and after no person's cue.
func (s *scanner) scOpener(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || !scOpen.get(t.h) || s.gap(k+1) != " " || s.toks[k+1].sent {
		return false
	}
	if k > 0 && !t.sent && s.gap(k) == " " && s.snCap(k-1) && s.fl(k-1)&wStop == 0 {
		return false // "Marisela Hospital Ixcanal…": not the run's head
	}
	return !s.snPersonBefore(k)
}

// scCareBrand: the run a..e ends in a camel-case word with a care
// business's part, its other words no listed given name, after no
// person's cue.
func (s *scanner) scCareBrand(a, e int) bool {
	t := &s.toks[e]
	w := s.t.s[t.s:t.e]
	if !snCamel(w) || s.snCamelName(e) || !scCareParts(w) || s.snPersonBefore(a) {
		return false
	}
	for m := a; m < e; m++ {
		if s.fl(m)&wFirst != 0 && s.fl(m)&wCommon == 0 || snCamel(s.t.s[s.toks[m].s:s.toks[m].e]) && s.snCamelName(m) {
			return false
		}
	}
	return true
}

// scCareParts: one part of the camel-case word w (split before each ASCII
// capital) is a scCareSeg word ("Quick|Care", "City|Health", "Med|Point").
func scCareParts(w string) bool {
	start := 0
	for i := 1; i <= len(w); i++ {
		if i == len(w) || w[i] >= 'A' && w[i] <= 'Z' {
			if i-start >= 2 && scCareSeg.get(hstr(lowerASCII(w[start:i]))) {
				return true
			}
			start = i
		}
	}
	return false
}

// scGivenAfter (red18d, dev102x): the run ending at token e is followed by
// a comma and one more capitalised word, a surname-first person's name
// ("Hospital Quintanilla Barrientos, Zuleima, cama 12").
func (s *scanner) scGivenAfter(e int) bool {
	k := e + 1
	return k < len(s.toks) && !s.toks[k].sent && s.gap(k) == ", " && s.snCap(k) && s.toks[k].cls&tCap != 0 &&
		(k+1 >= len(s.toks) || s.toks[k+1].sent || s.gap(k+1) == ", " || s.gap(k+1) == ": ")
}
