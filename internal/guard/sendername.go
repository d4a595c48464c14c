package guard

import "strings"

// sendername.go: the sender's own name, read from the notice's structure
// (issue 15, ninth pass, dev59/dev61n, helper SENDER9, 2026-12-05).
//
// A tenant signs its notices with its own name: "Moreno & Blake PT: Your
// one-time sign-in code is …", "Clearline Infusion Pharmacy: Your account
// balance is zero", "Summit Dialysis Center: Your statement is ready",
// "Clínica Dental Ortiz: Tiene un mensaje nuevo", a JSON "title":"Moreno &
// Blake PT", "URGENT from Clearline Infusion Pharmacy", "Clearline Infusion
// Pharmacy is now Clearline Home Health Pharmacy". The name, frame and
// clinical rules read the words of that name as a person ("Blake",
// "Moreno & Blake Fisioterapia"), an unknown word in a clinical frame
// ("Clearline" before "Infusion Pharmacy") or the reader's care
// ("Infusion", "Physical Therapy", "Dialysis Center", "Home Health").
//
// dropSenderName (called by finish, only when the field has a finding of a
// name, frame, clinical or compose rule) finds the sender's name spans:
//
//  1. an organisation run: a run of capitalised words, joined by spaces,
//     " & " or a possessive ("Hartwell Children's Clinic"), that ends in a
//     business noun (snClose: Pharmacy, Clinic, PT, Therapy, Care, Health,
//     Lab, Center, Dental, Dentistry, Optical, Fisioterapia…, and
//     biznoun.go's bnNouns) or that a Spanish business noun opens
//     (snOpen: Farmacia(s), Consultorio, Clínica, Óptica, Laboratorio…,
//     "Farmacias Santa Lucía", "Clínica Dental Ortiz"), with a branch after
//     " - " ("Moreno & Blake Physical Therapy - Westerville"). The run must
//     hold a word of its own that is no business noun, no care word and no
//     word of a clinical finding ("Summit", "Clearline", "Moreno & Blake":
//     "Physical Therapy:" or "Urgent Care" alone is no sender's name), must
//     not follow a title, greeting, name cue, "for" or "para", and must not
//     open with a listed given name followed by another name before the
//     business noun ("Dana Whitfield Physical Therapy" is a person's);
//  2. a camel-case brand opening a field or a line and running up to a
//     colon ("NowCare Eastside:", "QuickMed Northside:"): a person's name
//     has no capital inside after three small letters; it passes the name
//     rules' findings only, never a clinical one;
//  3. the name again: its words before the business noun ("Moreno &
//     Blake", "Santa Lucía") elsewhere in the notice, and its first word
//     alone when that is no listed given name ("Clearline", "Hartwell",
//     "Summit"), each with the capitalised words that follow it and are no
//     listed given name ("The Hartwell Nurse Line", "Moreno & Blake
//     Riverside", "Clearline Home Health Pharmacy", "Clearline opens");
//     and the name's initials as one capitalised word ("MB Flex" of
//     "Moreno & Blake").
//
// A finding every token of which is inside those spans is dropped when its
// rule is a name rule (name.*): a person's name inside an organisation's
// name is that organisation's. A frame, clinical or compose finding inside
// them is dropped only when the notice says nothing else of care: no care
// word (sdCare, sdHeld…, sdCareTok) outside the spans that is no word of a
// name nor of the sender's trade. Decision (documented in the README): a
// care word inside the sender's own name ("Infusion", "Dialysis",
// "Physical Therapy") passes when nothing outside the name speaks of care,
// as the writers of both blind sets treat the sender's name as clean; any
// other finding outside the spans (the reader's drug, a greeting name, "your
// infusion", "su tratamiento de conducto") is untouched and still blocks.
//
// Speed: nothing runs unless the field already has such a finding; the
// spans live in a fixed array on the scanner (no allocation).

// snClose: business nouns that close an organisation's name.
var snClose = wordSetTab("pharmacy pharmacies clinic clinics pt dpt therapy care health lab labs laboratory laboratories " +
	"center centre centers dental dentistry optical optometry eyecare audiology hospital pediatrics orthodontics " +
	"wellness medical group associates partners imaging dialysis dialisis orthotics fisioterapia farmacia farmacias " +
	"chiropractic podiatry dermatology physicians")

// snOpen: Spanish business nouns that open an organisation's name.
var snOpen = wordSetTab("farmacia farmacias consultorio clinica optica laboratorio laboratorios sanatorio")

// snBits: one filter over snOpen, snClose and bnNouns, tested by snFind
// before their maps (it never changes an answer).
var snBits = tabsFilter(snOpen, snClose, bnNouns)

// snGlue: small words inside a Spanish name ("Clínica Dental de la Fuente").
var snGlue = wordSetTab("de del la las los y")

// snBefore: words before a capitalised run that make it a person's.
var snBefore = wordSetTab("for para hi hello dear hola estimado estimada patient paciente dr dra mr mrs ms sr sra srta")

type snSpan struct {
	a, b  int32 // token range a..b inclusive
	names bool  // only name findings pass (a camel-case header)
	brand bool  // read in a sender's slot by brandslot.go (snHeadSlot takes it)
	word  bool  // a one-word brand in a sender's slot (senderword.go): a dictionary.term passes in it
	home  bool  // a home-care unit of the sender's, "our home health division" (homeunit.go)
}

const snMax = 8

func (s *scanner) snAdd(a, b int, names bool) {
	if s.snN < snMax && a <= b {
		s.sn[s.snN] = snSpan{a: int32(a), b: int32(b), names: names}
		s.snN++
	}
}

// snKindOf: 1 a name rule, 2 a frame rule or a procedure, 0 others (a
// condition, a care place or a composed care term in the sender's name,
// "Valley Oncology Associates", "Northside Recovery Center", "Riverside
// Dialysis Center", stays reported: dev19, dev27, dev28m, dev41).
func snKindOf(rule string) int {
	switch {
	case strings.HasPrefix(rule, "name."):
		return 1
	case strings.HasPrefix(rule, "frame.") || rule == "clinical.procedure":
		return 2
	case rule == "clinical.condition" || rule == "clinical.supply" || strings.HasPrefix(rule, "compose.") || rule == "dictionary.term":
		return 3 // only in the header slot (senderhead.go)
	}
	return 0
}

// dropSenderName removes the findings inside the sender's own name (see the
// file comment).
func (s *scanner) dropSenderName(fs []ifind) []ifind {
	any := false
	for i := range fs {
		if snKindOf(fs[i].rule) != 0 && !fs[i].readerTied() {
			any = true
			break
		}
	}
	if !any || len(s.toks) < 2 {
		return fs
	}
	s.snN = 0
	s.snFind(fs)
	s.snHeadRun(fs)     // a header run with no business noun (senderhead.go)
	s.snTailRun(fs)     // a signature run with no business noun (senderhead.go)
	s.snAccountRun(fs)  // "Your Summit Oral Surgery login code" (orgspecialty.go)
	s.snAllRun(fs)      // "all Hartwell Cardiology offices open…" (sendernews.go)
	s.snProgramRun()    // "al programa Familia Monterrico" (tradehead.go)
	s.snRoleRun(fs)     // "every Cascadia Breathe branch", "call with Ridgeline Comp" (senderrole.go)
	s.snBrandRun(fs)    // "Refer a friend to Northbridge Urology", "Urología del Valle actualizó…" (brandslot.go)
	s.snCorpRun(fs)     // "Hospital Monte Cuscatlán:", "Larkfield QuickCare clinics" (sendercorp.go)
	s.snWordRun(fs)     // "Lumina:", "Lumina values…", "Your Lumina shipment" (senderword.go)
	s.snHomeUnitRun()   // "our home health division" (homeunit.go)
	s.r19PruneSpans(fs) // one person's care, a statement's line item, a status subject line (red19a.go)
	if s.snN == 0 {
		return fs
	}
	s.snBranchWords()       // a branch town before "office" (senderbranch.go)
	care, content := -1, -1 // not asked
	k := 0
	for _, f := range fs {
		kind := snKindOf(f.rule)
		if kind != 0 && !f.readerTied() { // readertied.go
			if in, namesOnly := s.snCovers(f.a, f.b); in && (kind == 1 || !namesOnly) {
				if kind == 1 && !s.swNameKept(&f) { // senderword.go
					continue
				}
				if kind == 1 {
					fs[k] = f
					k++
					continue
				}
				if kind == 2 {
					if care < 0 {
						care = btoi(s.snCareOutside())
					}
					if care == 0 {
						continue
					}
				}
				// the header slot's name (senderhead.go)
				// or the issuer of a statement or a visit (senderrole.go)
				if in, one := s.snHeadCovers(f.a, f.b); in && (kind == 2 || one) || kind == 3 && (s.srIssuerCovers(f.a, f.b) || f.rule == "dictionary.term" && s.swCovers(f.a, f.b)) {
					if content < 0 {
						content = btoi(s.snCareContentOutside())
					}
					if content == 0 {
						continue
					}
				}
			}
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}

// snCovers: every token overlapping bytes a..b is inside a sender span;
// namesOnly when one of them is only inside a names-only span.
func (s *scanner) snCovers(a, b int) (in, namesOnly bool) {
	lo, hi := s.tokOverlap(a, b)
	for m := lo; m < hi; m++ {
		hit, full := false, false
		for j := 0; j < s.snN; j++ {
			if int32(m) >= s.sn[j].a && int32(m) <= s.sn[j].b {
				hit = true
				if !s.sn[j].names {
					full = true
				}
			}
		}
		if !hit {
			return false, false
		}
		if !full {
			namesOnly = true
		}
	}
	return hi > lo, namesOnly
}

// tokOverlap: the tokens lo..hi-1 overlapping bytes a..b, even in part
// (tokSpan, everyday.go, takes only those wholly inside); tokens are in
// text order.
func (s *scanner) tokOverlap(a, b int) (lo, hi int) {
	lo = 0
	for lo < len(s.toks) && int(s.toks[lo].e) <= a {
		lo++
	}
	hi = lo
	for hi < len(s.toks) && int(s.toks[hi].s) < b {
		hi++
	}
	return lo, hi
}

// snIn: token m is inside a sender span.
func (s *scanner) snIn(m int) bool {
	for j := 0; j < s.snN; j++ {
		if int32(m) >= s.sn[j].a && int32(m) <= s.sn[j].b {
			return true
		}
	}
	return false
}

// snTrade: careWords that are a pharmacy's or a shop's own trade, not the
// reader's care, beside the sender's name: its pharmacist answering
// messages, a scheduled delivery ("Your pharmacist has a new message",
// "Your delivery is scheduled for Thursday", "Su entrega está programada").
var snTrade = wordSetTab("pharmacist pharmacists farmaceutico farmaceutica schedule scheduled programada programado")

// snCareOutside: a care word outside the sender spans (sdCareTok, and
// caresignal.go's careWords but snTrade, and careKin: "session", "intake",
// "medication", "son"…), no word of a name nor of the sender's trade.
func (s *scanner) snCareOutside() bool {
	for m := range s.toks {
		if s.snIn(m) {
			continue
		}
		h := s.toks[m].h
		if s.toks[m].low == "sesion" && m > 0 && strings.HasPrefix(s.toks[m-1].low, "inici") {
			continue // "Inicie sesión": sign in
		}
		if (s.sdCareTok(m) || s.snChairTime(m) || careBits.may(h) && (careWords.get(h) && !snTrade.get(h) || careKin.get(h))) && !s.sdNamePart(m) && !s.sdTradeUse(m) && !s.snHomeTrade(m) && !s.snOwnTrade(m) {
			return true
		}
	}
	return false
}

// snCap: token m is a capitalised word.
func (s *scanner) snCap(m int) bool {
	return m >= 0 && m < len(s.toks) && s.toks[m].cls&tAlpha != 0 && s.toks[m].cls&(tCap|tUpper|tInnerUp) != 0
}

// snPossS: token m is the "s" of a possessive after a capitalised word
// ("Children's": "children", "'", "s").
func (s *scanner) snPossS(m int) bool {
	if m < 1 || m >= len(s.toks) || s.toks[m].low != "s" || !s.snCap(m-1) {
		return false
	}
	g := s.gap(m)
	return g == "'" || g == "\u2019"
}

// snLink: the gap before token m joins it to the capitalised word before
// it in one name: a space, " & ", or a possessive.
func (s *scanner) snLink(m int) bool {
	switch s.gap(m) {
	case " ", " & ", "'s ", "\u2019s ", "' ", "\u2019 ":
		return true
	}
	return false
}

// snClinicalTok: token t is covered by a clinical or compose finding.
func snClinicalTok(fs []ifind, t *token) bool {
	for i := range fs {
		if (strings.HasPrefix(fs[i].rule, "clinical.") || strings.HasPrefix(fs[i].rule, "compose.")) && fs[i].a < int(t.e) && fs[i].b > int(t.s) {
			return true
		}
	}
	return false
}

// snOwnWord: a word of the run a..e (before its business noun) that is the
// organisation's own: capitalised, no business noun, no care word, no word
// of a clinical finding, no stop word.
func (s *scanner) snOwnWord(fs []ifind, a, e int) bool {
	for m := a; m <= e; m++ {
		h := s.toks[m].h
		if !s.snCap(m) || snClose.get(h) || snOpen.get(h) || bnNouns.get(h) || sdCare.get(h) || s.fl(m)&wStop != 0 || recipientWords.get(h) {
			continue
		}
		if s.toks[m].cls&tUpper != 0 && len(s.toks[m].low) <= 2 {
			continue // "PT", "MB"
		}
		if !snClinicalTok(fs, &s.toks[m]) && !s.careWord(m, false) {
			return true
		}
	}
	return false
}

// snPersonBefore: the run starting at a follows a title, greeting, name cue
// or "for"/"para".
func (s *scanner) snPersonBefore(a int) bool {
	if a == 0 {
		return false
	}
	g := s.gap(a)
	if g != " " && g != ". " && g != ", " {
		return false
	}
	return snBefore.get(s.toks[a-1].h) || s.fl(a-1)&(wTitle|wGreeting|wNameCue) != 0
}

// snPersonStart: the run a..e opens with a listed given name followed by
// another capitalised name word ("Dana Whitfield Physical Therapy").
func (s *scanner) snPersonStart(a, e int) bool {
	return a+1 <= e && s.fl(a)&wFirst != 0 && s.fl(a)&wCommon == 0 && s.gap(a+1) == " " && !snClose.get(s.toks[a+1].h) && !bnNouns.get(s.toks[a+1].h)
}

// snBranch: the end of a branch after token e (" - Westerville"), or e.
func (s *scanner) snBranch(e int) int {
	n := len(s.toks)
	if e+1 >= n {
		return e
	}
	if g := s.gap(e + 1); g != " - " && g != " \u2013 " && g != " \u2014 " {
		return e
	}
	m := e + 1
	if !s.snCap(m) {
		return e
	}
	for m+1 < n && m < e+3 && s.gap(m+1) == " " && s.snCap(m+1) {
		m++
	}
	return m
}

// snFind fills the sender spans of the token list.
func (s *scanner) snFind(fs []ifind) {
	n := len(s.toks)
	for k := 0; k < n && s.snN < snMax; k++ {
		h := s.toks[k].h
		if !s.snCap(k) {
			continue
		}
		may := snBits.may(h) // false: in none of snOpen, snClose, bnNouns
		switch {
		case may && snOpen.get(h) && s.toks[k].cls&tCap != 0 && (k == 0 || s.toks[k].sent || s.gap(k) != " " || !s.snCap(k-1)) || s.snClubOpen(k): // "al Club Ferreyra" (snclub.go)
			e := k
			for e+1 < n && s.toks[e+1].cls&tDigit == 0 {
				if s.gap(e+1) == " " && s.snCap(e+1) && s.fl(e+1)&(wTitle|wStop) == 0 && !snBefore.get(s.toks[e+1].h) {
					e++
					continue
				}
				if s.gap(e+1) == " " && snGlue.get(s.toks[e+1].h) && e+2 < n && s.gap(e+2) == " " && s.snCap(e+2) {
					e++
					continue
				}
				break
			}
			for e > k && snGlue.get(s.toks[e].h) {
				e--
			}
			if e == k || s.snPersonStart(k+1, e) || !s.snOwnWord(fs, k+1, e) {
				continue
			}
			e = s.snBranch(e)
			s.snAdd(k, e, false)
			// the name after the opener again ("Agua Santa Lucía")
			s.snRepeat(k+1, e+1, e)
			k = e
		case may && (snClose.get(h) || bnNouns.get(h) && s.toks[k].cls&tCap != 0):
			// walk back over the run
			a := k
			for a > 0 && !s.toks[a].sent {
				if a >= 2 && s.snPossS(a-1) && s.gap(a) == " " {
					if s.fl(a-2)&wFirst != 0 && s.fl(a-2)&wCommon == 0 {
						break // "Dana's Physical Therapy": a person's
					}
					a -= 2 // "Children's Clinic": the tokenizer's "s" after the apostrophe
					continue
				}
				if !(s.snLink(a) && s.snCap(a-1) && s.fl(a-1)&wStop == 0 && !recipientWords.get(s.toks[a-1].h) &&
					!snBefore.get(s.toks[a-1].h) && s.fl(a-1)&(wTitle|wGreeting) == 0) {
					break
				}
				a--
			}
			if a < k && s.snPossS(a) {
				a++ // a run never opens with the possessive's "s"
			}
			agency := s.snPersonStart(a, k) && s.snAgencyRun(a, k) // "Marisol Grant Home Health is now serving" (senderagency.go)
			if a == k || s.snPersonBefore(a) || s.snPersonStart(a, k) && !agency || !s.snOwnWord(fs, a, k-1) {
				continue
			}
			if !snClose.get(h) && !s.bnSlotAfter(k) {
				continue // "Bronwyn Photo session", "Nkechi Photo shoot": a person's (biznoun.go)
			}
			// a second business noun right after ("Iris Optical & Eye Care", "Urgent Care")
			e := k
			for e+1 < n && s.snLink(e+1) && s.snCap(e+1) && (snClose.get(s.toks[e+1].h) || bnNouns.get(s.toks[e+1].h) || s.gap(e+1) == " & " && e+2 < n && s.snCap(e+2)) {
				e++
			}
			if agency {
				if e = s.snAgencyEnd(e); !s.snAgencyAdd(a, e) {
					continue
				}
				k = e
				continue
			}
			e = s.snBranch(e)
			s.snAdd(a, e, false)
			s.snRepeat(a, k, e)
			k = e
		case k+2 < n && s.gap(k+1) == " & " && s.snCap(k+1) && (s.fl(k)&wFirst == 0 || s.fl(k)&wLast != 0) && !s.snPersonBefore(k):
			// "Moreno & Blake is now in Dublin!": a run with "&" as the
			// subject of the sender's verb
			e := k + 1
			for e+1 < n && e < k+4 && s.gap(e+1) == " " && s.snCap(e+1) && s.fl(e+1)&(wTitle|wStop) == 0 {
				e++
			}
			if !s.snSenderVerb(e + 1) {
				continue
			}
			s.snAdd(k, e, false)
			s.snRepeat(k, e+1, e)
			k = e
		case k == 0 || s.toks[k].gapNL || strings.HasSuffix(s.gap(k), ": ") && k > 0 && (s.toks[k-1].low == "subject" || s.toks[k-1].low == "asunto"):
			// a camel-case brand heading a field or a line, up to a colon
			if !snCamel(s.t.s[s.toks[k].s:s.toks[k].e]) || s.snCamelName(k) {
				continue
			}
			e := k
			for e+1 < n && e < k+3 && s.gap(e+1) == " " && s.snCap(e+1) {
				if s.fl(e+1)&(wFirst|wLast) != 0 && s.fl(e+1)&wCommon == 0 {
					e = -1 // "AnnMarie Lopez:": a person
					break
				}
				e++
			}
			if e < 0 {
				continue
			}
			if e+1 < n && strings.HasPrefix(s.gap(e+1), ":") || e+1 == n {
				s.snAdd(k, e, !s.snTradeHead(fs, k, e)) // "RenalPath Dialysis:" (tradehead.go)
				k = e
			}
		}
	}
}

// snCamel: a word with a capital inside after at least three small letters
// of an ASCII capital ("NowCare", "QuickMed", "GlucoPath"), never "Mac…",
// "Van…", "Von…", "Del…", "Des…", "Fitz…".
func snCamel(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := 1
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i < 3 || i >= len(w) || w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] < 'a' || w[i+1] > 'z' {
		return false
	}
	switch strings.ToLower(w[:i]) {
	case "mac", "van", "von", "del", "des", "der", "fitz", "den", "ter":
		return false
	}
	return true
}

// snRepeat: the sender's name a..k-1 (before its business noun k) again
// elsewhere in the notice, its first word alone, its initials (see the file
// comment); a..e is the span already added.
func (s *scanner) snRepeat(a, k, e int) {
	n := len(s.toks)
	core := k - a // words before the business noun
	if core <= 0 {
		return
	}
	firstOK := s.fl(a)&wFirst == 0 && !saintWords.get(s.toks[a].h) && s.toks[a].cls&tUpper == 0
	// the initials of the core's capitalised words ("MB")
	var ini [4]byte
	ni := 0
	for m := a; m < k && ni < 4; m++ {
		if s.toks[m].cls&tCap != 0 && s.toks[m].cls&tUpper == 0 {
			ini[ni] = s.toks[m].low[0]
			ni++
		}
	}
	for m := 0; m < n && s.snN < snMax; m++ {
		if m >= a && m <= e || !s.snCap(m) || m > 0 && s.snPersonBefore(m) {
			continue
		}
		end := -1
		// the whole core
		if m+core <= n {
			ok := true
			for j := 0; j < core; j++ {
				if s.toks[m+j].h != s.toks[a+j].h || j > 0 && s.gap(m+j) != s.gap(a+j) {
					ok = false
					break
				}
			}
			if ok {
				end = m + core - 1
			}
		}
		if end < 0 && firstOK && s.toks[m].h == s.toks[a].h {
			end = m
		}
		if end < 0 && ni >= 2 && s.toks[m].cls&tUpper != 0 && len(s.toks[m].low) == ni && s.toks[m].low == string(ini[:ni]) {
			end = m
		}
		saint := false
		if end < 0 && core == 2 && saintWords.get(s.toks[a].h) && s.toks[m].h == s.toks[a+1].h && (m == 0 || s.toks[m-1].h != s.toks[a].h) {
			end, saint = m, true // "Lucía Snacks" of "Farmacias Santa Lucía": only with a word after it
		}
		if end < 0 {
			continue
		}
		start := end
		// the capitalised words after it that are ordinary words, business
		// nouns or places and no listed given or family name ("Hartwell
		// Jones", "Summit Okonkwo" are people); a
		// title word only before a capitalised ordinary word ("The Hartwell
		// Nurse Line", never "Hartwell Nurse Jane")
		for j := 0; j < 4 && end+1 < n && !s.toks[end+1].sent && s.snLink(end+1) && s.snCap(end+1) &&
			(s.fl(end+1)&(wFirst|wLast) == 0 || s.fl(end+1)&wCommon != 0) && s.fl(end+1)&wStop == 0 && !recipientWords.get(s.toks[end+1].h) &&
			(s.general(end+1) || snClose.get(s.toks[end+1].h) || bnNouns.get(s.toks[end+1].h) || s.fl(end+1)&wPlace != 0); j++ {
			if s.fl(end+1)&wTitle != 0 && !(end+2 < n && s.gap(end+2) == " " && s.snCap(end+2) && s.general(end+2) &&
				s.fl(end+2)&(wFirst|wLast|wTitle) == 0) {
				break
			}
			end++
		}
		if saint && (end == start || s.fl(start+1)&(wFirst|wLast) != 0 && s.fl(start+1)&wCommon == 0) {
			continue // "Lucía, tu receta", "Lucía Ramírez": a person
		}
		s.snAdd(m, end, false)
		m = end
	}
}

// snSenderVerb: the words from token m are a verb of the sender's news
// ("is now", "welcomes", "congratulates", "will hold", "will host", "opens",
// "now serves", "now offers", "now open", "has moved").
func (s *scanner) snSenderVerb(m int) bool {
	if m >= len(s.toks) || s.gap(m) != " " {
		return false
	}
	next := s.low(m + 1)
	switch s.low(m) {
	case "welcomes", "congratulates", "opens", "celebrates", "thanks":
		return true
	case "is":
		return next == "now" || next == "moving" || next == "opening"
	case "will":
		return next == "hold" || next == "host" || next == "open" || next == "close"
	case "now":
		return next == "serves" || next == "offers" || next == "open"
	case "has":
		return next == "moved"
	}
	return false
}

// snCamelName: a part of the camel-case word at token k is a listed given
// name ("MaryAnn", "AnnMarie", "JoEllen" are people).
func (s *scanner) snCamelName(k int) bool {
	w := s.t.s[s.toks[k].s:s.toks[k].e]
	low := s.toks[k].low
	if len(low) != len(w) {
		return true // letters changed by lower-casing: not read here
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			for _, part := range [2]string{low[:i], low[i:]} {
				if wi := s.v.get(hstr(part)); wi != nil && wi.flags&wFirst != 0 && wi.flags&wCommon == 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}
