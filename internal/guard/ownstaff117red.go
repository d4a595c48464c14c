package guard

// ownstaff117red.go: the red team's narrowing of dropOwnStaff117 (issue 15,
// twenty-fourth pass, fix helper red24a, dev117n, 2026-12-06).
//
// dropOwnStaff117 (ownstaff117.go) read only the name's sentence (and the
// role's), so a person beside a business role got through with a stay, a
// fall, a birth, a death, a leave or plan membership said in words no care
// list holds, or said in the next sentence: "Tu asesora, Marta Gil, está
// de baja. Se recupera de una operación." (dev117n-leak-002), "Your
// advocate, Dana Kim, will call. You were admitted on Monday." (leak-021),
// "Teammate Ravi Patel is now a member of our plan." (leak-005), "Our
// concierge, Ana Ruiz, is expecting twins in May." (leak-006). A case's
// name before ", your advocate" was read as the advocate: "Re: Maria
// Lopez, your advocate, Dana Kim, will call tomorrow." (leak-007), "Maria
// Lopez, your advocate will call you about her stay" (leak-019).
//
// o117RedQuiet, asked for every name the rule would clear, reads the whole
// field (every sentence, not only the name's) and keeps the name when any
// token is a care, record or kin word of the lists the rule reads (a care
// word right before a bill noun aside, as there), or a word of a person's
// body, stay, leave, birth, death or cover (o117RedWords: baja after "de"
// but not "darte de baja"; "member"/"miembro" singular; "fall" after "a";
// "passed away", "bed rest", "on leave", "dar a luz"; her/his/su before a
// claim, an appeal, an insurer, a plan or health). o117RedRole, asked for
// the role after the name, keeps it unless the role ends the sentence, is
// followed by a comma and a lower-case word, or by de/of/for/para/at/en/
// del/with/con or an adjective of its own ("concierge bilingüe"): a role
// followed by a verb ("your advocate will call") or by another name
// (", your advocate, Dana Kim") is not the first name's.
//
// Fail closed: each only keeps findings. Rows: dev117n leak-001..033.

var (
	o117RedWords = wordSetTab("hospitalized hospitalizada hospitalizado admitted discharged stay estancia " +
		"ingresada ingresado ingresadas ingresados internada internado internación internacion er icu uci urgencias emergency " +
		"fell broke broken hip injury injured lesión lesion surgery cirugía cirugia operación operacion operaron operada operado " +
		"recupera recuperando recuperación recuperacion recovering recovery recovers " +
		"medical médica medica médico medico maternity maternidad paternity paternidad reposo disability discapacidad incapacidad " +
		"birth born baby bebé bebe twins gemelos gemelas mellizos mellizas expecting embarazada embarazo parto pregnant pregnancy " +
		"died death dies falleció fallecio fallecida fallecido murió murio funeral condolences condolencias " +
		"illness enfermedad sick kidney riñón rinon transplant trasplante afiliado afiliada enrolled")
	o117RedCover   = wordSetTab("health salud claim claims appeal insurer aseguradora reclamo apelación apelacion plan coverage cobertura póliza poliza policy recovery")
	o117RedPoss    = wordSetTab("her his their su sus")
	o117RedDebt    = wordSetTab("bill bills billing invoice invoices factura facturas debt debts deuda deudas loan loans crédito credito")
	o117RedDar     = wordSetTab("dar darte darse darle darlo darla darme das da doy")
	o117RedRoleEnd = wordSetTab("de del of for para at en with con bilingüe bilingue senior sénior principal")
)

// o117RedQuiet: no token of the field says a person's care, body, stay,
// leave, birth, death or cover (see the file comment).
func o117RedQuiet(v *srView) bool {
	n := len(v.toks)
	for k := 0; k < n; k++ {
		tk := &v.toks[k]
		h := tk.h
		next := uint64(0)
		if k+1 < n {
			next = v.toks[k+1].h
		}
		prev := ""
		if k > 0 {
			prev = v.toks[k-1].low
		}
		if o117Plural.get(h) {
			continue
		}
		care := careWords.get(h) || sdCare.get(h) || careKin.get(h) || kinWords.get(h) || ssBlock.get(h) ||
			opsCareEvents.get(h) || o117More.get(h) || o117RedWords.get(h)
		if care && k+1 < n && (o117Adv.get(next) || o117RedDebt.get(next)) && srGap(v, k, k+1) == " " {
			care = false // "patient advocates", "hospital bill", "medical debt"
		}
		switch tk.low {
		case "baja":
			care = prev == "de" && !(k > 1 && o117RedDar.get(v.toks[k-2].h))
		case "member", "miembro":
			care = true
		case "fall":
			care = prev == "a"
		case "away":
			care = prev == "passed"
		case "rest":
			care = prev == "bed"
		case "leave":
			care = prev == "on"
		case "luz":
			care = prev == "a" && k > 1 && (v.toks[k-2].low == "dio" || v.toks[k-2].low == "dar" || v.toks[k-2].low == "dará")
		}
		if o117RedCover.get(h) && k > 0 && o117RedPoss.get(v.toks[k-1].h) && srGap(v, k-1, k) == " " {
			care = true // "her appeal", "his claim", "su salud"
		}
		if care {
			return false
		}
	}
	return true
}

// o117RedRole: role token r after the name (sentence ends at hi) is the
// name's: it ends the sentence, or a comma and a lower-case word follow,
// or a word of o117RedRoleEnd.
func o117RedRole(v *srView, r, hi int) bool {
	if r+1 >= hi {
		return true
	}
	g := srGap(v, r, r+1)
	nx := &v.toks[r+1]
	if g == ", " {
		return nx.cls&tCap == 0
	}
	return g == " " && o117RedRoleEnd.get(nx.h) && nx.cls&tCap == 0
}

// o117RedRoles: the roles dropOwnStaff117's merge joined to srRoles
// (sr117Roles), which the older staff drops now read too; the roles they
// read before (director, founder) are left to them.
var o117RedRoles = wordSetTab(sr117Roles)

// keepOwnStaff117Red: the staff drops (staffnews.go … ownstaff117.go) ran
// on pre and left out; a name finding of pre they dropped comes back when
// a role of o117RedRoles (concierge, teammate, ejecutivo/a) stands within three words of the name in
// its sentence and the field is not o117RedQuiet ("Teammate Ravi Patel is
// on medical leave until March", "Nuestra concierge Laura Díaz dio a luz el
// martes": the roles joined to srRoles let dropStaffRoles clear them).
// Only ever adds back findings the guard made: fail closed.
func (g *Guard) keepOwnStaff117Red(n Notice, pre, out []Finding) []Finding {
	if pre == nil || len(pre) == len(out) {
		return out
	}
	var back []Finding
	views := map[string]*srView{}
	for _, f := range pre {
		if f.Kind != KindName {
			continue
		}
		gone := true
		for _, o := range out {
			if o.Field == f.Field && o.Start == f.Start && o.End == f.End && o.Rule == f.Rule {
				gone = false
				break
			}
		}
		if !gone {
			continue
		}
		v, seen := views[f.Field]
		if !seen {
			for _, fl := range n.Fields {
				if fl.Name == f.Field && !fl.HTML && len(fl.Text) <= g.maxField {
					v = &srView{t: normalize(fl.Text, nil, nil)}
					v.toks = tokenize(&v.t, nil)
					break
				}
			}
			views[f.Field] = v
		}
		if v == nil {
			continue
		}
		a, b := srSpan(v, f.Start, f.End)
		if a < 0 {
			continue
		}
		lo, hi := srSentence(v, a)
		role := false
		for k := a - 3; k <= b+3; k++ {
			if k >= lo && k < hi && o117RedRoles.get(v.toks[k].h) { // "Teammate Ravi Patel" may be one finding
				role = true
			}
		}
		if role && !o117RedQuiet(v) {
			back = append(back, f)
		}
	}
	if len(back) == 0 {
		return out
	}
	res := make([]Finding, 0, len(out)+len(back)) // a new slice: adds, never cuts
	res = append(res, out...)
	return append(res, back...)
}

// ownStaffPre: a copy of out before the staff drops, for
// keepOwnStaff117Red, only when out holds a name (the only kind it adds
// back); nil otherwise, so a check with no name copies nothing (lead,
// twenty-fourth pass).
func ownStaffPre(out []Finding) []Finding {
	for i := range out {
		if out[i].Kind == KindName {
			return append([]Finding(nil), out...)
		}
	}
	return nil
}
