package guard

import "strings"

// senderlisting.go: the notice's opening sender header and a branch
// listing's address (issue 15, ninth pass, helper CONTACT9, dev59/dev61c,
// 2026-12-05).
//
// Tenants open their notices with their own name, often with a branch
// ("Iris Optical & Eye Care - Grandview: 1480 W 5th Ave, Columbus OH.
// Tue-Sat 10 AM-6 PM. (614) 555-0141.", "NowCare Urgent Care - Westgate is
// now open! 4410 W Broad St, Columbus OH."). senderPlace did not read the
// ": " after a header, nor an address opening the sentence after "… is now
// open!", and its care veto (spCareInNotice) fired on the care words of the
// sender's own name ("Eye Care", "Urgent Care", "Physical Therapy").
//
// senderHead: the notice's first capitalised run (after "Subject:"), its
// words joined by " ", "&" or a possessive "'s" ("Hartwell Children's
// Clinic", "Moreno & Blake PT"), two words or more or with "&", a company's
// run by spCompany (no person's, positive evidence), optionally " - " and a
// branch's capitalised run of at most three words; followed by ": ", " - "
// or a lower-case word (its verb).
//
// shListing(i): the address at token i right after the header and ": "
// ("Iris Optical & Eye Care - Grandview: 1480 W 5th Ave"), or opening the
// sentence right after the header and only verb glue ("NowCare Urgent Care -
// Westgate is now open! 4410 W Broad St"). senderPlace then passes it
// unless one of its vetoes holds (reader's words, delivery, visit, home,
// patient, a person, an apartment…) or a care word stands in the notice
// outside the header (shCareOutside): "Harbor Urgent Care - Ballard: your
// nurse will visit 5400 Leary Ave NW" stays reported (your, nurse, visit),
// as does "Maria Lopez - Ballard: 88 Elm St" (a person's run).
//
// Accepted risk: a care word inside the sender's header no longer keeps a
// listing's address or the sender's phone (senderphone.go) reported; every
// other care word of the notice still does. Cost: only for an address or a
// phone number about to be reported.

// shRunEnd: the capitalised run from token a, words joined by " ", " & ",
// an "&" token or a possessive "'s" ("Hartwell Children's Clinic"), at most
// eight tokens; its last token (or -1) and whether it holds "&".
func (s *scanner) shRunEnd(a int) (e int, amp bool) {
	n := len(s.toks)
	if a < 0 || a >= n || !s.isCapWord(a) {
		return -1, false
	}
	e = a
	for e+1 < n && e-a < 8 {
		g := s.gap(e + 1)
		if (g == " " || g == " & ") && s.isCapWord(e+1) && !s.toks[e+1].sent {
			amp = amp || g == " & "
			e++
			continue
		}
		if e+2 < n && g == " " && s.toks[e+1].low == "&" && s.gap(e+2) == " " && s.isCapWord(e+2) {
			amp = true
			e += 2
			continue
		}
		if e+2 < n && s.toks[e+1].low == "s" && (g == "'" || g == "\u2019") && s.gap(e+2) == " " && s.isCapWord(e+2) {
			e += 2
			continue
		}
		break
	}
	return e, amp
}

// shRunBack: spRun ending at token e, carried back over a possessive
// "'s" between capitalised words ("Hartwell Children's Clinic").
func (s *scanner) shRunBack(e int) (a int, amp bool) {
	a, amp = s.spRun(e)
	for a >= 2 && !s.toks[a].sent && s.toks[a-1].low == "s" && (s.gap(a-1) == "'" || s.gap(a-1) == "\u2019") && s.gap(a) == " " && s.isCapWord(a-2) {
		b, amp2 := s.spRun(a - 2)
		if b < 0 {
			break
		}
		a, amp = b, amp || amp2
	}
	return a, amp
}

// senderHead: the notice's opening sender header (see the file comment):
// its first and last token, the branch included.
func (s *scanner) senderHead() (a, e int, ok bool) {
	n := len(s.toks)
	if n < 3 {
		return 0, 0, false
	}
	if s.toks[0].low == "subject" && strings.HasPrefix(s.gap(1), ":") {
		a = 1
	}
	e, amp := s.shRunEnd(a)
	if e < 0 || e == a && !amp || !s.spCompany(a, e, amp) && !s.shFirm(a, e, amp) {
		return 0, 0, false
	}
	if e+1 < n && (s.gap(e+1) == " - " || s.gap(e+1) == " \u2013 ") && s.isCapWord(e+1) {
		if b, _ := s.shRunEnd(e + 1); b >= 0 && b-e <= 3 {
			e = b
		}
	}
	if e+1 >= n {
		return a, e, true
	}
	g := s.gap(e + 1)
	if strings.HasPrefix(g, ":") || g == " - " || g == " \u2013 " || g == " " && s.toks[e+1].cls&(tCap|tUpper) == 0 {
		return a, e, true
	}
	return 0, 0, false
}

// shFirm: a run of three words or more joined by "&" whose last word is
// a capitalised abbreviation ("Moreno & Blake PT": a partnership's name,
// its last word a name cue spPerson reads as a patient's "Pt"), no title
// in it and nothing before it.
func (s *scanner) shFirm(a, e int, amp bool) bool {
	if !amp || a > 0 && !(a == 1 && s.toks[0].low == "subject") || s.toks[e].cls&tUpper == 0 || len(s.toks[e].low) > 4 {
		return false
	}
	words := 0
	for k := a; k <= e; k++ {
		if s.fl(k)&wTitle != 0 {
			return false
		}
		if s.toks[k].low != "&" {
			words++
		}
	}
	return words >= 3
}

// shListing: the address at token i follows the sender's header (see the
// file comment).
func (s *scanner) shListing(i int) bool {
	_, e, ok := s.senderHead()
	if !ok || i <= e {
		return false
	}
	if i == e+1 {
		return s.gap(i) == ": "
	}
	if !s.toks[i].sent {
		return false
	}
	g := s.gap(i)
	if !strings.Contains(g, "!") && !strings.Contains(g, ".") {
		return false
	}
	return s.spGlueTo(e+1, i) // "is now open!"
}

// shCareOutside: a care word spCareInNotice counts, a one-word clinical
// term or a health cue stands in the notice outside the sender's header and
// outside tokens a..b (a company's run the caller read as the sender's).
func (s *scanner) shCareOutside(a, b int) bool {
	if a < 0 && b < 0 { // the whole notice: asked once per token list (caremo.go)
		return s.careMemoOf(cmShAsked, cmShYes, s.shCareOutsideAll)
	}
	return s.shCareOutsideScan(a, b)
}

// shCareOutsideAll: shCareOutsideScan(-1, -1). Like the other scans of
// caremo.go it reads the token list and nothing else (no used marks).
func (s *scanner) shCareOutsideAll() bool { return s.shCareOutsideScan(-1, -1) }

// shCareOutsideScan: shCareOutside, read.
func (s *scanner) shCareOutsideScan(a, b int) bool {
	ha, he, ok := s.senderHead()
	if ok && s.shHomeCare(ha, he) || a >= 0 && s.shHomeCare(a, b) {
		return true // "Harbor Home Health - Ballard:" (senderveto.go)
	}
	care := s.spCareInNotice()
	for m := range s.toks {
		if ok && m >= ha && m <= he || m >= a && m <= b {
			continue
		}
		if (s.toks[m].low == "nurse" || s.toks[m].low == "nurses") && s.oeNurseLine(m) {
			continue // "Our nurse line hours are changing": the sender's line (ownevent.go)
		}
		if care && s.spCareAt(m) {
			return true
		}
		if w := s.toks[m].w; w != nil && (careOneWord(w) || w.flags&wHealthCue != 0 && !recipientWords.get(s.toks[m].h)) {
			return true // "Case #SEC-CASE-30212 about your glaucoma referral": a clinical term
		}
	}
	return false
}
