package guard

// personcard.go: id.person_card (identifier), fix helper fix108 (issue 15,
// twenty-first pass round two; dev108, probe set dev108x, 2026-12-06).
//
// A patient's card by its number: "State medical cannabis card
// MMJ-CO-884120 expires in 30 days" passed. The code has six digits (the
// long-number rule wants seven) and no ID or member cue stands before it;
// a medical cannabis card, a patient card or a health card names the
// person it was issued to.
//
// Reported: card, cards, tarjeta, carnet, carné right after a word of a
// person's card (pcOwner: medical, cannabis, marijuana, mmj, patient,
// patients, health, registry, caregiver; paciente, salud, sanitaria,
// cannabis, medicinal), then, with at most a number marker between (number,
// no, num, #, ID, "N.°"), a code of one token or hyphen-joined tokens
// holding 4+ digits, letters and digits alike. "Gift card GC-884120",
// "loyalty card 55120", "Your card ending 4471" (no person's card word;
// payment cards are account.card's) pass.
//
// The finding ties the text to the reader (readerTiedRule): the card is
// the reader's.
var (
	pcCard  = wordSetTab("card cards tarjeta tarjetas carnet carne")
	pcOwner = wordSetTab("medical cannabis marijuana mmj patient patients health registry caregiver paciente salud sanitaria medicinal")
	pcMark  = wordSetTab("number no num nro numero id n o")
)

// scanPersonCard runs id.person_card at its card words.
func (s *scanner) scanPersonCard() {
	if s.p20&p20PersonCard == 0 { // no card word (pass20gate.go)
		return
	}
	s.scanPersonCardOn()
}

// scanPersonCardOn is scanPersonCard past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanPersonCardOn() {
	n := len(s.toks)
	for i := 1; i+1 < n; i++ {
		if !pcCard.get(s.toks[i].h) || s.toks[i].sent {
			continue
		}
		owner := pcOwner.get(s.toks[i-1].h)
		if !owner && i+2 < n && (s.toks[i].low == "tarjeta" || s.toks[i].low == "carnet" || s.toks[i].low == "carne") {
			// "tarjeta de cannabis medicinal", "carnet de paciente"
			k := i + 1
			if s.toks[k].low == "de" || s.toks[k].low == "del" {
				k++
			}
			if k < n && pcOwner.get(s.toks[k].h) {
				owner = true
				for k+1 < n && pcOwner.get(s.toks[k+1].h) {
					k++
				}
				s.personCardCode(k + 1)
				continue
			}
		}
		if owner {
			s.personCardCode(i + 1)
		}
	}
}

// personCardCode: the code of a person's card, looked for from token k.
func (s *scanner) personCardCode(k int) {
	n := len(s.toks)
	for m := 0; m < 2 && k < n && !s.toks[k].sent && pcMark.get(s.toks[k].h) && s.toks[k].cls&tDigit == 0; m++ {
		k++ // "card number", "card no.", "tarjeta N.°"
	}
	if k >= n || s.toks[k].sent || s.used[k] || s.toks[k].cls&(tDigit|tMixed) == 0 && !(k+1 < n && s.gap(k+1) == "-") {
		return
	}
	e, digits := k, int(s.toks[k].nd)
	for e+1 < n && s.gap(e+1) == "-" && !s.used[e+1] && s.toks[e+1].cls&(tDigit|tMixed|tUpper) != 0 {
		e++
		digits += int(s.toks[e].nd)
	}
	if digits >= 4 {
		s.addTok(k, e, KindIdentifier, "id.person_card", 0.8, "looks like the number of a person's card")
	}
}
