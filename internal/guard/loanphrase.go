package guard

// French phrases of shop and restaurant notices (helper D29B, dev29):
// "Your Häagen-Dazs and Gruyère order arrived. Bon appétit!" The acute
// accent of "appétit" is Spanish too, so loanword() did not exempt it, and
// the word is in no English list: frame.unknown reported it. The second
// word of a fixed phrase after its first word is a loanword here: "bon
// appétit", "bon appetit" (with or without the accent), "bon voyage".
// Nothing else changes: every other rule still reads the word.

// shopPhrases: the second word of a phrase, keyed by its first word.
var shopPhrases = map[uint64]map[uint64]bool{
	hstr("bon"): {hstr("appetit"): true, hstr("voyage"): true},
}

// shopPhrase reports whether token i is the second word of a French
// phrase of shopPhrases, right after its first word in the same sentence.
func (s *scanner) shopPhrase(i int) bool {
	if i == 0 || s.toks[i].sent || s.gap(i) != " " {
		return false
	}
	second, ok := shopPhrases[s.toks[i-1].h]
	return ok && second[s.toks[i].h]
}
