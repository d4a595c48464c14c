package guard

// returnsaddr.go — the sender's returns address (helper MISC3, dev45):
// "Return label enclosed. Ship returns to: Returns Dept, 55 Industrial
// Pkwy, Reno, NV 89502." A shop's returns department is where the reader
// sends goods back, not where the reader lives.
//
// returnsAddress passes a street address (address.street) and the city,
// state and ZIP after it in the same sentence when, before it in that
// sentence and with only capitalised words, "Dept", commas, colons or "our"
// between, stands either
//   - "ship/send/mail/return returns to" ("Send returns to Returns Center,
//     1200 Commerce Dr …"), or
//   - a returns department: "Returns" and "Dept", "Department", "Center",
//     "Centre", "Processing" or "Warehouse" ("Mail returns to our Returns
//     Dept., 88 Warehouse Rd …").
// What stays reported: a listed given or family name (or a word already
// reported) between the cue and the street ("Ship returns to: Harold
// Pemberton, 55 Oak St"), any "you", "your" or "from" in the sentence before
// the street ("Ship your return from 55 Oak St", "We will pick up your
// return at 12 Maple Ave"), a street in another sentence than the cue
// ("… Reno, NV 89502. Your pickup is at 14 Elm St."), and a street with no
// such cue ("Return label enclosed for 781 Birch Ln"). The city line after
// the street is the sender's too (remitCityLine, remitbox.go).

var (
	returnsVerbs = wordSetTab("ship send mail return post")
	returnsDept  = wordSetTab("dept department center centre processing warehouse")
	returnsSkip  = wordSetTab("our the dept")
	returnsRead  = wordSetTab("you your yours from")
	hReturns     = hstr("returns")
)

// returnsAddress: the street starting at token i is the sender's returns
// address.
func (s *scanner) returnsAddress(i int) bool {
	if i == 0 || s.toks[i].sent {
		return false
	}
	if g := s.gap(i); g != " " && g != ", " && g != ": " && g != "., " {
		return false
	}
	ok := false
	c := i - 1
	for steps := 0; c >= 0 && steps < 8; steps++ {
		t := &s.toks[c]
		if returnsRead.get(t.h) {
			return false
		}
		if t.h == hReturns {
			if c+1 < i && returnsDept.get(s.toks[c+1].h) {
				ok = true // "Returns Dept", "Returns Center"
			}
			if c+1 < len(s.toks) && s.toks[c+1].low == "to" && c > 0 && returnsVerbs.get(s.toks[c-1].h) {
				ok = true // "Ship returns to" (reached backwards past "to")
			}
		}
		if t.sent {
			break
		}
		g := s.gap(c)
		if g != " " && g != ", " && g != ": " && g != "" || t.cls&tAlpha == 0 {
			break
		}
		if !(t.cls&(tCap|tUpper) != 0 || returnsSkip.get(t.h) || t.low == "to" || t.h == hReturns) {
			break
		}
		if s.used[c] || t.cls&(tCap|tUpper) != 0 && s.fl(c)&(wFirst|wLast) != 0 && s.fl(c)&wCommon == 0 {
			return false // "Ship returns to: Harold Pemberton, 55 Oak St"
		}
		c--
	}
	if !ok {
		return false
	}
	// no reader's word anywhere earlier in the sentence
	for k := c; k >= 0; k-- {
		if returnsRead.get(s.toks[k].h) {
			return false
		}
		if s.toks[k].sent {
			break
		}
	}
	return true
}

// returnsCityLine marks the city, state and ZIP after the returns street
// ending at end as the sender's; it always returns true.
func (s *scanner) returnsCityLine(end int) bool {
	s.remitCityLine(end)
	return true
}
