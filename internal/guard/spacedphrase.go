package guard

// spacedphrase.go: a clinical word or phrase spelled out letter by letter
// over several words (issue 15, twelfth pass, helper RECALL12, dev71
// leak-076 "VL: ur p a i n   r e l i e f plan from the pharmacist is
// ready 2 view").
//
// spaced (words.go) joins one run of one-letter pieces with one separator
// ("d i a b e t e s", "m.e.t.f.o.r.m.i.n") and looks the joined word up;
// obfphrase.go takes a run that starts a listed phrase whose other words
// follow as written ("o.x.y.g.e.n tank"). A phrase whose every word is
// spelled out breaks the run at the wider gap between words: "p a i n
// r e l i e f" (three spaces), "s-l-e-e-p a-p-n-e-a", "b_l_o_o_d
// t_h_i_n_n_e_r", "s l e e p  a p n e a" (two spaces); and a run after a
// short spelled word ("u r  d e p r e s s i o n") was never read, since
// spaced reads only from the start of a run. spacedChain reads, from the
// first one-letter piece of a chain, runs of one-letter pieces with one
// separator (a space, "-", ".", "_"), consecutive runs split by a word
// gap (two to four spaces after space-separated runs, one or two spaces
// after the others), up to six runs, and reports, from the first run that
// gives one:
//
//   - a run of 4+ letters that is a single-word clinical or association
//     term ("d e p r e s s i o n" after "u r");
//   - runs that spell a listed multi-word clinical or association term,
//     the rest of its words following as spelled runs or as written
//     ("p a i n   r e l i e f", "s-l-e-e-p a-p-n-e-a study");
//   - a drug class of classinstr.go's lists ("b_l_o_o_d t_h_i_n_n_e_r",
//     "o p i o i d s" after another spelled word), as a medication.
//
// Rule <term rule>.spaced, as spaced. Spelling a phrase out is the cue;
// an association or ambiguous term also needs, in standard mode, the
// reader's possessive right before it (your, ur, su, tu: "ur p a i n
// r e l i e f plan"), so "Join our w e i g h t  l o s s challenge" and
// "Our h o t  f l a s h sale" pass. "S A L E", "T h a n k  y o u", "G R A N D  O P E N I N G",
// "b-i-g s-u-m-m-e-r party" spell no term and pass. Cost: none for a token
// of two characters or more; runs are read only from a one-letter token
// that spaced left unreported.

import "strings"

const spacedChainMax = 6

// spacedOwner: the reader's possessive, which an association or ambiguous
// term needs before it in standard mode ("ur p a i n   r e l i e f").
var spacedOwner = wordSetTab("your ur yr youre su tu sus tus")

// spacedKinOwner: the run at token k follows a relative's possessive
// ("mom's", "baby's", "su mamá"): the reader's family stands for the reader
// (helper recall16, dev88-leak-056 "mom's b l o o d  t y p e  O neg").
func (s *scanner) spacedKinOwner(k int) bool {
	if k >= 2 && s.possessiveS(k-1) && rfPerson.get(s.toks[k-2].h) {
		return true
	}
	return false
}

// spacedChain reads the chain of spelled runs starting at token i.
func (s *scanner) spacedChain(i int) bool {
	n := len(s.toks)
	if s.used[i] || s.toks[i].cls&tAlpha == 0 || i+1 >= n {
		return false
	}
	if i > 0 && s.toks[i-1].e-s.toks[i-1].s == 1 && s.toks[i-1].cls&tAlpha != 0 && len(s.gap(i)) <= 4 && !s.toks[i].sent && !s.possessiveS(i-1) {
		return false // not the chain's first piece
	}
	var starts, ends [spacedChainMax]int
	var hs [spacedChainMax]uint64
	runs := 0
	sep := ""
	k := i
	for runs < spacedChainMax {
		// one run from k
		j := k
		for j+1 < n && j-k < 40 && s.spacedPiece(j+1) && !s.toks[j+1].sent {
			g := s.gap(j + 1)
			if len(g) != 1 || g[0] != ' ' && g[0] != '-' && g[0] != '.' && g[0] != '_' {
				break
			}
			if sep == "" {
				sep = g
			} else if g != sep {
				break
			}
			j++
		}
		h := uint64(fnvOffset)
		for q := k; q <= j; q++ {
			h = hashBytes(h, s.toks[q].low)
		}
		starts[runs], ends[runs], hs[runs] = k, j, h
		runs++
		// the word gap to the next run
		if j+2 >= n || !s.spacedPiece(j+1) || !s.spacedPiece(j+2) || s.toks[j+1].sent {
			break
		}
		g := s.gap(j + 1)
		if !spacedWordGap(g, sep) {
			break
		}
		k = j + 1
	}
	if runs < 2 && ends[0]-starts[0] < 1 {
		return false
	}
	for r := 0; r < runs; r++ {
		if s.spacedChainAt(starts[:runs], ends[:runs], hs[:runs], r) {
			return true
		}
	}
	if s.spacedOwned(starts[:runs], ends[:runs], hs[:runs]) { // spacedowned.go
		return true
	}
	for r := 1; r < runs; r++ {
		if s.spacedMorph(starts[r], ends[r]) { // spacedmorph.go: "p.a.r.a  v.a.g.i.n.o.s.i.s"
			return true
		}
	}
	return false
}

// spacedPiece: token k is one letter not yet reported.
func (s *scanner) spacedPiece(k int) bool {
	t := &s.toks[k]
	return t.e-t.s == 1 && t.cls&tAlpha != 0 && !s.used[k]
}

// spacedWordGap: g splits two spelled words whose letters are split by
// sep: two to four spaces after spaced letters, one or two after letters
// split by "-", "." or "_".
func spacedWordGap(g, sep string) bool {
	if len(g) == 0 || len(g) > 4 || strings.Trim(g, " ") != "" {
		return false
	}
	if sep == " " || sep == "" {
		return len(g) >= 2
	}
	return len(g) <= 2
}

// spacedChainAt: the runs from r spell a term; it reports it.
func (s *scanner) spacedChainAt(starts, ends []int, hs []uint64, r int) bool {
	single := ends[r]-starts[r]+1 >= 4 && (r > 0 || len(starts) > 1)
	// a drug class of classinstr.go spelled out: "b_l_o_o_d t_h_i_n_n_e_r"
	if ends[r]-starts[r]+1 >= 4 && classInstrNouns.get(hs[r]) || r+1 < len(starts) && classInstrMods.get(hs[r]) && classInstrHeads.get(hs[r+1]) {
		e := ends[r]
		if !classInstrNouns.get(hs[r]) {
			e = ends[r+1]
		}
		s.addTok(starts[r], e, KindMedication, "clinical.medication.spaced", 0.8, reasonFor(KindMedication)+" (spelled out with separators)")
		return true
	}
	w := s.v.get(hs[r])
	if w == nil {
		return false
	}
	own := r > 0 && spacedOwner.get(hs[r-1]) || starts[r] > 0 && spacedOwner.get(s.toks[starts[r]-1].h) // "u r  d e p r e s s i o n"
	own = own || r == 0 && s.spacedKinOwner(starts[0])                                                  // "mom's b l o o d  t y p e"
	for _, p := range w.phrases {
		if p.class != pClinical && p.class != pAssoc {
			continue
		}
		if (p.class == pAssoc || p.flags&fAmbig != 0) && s.m != Strict && !own {
			continue // "our w e i g h t  l o s s challenge"
		}
		if len(p.toks) == 1 {
			if single {
				s.addTok(starts[r], ends[r], p.kind, p.rule+".spaced", 0.8, reasonFor(p.kind)+" (spelled out with separators)")
				return true
			}
			continue
		}
		// the other words: spelled runs, then words as written
		e, q, ok := ends[r], r+1, true
		for _, t := range p.toks[1:] {
			if q < len(starts) {
				if hs[q] != t {
					ok = false
					break
				}
				e = ends[q]
				q++
				continue
			}
			e++
			if e >= len(s.toks) || s.gap(e) != " " || s.used[e] || s.toks[e].sent || s.toks[e].h != t {
				ok = false
				break
			}
		}
		if ok && q > r+1 {
			s.addTok(starts[r], e, p.kind, p.rule+".spaced", 0.8, reasonFor(p.kind)+" (spelled out with separators)")
			return true
		}
	}
	return false
}
