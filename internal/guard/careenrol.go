package guard

import "strings"

// careenrol.go: a programme or team named by a body part or a clinical
// domain that the reader is welcomed to, started with or joined is the
// reader's care (issue 15, ninth pass, helper MISS9B, dev59: "Welcome to
// the Pelvic Health program", "glad you've started with our pelvic floor
// team").
//
// carePlace (specialty.go) reads a care place named by a clinical domain
// ("Heart Health Center", "sleep clinic"); a programme or team is no place
// and passed. careEnrol reads token i as a programme head (program,
// programme, team; Spanish programa, equipo) with, before it, a
// clinical-domain modifier (carePlaceMods or compose.go's bodyParts:
// pelvic, heart, bone…) and at most one link word (carePlaceLinks: health,
// care, recovery…, or "floor"), or in Spanish after it "de [la]
// [salud|cuidado] <domain>" ("programa de Salud Pélvica"). It counts only
// in a frame that enrols the reader, at most four words before the
// modifier in the same sentence: "welcome(d) to"/"bienvenido(a/os/as)
// al|a", or a joining verb (joining, joined, started, starting, enrolled,
// enrolling, begun, unirse, inscrito) after a reader's word or a thanks
// ("Thanks for joining our heart health team", "you've started with our
// pelvic floor team"). Rule compose.care_program, kind condition.
//
// Passes: "Heart Health Month: free blood pressure checks for everyone",
// "Join our Heart Health walk" (no programme head, no enrolment),
// "Welcome to the Rewards program" (no clinical domain), "Welcome to the
// team!", "Dr. Lee has joined our heart health team" (no reader's word),
// "Welcome to the skin care program" (skin, hand, hair or nail before
// "care" is cosmetics).
//
// Accepted risk: a wellness programme of an employer ("Welcome to the
// Heart Health program, open to all staff") is reported (fail closed).
//
// Speed: scanFifth calls it only on a programme head (fwCareEnrol, one
// bit of tpWords).

var (
	careEnrolHeads   = wordSetTab("program programme programs programmes team")
	careEnrolHeadsES = wordSetTab("programa programas equipo")
	careEnrolVerbs   = wordSetTab("joining joined started starting enrolled enrolling begun unirse unirte inscrito inscrita")
	careEnrolModsES  = wordSetTab("pelvica pelvico pelvicas cardiaca cardiaco cardiovascular osea oseo oseos renal pulmonar respiratoria suelo")
	careEnrolCosm    = wordSetTab("skin hand hair nail nails")
)

// careEnrol: token i is a programme head named by a clinical domain in a
// frame that enrols the reader; it returns the span.
func (s *scanner) careEnrol(i int) (int, int, bool) {
	n := len(s.toks)
	h := s.toks[i].h
	if careEnrolHeads.get(h) {
		m := i - 1
		if m < 0 || s.toks[i].sent || s.gap(i) != " " {
			return 0, 0, false
		}
		a := -1
		if careEnrolMod(s.toks[m].h) {
			a = m
		} else if (carePlaceLinks.get(s.toks[m].h) || s.toks[m].low == "floor") && m > 0 && !s.toks[m].sent && s.gap(m) == " " &&
			careEnrolMod(s.toks[m-1].h) && !(careEnrolCosm.get(s.toks[m-1].h) && s.toks[m].low == "care") {
			a = m - 1
		}
		if a < 0 || !s.careEnrolFrame(a) {
			return 0, 0, false
		}
		return a, i, true
	}
	if careEnrolHeadsES.get(h) {
		j := i + 1
		if j >= n || s.toks[j].sent || (s.toks[j].low != "de" && s.toks[j].low != "del") {
			return 0, 0, false
		}
		j++
		if j < n && s.toks[j].low == "la" {
			j++
		}
		if j < n && (s.toks[j].low == "salud" || s.toks[j].low == "cuidado") && !s.toks[j].sent {
			j++
			if j < n && (s.toks[j].low == "del" || s.toks[j].low == "de") {
				j++
			}
		}
		if j >= n || s.toks[j].sent || !(careEnrolModsES.get(s.toks[j].h) || carePlaceModsES.get(s.toks[j].h) || bodyParts.get(s.toks[j].h)) {
			return 0, 0, false
		}
		if !s.careEnrolFrame(i) {
			return 0, 0, false
		}
		return i, j, true
	}
	return 0, 0, false
}

// careEnrolMod: a clinical domain or body part before a programme head.
func careEnrolMod(h uint64) bool {
	return carePlaceMods.get(h) || bodyParts.get(h)
}

// careEnrolFrame: a welcome or a reader's joining verb stands at most
// four words before token a in its sentence.
func (s *scanner) careEnrolFrame(a int) bool {
	for f := a - 1; f >= 0 && f >= a-5; f-- {
		low := s.toks[f].low
		if (low == "welcome" || low == "welcomed" || strings.HasPrefix(low, "bienvenid")) && f+1 < a {
			nx := s.toks[f+1].low
			if nx == "to" || nx == "al" || nx == "a" {
				return true
			}
		}
		if careEnrolVerbs.get(s.toks[f].h) {
			for k := f - 1; k >= 0; k-- {
				if recipientWords.get(s.toks[k].h) || s.toks[k].low == "thanks" || s.toks[k].low == "thank" || s.toks[k].low == "gracias" {
					return true
				}
				if s.toks[k].sent {
					break
				}
			}
		}
		if s.toks[f].sent {
			break
		}
	}
	return false
}
