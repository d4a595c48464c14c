package guard

// pubaudience.go: "for all county residents", "for everyone" as publicoffer.go's
// audience of everyone (issue 15, twenty-third pass, fix helper r116f,
// dev116 clean-167, 2026-12-06).
//
// pubEveryone read only "Open to anyone / everyone / all / the public…"
// and "para todos (los afiliados)". A county's or an insurer's campaign
// names its audience after "for": "free COVID-19 and flu vaccines for all
// county residents at our Saturday pop-up sites", "Free flu shots for
// everyone". pubForAll reads "for" then everyone / everybody / anyone /
// all / the public, or "all"/"every" and at most two lower-case modifiers
// (county, city, local, area, our…) before an audience noun (residents,
// members, neighbors, families, adults, ages…). The rest of
// dropPublicOffers holds unchanged: pubEveryone's narrowing (with / who /
// con / que after the audience: "for all residents with asthma"), no
// "you"/"your" in any field, no personal cue, every sentence the
// sender's, a drug only as a vaccine or over the counter; and
// dropPublicOffers asks readerTied.

var (
	pubForWho  = wordSetTab("everyone everybody anyone")
	pubForNext = wordSetTab("this across throughout today until through")
	pubForAtW  = wordSetTab("our any all every one")
	pubForMods = wordSetTab("county city local area our community town state")
	pubForNoun = wordSetTab("residents resident members member neighbors neighbours families adults ages customers")
)

// pubForAll: token k opens "for <everyone>" (the file comment); the last
// token of the audience, or -1.
func pubForAll(toks []token, k, hi int) int {
	if toks[k].low != "for" || k+1 >= hi {
		return -1
	}
	j := k + 1
	if pubForWho.get(toks[j].h) {
		return pubForEnd(toks, j, hi)
	}
	if toks[j].low != "all" && toks[j].low != "every" {
		return -1
	}
	for m := j + 1; m < hi && m <= j+3; m++ {
		if toks[m].cls&(tCap|tUpper) != 0 && !toks[m].sent {
			return -1
		}
		if pubForNoun.get(toks[m].h) {
			return pubForEnd(toks, m, hi)
		}
		if !pubForMods.get(toks[m].h) {
			return -1
		}
	}
	return -1
}

// pubForEnd: the audience ending at m is whole: the sentence or a clause
// ends after it, or a word of place or time follows (pubForNext), never a
// narrowing ("for all adults on chemotherapy", "with asthma").
func pubForEnd(toks []token, m, hi int) int {
	if m+1 >= hi || toks[m+1].sent || pubForNext.get(toks[m+1].h) {
		return m
	}
	// "at our Saturday pop-up sites", "at any branch": the sender's own
	// places; never "at the Maple Ridge dialysis unit", and never "now",
	// "during", "from" (a narrowing: "now on dialysis", "during
	// chemotherapy"; red team red23c, dev116r)
	if toks[m+1].low == "at" && m+2 < hi && !toks[m+2].sent && pubForAtW.get(toks[m+2].h) {
		return m
	}
	return -1
}
