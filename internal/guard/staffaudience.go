package guard

// staffaudience.go: two Spanish reader words of the sender's staff news
// that speak of no reader (issue 15, twenty-third pass, fix helper r116f,
// dev116 clean-130 and clean-142, 2026-12-06). Asked from srNotReader
// (staffmore.go), i.e. only inside dropStaffRoles (staffrole.go), which
// asks readerTied first and keeps every name of a field with a finding
// tied to one reader.
//
//  1. The introduction formula (srAudIntro): "te" or "le" opening the
//     sentence right before "presentamos"/"presento" and "a" ("Te
//     presentamos a Marta, nuestra nueva farmacéutica…"). The pronoun is
//     the audience of the introduction, as in "Meet Lena" or "Les
//     presentamos a…", which already passes; the introduced person still
//     needs a role in apposition and a sentence about no reader otherwise.
//  2. A staff honour's reason (srAudMerit): "su" right after "por" and
//     right before a merit noun (atención, dedicación, trabajo, labor,
//     compromiso, servicio, esfuerzo, trayectoria, desempeño, vocación) in
//     a sentence with an honour participle before it (elegido/a,
//     reconocido/a, premiado/a, nombrado/a, distinguido/a,
//     galardonado/a): "Nuestro asesor Jorge fue elegido colaborador del año
//     por su atención a clientes". The "su" is the honoured staff member's,
//     and so are the plural clients right after the merit noun and "a"
//     (srAudMeritClients; a singular client or patient stays a reader).
//
// Stays reported: "tu"/"su" anywhere else in the sentence ("Te presentamos
// a Marta, tu nueva enfermera", "…fue elegido para revisar su póliza"), a
// relative ("…por su atención a su madre": the second "su" is a reader
// word), every care event or stay word the staff rule reads, and any field
// where a finding is tied to the reader.

var (
	srAudPresent = wordSetTab("presentamos presento")
	srAudMeritN  = wordSetTab("atencion atención dedicacion dedicación trabajo labor compromiso servicio esfuerzo " +
		"trayectoria desempeno desempeño vocacion vocación")
	srAudHonour = wordSetTab("elegido elegida reconocido reconocida premiado premiada nombrado nombrada " +
		"distinguido distinguida galardonado galardonada")
)

// srAudienceReader: the reader word at k is the audience of an
// introduction or the honoured staff member's own (the file comment).
func srAudienceReader(v *srView, k int) bool {
	tk := &v.toks[k]
	lo, hi := srSentence(v, k)
	switch tk.low {
	case "te", "le":
		return srAudIntro(v, k, lo, hi)
	case "su":
		return srAudMerit(v, k, lo, hi)
	case "clientes", "clients", "customers":
		return srAudMeritClients(v, k, lo, hi)
	}
	return false
}

// srAudMeritClients: the plural clients of the merit's phrase ("por su
// atención a (los) clientes"), right after "a" and at most one article or
// "nuestros", themselves right after an accepted "su" and merit noun.
func srAudMeritClients(v *srView, k, lo, hi int) bool {
	q := srPrev(v, k, lo)
	if q >= 0 && (v.toks[q].low == "los" || v.toks[q].low == "nuestros" || v.toks[q].low == "our") {
		q = srPrev(v, q, lo)
	}
	if q < 0 || v.toks[q].low != "a" && v.toks[q].low != "to" {
		return false
	}
	m := srPrev(v, q, lo)
	if m < 0 || !srAudMeritN.get(v.toks[m].h) {
		return false
	}
	su := srPrev(v, m, lo)
	return su >= 0 && v.toks[su].low == "su" && srAudMerit(v, su, lo, hi)
}

func srAudIntro(v *srView, k, lo, hi int) bool {
	if k != lo {
		return false
	}
	for m := range v.toks { // a number anywhere (a date, an hour): an appointment with the one introduced (red team red23c, dev116r)
		if v.toks[m].cls&tDigit != 0 {
			return false
		}
	}
	n := srNext(v, k, hi)
	if n < 0 || srGap(v, k, n) != " " || !srAudPresent.get(v.toks[n].h) {
		return false
	}
	a := srNext(v, n, hi)
	return a >= 0 && srGap(v, n, a) == " " && v.toks[a].low == "a"
}

func srAudMerit(v *srView, k, lo, hi int) bool {
	p := srPrev(v, k, lo)
	n := srNext(v, k, hi)
	if p < 0 || n < 0 || v.toks[p].low != "por" || srGap(v, p, k) != " " || srGap(v, k, n) != " " || !srAudMeritN.get(v.toks[n].h) {
		return false
	}
	for j := p - 1; j >= lo; j-- {
		if srAudHonour.get(v.toks[j].h) {
			return true
		}
	}
	return false
}
