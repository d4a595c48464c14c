package guard

// tradehead.go: a camel-case brand before its business noun heading the
// notice, "RenalPath Dialysis:", read as the sender's full name (issue 15,
// fifteenth pass, helper org2, dev83/dev86o, 2026-12-05).
//
// sendername.go's camel-case header ("NowCare Eastside:") passes the name
// rules' findings only: the run may hold any capitalised words, so a
// clinical word in it could be the reader's. When the run ends in a business
// noun of snClose (Dialysis, Diálisis, Orthotics, Imaging, Therapy, Center…)
// and its camel-case brand is the organisation's own word (snOwnWord: no
// care word, no word of a clinical finding: "RenalPath"), the run is the
// sender's full name, as "Summit Dialysis:" already is, and sendername.go's
// decision applies: the care word of the name (clinical.procedure,
// frame.*, and in the header slot a one-word clinical.supply, condition or
// compose finding: "Diálisis", "Orthotics") passes only when nothing outside
// the name speaks of care ("RenalPath Dialysis: Your account was locked…",
// "… Payment of $125.00 received").
//
// It fails closed: the reader's session, treatment, test, device or kin
// outside the name are care words or findings of their own and keep the
// notice reported ("RenalPath Dialysis: Your Thursday session moved to 6:00
// AM", "… your mother's dialysis treatment…"); a run with a listed given or
// family name after the brand stays a person's (sendername.go); a run
// ending in no business noun keeps its names-only span.
//
// Cost: two set lookups per camel-case header run.

// snTradeHead: the camel-case header run k..e ends in a business noun and
// its brand k is the organisation's own word.
func (s *scanner) snTradeHead(fs []ifind, k, e int) bool {
	return e > k && snClose.get(s.toks[e].h) && s.snOwnWord(fs, k, k)
}

// The sender's own administrative words beside its header (snOwnTrade):
// a care provider heading its own notice writes of its patient portal,
// its patient experience survey, "one guest per patient", "all services
// move to our new building", "your intake forms", "a (financial)
// counselor will contact you about your financial-assistance application"
// and, for its families, "Family members — tell us…". None of them is the
// reader's care; snCareOutside and snCareContentOutside do not count them
// when a full sender span holds the header slot (snHeadName).

// toAdminAfter: the word after "patient" that makes it the sender's office.
var toAdminAfter = wordSetTab("portal portals experience survey surveys satisfaction financial access account accounts advocate advocates relations")

// toPer: the word before "patient" that makes it anyone.
var toPer = wordSetTab("per each every cada por")

// toAllServ: the word before "services" that makes them all the sender's.
var toAllServ = wordSetTab("all our todos nuestros")

// toRooms: the word after "treatment" that makes it the sender's premises.
var toRooms = wordSetTab("area areas room rooms floor floors")

// toForms: the word after "intake" that makes it paperwork.
var toForms = wordSetTab("form forms paperwork packet")

// toClientDesk: the word after "client" that makes it the sender's
// service desk (senderword.go's one-word brands: "client care line").
var toClientDesk = wordSetTab("care services service support success experience portal account accounts line hotline")

// toOurLab: the word before "lab" that makes it the sender's own.
var toOurLab = wordSetTab("our nuestro")

// toMoney: a word of money in the notice that makes a counselor financial.
var toMoney = wordSetTab("financial financiera financiero billing payment insurance")

// snOwnTrade: token m is one of the sender's administrative words above,
// in a notice whose header slot holds a full sender span.
func (s *scanner) snOwnTrade(m int) bool {
	t := &s.toks[m]
	n := len(s.toks)
	next := func() uint64 {
		if m+1 < n && s.gap(m+1) == " " {
			return s.toks[m+1].h
		}
		return 0
	}
	prev := func() uint64 {
		if m > 0 && s.gap(m) == " " {
			return s.toks[m-1].h
		}
		return 0
	}
	ok := false
	switch t.low {
	case "patient", "paciente":
		ok = toAdminAfter.get(next()) || toPer.get(prev())
	case "services", "servicios":
		ok = toAllServ.get(prev())
	case "treatment", "tratamiento":
		// "one guest per patient in treatment areas": the sender's rooms
		ok = toRooms.get(next())
	case "intake":
		ok = toForms.get(next())
	case "counselor", "counselors":
		for k := 0; k < n && !ok; k++ {
			ok = toMoney.get(s.toks[k].h)
		}
	case "client", "clients", "cliente", "clientes":
		// "Lumina's client care line", "client services": the sender's desk (senderword.go)
		ok = toClientDesk.get(next())
	case "care":
		// "client care": the desk above
		ok = m > 0 && s.gap(m) == " " && (s.toks[m-1].low == "client" || s.toks[m-1].low == "customer") && s.snFullHead()
	case "lab", "labs", "laboratorio":
		// "Our lab and kit hotline stay open": the sender's own premises (senderword.go)
		ok = toOurLab.get(prev())
	case "family", "familiares":
		// "Family members — …": the families addressed, none named
		ok = t.low == "familiares" || m+1 < n && s.gap(m+1) == " " && s.toks[m+1].low == "members"
		ok = ok && !recipientPossessive.get(prev())
	}
	return ok && s.snFullHead()
}

// snFullHead: a full sender span holds the header slot.
func (s *scanner) snFullHead() bool {
	for j := 0; j < s.snN; j++ {
		if !s.sn[j].names && s.snHeadName(j) {
			return true
		}
	}
	return false
}

// snChairTime: token m is "chair" before "time(s)" or "schedule": a
// dialysis unit's word for the reader's treatment slot ("Your chair time is
// now 5:30 AM on Mon/Wed/Fri"); snCareOutside and snCareContentOutside
// count it as care, so a header's care word no longer passes beside it.
func (s *scanner) snChairTime(m int) bool {
	if s.toks[m].low != "chair" || m+1 >= len(s.toks) || s.gap(m+1) != " " {
		return false
	}
	switch s.toks[m+1].low {
	case "time", "times", "schedule":
		return true
	}
	return false
}

// tpProgram: the words before a programme's name.
var tpProgram = wordSetTab("programa program programme plan club")

// snProgramRun: a programme named after the sender, "al programa Familia
// Monterrico" of "Clínica Monterrico Salud": after programa, program,
// programme, plan or club, a run of one to three capitalised words ending
// in a word already inside a sender span (snRepeat's "Monterrico"), its
// other words no listed given or family name. It is added as a names-only
// span: only name findings on it pass. "Sra. Rosa Quispe, del programa
// Familia Monterrico" keeps "Rosa Quispe"; a run with a listed name
// ("programa Rosa Monterrico") is not read.
func (s *scanner) snProgramRun() {
	n := len(s.toks)
	for i := 0; i+1 < n && s.snN < snMax; i++ {
		if !tpProgram.get(s.toks[i].h) || s.gap(i+1) != " " || !s.snCap(i+1) {
			continue
		}
		for e := i + 1; e < n && e <= i+3; e++ {
			if e > i+1 && (s.gap(e) != " " || !s.snCap(e)) {
				break
			}
			if s.snIn(e) {
				if e > i+1 {
					s.snAdd(i+1, e, true)
				}
				break
			}
			if f := s.fl(e); f&(wFirst|wLast|wTitle|wNameCue) != 0 && f&wCommon == 0 {
				break
			}
		}
	}
}
