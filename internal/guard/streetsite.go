package guard

// streetsite.go: a street's name before a site noun (issue 15, twentieth
// pass, dev106's fam fpB, fix helper fpb, probe set dev106w).
//
// "Our Westgate office is closing permanently on Jan 29. All visits move
// to our Commerce Blvd clinic." was blocked as compose.head: "Blvd", a
// word in no vocabulary, came right before "clinic", a head that only
// clinical subjects take ("diabetes clinic"). A street's name (a
// capitalised word, then a street type: Blvd, Ave, St, Rd, Pkwy, Ln, Hwy,
// Street, Avenue, Road, Boulevard, Parkway) before clinic, office or
// location names the site by its street, not a clinical subject.
//
// streetSite(i) holds when token i is such a street type written with a
// capital, right after a capitalised word in the same sentence, and the
// head after it is a site noun; compose.go's compose.head then does not
// read it. Any other word before "clinic" ("your diabetes clinic", "the
// Crohn clinic") is read as before. Tests `TestStreetSite`.

var (
	// ssStreetTypes: street types that end a street's name
	ssStreetTypes = wordSetTab("blvd boulevard ave avenue st street rd road pkwy parkway ln lane hwy highway")
	// ssSiteHeads: site nouns a street's name may qualify
	ssSiteHeads = wordSetTab("clinic clinics office offices location locations center centre site branch campus")
)

// streetSite: token i is a street type ending a street's name and the
// head at token k is a site noun (see the file comment).
func (s *scanner) streetSite(i, k int) bool {
	if i < 1 || k >= len(s.toks) || s.toks[i].cls&(tCap|tUpper) == 0 || !ssStreetTypes.get(s.toks[i].h) || !ssSiteHeads.get(s.toks[k].h) {
		return false
	}
	p := &s.toks[i-1]
	return p.cls&(tCap|tUpper) != 0 && p.cls&tDigit == 0 && !s.toks[i].sent && s.gap(i) == " "
}
