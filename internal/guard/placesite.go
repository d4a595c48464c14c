package guard

// placesite.go: a site's own name before a facility word, and the
// facility's hours, for announce_place.go's placeNamed (issue 15, dev54,
// helper STAFF9, probe set dev61s): "The Fenwick outpatient clinic will
// close early at noon on December 24 and reopen December 26."
//
//   - placeSiteName: one to three capitalised words right before the
//     finding (the site's name: "Fenwick", "Cedar Ridge"), joined by single
//     spaces, none a title (Dr, Dra…), and after them the sender's or
//     nobody's word (the, our, new, el, la… or the sentence's start), are
//     the sender's like "our" ("The Fenwick outpatient clinic");
//   - plHoursWords: a facility's hours announce the place too (close,
//     closes, closed, closing, closure, reopen, reopens, reopening, hours,
//     open; cerrará, cerrado, reabre, abierta, horario), read by placeNamed
//     and by placeSentence only in a sentence that also holds a facility
//     word (placeHours: "The emergency department is always open");
//     "department(s)", "departamento" are facility words now.
//
// What stays reported is everything announce.go keeps: a personal cue
// anywhere in the notice ("Your outpatient clinic visit on December 24 is
// moved", "Su cita en la clínica ambulatoria …"), a name before a comma,
// a date, name or appointment finding; and here a title in the run ("Dr.
// Ruiz outpatient clinic") and a possessive ("Maria's clinic": the "s"
// token is no capitalised word of the run).

// plHoursWords: see the file comment.
const plHoursWords = "close closes closed closing closure closures reopen reopens reopening reopened hours " +
	"open cerrara cerrará cerrado cerrada cierra cierre reabre reabrira reabrirá horario horarios abierta abierto"

// placeSiteName: see the file comment; fa is the finding's first token, lo
// its sentence's first.
func placeSiteName(toks []token, fa, lo int) bool {
	k := fa - 1
	n := 0
	for k >= lo && n < 3 && toks[k].cls&tCap != 0 && toks[k].cls&tAlpha != 0 && toks[k].nd == 0 && !srTitle.get(toks[k].h) &&
		plClass(&toks[k])&plOwner == 0 && toks[k+1].s-toks[k].e == 1 { // one space: no "'s", no dot, no comma
		n++
		k--
	}
	if n == 0 {
		return false
	}
	return k < lo || plClass(&toks[k])&plOwner != 0
}

// placeHours: the sentence [lo, hi) holds an hours word and a facility
// word (placeSentence's reading of plHoursWords).
func placeHours(toks []token, lo, hi int) bool {
	var c uint8
	for k := lo; k < hi; k++ {
		c |= plClass(&toks[k])
	}
	return c&plHours != 0 && c&plFacility != 0
}
