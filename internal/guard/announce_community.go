package guard

// announce_community.go: "Reminder to our community:" is no personal
// reminder (issue 15, helper d29c, dev29 clean-249 "Reminder to our
// community: RSV vaccines are now available for eligible adults.").
//
// "reminder" is a personal cue of the announcement rules (announce.go: "a
// reminder of your visit"). Addressed to a group — "reminder to our/the
// community", "to the public", "to everyone", "to all", "to our
// neighbors/residents" — it reminds nobody of their own care, and the
// notice is read as an announcement like any other. "Reminder:" alone,
// "your reminder" and "reminder to <a name>" stay personal.

var communityAudience = wordSetTab("community communities public everyone everybody all neighbors neighbours residents members families")

// communityReminder reports whether token k is "reminder" (recordatorio)
// addressed to a group.
func communityReminder(toks []token, k int) bool {
	if toks[k].low != "reminder" && toks[k].low != "recordatorio" {
		return false
	}
	m := k + 1
	if m >= len(toks) || toks[m].low != "to" && toks[m].low != "para" {
		return false
	}
	m++
	if m < len(toks) && (toks[m].low == "our" || toks[m].low == "the" || toks[m].low == "la" || toks[m].low == "nuestra" || toks[m].low == "todos") {
		m++
	}
	return m < len(toks) && communityAudience.get(toks[m].h)
}
