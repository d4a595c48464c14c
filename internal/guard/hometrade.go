package guard

// hometrade.go: the trade words of a home-health agency heading its own
// notice (issue 15, fifteenth pass, helper org15, dev82/dev84o,
// 2026-12-05).
//
// sendername.go passes a procedure finding inside the sender's own name
// ("Home Health" of "Evergreen Home Health") only when no care word stands
// outside the name, and a home-health agency cannot write a notice without
// the words of its trade: "Evergreen Home Health: Your nurse is on the
// way!", "… A registered nurse is on call 24/7", "… Your care team posted a
// new update", "… Follow us for weekly caregiver tips", "… some visits may
// run late today". The nurse, the aide, the caregiver, the visit and the
// care team say what the agency's name already says (the lead's decision
// in sendername.go: a service in the sender's own name passes when nothing
// else speaks of the reader's care).
//
// snHomeTrade(m): token m is such a trade word (hmTrade, or "care" right
// before "team"/"teams") and the notice is headed by a home-care agency's
// name: a full sender span in the header slot (senderhead.go's snHeadName)
// holding "Home Health", "Home Healthcare" or "Home Care". snCareOutside
// and snCareContentOutside then do not count it.
//
// It fails closed: only those words are skipped, so kin ("Your mother's
// nurse visit"), a named nurse or reader (name findings), the reader's
// treatment, device, drug, wound or test (their own findings: "Your nurse
// will change your wound dressing", "… check your insulin pump", "…
// draw your blood for the INR test") and every other care word keep the
// notice reported. A hospice, behavioural-health or any other header is no
// home-care agency here ("Sunrise Hospice: Your father's care team…",
// "Sunrise Behavioral Health: Your nurse is on the way." stay reported), nor
// is a home-health word outside a header ("Your home health referral was
// received", "Home health visit for your wound care: …").
//
// Cost: a set lookup on the care words the two scans already found; the
// header is read only for a trade word.

// hmTrade: the words of a home-care agency's own trade.
var hmTrade = wordSetTab("nurse nurses nursing caregiver caregivers aide aides visit visits visiting")

// snHomeTrade reports whether token m is a trade word of the home-care
// agency heading the notice (see the file comment).
func (s *scanner) snHomeTrade(m int) bool {
	t := &s.toks[m]
	if !hmTrade.get(t.h) && !(t.low == "care" && m+1 < len(s.toks) && s.gap(m+1) == " " && (s.toks[m+1].low == "team" || s.toks[m+1].low == "teams")) {
		return false
	}
	return s.snHomeHeader()
}

// snHomeHeader: a full sender span in the header slot holds "Home Health",
// "Home Healthcare" or "Home Care", capitalised.
func (s *scanner) snHomeHeader() bool {
	for j := 0; j < s.snN; j++ {
		if s.sn[j].names {
			continue
		}
		if s.sn[j].home {
			return true // "our home health division" (homeunit.go)
		}
		a, b := int(s.sn[j].a), int(s.sn[j].b)
		home := false
		for m := a; m < b; m++ {
			if s.toks[m].low == "home" && s.toks[m].cls&tCap != 0 && s.gap(m+1) == " " {
				switch s.toks[m+1].low {
				case "health", "healthcare", "care":
					home = true
				}
			}
		}
		if home && (s.snHeadName(j) || s.hmJSONOrg(j)) { // a payload's "agency" (homeunit.go)
			return true
		}
	}
	return false
}
