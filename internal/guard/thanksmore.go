package guard

// thanksmore.go: a lower-case given name after a longer thanks (issue 15,
// eighth pass, helper MISS2: dev51 "thanks so much, harold — your gala
// table is confirmed").
//
// lowerOpenerName (loweropener.go) takes "thanks", "thank you" and
// "gracias" right before the name. A thanks is as often said with a word
// before it ("many thanks", "muchas gracias", "muchísimas gracias", "mil
// gracias") or an intensifier after it ("so much", "very much", "a lot", "a
// ton", "a million", "again", "so much again", "de nuevo", "otra vez"):
// thanksBefore opens the sentence in place of the thanks, and
// thanksIntensifier steps over up to two intensifiers before the comma and
// the name. The name is then judged exactly as after a bare thanks: a
// listed given name in lower case, not a common word, closed by punctuation,
// a dash or the end. "thanks so much, everyone", "muchas gracias, amigos"
// pass (no given name).

var (
	thanksBefore = wordSetTab("many muchas muchisimas mil")
	hSo, hVery   = hstr("so"), hstr("very")
	hMuch        = hstr("much") // hA ("a") is declared in zipdelivery.go
	thanksAfterA = wordSetTab("lot ton bunch million")
	hAgain       = hstr("again")
	hNuevo, hVez = hstr("nuevo"), hstr("vez")
	hOtra        = hstr("otra")
)

// thanksIntensifier returns the token after up to two intensifiers from k
// ("so much", "a lot", "again", "de nuevo", "otra vez"); k when there are none.
func (s *scanner) thanksIntensifier(k int) int {
	n := len(s.toks)
	for r := 0; r < 2 && k < n && s.gap(k) == " "; r++ {
		h := s.toks[k].h
		switch {
		case h == hAgain:
			k++
		case (h == hSo || h == hVery) && k+1 < n && s.gap(k+1) == " " && s.toks[k+1].h == hMuch:
			k += 2
		case h == hA && k+1 < n && s.gap(k+1) == " " && thanksAfterA.get(s.toks[k+1].h):
			k += 2
		case s.toks[k].low == "de" && k+1 < n && s.gap(k+1) == " " && s.toks[k+1].h == hNuevo,
			h == hOtra && k+1 < n && s.gap(k+1) == " " && s.toks[k+1].h == hVez:
			k += 2
		default:
			return k
		}
	}
	return k
}
