package guard

// stafften.go: more shapes of the sender's staff news for dropStaffRoles
// (issue 15, dev60/dev63, helper STAFF10, probe set dev65t). The rule is
// staffrole.go's; this file widens its question "does the name stand with a
// role of the sender's, in a sender-side frame" by the sentence's structure:
//
//   - a titled clinician's own schedule (srTenSchedule): "Dr. Lena
//     Pruitt's office hours have moved …", "Dr. Zoë Brännström’s schedule
//     on Wednesday is now …" — a title, a name of two words or more, a
//     possessive "'s" on its last word, and right after it (one or two
//     words) a schedule noun (schedule, hours, clinic, calendar,
//     availability, horario, agenda);
//   - a department the name leads (srTenLeads): "Marcus Bell now leads
//     Member Support" — right after the name, an optional now/also/will,
//     leads/heads/oversees/directs/dirige/lidera, and within three words a
//     capitalised department name or a unit noun (team, department,
//     program, equipo…), in the clause;
//   - an award of a role's (srTenAwardTo): "Driver of the Year goes to Luis
//     Ortega!" — "<role> of the Month/Quarter/Year [award] goes/went to"
//     right before the name; the sender gives the award;
//   - a religious title (srTenReligious): "Thank you to Sister Mary
//     Bernadette Kowalski, who retires after 42 years of service" — a
//     capitalised Sister/Brother/Father/Sor/Hermana/Padre opening a name of
//     two more words, in a sentence of staff news (srNewsFrame: retires,
//     welcome, honoring …);
//   - a run of credentials after a name (srTenCredRun): "Patrice Lumley,
//     RN, CWOCN," — a name finding of upper-case words joined by commas
//     whose first is a known credential (srCreds), right after a name and a
//     comma, goes with that name when the name is dropped;
//   - "atención al paciente" after a role ("coordinador de atención al
//     paciente", srTenPatientDept) is a department, no patient, as
//     staffframe.go's srPatientJob reads "patient access manager";
//   - "es el nuevo coordinador", "is the new practice manager"
//     (srTenCopulaNew): a copula, the/el/la and new/nuevo/nueva, then a role
//     within the clause.
//
// "Volunteer" is no role noun here: a volunteer is often a former patient
// ("Meet Harold Nwosu, our new volunteer. Harold joins us … after his
// discharge", dev40r/dev53q). What keeps a name reported is everything staffrole.go keeps: a reader word, a
// greeting, a care event, a patient, a finding of another kind in the
// sentence, another sentence naming the person or opening with a pronoun
// that speaks to the reader.

import "strings"

var (
	// srTenSched: the clinician's schedule nouns after "Dr. X's".
	srTenSched = wordSetTab("schedule hours clinic calendar availability horario agenda")
	// srTenLead: leading a department.
	srTenLead = wordSetTab("leads heads oversees directs dirige lidera")
	// srTenNow: an adverb or auxiliary between the name and srTenLead.
	srTenNow = wordSetTab("now also will currently ahora")
	// srTenUnit: the unit nouns a person leads.
	srTenUnit = wordSetTab("team department program programme unit office equipo departamento programa area área")
	// srTenGoes: "goes to", "went to" before an award's winner.
	srTenGoes = wordSetTab("goes went")
	// srTenReligion: religious titles before a name.
	srTenReligion = wordSetTab("sister brother father sor hermana hermano padre")
	// srTenDept: "atención al paciente", "servicio al paciente".
	srTenDept = wordSetTab("atencion atención servicio servicios experiencia seguridad")
	// srTenThe: the article between a copula and "new".
	srTenThe = wordSetTab("the el la")
)

// srTenSchedule: see the file comment; a..b is the name. A surname alone
// ("Dr. Marlow's Tuesday clinic is moving", honorbrand_test.go) stays
// reported: the schedule reading wants a given name and a surname.
func srTenSchedule(v *srView, a, b, hi int, titled bool) bool {
	// the view splits "Pruitt's" into "Pruitt" and "s"
	s := b + 1
	if !titled || a == b || s >= hi || v.toks[s].low != "s" || !srPossessive(v.t.s[v.toks[b].s:]) {
		return false
	}
	for m := s + 1; m < hi && m <= s+2; m++ {
		if strings.TrimSpace(srGap(v, m-1, m)) != "" {
			return false
		}
		if srTenSched.get(v.toks[m].h) {
			return true
		}
	}
	return false
}

// srTenLeads: see the file comment; b is the name's last token.
func srTenLeads(v *srView, b, hi int) bool {
	m := b + 1
	if m < hi && srTenNow.get(v.toks[m].h) && srGap(v, b, m) == " " {
		m++
	}
	if m >= hi || !srTenLead.get(v.toks[m].h) || srGap(v, m-1, m) != " " {
		return false
	}
	for k := m + 1; k < hi && k <= m+3; k++ {
		if strings.ContainsAny(srGap(v, k-1, k), ",.!?:;()") {
			return false
		}
		tk := &v.toks[k]
		if srReader.get(tk.h) || tk.nd != 0 {
			return false
		}
		if tk.cls&tCap != 0 || srTenUnit.get(tk.h) {
			return true
		}
	}
	return false
}

// srTenAwardTo: see the file comment; p is the name's first token.
func srTenAwardTo(v *srView, p, lo int) bool {
	to := srPrev(v, p, lo)
	if to < 0 || v.toks[to].low != "to" || srGap(v, to, p) != " " {
		return false
	}
	g := srPrev(v, to, lo)
	if g < 0 || !srTenGoes.get(v.toks[g].h) || srGap(v, g, to) != " " {
		return false
	}
	for t := g - 1; t >= lo+3 && t >= g-2; t-- {
		if strings.ContainsAny(srGap(v, t, t+1), ",.!?:;()") {
			return false
		}
		if srAward.get(v.toks[t].h) && v.toks[t-1].low == "the" && v.toks[t-2].low == "of" &&
			srRoles.get(v.toks[t-3].h) && strings.TrimSpace(srGap(v, t-3, t)) == "of the" {
			return true
		}
	}
	return false
}

// srTenReligious: see the file comment; a..b is the name.
func srTenReligious(v *srView, a, b, lo, hi int) bool {
	return b-a >= 2 && srTenReligion.get(v.toks[a].h) && v.toks[a].cls&tCap != 0 && srNewsFrame(v, lo, hi)
}

// srTenCredRun: name finding f is a run of credentials after a name and a
// comma ("RN, CWOCN"); its first token, or -1.
func srTenCredRun(v *srView, f Finding) int {
	a, b := srSpan(v, f.Start, f.End)
	if a < 1 || b-a > 6 || !srCreds.get(v.toks[a].h) && !srCredMore(v, a, len(v.toks)) || strings.TrimSpace(srGap(v, a-1, a)) != "," || // srCredMore: "PT, DPT" (staffpost.go)
		!srNameWord(&v.toks[a-1]) {
		return -1
	}
	for k := a; k <= b; k++ {
		tk := &v.toks[k]
		if tk.cls&tUpper == 0 || tk.nd != 0 || tk.e-tk.s < 2 || tk.e-tk.s > 6 ||
			k > a && strings.TrimSpace(srGap(v, k-1, k)) != "," {
			return -1
		}
	}
	return a
}

// srTenPatientDept: token k, paciente/pacientes, ends "<role> de atención
// al paciente" (see the file comment).
func srTenPatientDept(v *srView, k, lo int) bool {
	if l := v.toks[k].low; l != "paciente" && l != "pacientes" || k-4 < lo {
		return false
	}
	al, de := v.toks[k-1].low, v.toks[k-3].low
	return (al == "al" || al == "del" || al == "a" || al == "de") && srTenDept.get(v.toks[k-2].h) &&
		(de == "de" || de == "del") && srRoles.get(v.toks[k-4].h) &&
		!strings.ContainsAny(v.t.s[v.toks[k-4].e:v.toks[k].s], ",.!?:;()")
}

// srTenNewRole: the name's last token b is followed by a copula and "the
// new <role>" ("El Lic. Nahuel Pereyra es el nuevo coordinador …"): the
// sender announces the role, a role and a sender-side frame.
func srTenNewRole(v *srView, b, hi int) bool {
	j := srNext(v, b, hi)
	return j >= 0 && srCopula.get(v.toks[j].h) && strings.TrimSpace(srGap(v, b, j)) == "" && srTenCopulaNew(v, j, hi)
}

// srTenCopulaNew: token j is a copula right after the name; "the/el/la
// new/nuevo/nueva" follows it and a role within the clause.
func srTenCopulaNew(v *srView, j, hi int) bool {
	t := srNext(v, j, hi)
	if t < 0 || !srTenThe.get(v.toks[t].h) || strings.TrimSpace(srGap(v, j, t)) != "" {
		return false
	}
	n := srNext(v, t, hi)
	if n < 0 || !srNew.get(v.toks[n].h) || strings.TrimSpace(srGap(v, t, n)) != "" {
		return false
	}
	return srRoleWithin(v, n, hi, 5)
}
