package guard

import "strings"

// Tenant-approved terms (Term{Kind: KindApproved}, PUT /v1/guard/terms with
// kind "approved"; issue 15, "explain, don't just block", helper APPROVE).
//
// A finding whose fix hint offers approval (approvable) is dropped when its
// span lies inside an occurrence, in the same field, of an approved term
// read as a PHRASE: its words in order, in one sentence. Approving
// "Auntie Anne's" clears name.capitalized on "Auntie Anne's" (or on
// "Anne's" inside it), but not "Hi Anne," or "Pickup for Anne Lee" in
// another notice of the tenant: there the phrase does not occur. A
// one-word approved term therefore clears a finding only on exactly that
// word ("Anne" approved: "Hi Anne," passes, "Pickup for Anne Lee" — a
// finding on "Anne Lee" — does not). That is the accepted risk: a tenant
// that approves a common given name lets it through after a greeting in
// all its notices (README, "Tenant-approved terms").
//
// Approvable are the findings a tenant can know to be its own wording:
// name-like findings (kind name, except a repeat of the recipient's
// identity and user names), words in no vocabulary (frame.*) and words of
// the operator's medical dictionary (dictionary.*). The built-in clinical
// vocabularies and every identifier, address, date, phone, link and
// context detector are not: their fix hints do not offer approval, and an
// approved term never clears them.
//
// The frame detector keeps its word-level reading (frame.go, suspicious):
// any word of an approved term counts as ordinary there, except for the
// two name rules of that detector (frame.name, frame.last_first), which
// take a word of a multi-word approved term like any other word and leave
// it to the phrase test. The name detectors outside it (greetings,
// "pickup for", vocatives, dashes, subject lines, thanks, occasions) no
// longer skip approved words; product.go still reads a one-word approved
// term after a title as the tenant's brand in a product phrase.

// approved word bits (Prepared.approved)
const (
	apPart   uint8 = 1 << iota // a word of a multi-word approved term
	apSingle                   // a one-word approved term
)

// approvable: a finding of this kind and rule may be cleared by a tenant's
// approved term, and its fix hint says so.
func approvable(k Kind, rule string) bool {
	switch {
	case strings.HasPrefix(rule, "frame."), strings.HasPrefix(rule, "dictionary."), rule == "compose.dose":
		return true
	case strings.HasPrefix(rule, "context."), strings.HasPrefix(rule, "username."), rule == "term.tenant":
		return false
	}
	return k == KindName
}

// approvedSingle: h is a one-word approved term.
func (p *Prepared) approvedSingle(h uint64) bool {
	if p == nil || p.approved == nil {
		return false
	}
	return p.approved[h]&apSingle != 0
}

// approvedPartOnly: h is a word of a multi-word approved term and not
// itself a one-word approved term.
func (p *Prepared) approvedPartOnly(h uint64) bool {
	if p == nil || p.approved == nil {
		return false
	}
	return p.approved[h] == apPart
}

// addApproved records an approved term's words (hs, as termTokens).
func (p *Prepared) addApproved(hs []uint64) {
	if p.approved == nil {
		p.approved = make(map[uint64]uint8)
		p.approvedPh = make(map[uint64][][]uint64)
	}
	bit := apPart
	if len(hs) == 1 {
		bit = apSingle
	}
	for _, h := range hs {
		p.approved[h] |= bit
	}
	p.approvedPh[hs[0]] = append(p.approvedPh[hs[0]], hs)
}

// approvedSpan: the normalised span a..b lies inside an occurrence of an
// approved phrase among the field's tokens (words in order, no sentence
// break between them), but for stop words of the span before or after it
// ("Tus Yerba Mate Taragüí" with "Yerba Mate Taragüí" approved).
func (s *scanner) approvedSpan(a, b int) bool { return s.phraseSpan(s.p.approvedPh, a, b) }

// phraseSpan: the normalised span a..b lies inside an occurrence of one of
// the phrases (by first word) among the field's tokens, as approvedSpan
// reads it (also the sender's names: sendercontext.go).
func (s *scanner) phraseSpan(phrases map[uint64][][]uint64, a, b int) bool {
	return s.phraseOcc(phrases, a, b) >= 0
}

// phraseOcc: as phraseSpan, the first token of the occurrence, or -1.
func (s *scanner) phraseOcc(phrases map[uint64][][]uint64, a, b int) int {
	for i := range s.toks {
		t := &s.toks[i]
		if int(t.s) >= b {
			break
		}
		phs := phrases[t.h]
		for _, ph := range phs {
			j := i + len(ph) - 1
			if j >= len(s.toks) || int(s.toks[j].e) <= a || !s.stopWordsOnly(a, int(t.s)) || !s.stopWordsOnly(int(s.toks[j].e), b) {
				continue
			}
			ok := true
			for k := 1; k < len(ph); k++ {
				// a phrase does not run across a sentence's end, but
				// the dot of a title is none ("Dra. Gabriela Ríos",
				// "Lic. Verónica Paz": the tokenizer opens a sentence
				// after "Dra." as it does not after "Dr.")
				if s.toks[i+k].h != ph[k] || s.toks[i+k].sent && s.fl(i+k-1)&wTitle == 0 {
					ok = false
					break
				}
			}
			if ok {
				return i
			}
		}
	}
	return -1
}

// approveEdge: Spanish articles and possessives, which the stop words
// (English) leave out, at the edge of a finding around an approved phrase
// ("Tus Yerba Mate Taragüí").
var approveEdge = wordSetTab("tu tus su sus mi mis el la los las lo un una unos unas de del al nuestro nuestra nuestros nuestras")

// stopWordsOnly: every token of the field inside the normalised span a..b
// is a stop word (or approveEdge), and the span cuts no token.
func (s *scanner) stopWordsOnly(a, b int) bool {
	if a >= b {
		return true
	}
	for k := range s.toks {
		t := &s.toks[k]
		if int(t.e) <= a || int(t.s) >= b {
			continue
		}
		if int(t.s) < a || int(t.e) > b || s.fl(k)&wStop == 0 && !approveEdge.get(t.h) {
			return false
		}
	}
	return true
}

// dropApproved removes the approvable findings of fs that lie inside an
// occurrence of an approved phrase (finish).
func (s *scanner) dropApproved(fs []ifind) []ifind {
	if s.p == nil || len(s.p.approvedPh) == 0 {
		return fs
	}
	k := 0
	for _, f := range fs {
		if !f.ctx && approvable(f.kind, f.rule) && s.approvedSpan(f.a, f.b) {
			continue
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}
