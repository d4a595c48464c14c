package guard

// Brand names built from clinical words (issue 15, fifth pass: dev16): a
// false positive cut, not a finding.
//
// A capitalised hyphenated compound ("Fever-Tree", "Cold-Stone") whose
// clinical word is ordinary English and whose other part is a capitalised
// ordinary word that is no clinical, body or health word and no health
// qualifier ("-Free", "-Friendly", "-Relief", "-Care", "-Aid": "Asthma-Free",
// "Migraine-Relief" stay reported) is a brand, not a condition
// (brandCompound). Written in lower case, or with the other part a
// clinical word, it is still reported. (Titles inside product names, "Your
// Dr. Martens 1460 boots", are product.go's.)

// brandQualifiers: second parts that make a hyphenated compound of a
// clinical word health wording, not a brand.
var brandQualifiers = wordSetTab("free friendly safe safety relief care aid aids support control smart proof prone positive " +
	"negative related management awareness recovery survivor survivors warrior warriors fighter fighters " +
	"clinic center centre test testing screening treatment therapy medicine medication meds drug drugs " +
	"patient patients risk symptoms symptom flare flares attack attacks plan program programme kit")

// brandCompound: the clinical phrase i..j is one capitalised word joined
// by a hyphen to a capitalised ordinary word, as brands are written.
func (s *scanner) brandCompound(i, j int) bool {
	if i != j || s.toks[i].cls&tCap == 0 || s.toks[i].cls&tAlpha == 0 || !s.g.gen.english(s.toks[i].h) {
		return false
	}
	other := -1
	if i+1 < len(s.toks) && s.gap(i+1) == "-" {
		other = i + 1
	} else if i > 0 && s.gap(i) == "-" {
		other = i - 1
	}
	if other < 0 {
		return false
	}
	o := &s.toks[other]
	if o.cls&tAlpha == 0 || o.cls&tCap == 0 || len(o.low) < 3 || brandQualifiers.get(o.h) || s.used[other] {
		return false
	}
	if o.w != nil && (len(o.w.phrases) > 0 || o.w.flags&wHealthCue != 0) {
		return false
	}
	if tpWords.get(o.h) != 0 || s.v.learned.get(o.h) != 0 || !s.general(other) {
		return false
	}
	return true
}

// notClinicalUse: the clinical phrase i..j is part of a brand
// (brandCompound); its tokens are marked as seen so no later rule takes
// them. (Public services announced to everyone are announce.go's, on the
// whole notice.)
func (s *scanner) notClinicalUse(i, j int) bool {
	if s.brandCompound(i, j) || s.clinicalShopName(i, j) || s.prepNotDrug(i, j) { // "Insomnia Cookies" (shopname.go), "hurricane prep" (prepword.go)
		for m := i; m <= j; m++ {
			s.used[m] = true
		}
		return true
	}
	return false
}
