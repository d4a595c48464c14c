package guard

// branchsite.go: a branch's name after "Our new" (issue 15, dev38). A lab
// company writes "Our new ClearDraw Downtown walk-in site is open at 210
// Congress Ave"; the capitalised run "ClearDraw Downtown" was read as a
// person's name (name.capitalized). A capitalised run of at most three
// words after "our" or "our new"/"newest" and before a place noun ("site",
// "location", "store", "shop", "branch", "showroom", "office", "outlet",
// "center", "centre"), with at most two lower-case words between ("walk-in
// site"), is the sender's own branch. What stays reported: a name after
// "your" ("your new Rosa Delgado …" is no sender's branch), a name
// elsewhere in the notice ("Hi Rosa Delgado, our new Downtown location"),
// a run with no place noun after it, and a care word between the run and
// the place noun ("Our new Okonkwo Adebayo grief support office": grief,
// bereavement, memorial, hospice, recovery, tribute or a clinical word;
// RED, dev53r).

var (
	branchNew   = wordSetTab("new newest")
	branchNouns = wordSetTab("site sites location locations store stores shop branch showroom office outlet center centre")
	// branchSiteCare: a care word between the run and its place noun makes
	// the run a person's (a memorial or support office named after them)
	branchSiteCare = wordSetTab("grief bereavement memorial hospice recovery tribute")
)

// branchSite reports whether the capitalised run i..end is the sender's
// branch name.
func (s *scanner) branchSite(i, end int) bool {
	if i < 1 || end-i > 2 || s.gap(i) != " " {
		return false
	}
	b := i - 1
	if branchNew.get(s.toks[b].h) && b >= 1 && s.gap(b) == " " {
		b--
	}
	if s.low(b) != "our" {
		return false
	}
	for k, lower := end+1, 0; k < len(s.toks) && lower <= 2; k++ {
		if g := s.gap(k); g != " " && g != "-" {
			return false
		}
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 {
			return false
		}
		if branchNouns.get(t.h) {
			return true
		}
		if branchSiteCare.get(t.h) || s.careWord(k, false) {
			return false // "Our new Okonkwo Adebayo grief support office" (RED, dev53r)
		}
		lower++
	}
	return false
}
