package guard

// announce_line.go: a device or supply product line announced to everyone
// (issue 15, helper DEVANN, dev33/dev37v: "The new Oticon Intent line has
// arrived at ClearTone Hearing Lakeview", "Oticon Play PX range for kids is
// on display at ClearTone branches … on show to all visitors", "Phonak Audéo
// Infinio Sphere is now available for demo at all ClearTone Hearing
// locations", "Subject: New at ClearTone - Oticon Intent").
//
// A hearing-aid or optical shop tells its customers what it stocks. In
// standard mode announce.go drops the clinical findings of a notice whose
// every sentence is the sender's; productLineFrame adds the wording of a
// shop's product news to its frames (announceFrame):
//
//   - display and demo: "on display", "on show", "for demo", "live demo",
//     "try-on";
//   - an arrival of a product line: arrived, landed, arrives, "just in",
//     with a line word in the sentence (line, range, collection, lineup,
//     series, models, colours) or "new";
//   - a product-news header: "New at …", "New in store", "New arrivals",
//     "Meet …" opening the sentence (after "Subject:");
//   - an open audience: "for everyone", "to everyone", "all visitors",
//     "every visitor" (not a closed one: "everyone on our insulin pump
//     list", "enrolled", "registry", "roster": lineClosedGroup, dev43r).
//
// What stays reported: everything the announcement rule already keeps —
// any "you/your", greeting, name, order, pickup, ready, result word in the
// notice (announcePersonal), any sentence not the sender's, strict mode —
// and, here, a sentence with a repair or fitting word (repair, repaired,
// serviced, fitting, fitted, adjustment, replacement, warranty, loaner,
// reparacion, ajuste) or a group defined by health (patients, sufferers,
// pacientes): "The Phonak repair has arrived back at our branch", "Oticon
// Intent aids for tinnitus patients are on display at all our branches".
//
// "them" after see/try/view ("Drop by our stores to see them") is the goods,
// not a person (lineGoodsThem, called from annNotPersonal).
//
// Accepted risk: a product line named in a notice sent to one person
// passes in standard mode when nothing in it is about that person; the
// same is true of every announcement of the sender's goods.

var (
	lineWords       = wordSetTab("line lines range ranges collection collections lineup series models colours colors colour color styles")
	lineArrival     = wordSetTab("arrived arrive arrives arriving landed")
	lineDisplay     = wordSetTab("display demo demos")
	lineAudience    = wordSetTab("everyone everybody visitors visitor")
	lineRepairWords = wordSetTab("repair repairs repaired serviced servicing fitting fitted fittings adjustment adjusted " +
		"replacement replaced warranty loaner reparacion reparado ajuste " +
		// a group defined by health: "aids for tinnitus patients"
		"patients sufferers pacientes")
)

var lineClosedGroup = wordSetTab("enrolled enrollees registry roster inscritos")

// lineOnBefore: "on" or "in" stands within four words before token k ("on
// our insulin pump list").
func lineOnBefore(toks []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if toks[m].low == "on" || toks[m].low == "in" {
			return true
		}
	}
	return false
}

// productLineFrame reports whether the sentence toks is a shop's product
// news (display, demo, arrival of a line, a product-news header, an open
// audience) with no repair or fitting word.
func productLineFrame(toks []token) bool {
	found := false
	hasNew, hasLine, hasArrival := false, false, false
	for k := range toks {
		tk := &toks[k]
		if lineRepairWords.get(tk.h) {
			return false
		}
		// a closed audience: "everyone on our insulin pump list", "all
		// enrolled users" (dev43r, helper RED2) is a group defined by the
		// sender's records, not everyone
		if lineClosedGroup.get(tk.h) || tk.low == "list" && lineOnBefore(toks, k) {
			return false
		}
		prev, next := "", ""
		if k > 0 {
			prev = toks[k-1].low
		}
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		switch {
		case lineDisplay.get(tk.h):
			if tk.low != "display" || prev == "on" {
				found = true
			}
		case tk.low == "show" && prev == "on":
			found = true
		case tk.low == "try" && next == "on":
			found = true
		case lineAudience.get(tk.h):
			if prev == "for" || prev == "to" || prev == "all" || prev == "every" {
				found = true
			}
		case lineArrival.get(tk.h):
			hasArrival = true
		case tk.low == "just" && next == "in":
			hasArrival = true
		case lineWords.get(tk.h):
			hasLine = true
		case tk.low == "new":
			hasNew = true
			// "New at ClearTone", "New in store", "New arrivals" opening the sentence
			if (k == 0 || k == 1 && prev == "subject") && (next == "at" || next == "in" || next == "arrivals") {
				found = true
			}
		case tk.low == "meet":
			if k == 0 || k == 1 && prev == "subject" {
				found = true
			}
		}
	}
	return found || hasArrival && (hasLine || hasNew)
}

// lineGoodsThem reports whether the personal word at k is "them" as the
// goods a visitor is invited to see or try ("Drop by our stores to see
// them", "Come try them on"): "them" right after see, try, view, browse,
// hear or compare, itself after "to", "come", "and" or opening the
// sentence. Any other "them" stays a personal cue (announcePersonal).
func lineGoodsThem(toks []token, k int) bool {
	if toks[k].low != "them" || k < 1 || !lineLookVerbs.get(toks[k-1].h) {
		return false
	}
	if k == 1 {
		return true
	}
	p := toks[k-2].low
	return p == "to" || p == "come" || p == "and"
}

var lineLookVerbs = wordSetTab("see try view browse hear compare")

// healthGroupBefore reports whether token k is a group word (patients,
// sufferers, pacientes) right after a word of the clinical vocabularies:
// "aids for tinnitus patients", "for diabetes sufferers" — a group defined
// by health, like "patients with" (announcePersonal).
func (g *Guard) healthGroupBefore(toks []token, k int) bool {
	if k < 1 || !healthGroupWords.get(toks[k].h) {
		return false
	}
	if l := toks[k-1].low; l == "new" || l == "nuevos" { // "new patients welcome" is no health-defined group (publicnotice.go)
		return false
	}
	w := g.v.get(toks[k-1].h)
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class == pClinical {
			return true
		}
	}
	return false
}

var healthGroupWords = wordSetTab("patients sufferers pacientes")

// populationWithHealth reports whether token k is a population word
// (pcPopulation: adults, members, personas…), after at most an age run
// ("50 and older", "de 60 años"), followed by "with"/"con" ("living with",
// "who have", "que tienen") and a word of the clinical vocabularies: "for
// all adults 50 and older with diabetes", "para personas con VIH" — a group
// defined by health, like "patients with" (announcePersonal; red17c's
// dev99c, seventeenth pass). An age or an eligibility alone ("adults 60+ and
// eligible pregnant people", "adults 18–65 in migraine studies") is no
// such group.
func (g *Guard) populationWithHealth(toks []token, k int) bool {
	if !pcPopulation.get(toks[k].h) {
		return false
	}
	j := k + 1
	for n := 0; j < len(toks) && n < 5 && !toks[j].sent && (toks[j].cls&tDigit != 0 || pcAgeWord.get(toks[j].h)); n++ {
		j++
	}
	switch {
	case j+1 < len(toks) && (toks[j].low == "with" || toks[j].low == "con"):
		j++
	case j+2 < len(toks) && (toks[j].low == "living" || toks[j].low == "who" || toks[j].low == "que") &&
		(toks[j+1].low == "with" || toks[j+1].low == "have" || toks[j+1].low == "tienen" || toks[j+1].low == "viven"):
		j += 2
		if toks[j].low == "con" && j+1 < len(toks) {
			j++
		}
	default:
		return false
	}
	if toks[j].sent {
		return false
	}
	w := g.v.get(toks[j].h)
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class == pClinical {
			return true
		}
	}
	return false
}
