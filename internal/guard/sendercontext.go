package guard

// The sender's own name (Context.Sender): the tenant's display name — what
// {{tenant}} renders into its notices and what the From line, the SMS
// sender and the hosted pages already show the reader. A tenant's name
// often holds a person's name ("Moreno & Blake PT") or a care word
// ("Clearline Infusion Pharmacy"); without this every notice naming the
// sender is blocked, whatever else it says.
//
// A finding whose span lies inside an occurrence of a sender name, read
// as a phrase exactly as approved terms are (approve.go: its words in
// order, in one sentence; stop words around the span allowed), is dropped
// whatever its kind: the words are the sender's name, which tells the
// reader nothing the channel has not already told. Only the occurrence is
// cleared: with "Moreno & Blake PT" as the sender's name, "Hi Blake," and
// "Dr. Moreno will see you" stay reported, and with "Clearline Infusion
// Pharmacy", "your infusion starts Monday" does. A repeat of the
// recipient's identity or of the sealed message (context.*) is never
// cleared (fail closed: a recipient whose name is the sender's still
// blocks), nor a term the tenant itself listed to block (term.tenant:
// "Oncology" listed as a condition blocks "Oncology Partners" too). The names come from the service (the tenant's settings), never
// from the notice; a tenant can set its own display name, as it can
// approve terms (PUT /v1/guard/terms), so this widens nothing a tenant
// could not already do, and it cannot reach another tenant's notices.

// addSender records a sender name's words (hs, as termTokens) as a phrase.
func (p *Prepared) addSender(hs []uint64) {
	if p.senderPh == nil {
		p.senderPh = make(map[uint64][][]uint64)
	}
	p.senderPh[hs[0]] = append(p.senderPh[hs[0]], hs)
}

// dropSender removes the findings of fs (but context matches and the
// tenant's own listed terms) that lie inside an occurrence of a sender
// name (finish).
func (s *scanner) dropSender(fs []ifind) []ifind {
	if s.p == nil || len(s.p.senderPh) == 0 && len(s.p.ownPh) == 0 && len(s.p.coinedPh) == 0 {
		return fs
	}
	k := 0
	for _, f := range fs {
		if !f.readerTied() && f.rule != "term.tenant" && !s.tenantTermIn(f.a, f.b) &&
			(s.senderOcc(s.p.senderPh, f.a, f.b) || !clinicalKind(f.kind) && s.senderOcc(s.p.ownPh, f.a, f.b) || coinedRule(f.rule) && s.senderOcc(s.p.coinedPh, f.a, f.b)) && // the coined first word (sendershort.go)
			(f.kind != KindAddress || !s.srtUnitAfter(f.b)) { // "55 Market Square #12" (sendertermveto.go)
			continue
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}

// tenantTermIn: a word of the normalised span a..b starts one of the
// tenant's listed terms (Context.Terms, not approved ones): the finding
// there may stand for it, since findings of the same span are merged.
func (s *scanner) tenantTermIn(a, b int) bool {
	if len(s.p.terms) == 0 {
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if int(t.s) >= b {
			break
		}
		if int(t.e) > a && len(s.p.terms[t.h]) > 0 {
			return true
		}
	}
	return false
}

// senderOcc: the span a..b lies inside an occurrence of one of phs (the
// sender's names, or the tenant's sender terms) that no greeting,
// "Patient:" or "reminder for" makes the reader's (senderveto.go).
func (s *scanner) senderOcc(phs map[uint64][][]uint64, a, b int) bool {
	if len(phs) == 0 {
		return false
	}
	i := s.phraseOcc(phs, a, b)
	if i < 0 {
		if c := s.nextSentenceCut(a, b); c > a {
			i = s.phraseOcc(phs, a, c)
		}
	}
	return i >= 0 && !s.senderOccFramed(i)
}

// clinicalKind: a kind of clinical content, which a tenant's sender term
// never clears (only its display name does, which the From line shows).
func clinicalKind(k Kind) bool {
	switch k {
	case KindCondition, KindMedication, KindLabTest, KindProcedure, KindCode, KindAssociation:
		return true
	}
	return false
}

// nextSentenceCut: a finding that runs exactly one word into the next
// sentence — the street reader takes the next sentence's first word for a
// city: "… at 55 Market Square. Call (717) …" — is read up to the end of
// its own sentence (the end of the token before that word); -1 when the
// span a..b does not end so. Only the sender's occurrence test cuts the
// span: the finding itself, when not cleared, keeps its span.
func (s *scanner) nextSentenceCut(a, b int) int {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if int(t.s) <= a {
			continue
		}
		if int(t.s) >= b {
			break
		}
		if t.sent {
			if int(t.e) >= b && (k+1 == len(s.toks) || int(s.toks[k+1].s) >= b) {
				if s.srtKeepNext(k) { // a surname, not a misread city (sendertermveto.go)
					return -1
				}
				return int(s.toks[k-1].e)
			}
			return -1
		}
	}
	return -1
}
