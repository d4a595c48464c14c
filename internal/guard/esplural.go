package guard

// The Spanish plural of an ordinary word (helper ES, dev30: "para
// aclaraciones de facturación"). general() undoes English plurals
// (singularHash: -s, -es after ch/sh/x/s, -ies); Spanish adds -es after a
// consonant (aclaración → aclaraciones, razón → razones, mujer → mujeres,
// ciudad → ciudades, papel → papeles), which the crude English singular
// turns into no word ("aclaracione"). esPlural is one more test before
// frame.unknown's last resort: a lower-case word in no vocabulary that is
// such a plural of a word of the general lists is ordinary. Drug and
// condition names rarely take that plural in a notice; those that are
// listed are found by the vocabularies before the frame detector runs.

// esPlural reports whether token i ends in -es after n, r, l, d, j or y
// and what is left is a word of the general lists.
func (s *scanner) esPlural(i int) bool {
	low := s.toks[i].low
	n := len(low)
	if n < 6 || low[n-1] != 's' || low[n-2] != 'e' {
		return false
	}
	switch low[n-3] {
	case 'n', 'r', 'l', 'd', 'j', 'y':
		return s.g.gen.has(hstr(low[:n-2]))
	case 'c':
		// luces → luz, veces → vez
		return s.g.gen.has(hashBytes(hstr(low[:n-3]), "z"))
	}
	return false
}
