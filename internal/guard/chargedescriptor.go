package guard

// chargedescriptor.go: the merchant's name a card statement shows (issue
// 15, twenty-first pass, fix helper r107, dev107). "We updated the card on
// file. The next charge will appear as HARBORLINE RX." was blocked as
// frame.clinical: "HARBORLINE", in no vocabulary, comes before "rx". A
// charge's statement descriptor is the sender's own name in capitals, as
// the card network prints it.
//
// dropChargeDescriptor, after every pass, drops a frame.* finding (a word
// in no vocabulary) when:
//
//   - it lies in a run of words written in capitals only (letters, digits,
//     "*", "/", "." and "-" between them) that follows "appear(s) as",
//     "show(s) (up) as", "listed as", "aparecerá como", "figurará como"
//     and ends the sentence;
//   - the field names a charge or a statement (charge, charges, billed,
//     statement, card, cargo, cobro, tarjeta, estado de cuenta…);
//   - it is tied to no reader and no context match.
//
// Any other finding stays, in the run or not (a listed drug, a dose, a
// name finding, a number); a run in mixed case or not ending its sentence
// ("will appear as HARBORLINE RX for your Zorvaldo refill") is no
// descriptor (`TestChargeDescriptor`).

var (
	// cdVerbs: the verbs before "as"/"como" that introduce a descriptor
	cdVerbs = wordSetTab("appear appears appeared show shows listed aparecera aparece apareceran figurara figura")
	// cdCharge: the words of a charge or statement in the field
	cdCharge = wordSetTab("charge charges charged billed statement statements card cargo cargos cobro cobros tarjeta")
)

// cdRun: the tokens a..b of the capitals-only run after "<verb> [up] as"
// that ends its sentence, or -1, -1.
func (s *scanner) cdRun(x int) (int, int) {
	// back from x to the start of the run
	a := x
	for a > 0 && !s.toks[a].sent && s.cdUpper(a-1) && s.cdJoin(a) {
		a--
	}
	p := a - 1
	if p < 1 || s.toks[a].sent || s.gap(a) != " " || s.toks[p].low != "as" && s.toks[p].low != "como" {
		return -1, -1
	}
	q := p - 1
	if s.toks[q].low == "up" && q > 0 {
		q--
	}
	if !cdVerbs.get(s.toks[q].h) {
		return -1, -1
	}
	b := x
	for b+1 < len(s.toks) && !s.toks[b+1].sent && s.cdUpper(b+1) && s.cdJoin(b+1) {
		b++
	}
	if b+1 < len(s.toks) && !s.toks[b+1].sent {
		return -1, -1 // the run does not end its sentence
	}
	return a, b
}

// cdUpper: token k is written in capitals only (digits allowed).
func (s *scanner) cdUpper(k int) bool {
	w := s.t.s[s.toks[k].s:s.toks[k].e]
	up := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return up
}

// cdJoin: the gap before token k joins it to the run.
func (s *scanner) cdJoin(k int) bool {
	switch s.gap(k) {
	case " ", "*", "/", ".", "-", " * ", " - ", "* ":
		return true
	}
	return false
}

// dropChargeDescriptor: see the file comment.
func (s *scanner) dropChargeDescriptor() {
	if len(s.fs) == 0 {
		return
	}
	s.dropChargeDescriptorOn()
}

// dropChargeDescriptorOn is dropChargeDescriptor past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropChargeDescriptorOn() {
	has := false
	for _, f := range s.fs {
		if len(f.rule) > 6 && f.rule[:6] == "frame." && !f.readerTied() && !f.ctx {
			has = true
			break
		}
	}
	if !has {
		return
	}
	charge := false
	for k := range s.toks {
		if cdCharge.get(s.toks[k].h) {
			charge = true
			break
		}
	}
	if !charge {
		return
	}
	m := 0
	for _, f := range s.fs {
		if len(f.rule) > 6 && f.rule[:6] == "frame." && !f.readerTied() && !f.ctx {
			if x, y := s.tokSpan(f.a, f.b); x >= 0 {
				if a, b := s.cdRun(x); a >= 0 && a <= x && y <= b {
					continue
				}
			}
		}
		s.fs[m] = f
		m++
	}
	s.fs = s.fs[:m]
}
