package guard

// vanity_loose.go: vanity phone numbers one letter short or long (issue
// 15, seventh pass, helper REC35, dev35: "Tu doctor te devolverá la
// llamada al 555-RIOS-22 ext. 104").
//
// scanVanity asks for exactly seven letters and digits after the area
// code; a number written with a name often has one more or one less
// ("555-RIOS-22", "555-SALUD-7", "415-NURSES-22"). Such a group of six
// or eight (still at least three letters, the area code still set off by
// a hyphen, dot or parentheses, still not toll-free) is a phone number
// when a phone cue stands right before it (the phone_cue words of
// context_words.txt within four words, or "llama", "llamada", "llamará",
// "marca", "marcar") or an extension right after it ("ext.", "extensión").
// Stays clean: "1-800-FLORES" (toll-free), codes without such a cue
// ("Código 555-RIOS-22" of a coupon: no phone word near).

var vanityCallWords = wordSetTab("llama llamada llamara llamaremos llamaran llamare marca marcar marcanos ext extension")

// vanityLooseCue: a phone cue before the area code at i or an extension
// after the group's last token j.
func (s *scanner) vanityLooseCue(i, j int) bool {
	if s.cueNear(i, i, wPhoneCue, 4, 0) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if vanityCallWords.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	if k := j + 1; k < len(s.toks) && (s.toks[k].low == "ext" || s.toks[k].low == "extension" || s.toks[k].low == "x") {
		return true
	}
	return false
}
