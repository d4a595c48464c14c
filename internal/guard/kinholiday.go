package guard

// A kin word naming a holiday is no care word (issue 15, helper IDS,
// dev50-clean-188): "Mother's Day gifts at Meridian 💐 Russell Stover
// boxes, Hallmark cards and custom photo mugs". "mother" is one of the
// care words (careWord) that keep brandlist.go from marking a listed
// brand, so the listed "Russell Stover" was read as a person's name
// (name.full). A kin word in the possessive before "Day" ("Mother's Day",
// "Father's Day", "Mothers Day", "Grandparents' Day") or after "Día de
// la"/"Día del" ("Día de la Madre", "Día del Padre") names the holiday.
//
// kinHoliday is asked only of a care word (brandCareAt); every other care
// word of the notice still counts ("Mother's Day: your mother's refill is
// ready" keeps "refill").

var (
	kinHolidayKin = wordSetTab("mother mothers father fathers grandparent grandparents madre madres padre padres")
	kinHolidayDay = wordSetTab("day")
	kinHolidayDia = wordSetTab("dia")
	kinHolidayDe  = wordSetTab("de del la")
)

// kinHoliday: the care word at k is the kin word of a holiday's name.
func (s *scanner) kinHoliday(k int) bool {
	if !kinHolidayKin.get(s.toks[k].h) {
		return false
	}
	n := len(s.toks)
	j := k + 1
	if j < n && s.toks[j].low == "s" && (s.gap(j) == "'" || s.gap(j) == "\u2019") {
		j++
	}
	if j < n && kinHolidayDay.get(s.toks[j].h) && (s.gap(j) == " " || s.gap(j) == "' " || s.gap(j) == "\u2019 ") {
		return true
	}
	// "Día de la Madre", "Día del Padre"
	b := k - 1
	for b >= 0 && k-b <= 2 && kinHolidayDe.get(s.toks[b].h) && s.gap(b+1) == " " {
		b--
	}
	return b >= 0 && b < k-1 && kinHolidayDia.get(s.toks[b].h) && s.gap(b+1) == " "
}
