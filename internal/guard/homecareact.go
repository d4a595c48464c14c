package guard

import "strings"

// homecareact.go: the reader's recovery and personal care in a notice
// headed by a home-care agency (issue 15, sixteenth pass, fix helper
// red16b, dev87x/dev93x, 2026-12-05).
//
// Red team red15 (dev87x) found a home-care agency's notice telling the
// reader's recovery in words no vocabulary lists as care: "Evergreen Home
// Care: Your caregiver will stay overnight while you recover from
// surgery", "Evergreen Home Health: Your night nurse starts Monday. Your
// aide will help with bathing and dressing." The agency's trade words
// (nurse, aide, caregiver, visit) pass there (hometrade.go), and "recover",
// "surgery", "bathing", "dressing" alone are everyday words.
//
// scanHomeCareAct reports a word of hcAct (recover, recovery, surgery,
// discharge, bathing, dressing, shower, toileting, incision, heals…,
// compose.home_care_act, kind procedure) when
//   - the field opens with a header label (at most six words before ":"
//     or a dash between spaces) holding "Home Care", "Home Health" or
//     "Home Healthcare", capitalised (the agency's name), and
//   - the word's sentence holds a reader's word (you, your, su, tu…).
// "Maple Home Care: we are hiring caregivers for overnight shifts",
// "Evergreen Home Health: Your nurse is on the way!", "… Follow us for
// weekly caregiver tips on bathing a loved one" (no reader's word in the
// sentence) pass. Fail closed: "… Your aide can help with bathing" is
// reported (the reader's personal care).
//
// Cost: gated on "Home " in the field; the header's words, then one pass.

// hcAct: the reader's recovery and personal care.
var hcAct = wordSetTab("recover recovers recovering recovery surgery discharge discharged " +
	"bathing bathe shower showering dressing toileting incision heal heals healing")

// scanHomeCareAct reports the words described in the file comment.
func (s *scanner) scanHomeCareAct() {
	// "home" among the first seven words first (a few compares), the
	// byte search after it: the walk below reads "home" there only
	// (helper speed22)
	if len(s.toks) < 5 || !s.headTokHash(hHome, 7) || !hasSub(s.t.s, "Home ") {
		return
	}
	n := len(s.toks)
	home := false
	hdr := -1
	for k := 0; k < n && k < 7; k++ {
		if k > 0 && s.gap(k) != " " {
			if g := s.gap(k); strings.HasPrefix(g, ":") && !strings.Contains(g, "\n") || snDashGap(g) {
				hdr = k
			}
			break
		}
		if s.toks[k].cls&tCap == 0 {
			break
		}
		if s.toks[k].low == "home" && k+1 < n && s.gap(k+1) == " " && s.toks[k+1].cls&tCap != 0 {
			switch s.toks[k+1].low {
			case "care", "health", "healthcare":
				home = true
			}
		}
	}
	if !home || hdr < 0 {
		return
	}
	// sentence starts from the header on: a reader's word in the act's sentence
	start := hdr
	reader := false
	for k := hdr; k < n; k++ {
		if s.toks[k].sent && k > hdr {
			start, reader = k, false
		}
		if recipientWords.get(s.toks[k].h) {
			reader = true
			for m := start; m < k; m++ {
				if hcAct.get(s.toks[m].h) {
					s.addTok(m, m, KindProcedure, "compose.home_care_act", 0.6, "the reader's own care in a home agency's notice")
				}
			}
			start = k + 1
			continue
		}
		if reader && hcAct.get(s.toks[k].h) {
			s.addTok(k, k, KindProcedure, "compose.home_care_act", 0.6, "the reader's own care in a home agency's notice")
		}
	}
}
