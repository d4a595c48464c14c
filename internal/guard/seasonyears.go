package guard

// seasonYears (helper MISC2, dev42): a season or school year written as two
// consecutive years, "la vacuna actualizada contra el COVID-19 2026-2027",
// "the 2026-2027 flu season", is no identifier. The long-number rule joins
// the "19" of "COVID-19" to the range ("19 2026-2027": ten digits); the
// cluster passes when it is a year range y-(y+1) (1990..2099) alone, or
// after one group glued to a word by a hyphen ("COVID-19", "H1N1-09").
//
// Stays reported: any other run of digits ("2026-2027-4411"), a range whose
// years are not consecutive ("2019-2027"), a group before the range that is
// not glued to a word ("19 2026-2027" after a space and no word), and the
// range's neighbours, which the number rules read on their own.
func (s *scanner) seasonYears(c []group, k int) bool {
	if k < 2 || k > 3 || c[k-1].sep != "-" || len(c[k-1].d) != 4 || len(c[k-2].d) != 4 {
		return false
	}
	y1, y2 := atoi(c[k-2].d), atoi(c[k-1].d)
	if y1 < 1990 || y1 > 2099 || y2 != y1+1 {
		return false
	}
	if k == 2 {
		return true
	}
	// k == 3: the first group is a name's number ("COVID-19")
	t := c[0].tok
	return t > 0 && len(c[0].d) <= 2 && s.gap(t) == "-" && s.toks[t-1].cls&tDigit == 0 && c[1].sep == " "
}
