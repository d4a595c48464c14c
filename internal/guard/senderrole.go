package guard

// senderrole.go: the sender's short name read by its role in the sentence,
// with no business noun and no context.sender (issue 15, sixteenth pass
// round two, dev89 fam2-sender, helper SENDER2B, 2026-12-05).
//
// A tenant calls itself by a short brand of two to four capitalised words
// that ends in no business noun ("Ridgeline Comp" of "Ridgeline Comp
// Services", "Cascadia Breathe"), and name.capitalized reads it as a
// person. snRoleRun (called by dropSenderName, sendername.go) records such
// a run as a names-only sender span (only name findings inside it pass,
// never a clinical one) when its place in the sentence is one a person
// does not take:
//
//   - the owner of a thing a person has not: right before app / portal /
//     branch(es) / location(s) / store(s) / website / team ("every
//     Cascadia Breathe branch offers", "Download the new Ridgeline Comp
//     app", "The Ridgeline Comp portal");
//   - a header: the field's first words before a colon ("Ridgeline Comp: a
//     new document is available");
//   - the party of the reader's call, chat, delivery or visit, after
//     "with" / "from" ("How was your recent call with Ridgeline Comp?",
//     "an upcoming visit with Cascadia Breathe");
//   - the party that will never / only ask or contact ("Ridgeline Comp
//     will only ask you to update direct deposit through the portal").
//
// The run is capitalised words joined by spaces, its first no listed
// given name, title or greeting, and it follows no title, greeting or name
// cue. A person can stand in the last three slots ("Your call with Maria
// Lopez", "Daniel Kowalski: a new document …", "a visit with Xiomara
// Baker": many family names are ordinary words to the general list), so
// there the run's first word must be coined: unknown to every vocabulary,
// two ordinary words of four letters or more written together (compound4,
// frame.go: "Ridge"+"line", "Stone"+"vale", "Harbor"+"view"), neither a
// care word, a kin word, a body part or a health cue (careteambrand.go's
// test). "Cascadia Breathe" after "visit with" stays reported.
//
// The sender's news is a person slot too: the run opening a sentence before
// "is expanding / proud / growing / hiring / excited / thrilled / honored
// / pleased" ("Ridgeline Comp is expanding claimant support", "Ridgeline
// Comp is proud to announce").
//
// The issuer (srIssuerCovers, from dropSenderName): a condition inside an
// organisation run that ends in a business noun (snFind: "Lakeshore
// Headache & Migraine Center") passes when the run is the issuer of a
// statement, bill or invoice ("Your statement from … is ready") or the
// place of a visit or an appointment ("Your visit at … is confirmed"),
// followed by "is ready / confirmed / available / due / scheduled", the
// condition's words are one of a short list of common ailments a practice
// is named after (srIssuerWords: headache, migraine, allergy, asthma,
// sinus, acne, vein), the run's business nouns ("Asthma Center") and its
// own capitalised words that are no care word and no listed name ("Bayview"
// of compose's "Bayview Allergy"), and nothing outside the sender's spans speaks
// of care (snCareContentOutside, senderhead.go). "Ashgrove HIV Clinic",
// "… Addiction Center", "… Cancer Center" stay reported in that slot, as in
// the header slot (red-team pass RED10), and so does "Your statement from
// Lakeshore Migraine Center for your Botox injections is ready".
//
// Accepted risk: a person whose given name is such a coined compound and no
// listed given name, in those slots; a two-word brand owning an app or
// branches whose first word is an unlisted given name.

// srOwned: nouns a sender owns and a person does not, after the run.
var srOwned = wordSetTab("app apps portal branch branches location locations store stores website team")

// srParty: the reader's contact with the party named after with / from.
var srParty = wordSetTab("call chat visit delivery appointment conversation order")

// srSenderNews: what the sender is, after "is", opening the sender's news.
var srSenderNews = wordSetTab("expanding proud growing hiring excited thrilled honored honoured pleased")

// srIssuerWords: common ailments a practice is named after (see above).
var srIssuerWords = wordSetTab("headache headaches migraine migraines allergy allergies asthma sinus acne vein veins")

// srIssueNoun, srIssueState: "statement from … is ready".
var srIssueNoun = wordSetTab("statement statements bill invoice")
var srVisitNoun = wordSetTab("visit appointment")
var srIssueState = wordSetTab("ready confirmed available due scheduled")

// srAskVerb: what the sender will never / only do.
var srAskVerb = wordSetTab("ask contact call text email request")

// snRoleRun records the role-read sender runs (see the file comment).
func (s *scanner) snRoleRun(fs []ifind) {
	for i := range fs {
		if s.snN >= snMax {
			return
		}
		if fs[i].rule != "name.capitalized" || fs[i].readerTied() {
			continue
		}
		a, e := s.tokOverlap(fs[i].a, fs[i].b)
		e-- // last token
		// a family name after the first word is a person's (srperson.go)
		if e-a < 1 || e-a > 3 || !s.srWords(a, e) || s.srPersonTail(a, e) {
			continue
		}
		if s.srRole(a, e) {
			s.snAdd(a, e, true)
		}
	}
}

// srWords: the run a..e is capitalised words joined by spaces, its first no
// listed given name, title or greeting, after no title, greeting or name cue.
func (s *scanner) srWords(a, e int) bool {
	if s.fl(a)&(wFirst|wTitle|wGreeting) != 0 || s.snPersonBefore(a) {
		return false
	}
	for m := a; m <= e; m++ {
		if !s.snCap(m) || s.toks[m].cls&tCap == 0 || m > a && s.gap(m) != " " || s.fl(m)&(wTitle|wStop|wFirst) != 0 && m == a {
			return false
		}
		if s.fl(m)&(wTitle|wStop) != 0 {
			return false
		}
	}
	return true
}

// srCoined: token m is a coined word (see the file comment).
func (s *scanner) srCoined(m int) bool {
	t := &s.toks[m]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.w != nil || !s.compound4(t.low) {
		return false
	}
	low := t.low
	for c := 4; c+4 <= len(low); c++ {
		x, y := hstr(low[:c]), hstr(low[c:])
		if s.g.gen.has(x) && s.g.gen.has(y) {
			for _, h := range [2]uint64{x, y} {
				if careWords.get(h) || sdCare.get(h) || careKin.get(h) || bodyParts.get(h) {
					return false
				}
				if w := s.v.get(h); w != nil && w.flags&(wHealthCue|wDatePerson|wFirst) != 0 {
					return false
				}
			}
		}
	}
	return true
}

// srRole: the run a..e stands in one of the sender's roles.
func (s *scanner) srRole(a, e int) bool {
	n := len(s.toks)
	after := ""
	if e+1 < n {
		after = s.gap(e + 1)
	}
	// the owner of an app, a portal, branches
	if after == " " && srOwned.get(s.toks[e+1].h) {
		return true
	}
	if !s.srCoined(a) {
		return false // the slots below may hold a person's name
	}
	// a header
	if a == 0 && len(after) > 0 && after[0] == ':' {
		return true
	}
	// the party of a call, a visit
	if a >= 2 && s.gap(a) == " " && (s.toks[a-1].low == "with" || s.toks[a-1].low == "from") {
		for m := a - 2; m >= 0 && m >= a-4; m-- {
			if srParty.get(s.toks[m].h) {
				return true
			}
			if s.toks[m].sent {
				break
			}
		}
	}
	// the sender's news
	if after == " " && e+2 < n && s.toks[a].sent && s.toks[e+1].low == "is" && srSenderNews.get(s.toks[e+2].h) {
		return true
	}
	// the party that will never / only ask
	if after == " " && e+3 < n && s.toks[e+1].low == "will" && (s.toks[e+2].low == "never" || s.toks[e+2].low == "only") && srAskVerb.get(s.toks[e+3].h) {
		return true
	}
	return false
}

// srIssuerCovers: the finding over bytes a..b is a condition word inside an
// organisation run that issues a statement or hosts a visit (see the file
// comment); the caller asks snCareContentOutside.
func (s *scanner) srIssuerCovers(a, b int) bool {
	lo, hi := s.tokOverlap(a, b)
	if hi <= lo {
		return false
	}
	ail := false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if srIssuerWords.get(h) {
			ail = true
			continue
		}
		if snClose.get(h) || bnNouns.get(h) {
			continue // "Asthma Center" of compose.care_place
		}
		// the run's own word the finding took with it ("Bayview" of
		// compose's "Bayview Allergy")
		if !s.snCap(m) || sdCare.get(h) || careWords.get(h) || s.careWord(m, false) || s.fl(m)&(wFirst|wLast) != 0 {
			return false
		}
	}
	if !ail {
		return false
	}
	n := len(s.toks)
	for j := 0; j < s.snN; j++ {
		sa, sb := int(s.sn[j].a), int(s.sn[j].b)
		if s.sn[j].names || lo < sa || hi-1 > sb || sa < 2 || sb+2 >= n {
			continue
		}
		if !snClose.get(s.toks[sb].h) && !bnNouns.get(s.toks[sb].h) {
			continue // a run ending in a business noun only
		}
		before, what := s.toks[sa-1].low, s.toks[sa-2].h
		if !(before == "from" && srIssueNoun.get(what) || before == "at" && srVisitNoun.get(what)) {
			continue
		}
		if s.toks[sb+1].low == "is" && srIssueState.get(s.toks[sb+2].h) {
			return true
		}
	}
	return false
}
