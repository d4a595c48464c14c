package guard

// spacedlabdot.go: a lab abbreviation with a digit, spelled with dots,
// hyphens or spaces in any case and followed by its value (issue 15,
// eighteenth pass, fix helper recall18, dev100's recall family, probe set
// dev100r, 2026-12-06); read by spacedLab (spacedlab.go) and spaced
// (words.go).
//
// "VitalPath: A.1.c result 7.2%" passed: spaced reads a run of three
// pieces only in capitals ("A.1.C"), and spacedLab wanted a plain space
// after the run, an English "your" before it. Now a run with a digit that
// spacedLab accepts (a result word, a value or a reader's verb after it,
// and it joins to a listed word: a1c, hba1c) counts in any case ("A.1.c",
// "a.1.c", "A-1-c", "A 1 c"); the word after it may follow the run's own
// closing dot or a colon ("your A.1.C. reading of 7.4%", "A-1-c: 8.3%"); a
// Spanish reader's word and verb count ("su H b A 1 c fue de 7,9 %", "su
// A.1.c salió en 8,4 %"), and so does a value with a decimal comma.
//
// Passes: a label's number before the run ("Section A.1.c of our terms",
// "Unit A.1.c rent goes up 3.5%", "Seat A-1-C 7", "Sección A.1.c del
// reglamento": sldLabel), "Our U.S.A. team grew sales 7.2%" (joins to no
// listed word).
var (
	// sldOwner: a reader's word before the run
	sldOwner = wordSetTab("your su tu sus tus")
	// sldVerbEs: Spanish verbs of a result after a reader's word and the run
	sldVerbEs = wordSetTab("fue es salio esta bajo subio quedo resulto dio")
	// sldLabel: a label numbered by the run, not a lab test
	sldLabel = wordSetTab("section sections clause article item rule paragraph part step table figure page room unit units apt apartment " +
		"suite seat seats row gate building block level floor bay lot stall locker desk box " +
		"seccion clausula articulo apartado punto regla parte paso tabla figura pagina sala unidad asiento fila puerta edificio bloque piso nivel")
)

// sldGapOK: the gap before token k, the word after a spaced run, is a
// plain space, the run's closing dot and a space, or a colon.
func (s *scanner) sldGapOK(k int) bool {
	switch s.gap(k) {
	case " ", ". ", ": ", ":":
		return true
	}
	return false
}

// sldLabelBefore: the word before the run at i labels a numbered thing
// ("Section A.1.c", "Unit A-1-C").
func (s *scanner) sldLabelBefore(i int) bool {
	return i > 0 && sldLabel.get(s.toks[i-1].h)
}

// sldReaderVerb: a reader's word before the run at i and a verb of a
// result at token k after it ("your A-1-C came back", "su A.1.c salió").
func (s *scanner) sldReaderVerb(i, k int) bool {
	if i == 0 || !sldOwner.get(s.toks[i-1].h) {
		return false
	}
	h := s.toks[k].h
	return spacedLabVerb.get(h) || sldVerbEs.get(h)
}
