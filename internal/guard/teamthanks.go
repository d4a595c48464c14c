package guard

import "strings"

// teamthanks.go: the sender thanking its own team at the end of a staff
// news item (issue 15, twenty-first pass, fix helper r107, dev107,
// dev107x). "Our infusion nursing team earned national accreditation
// again this year. Thank you, team!" passed every frame of the
// announcement rule (announce_sender.go's ourSubjectFrame: "our … team
// earned … accreditation") but its last sentence: the "you" of "Thank
// you" is a personal word (announcePersonal), so the notice read as
// speaking to the reader.
//
// teamThanks, asked by annNotPersonal (announce_offer.go), reads that
// "you" (or the "thank"/"thanks" before it) as the sender's: "thank you"
// or "thanks" right before a word for the sender's own people (team,
// staff, crew, everyone, all, nurses, volunteers; Spanish "gracias,
// equipo") that ends its sentence. Nothing else changes: every finding
// still needs a frame of its own, and "Thank you, Maria!", "Thank you for
// your visit", "Thank you, team, for your care of my mother" and any other
// "you"/"your" in the notice still leave every finding.

// ttTeam: the words for the sender's own people a thanks may end with.
var ttTeam = wordSetTab("team teams staff crew everyone everybody all nurses volunteers colleagues " +
	"equipo personal todos todas colegas voluntarios enfermeras enfermeros")

// teamThanks: token k, "you" after "thank", or "thank"/"thanks"/"gracias",
// is a thanks to the sender's team that ends its sentence (see the file
// comment).
func teamThanks(toks []token, k int) bool {
	j := -1 // the team word
	switch toks[k].low {
	case "you":
		if k > 0 && !toks[k].sent && toks[k-1].low == "thank" {
			j = k + 1
		}
	case "thank":
		if k+1 < len(toks) && toks[k+1].low == "you" && !toks[k+1].sent {
			j = k + 2
		}
	case "thanks", "gracias":
		j = k + 1
	}
	if j < 0 || j >= len(toks) || toks[j].sent || !ttTeam.get(toks[j].h) {
		return false
	}
	return j+1 == len(toks) || toks[j+1].sent
}

// teamThanksSentence: the sentence toks is only such a thanks ("Thank
// you, team!", "Thanks, everyone!", "¡Gracias, equipo!"): a sentence of
// the sender's for announceSentences (redteam.go).
func teamThanksSentence(toks []token) bool {
	switch len(toks) {
	case 2:
		return (toks[0].low == "thanks" || toks[0].low == "gracias") && teamThanks(toks, 0)
	case 3:
		return toks[0].low == "thank" && teamThanks(toks, 0)
	}
	return false
}

// ttMask cuts from low (lower-cased text) each "thank you, <team word>"
// ending its sentence ("!", "." or the end of the text), so that hasYou
// (announce.go) reads no "you" in it; it reports whether it cut one. Asked
// by mayOffer (announce_offer.go).
func ttMask(low string) (string, bool) {
	cut := false
	for from := 0; ; {
		i := strings.Index(low[from:], "thank you")
		if i < 0 {
			return low, cut
		}
		i += from
		j := i + len("thank you")
		k := j
		if k < len(low) && low[k] == ',' {
			k++
		}
		for k < len(low) && low[k] == ' ' {
			k++
		}
		e := k
		for e < len(low) && low[e] >= 'a' && low[e] <= 'z' {
			e++
		}
		if e > k && ttTeam.get(hstr(low[k:e])) && (e == len(low) || low[e] == '!' || low[e] == '.') {
			low, cut = low[:i]+low[e:], true
			from = i
			continue
		}
		from = j
	}
}
