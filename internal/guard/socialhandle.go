package guard

// socialHandle (helper MISC2, dev41): "Tag @smileharbordental on
// Instagram", "We teamed up with @liftwithjordan - win a year of protein":
// a lower-case handle after "@" (a space or the start before it, no
// address before it) in a notice with a social or contest word (tag,
// follow, instagram, tiktok, giveaway, contest, teamed, síguenos,
// etiqueta, sorteo, concurso…) is an account of the sender's or a
// partner's, not a drug that frame.unknown's last resort would read it as.
//
// Only frame.unknown passes it: username.at still reports a handle that
// holds a known given or family name ("@fatima_r"), and a handle with
// digits is no word for the frame rules. Stays reported: the same word
// without "@", a handle in a notice with no social or contest word
// ("Questions? @topiramate"). Accepted risk: a person's handle run
// together from a name the name lists miss passes in a contest notice.
func (s *scanner) socialHandle(i int) bool {
	if i < 0 || s.gap(i) != "@" && !(len(s.gap(i)) >= 2 && s.gap(i)[len(s.gap(i))-1] == '@' && s.gap(i)[len(s.gap(i))-2] == ' ') {
		return false
	}
	if s.gap(i) == "@" && i > 0 {
		return false // "name@host": an address, not a handle
	}
	if s.socialHandlePersonal(i) {
		return false // "@nkechiobi1962" (red3cuts.go)
	}
	for k := range s.toks {
		if socialWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

var socialWords = wordSetTab("tag tagged follow instagram tiktok facebook twitter youtube giveaway contest sweepstakes " +
	"teamed collab collaboration siguenos sigue etiqueta etiquetanos sorteo concurso")
