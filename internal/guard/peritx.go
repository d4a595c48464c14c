package guard

// peritx.go: the reader's care before or after a treatment named by its
// abbreviation after "post-"/"pre-" (issue 15, fifteenth pass, helper
// latent14, dev76/dev81l, 2026-12-05), rule compose.peritx, kind
// procedure.
//
// "Lakeshore Health Institute: Your post-tx labs are due Monday" was
// caught only through the sender's name. periop.go reads "post-op" and
// "pre-op" before a visit word; the same frame holds any treatment's
// abbreviation or name: post-tx (treatment, transplant), post-txp,
// pre-proc, post-surg, post-chemo, post-RT, post-transplant,
// pre-procedure, post-surgery, post-trasplante, pre-quirúrgico.
// scanPeriTx reports "post"/"pre" (or "pos") joined by a hyphen to one of
// those words, when a visit or care word follows it (labs, bloodwork,
// visit, check, follow-up, meds, instructions, scan, clinic… — periop.go's
// list and a few more) or, in Spanish, precedes it (cita, control,
// análisis, laboratorios, estudios…), and a reader's word (readerNear,
// woundcare.go) stands in its sentence or the one before.
//
// Passes: "Pre-tax payroll deductions", "Your pre-order", "Your
// post-visit survey", "Our post office box" (no treatment word), "post-op
// recovery suite for all patients" (periop.go's; no reader's word). Cost:
// one look at each token post, pre or pos.

var (
	ptPrefix = wordSetTab("post pre pos")
	ptTreat  = wordSetTab("tx txp trx proc procs surg chemo rt rads transplant transplants procedure procedures procedural surgery surgical " +
		"trasplante tratamiento quirurgico quirurgica procedimiento quimio cirugia")
	ptVisit = wordSetTab("appointment appointments appt call calls visit visits check checkup checkups follow followup instructions labs lab testing " +
		"clearance exam consult bloodwork blood meds medications medication scan scans imaging orders diet fasting clinic care")
	ptVisES = wordSetTab("cita citas control controles consulta consultas revision llamada visita analisis laboratorios estudios examenes " +
		"indicaciones instrucciones medicamentos")
)

// scanPeriTx: see the file comment.
func (s *scanner) scanPeriTx() {
	if s.fbAll3&fb3PeriTx == 0 { // no post/pre/pos in the field (tokfilter.go)
		return
	}
	s.scanPeriTxOn()
}

// scanPeriTxOn is scanPeriTx past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanPeriTxOn() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		if !ptPrefix.get(s.toks[i].h) || s.gap(i+1) != "-" || !ptTreat.get(s.toks[i+1].h) {
			continue
		}
		a, b := i, i+1
		switch {
		case b+1 < n && !s.toks[b+1].sent && ptVisit.get(s.toks[b+1].h):
			b++
		case a > 0 && !s.toks[a].sent && ptVisES.get(s.toks[a-1].h):
			a--
		default:
			continue
		}
		if s.readerNear(i) {
			s.addTok(a, b, KindProcedure, "compose.peritx", 0.7, "names the reader's care before or after a treatment")
		}
		i = b
	}
}

// ptStartFilter: the words scanPeriTx starts from (fb3PeriTx)
var ptStartFilter = tabsFilter(ptPrefix)
