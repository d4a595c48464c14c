package guard

// staffnine.go: more shapes of the sender's staff news for dropStaffRoles
// (issue 15, dev54, helper STAFF9, probe set dev61s). The rule is
// staffrole.go's; this file widens its question "does the name stand with a
// role of the sender's" by the sentence's structure:
//
//   - a bare role apposition (srNineBareRole): after the name's comma, one to
//     four lower-case words ending in a role noun and then the clause's end
//     ("Luis Ferraro, patient financial counselor.", "Sam Ortiz, front desk
//     lead, and …"); a reader word in the phrase (but a job title's
//     "patient", srPatientJob) or a preposition ends it;
//   - a relative clause of appointment (srNineWhoNamed): ", who has been
//     promoted to revenue cycle director", ", quien fue nombrada gerente"
//     (who/quien/que, up to three auxiliaries, named/promoted/appointed,
//     then a role's noun phrase);
//   - a first name alone (srNineFirst) whose full name stands elsewhere in
//     the field without being a finding ("Our CEO Margaret Hollis will
//     retire in June. Thank you, Margaret!"): the full name is read as a
//     mention (srStaffName) and the first name goes when it is the sender's.
//
// New role nouns (designer, photographer, clinician, engineer, accountant,
// courier), frame words (congratulates, honors, celebrates, recognizes,
// felicita) and the Spanish titles Lcda./Lcdo. (licenciada) are in
// staffrole.go's lists. What keeps a name reported is everything
// staffrole.go keeps (a reader word, a greeting, a care event, a patient, a
// finding of another kind in the sentence).

import "strings"

// srNineBareRole: token j, after the name's comma, opens a bare role
// apposition (see the file comment).
func srNineBareRole(v *srView, j, hi int) bool {
	for m := j; m < hi && m < j+4; m++ {
		tk := &v.toks[m]
		if m > j && strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			return false
		}
		if tk.cls&tCap != 0 || tk.nd != 0 || srNotModifier.get(tk.h) || srFrameHas(&srNPStop, tk.h) ||
			srReader.get(tk.h) && !srPatientJob(v, m, hi) || srStayWords.get(tk.h) {
			return false
		}
		if srRoles.get(tk.h) || srOfficeCounselor(v, m) {
			n := srNext(v, m, hi)
			if n < 0 {
				return true
			}
			g := strings.TrimSpace(srGap(v, m, n))
			return g != "" && strings.ContainsAny(g[:1], ",.!?;—–")
		}
	}
	return false
}

// srNineWhoNamed: token j is who/quien/que after the name's comma, and the
// clause gives an appointment to a role (see the file comment).
func srNineWhoNamed(v *srView, j, hi int) bool {
	m := srNext(v, j, hi)
	n := 0
	for ; n < 3 && m >= 0 && srPreHas(&srPreAux, v.toks[m].h); n++ {
		m = srNext(v, m, hi)
	}
	if n == 0 || m < 0 || !srPreHas(&srPreNamed, v.toks[m].h) || strings.ContainsAny(srGap(v, j, m), ",.!?:;()") {
		return false
	}
	if k := srNext(v, m, hi); k >= 0 && (v.toks[k].low == "to" || v.toks[k].low == "as" || v.toks[k].low == "como") {
		m = k
	}
	return srNPRole(v, m, hi, 6)
}

// srNineFirst: the one-word name mention m (finding f) has a full name in
// its field that is no finding — its first word followed by one or two
// capitalised name words — read as a mention of the sender's staff.
func srNineFirst(v *srView, m *srMention, f Finding, all []Finding) bool {
	if m.fw != m.lw {
		return false
	}
	for k := 0; k+1 < len(v.toks); k++ {
		if v.toks[k].h != m.fw || k == m.b || !srNameWord(&v.toks[k]) {
			continue
		}
		e := srGroupEnd(v, k, len(v.toks))
		if e <= k {
			continue
		}
		x, _ := v.t.orig(int(v.toks[k].s), int(v.toks[k].e))
		_, y := v.t.orig(int(v.toks[e].s), int(v.toks[e].e))
		inFinding := false
		for _, o := range all {
			if o.Field == f.Field && o.Start < y && o.End > x {
				inFinding = true
			}
		}
		if inFinding {
			continue
		}
		o := srStaffName(v, Finding{Field: f.Field, Kind: KindName, Start: x, End: y}, all)
		if o.ok && o.role && o.frame {
			return true
		}
	}
	return false
}

var (
	// srNineCourier: a delivery role before the name ("with driver Marcus").
	srNineCourier = wordSetTab("driver drivers courier couriers shopper repartidor repartidora")
	// srNineOrder: the reader's order a courier brings.
	srNineOrder = wordSetTab("order orders delivery package packages parcel parcels groceries grocery pedido pedidos " +
		"paquete paquetes compra")
)

// srNineCourierName: the name at p stands right after a delivery role
// (driver, courier, shopper, repartidor) and the sentence [lo, hi) names an
// order of the reader's (order, delivery, package, groceries, pedido…) and
// no clinical role or title.
func srNineCourierName(v *srView, p, lo, hi int) bool {
	q := srPrev(v, p, lo)
	if q < 0 || srGap(v, q, p) != " " || !srNineCourier.get(v.toks[q].h) || srCareSentence(v, lo, hi) {
		return false
	}
	for k := lo; k < hi; k++ {
		if srNineOrder.get(v.toks[k].h) {
			return true
		}
	}
	return srJobArrival(v, lo, hi) // "is on the way", "llegará" (staffjob.go)
}

// srNineCourierReader: token k, your/su/tu, is the reader's order or the
// reader's courier in a sentence of a courier named by first name
// (srNineCourierName): "Your same-day delivery order is on its way with
// driver Marcus", "Your courier Priya will arrive between 2 and 3 pm": the
// word after it, or one of the three lower-case words after it, is an order
// noun, or the word after it is the courier's role right before the name.
func srNineCourierReader(v *srView, k, p, lo, hi int, titled bool) bool {
	tk := &v.toks[k]
	if titled || tk.low != "your" && tk.low != "su" && tk.low != "tu" || !srNineCourierName(v, p, lo, hi) {
		return false
	}
	for m := k + 1; m < hi && m <= k+4; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || v.toks[m].cls&tCap != 0 {
			return false
		}
		if srNineOrder.get(v.toks[m].h) || srNineCourier.get(v.toks[m].h) && srNext(v, m, hi) == p {
			return true
		}
	}
	return false
}

// srNineFrameRule: the frame rules that read an unknown capitalised word
// as a clinical term.
func srNineFrameRule(f Finding) bool {
	return f.Rule == "frame.notice" || f.Rule == "frame.name" || f.Rule == "frame.unknown"
}

// srNineSurname: finding f, a frame rule's, is one capitalised word (not
// upper case) right after a capitalised name word and a single space
// ("Jordan Teague"): a surname no list holds, read by dropStaffRoles as
// the name's last word; it goes only with a person who is the sender's,
// and keeps its own kind otherwise.
func srNineSurname(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a < 1 || a != b || v.toks[a].cls&tCap == 0 || v.toks[a].cls&tUpper != 0 || !srNameWord(&v.toks[a]) {
		return false
	}
	return srGap(v, a-1, a) == " " && srNameWord(&v.toks[a-1])
}

// srNineWeWill: token m is "we'll" (the view drops the apostrophe: "well"),
// no wish for the reader's health (srPreWell's "well").
func srNineWeWill(v *srView, m int) bool {
	tk := &v.toks[m]
	return tk.low == "well" && strings.ContainsAny(v.t.s[tk.s:tk.e], "'’")
}

// srNineThank: thanks before a first name that ends its sentence.
var srNineThank = wordSetTab("thank thanks gracias")

// srNineThanksName: "¡Gracias, Rosa!", "Thanks, Rosa.": a thanks word q,
// a comma, one untitled name word a (= b) ending the sentence [.., hi) with
// "!" or ".". The greeting then does not fail the mention; it is dropped
// only with the same first name's full name when that is the sender's
// staff (staffrole.go's first-name path, srNineFirst): a thanks alone
// ("Thanks, Maria!") has no role and stays reported.
func srNineThanksName(v *srView, q, a, b, hi int, titled bool) bool {
	if titled || a != b || b != hi-1 || !srNineThank.get(v.toks[q].h) || strings.TrimSpace(srGap(v, q, a)) != "," {
		return false
	}
	rest := strings.TrimSpace(v.t.s[v.toks[b].e:])
	if b+1 < len(v.toks) {
		rest = strings.TrimSpace(srGap(v, b, b+1))
	}
	return strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, ".")
}
