package guard

import "strings"

// The reader's stay or care in a hospital unit named by its department
// (helper PORTAL, dev38/dev39: "How did we do during your stay in Labor &
// Delivery?", a grateful-patient donor notice's "thank you for your gift
// in gratitude for your care in the Mercy Valley cardiac ICU last
// spring").
//
// A survey or a foundation's letter that names the unit of the reader's
// stay says what care the reader had: labour, intensive care, a burn
// unit, oncology. scanCareStay reports (rule compose.care_stay, kind
// condition) a stay word of the reader — "your stay", "your care", "your
// time", "your visit", "your recovery", "su estancia/estadía/atención"
// (one of recent, last, latest, past, hospital, overnight between),
// or "cared for you" — then in/at/on/to/en and, within six words of the
// same clause (no comma, colon or question mark between), a word of a
// hospital unit of a closed list (careUnitWords: icu, nicu, picu, ccu,
// intensive, maternity, labor — "delivery" counts only after labor —,
// postpartum, neonatal, nursery, cardiac, oncology, burn, trauma,
// psychiatric, behavioral, detox, dialysis, hospice, telemetry,
// emergency, rehabilitation, uci, maternidad, oncología, psiquiatría…).
// "How was your stay at the Harbor Inn?", "your care at our Riverside
// clinic", "Visitors to Labor & Delivery must check in at the main desk"
// (no stay of the reader) and "Our Labor & Delivery unit has new family
// suites" pass. Accepted risk: "your time in the emergency lane" (a
// road) would be reported.
var (
	careStayWords = wordSetTab("stay stayed care time visit recovery estancia estadia atencion")
	careStayPreps = wordSetTab("in at on to en")
	careStayAdj   = wordSetTab("recent last latest past hospital overnight inpatient reciente ultima")
	careUnitWords = wordSetTab("icu icus nicu picu ccu micu sicu cvicu intensive maternity labor labour postpartum neonatal " +
		"nursery cardiac oncology burn trauma psychiatric psychiatry behavioral behavioural detox dialysis hospice " +
		"telemetry emergency rehabilitation inpatient uci ucin maternidad oncologia psiquiatria quemados urgencias " +
		"intensivos dialisis")
	careStayBits = tabsFilter(careStayWords)
	// careStayFirst: careStayBits and "cared", the words scanCareStay
	// starts from (its token bit, tokfilter.go)
	careStayFirst = func() *hashFilter { f := *careStayBits; f.add(hstr("cared")); return &f }()
	hCared        = hstr("cared")
	hLaborUnit    = hstr("labor")
)

// scanCareStay reports compose.care_stay.
func (s *scanner) scanCareStay() {
	if s.fbAll2&fb2CareStay == 0 { // no token passes careStayFirst (tokfilter.go)
		return
	}
	s.scanCareStayOn()
}

// scanCareStayOn is scanCareStay past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanCareStayOn() {
	n := len(s.toks)
	for k := 1; k+2 < n; k++ {
		h := s.toks[k].h
		if s.toks[k].fb2&fb2CareStay == 0 || !careStayBits.may(h) && h != hCared {
			continue
		}
		p := 0 // the preposition's token
		switch {
		case h == hCared:
			if s.low(k+1) == "for" && s.low(k+2) == "you" && k+3 < n {
				p = k + 3
			}
		case careStayWords.get(h) && recipientPossessive.get(s.toks[k-1].h) && s.gap(k) == " ":
			p = k + 1
		case careStayWords.get(h) && k >= 2 && careStayAdj.get(s.toks[k-1].h) && recipientPossessive.get(s.toks[k-2].h):
			p = k + 1 // "your recent stay in"
		}
		if p == 0 || p >= n || s.toks[p].sent || !careStayPreps.get(s.toks[p].h) {
			continue
		}
		for m := p + 1; m < n && m <= p+6 && !s.toks[m].sent; m++ {
			if g := s.gap(m); strings.ContainsAny(g, ",:;?!.()\n") {
				break
			}
			if !careUnitWords.get(s.toks[m].h) || s.used[m] {
				continue
			}
			e := m
			if s.toks[m].h == hLaborUnit && m+2 < n && (s.low(m+1) == "and" || strings.TrimSpace(s.gap(m+1)) == "&") {
				if s.low(m+2) == "delivery" {
					e = m + 2
				} else if s.low(m+1) == "delivery" {
					e = m + 1
				}
			}
			s.addTok(p+1, e, KindCondition, "compose.care_stay", 0.75, "names the hospital unit of the reader's stay or care")
			break
		}
	}
}
