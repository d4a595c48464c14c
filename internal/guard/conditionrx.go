package guard

import "strings"

// conditionrx.go — a product or service named "<condition> Rx" (issue 15,
// thirteenth pass, helper RECALL13, probe set dev77r from the seed "Your
// Nicotine Rx order has shipped."): rule compose.condition_rx, kind
// medication.
//
// rxbrand.go lets a coined pharmacy brand before "Rx" pass ("ClearPath Rx")
// and its rxClinicalHalves make a brand with a clinical half no brand; but
// a word that is a condition, a substance or a treatment's aim before "Rx"
// was still read by nobody when the word is an association term (strict
// marketing only: "nicotine", "acne", "anxiety", "weight loss") or no term
// ("opioid", "insomnia", "ED"). The name tells what the reader is treated
// for: "Your Nicotine Rx starter kit", "Acne Rx: your 60-day supply",
// "Thanks for ordering from Herpes Rx", "Your Hair Loss Rx subscription",
// "Your Smoking Cessation Rx kit", "Su pedido de Acné Rx", and one token
// "AcneRx". Reported: "Rx" or "RX" (not "rx", not "RX" inside a word of
// capitals) whose word right before — or the word before that, both
// capitalised — is a word of rxClinicalHalves or conditionRxES, "ED" in
// capitals, or a single-word clinical term (clinicalWord); and one token
// "<Stem>Rx" whose stem, or a camel-case half of it, is such a word.
//
// Passes: "Our Rx counter opens at 9" (no word before), "Fitness Rx
// magazine", "Garden Rx: your lawn plan", "RxBar protein bars", "Your
// ClearPath Rx order" (words of no condition). The seed's brand family
// stays the sender's when the tenant approves the name (approve.go).
//
// Cost: a length and two-byte test per token; the sets only at "Rx".

var (
	conditionRxES = wordSetTab("acne nicotina ansiedad depresion insomnio migrana diabetes obesidad peso adelgazar tabaco fumar " +
		"alcoholismo adiccion opioides herpes cabello calvicie caida")
	hEd = hstr("ed")
	// conditionRxWeak: words of rxClinicalHalves with an everyday sense,
	// read only as one of conditionRxPairs ("Hair Rx Salon" passes, "Hair
	// Loss Rx" does not)
	conditionRxWeak  = wordSetTab("hair weight loss diet memory mood control birth sugar recovery sleep sexual drinking quit")
	conditionRxPairs = newSetTab(map[uint64]bool{hstr("hair loss"): true, hstr("weight loss"): true, hstr("birth control"): true,
		hstr("blood sugar"): true, hstr("memory loss"): true, hstr("quit smoking"): true, hstr("sexual health"): true})
)

// scanConditionRx reads every "Rx" and "<Stem>Rx" token.
func (s *scanner) scanConditionRx() {
	if strings.IndexByte(s.t.s, 'R') < 0 { // the capital R every token read below has (helper SPEED14)
		return
	}
	for i := range s.toks {
		t := &s.toks[i]
		if len(t.low) < 2 || t.low[len(t.low)-2] != 'r' || t.low[len(t.low)-1] != 'x' || s.used[i] {
			continue
		}
		raw := s.rawTok(i)
		if len(raw) < 2 || raw[len(raw)-2] != 'R' {
			continue
		}
		if len(raw) == 2 {
			s.conditionRxSplit(i)
			continue
		}
		s.conditionRxJoined(i, raw[:len(raw)-2])
	}
}

// conditionRxWord: token k names a condition, a substance or a
// treatment's aim.
func (s *scanner) conditionRxWord(k int) bool {
	h := s.toks[k].h
	if h == hEd {
		return s.rawTok(k) == "ED"
	}
	if conditionRxWeak.get(h) {
		return false
	}
	return rxClinicalHalves.get(h) || conditionRxES.get(h) || s.clinicalWord(k)
}

// conditionRxPair: tokens k-1 and k are one of conditionRxPairs.
func (s *scanner) conditionRxPair(k int) bool {
	if k == 0 || s.toks[k].sent || s.gap(k) != " " {
		return false
	}
	var buf [40]byte
	b := append(append(append(buf[:0], s.toks[k-1].low...), ' '), s.toks[k].low...)
	return conditionRxPairs.get(hashByteSlice(fnvOffset, b))
}

// conditionRxSplit: token i is "Rx"/"RX".
func (s *scanner) conditionRxSplit(i int) {
	if i == 0 || s.toks[i].sent || s.gap(i) != " " {
		return
	}
	k := i - 1
	if !crxUpper(s.rawTok(k)[0]) {
		return
	}
	a := k
	ok := s.conditionRxWord(k)
	if !ok && s.conditionRxPair(k) {
		ok, a = true, k-1
	}
	if !ok && k > 0 && !s.toks[k].sent && s.gap(k) == " " && crxUpper(s.rawTok(k - 1)[0]) && s.conditionRxWord(k-1) {
		ok, a = true, k-1
	}
	if ok {
		s.addTok(a, i, KindMedication, "compose.condition_rx", 0.7, "names a product by the condition it treats")
	}
}

// conditionRxJoined: token i is "<stem>Rx" with stem in its raw case.
func (s *scanner) conditionRxJoined(i int, stem string) {
	if len(stem) < 3 || !crxUpper(stem[0]) {
		return
	}
	low := s.toks[i].low[:len(s.toks[i].low)-2]
	ok := rxClinicalHalves.get(hstr(low)) || conditionRxES.get(hstr(low))
	for k := 1; !ok && k < len(stem); k++ {
		if crxUpper(stem[k]) {
			ok = rxClinicalHalves.get(hstr(low[:k])) || rxClinicalHalves.get(hstr(low[k:]))
			break
		}
	}
	if ok {
		s.addTok(i, i, KindMedication, "compose.condition_rx", 0.7, "names a product by the condition it treats")
	}
}

// crxUpper: c is an ASCII capital.
func crxUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
