package guard

// periop.go — the reader's visit or call before or after an operation
// (issue 15, twelfth pass, helper RECALL12B, dev73m from dev74-leak-105:
// "Top surgery post-op check is due!"), rule compose.periop, kind
// procedure.
//
// labs_procedures.txt lists "post-op check", "post-op visit", "pre-op
// check" and "pre-op visit" because check and visit are learned.go's stop
// words; "post-op appointment" and "pre-op call" can't be listed: two such
// terms make "appointment" and "call" learned heads, and "Your window
// cleaning appointment" was blocked (dev15g). So they are read here: "op"
// after "post"/"pre" (a hyphen or a space between), or one of postop,
// preop, postoperative, preoperative, post-operative, pre-operative, then
// a visit word right after it (appointment, appt, call, visit, check,
// checkup, follow-up, instructions, labs, testing, clearance, exam,
// consult); or, in Spanish, a visit word (cita, control, consulta,
// revisión, llamada, visita) right before postoperatorio/a,
// preoperatorio/a, posoperatorio/a — with a reader's word
// (recipientWords: your, you, su, tu, usted …) in the sentence or the one
// before: "Your pre-op call with the nurse is Monday", "su cita
// postoperatoria es el lunes".
//
// Passes: "Our post office box has changed" (no "op"), "Pre-order our
// cookbook" (no visit word), "Our post-op recovery suite is renovated" (no
// visit word), "post-op appointment slots open for all patients" (no
// reader's word). Cost: runs from scanReaderSlots (readerslots.go) at its
// first words only; no allocation.

var (
	periopFirst  = wordSetTab("op postop preop operative postoperative preoperative postoperatorio postoperatoria preoperatorio preoperatoria posoperatorio posoperatoria")
	periopPrefix = wordSetTab("post pre")
	periopSolo   = wordSetTab("postop preop postoperative preoperative")
	periopES     = wordSetTab("postoperatorio postoperatoria preoperatorio preoperatoria posoperatorio posoperatoria")
	periopVisit  = wordSetTab("appointment appointments appt call calls visit visits check checkup follow followup instructions labs testing clearance exam consult")
	periopVisES  = wordSetTab("cita citas control controles consulta consultas revision revisión llamada visita")
)

// periop: token i is one of periopFirst.
func (s *scanner) periop(i int) {
	n := len(s.toks)
	a, b := i, i
	switch h := s.toks[i].h; {
	case periopES.get(h):
		if i == 0 || s.toks[i].sent || s.gap(i) != " " || !periopVisES.get(s.toks[i-1].h) {
			return
		}
		a = i - 1
	default:
		if !periopSolo.get(h) {
			// "post-op", "pre op", "post-operative"
			if i == 0 || s.toks[i].sent || !periopPrefix.get(s.toks[i-1].h) {
				return
			}
			if g := s.gap(i); g != "-" && g != " " {
				return
			}
			a = i - 1
		}
		k := i + 1
		if k >= n || s.toks[k].sent || s.gap(k) != " " || !periopVisit.get(s.toks[k].h) {
			return
		}
		b = k
	}
	lo, _ := s.sentSpan(a)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	_, hi := s.sentSpan(b)
	for k := from; k < hi; k++ {
		if recipientWords.get(s.toks[k].h) {
			s.addTok(a, b, KindProcedure, "compose.periop", 0.7, "names the reader's visit before or after an operation")
			return
		}
	}
}
