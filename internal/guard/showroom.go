package guard

// showroom.go: models on display in a dealer's showroom news, and apparel
// heads written with a capital letter and a hyphen (issue 15, dev38). A
// stair-lift dealer writes "The new Acorn 180 curved rail and the Stannah
// Siena are now on display at our Route 9 showroom"; a scrubs shop's
// order lists "Cherokee Infinity V-neck top, ciel blue, M". "Stannah
// Siena" and "Cherokee Infinity" were read as people's names
// (name.capitalized). Both are goods runs (goodsrun.go) whose evidence the
// run rule did not see:
//
//   - goodsRunOnDisplay: the run is followed by "is/are (now) on display"
//     or "on display" — a model shown in a showroom; "showroom" and
//     "display" make a notice one about goods (goodsRunCue);
//   - goodsRunCapHead: the head after the run starts with a one-letter
//     capital joined by a hyphen ("V-neck top", "T-shirt", "A-line
//     skirt"); the head word after it is then looked up as usual, and the
//     apparel heads (top, clog, pant, jogger, scrub…) joined goodsRunHeads.
//
// What stays reported: everything goods runs keep (any care word in the
// notice, a person's slot before the run: "The Acorn 180 for Margaret
// Olsen is on display" keeps the name, a listed given and family name),
// and a name with no display or head after it.

func (s *scanner) goodsRunOnDisplay(k int) bool {
	n := len(s.toks)
	if k < n && (s.low(k) == "is" || s.low(k) == "are") {
		k++
		if k < n && s.low(k) == "now" {
			k++
		}
	}
	return k+1 < n && s.low(k) == "on" && s.low(k+1) == "display" && s.gap(k) == " " && s.gap(k+1) == " "
}

// goodsRunCapHead: token k is a one-letter capital joined by a hyphen to
// the next word ("V-neck"); it returns the index of the word after it, or
// k when there is none.
func (s *scanner) goodsRunCapHead(k int) int {
	if k+1 < len(s.toks) && s.toks[k].e-s.toks[k].s == 1 && s.toks[k].cls&tUpper != 0 && s.gap(k+1) == "-" && s.toks[k+1].cls&tAlpha != 0 {
		return k + 1
	}
	return k
}

// goodsRunSkipTag: in an HTML notice the run may close an inline tag
// ("<b>Stannah Siena</b> are now on display"): the tag's name is a token
// of its own between "</" and "> ". It returns the token after the tag and
// a plain space, or k and g unchanged.
func (s *scanner) goodsRunSkipTag(k int, g string) (int, string) {
	if (g == "</" || g == " </") && k+1 < len(s.toks) && s.gap(k+1) == "> " && inlineTags.get(s.toks[k].h) {
		return k + 1, " "
	}
	return k, g
}

var inlineTags = wordSetTab("b strong em i u span a")

// goodsRunSenderName reports whether the care word at k is the last word
// of the sender's two-word name opening the notice ("Summit Mobility
// showroom news", also after an opening tag): an association word there
// names the dealer, not the reader's health, and does not stop the goods
// runs. A clinical word, a [care] word or a tenant term still does.
func (s *scanner) goodsRunSenderName(k int) bool {
	if k < 1 || k > 3 || s.toks[k].cls&tCap == 0 || s.gap(k) != " " || !s.assocWordOnly(k) {
		return false
	}
	p := &s.toks[k-1]
	if p.cls&tAlpha == 0 || p.cls&(tCap|tUpper) == 0 || orgTeamNotName.get(p.h) {
		return false
	}
	for m := 0; m < k-1; m++ { // only an opening tag's name before it
		if !inlineTags.get(s.toks[m].h) && s.low(m) != "p" && s.low(m) != "h1" && s.low(m) != "h2" && s.low(m) != "div" {
			return false
		}
	}
	return true
}

// assocWordOnly reports whether token k is a one-word association term and
// no clinical or tenant term, nor a [care] word of goods_heads.txt (a
// longer phrase it opens, "mobility scooter", is not matched here).
func (s *scanner) assocWordOnly(k int) bool {
	t := &s.toks[k]
	if t.w == nil || s.goodsIn(goodsWords.care, &goodsWords.careBits, k) || len(s.p.terms) > 0 && len(s.p.terms[t.h]) > 0 {
		return false
	}
	assoc := false
	for _, ph := range t.w.phrases {
		switch {
		case len(ph.toks) > 1 && s.matchPhrase(k, ph) == 0:
		case ph.class == pAssoc:
			assoc = true
		case ph.class == pClinical || ph.class == pTenant:
			return false
		}
	}
	return assoc
}

// manageSettingsAfter: what a footer's "Manage …" manages.
var manageSettingsAfter = wordSetTab("preferences preference subscription subscriptions settings notifications alerts emails")

// manageSettings reports whether "manage" at k is a footer's "Manage
// preferences" / "manage your email settings": no care of the reader's
// health, and no reason to stop the goods runs.
func (s *scanner) manageSettings(k int) bool {
	if s.low(k) != "manage" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
		if s.gap(m) != " " {
			return false
		}
		if manageSettingsAfter.get(s.toks[m].h) {
			return true
		}
		if l := s.low(m); l != "your" && l != "email" && l != "text" && l != "sms" && l != "communication" {
			return false
		}
	}
	return false
}
