package guard

// announce_ops.go: clinic operations announcements (issue 15, dev31/dev32,
// helper F31A). A sentence about how one of the sender's sites runs —
// construction, an outage, parking, cash, a closure or consolidation, a
// department that moved, a shelf restocked, opening hours in Spanish —
// names the site ("our Summit clinic", "the physiotherapy department"),
// which a detector may read as clinical (compose.head, compose.affix), but
// says nothing about the reader. opsFrame is a sentence frame of
// announceFrame (announce.go); the rest of the announcement rule is
// unchanged (standard mode only, every finding clinical, nothing personal
// anywhere in the notice).
//
// A sentence is framed when:
//
//   - it holds an operations word (construction, outage, generators,
//     phones, parking, repaved, cash, checks, closure, consolidate, moved,
//     relocated, restocked, hiring, contratando; MISC9B, dev59:
//     maintenance, renovation(s), repairs) and a place of the
//     sender's: our/the/a and, within three words after, a site head
//     (clinic, site, campus, department, location, office, building,
//     floor, wing, aisle; clínica, sucursal; an English clinic only after
//     a capitalised name: "our Summit clinic", not "the fertility
//     clinic", which tells by association); and no care event in the
//     sentence (appointment, visit, session, dose, treatment, surgery,
//     dialysis, chemotherapy, infusion, results, follow-up, procedure,
//     exam, test, scan, screening, injection, shot, therapy…: "Road construction may
//     delay the dialysis at our Summit clinic" stays reported);
//   - it ends in "under one roof" ("Family medicine, pediatrics and
//     dermatology under one roof");
//   - it is a title of at most four words: "new", then at most two words
//     and a site head ("New Westbrook clinic");
//   - Spanish opening hours: "horas de atención"; "open to the whole
//     (entire) community (public)"; "open as usual/normal" (MISC9B,
//     dev59: "All other services are open as usual" after a closure);
//   - a short sentence (six words or fewer) of an outage (phones,
//     generators, outage) and no care event ("phones are down"), or
//     "all/everyone (is/are) welcome";
//
// "moved" and "relocated" count only before a site head within five words
// ("has moved to the 3rd floor", not "has moved to Dec 9").
//   - a webhook's announcement to everyone: "audience" and, within two
//     words, "all" ("audience":"all_patients" reads as one sentence);
//   - a shelf: "restocked … in aisle 4" (an aisle and its number is a
//     site; announce_offer.go's otcSentence takes "aisle" and a number as
//     over-the-counter wording, so only an OTC drug passes: "Metformin is
//     restocked in aisle 4" stays reported);
//   - a mask policy: mask(s) and optional/required/recommended, with a
//     room of the sender's ("in our waiting rooms").
//
// opsNotPersonal (a hook of annNotPersonal, announce_offer.go) lets three
// of the announcement rule's personal cues through in the sender's
// wording: "bring a friend/neighbor/guest/the family", "no referral
// needed/required" and "please remember we/our"; any other "bring",
// "referral" or "please" still ends the rule ("Bring your insulin pump",
// "Your diabetes prevention workshop referral was approved").

var (
	opsWords = wordSetTab("construction outage outages generator generators phones parking repaved repaving cash checks " +
		"closure consolidate consolidates consolidating consolidation moved relocated restocked hiring contratando " +
		"volunteer volunteers masks " +
		// MISC9B (dev59): a site closed for upkeep ("The aquatic pool at our
		// Riverside clinic is closed for maintenance March 3-7")
		"maintenance renovation renovations repairs")
	opsShortWords = wordSetTab("phones generator generators outage outages")
	opsSiteHeads  = wordSetTab("clinic clinics site campus department location office building floor wing aisle " +
		"room rooms lobby suite clinica sucursal")
	opsDeterminers = wordSetTab("our the a this nuestra nuestro la el")
	opsCareEvents  = wordSetTab("appointment appointments visit visits session sessions dose doses treatment treatments " +
		"surgery dialysis chemotherapy chemo infusion infusions results result biopsy refill prescription " +
		"follow followup procedure exam test tests scan screening injection shot shots checkup consult consultation " +
		"counseling therapy cita citas sesion tratamiento cirugia dosis receta resultados")
)

// opsFrame reports whether one sentence's tokens announce the operations
// of a site of the sender's (see the file comment).
func opsFrame(toks []token) bool {
	n := len(toks)
	// "under one roof"
	for k := 0; k+2 < n; k++ {
		if toks[k].low == "under" && toks[k+1].low == "one" && toks[k+2].low == "roof" {
			return true
		}
		if toks[k].low == "horas" && toks[k+1].low == "de" && toks[k+2].low == "atencion" {
			return true
		}
		// "All other services are open as usual" (MISC9B, dev59): the rest
		// of the sender's services beside a closure
		if toks[k].low == "open" && toks[k+1].low == "as" && (toks[k+2].low == "usual" || toks[k+2].low == "normal") {
			return true
		}
		// "open to the whole community"
		if toks[k].low == "open" && toks[k+1].low == "to" && k+4 < n && toks[k+2].low == "the" &&
			(toks[k+3].low == "whole" || toks[k+3].low == "entire") && (toks[k+4].low == "community" || toks[k+4].low == "public") {
			return true
		}
	}
	// "New Westbrook clinic"
	if n >= 2 && n <= 4 && toks[0].low == "new" && opsSiteHeads.get(toks[n-1].h) {
		return true
	}
	// "All welcome."
	if n >= 2 && n <= 3 && toks[n-1].low == "welcome" {
		switch toks[0].low {
		case "all", "everyone", "everybody":
			return true
		}
	}
	return opsSiteFrame(toks) || n <= 6 && opsShortFrame(toks)
}

// opsShortFrame: a short sentence of an outage with no care event
// ("phones are down").
func opsShortFrame(toks []token) bool {
	short := false
	for k := range toks {
		if opsCareEvents.get(toks[k].h) {
			return false
		}
		if opsShortWords.get(toks[k].h) {
			short = true
		}
	}
	return short
}

// opsSiteFrame: an operations word and a site of the sender's in one
// sentence with no care event (see the file comment); businessDate
// (bizdate.go) reads a date in such a sentence as the site's calendar.
func opsSiteFrame(toks []token) bool {
	n := len(toks)
	ops, site := false, false
	for k := range toks {
		h := toks[k].h
		if opsCareEvents.get(h) {
			return false
		}
		if opsWords.get(h) {
			switch toks[k].low {
			case "moved", "relocated":
				// moved to a place ("to the 3rd floor"), not to a
				// date ("The MRI has moved to Dec 9")
				for j := k + 1; j < n && j <= k+5; j++ {
					if opsSiteHeads.get(toks[j].h) {
						ops = true
					}
				}
			default:
				ops = true
			}
		}
		if toks[k].low == "audience" && (k+1 < n && toks[k+1].low == "all" || k+2 < n && toks[k+2].low == "all") {
			site = true
			ops = true
		}
		if toks[k].low == "aisle" && k+1 < n && toks[k+1].cls&tDigit != 0 {
			site = true
		}
		if opsDeterminers.get(h) {
			for j := k + 1; j < n && j <= k+3; j++ {
				if opsSiteHeads.get(toks[j].h) {
					// a clinic by its place's name ("our Summit clinic"),
					// not by its care ("the fertility clinic": dev18)
					if l := toks[j].low; (l == "clinic" || l == "clinics") && toks[j-1].cls&tCap == 0 {
						break
					}
					site = true
					break
				}
			}
		}
	}
	return ops && site
}

// opsNotPersonal reports whether the personal cue at token k is the
// sender's wording (see the file comment).
func opsNotPersonal(toks []token, k int) bool {
	at := func(m int) string {
		if m < 0 || m >= len(toks) {
			return ""
		}
		return toks[m].low
	}
	switch toks[k].low {
	case "bring":
		if a := at(k + 1); a == "a" || a == "the" {
			switch at(k + 2) {
			case "friend", "friends", "neighbor", "neighbour", "guest", "family", "kids":
				return true
			}
		}
	case "referral":
		if at(k-1) == "no" {
			switch at(k + 1) {
			case "needed", "required", "necessary":
				return true
			}
		}
	case "please":
		if at(k+1) == "remember" && (at(k+2) == "we" || at(k+2) == "our" || at(k+2) == "that" && at(k+3) == "we") {
			return true
		}
	}
	return false
}
