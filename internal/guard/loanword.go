package guard

// Loanwords written with their accents (issue 15, fifth pass: dev16): a
// false positive cut of frame.unknown only.
//
// frame.unknown, the last resort, reports a lower-case word of 6+ letters
// in no vocabulary. A word written with a diacritic that neither English
// drug and condition names nor Spanish use — grave, circumflex, ring, a
// diaeresis on a letter other than u, æ, œ, ø — is a French, German,
// Nordic or Italian loanword of the shop ("crème brûlée", "pâté",
// "smørrebrød"), not a drug name written the
// way notices write generic names. Every other rule still sees the word
// (clinical frames, misspellings, stems, the medical dictionary), and a
// Spanish accent (á é í ó ú ñ ü) does not exempt it, nor do the
// Portuguese cedilla and tildes (ç, ã, õ: "infecção", "pressão").

// loanword: the original spelling of token i carries a non-Spanish
// diacritic.
func (s *scanner) loanword(i int) bool {
	t := &s.toks[i]
	if s.shopPhrase(i) {
		return true // "Bon appétit!" (loanphrase.go)
	}
	a, b := s.t.orig(int(t.s), int(t.e))
	// unchanged by normalisation (the common case): no diacritics
	if a < 0 || b > len(s.src) || b-a <= int(t.e-t.s) {
		return false
	}
	for _, r := range s.src[a:b] {
		switch r {
		case 'à', 'è', 'ì', 'ò', 'ù', 'À', 'È', 'Ì', 'Ò', 'Ù',
			'â', 'ê', 'î', 'ô', 'û', 'Â', 'Ê', 'Î', 'Ô', 'Û',
			'ä', 'ë', 'ï', 'ö', 'ÿ', 'Ä', 'Ë', 'Ï', 'Ö',
			'å', 'Å', 'ø', 'Ø', 'æ', 'Æ', 'œ', 'Œ':
			return true
		}
	}
	return false
}
