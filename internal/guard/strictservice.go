package guard

// strictservice.go: a health service offered in a marketing notice (issue
// 15, helper REC4, dev27 leak-079 / dev41 leak-013 "Flu shots are now
// available at all our locations. Walk-ins welcome!", strict mode).
//
// "Flu shots", "COVID", "blood pressure" are ambiguous (flag a): reported
// only with a health cue near them, and the announcement rules (announce.go)
// pass a general announcement of them in standard mode. In strict mode
// (marketing sent to a segment: the campaign tells by association, README
// "Modes") an ambiguous phrase that names a vaccine or screening service —
// it ends in a service word, or one follows it ("COVID boosters", "blood
// pressure screenings") — is reported with no cue. A standalone vaccine
// word ("Travel vaccines now available") is an association term
// (vocab/association.txt). Standard mode is unchanged: the same
// announcement stays clean there. Strict marketing that names no health
// service ("Haircuts are now available at all our salons") is untouched.

var strictServiceWords = wordSetTab("shot shots vaccine vaccines vaccination vaccinations booster boosters jab jabs " +
	"immunization immunizations screening screenings vacuna vacunas vacunacion tamizaje tamizajes")

// strictService reports whether the ambiguous phrase i..j names a vaccine
// or screening service in strict mode.
func (s *scanner) strictService(i, j int) bool {
	if s.m != Strict {
		return false
	}
	if strictServiceWords.get(s.toks[j].h) {
		return true
	}
	return j+1 < len(s.toks) && s.gap(j+1) == " " && strictServiceWords.get(s.toks[j+1].h)
}
