package guard

// staffjoinorg.go: a titled clinician's welcome that names the sender
// joined and a two-word specialty (issue 15, nineteenth pass, dev103's
// fam-pub19, fix helper pub19, probe set dev103s). Widenings of
// dropStaffRoles' companions (staffmore.go's srCompanion), not a rule of
// their own: the titled name must already be dropped as the sender's (a
// role in apposition, a sender-side frame, a sentence about no reader);
// readerTied findings are refused by srCompanion before these run.
// dev103 found "Welcome Dr. Naomi Park, cardiac electrophysiologist, who
// joins Rhythm Harbor in March." (compose.learned over "joins Rhythm":
// the sender's name holds a clinical word) and "Damos la bienvenida a la
// Dra. X, ginecóloga obstetra, que se une a nuestro equipo" (a specialty
// of two words; srWelSpecialty reads one).
//
//   - the organisation joined (sjJoinOrg): a clinical or compose finding
//     lying in "joins / joined / joining <Org>" or "se une / se suma / se
//     incorpora a <Org>" after the titled name in its sentence, the Org a
//     run of one to four capitalised words (no digit, no possessive, only
//     spaces or "&" between) ended by the sentence or by in / this / next /
//     on / en / este / esta / el / a partir;
//   - a specialty of two or three words (sjSpecRun): the apposition right
//     after the titled name's comma, two or three lowercase words each a
//     specialty's stem (srSpecialtyWord) or a specialty's modifier
//     (sjSpecMods: cardiac, pediatric, interventional, reproductive…),
//     ended by a comma or by who / que / quien.
//
// Stays reported (staffjoinorg_test.go, dev103s's leaks): a clinician tied
// to the reader ("your new cardiologist, Dr. X", "su médico, la Dra. X",
// "who will check your pacemaker", "que atenderá su embarazo"), another
// sentence that speaks to the reader, a patient's name in the sentence, an
// untitled person joining a programme ("Welcome Tobias Reed, who joins our
// cardiac rehab group").

import "strings"

var (
	// sjJoinVerbs: the English verbs of joining the sender
	sjJoinVerbs = wordSetTab("joins joined joining")
	// sjJoinEs: the Spanish verbs after "se" ("se une a", "se suma a")
	sjJoinEs = wordSetTab("une unio suma sumo incorpora incorporo")
	// sjOrgEnd: words that may follow the organisation joined
	sjOrgEnd = wordSetTab("in this next on as en este esta el a starting effective")
	// sjSpecMods: a specialty's modifiers in an apposition of two or
	// three words ("cardiac electrophysiologist", "ginecóloga obstetra")
	sjSpecMods = wordSetTab("cardiac pediatric paediatric interventional general reproductive cardiovascular vascular " +
		"clinical adult geriatric sports thoracic transplant maternal fetal certified board pediatra infantil " +
		"clinica clinico adultos materno fetal certificada certificado")
)

// sjCompanion: finding o, of another kind, goes with the dropped titled
// name p..b of sentence [lo, hi) (see the file comment).
func sjCompanion(v *srView, o Finding, lo, hi, p, b int, titled bool) bool {
	if !titled || o.Kind == KindName || !srClinicalRule(o) || o.readerTied() {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < 0 || x <= b || y >= hi {
		return false
	}
	if r19bJoinTeam(v, b, hi) {
		return false // a person's care team joined (red19b.go)
	}
	return sjJoinOrg(v, x, y, hi, b) || sjSpecRun(v, x, y, hi, b)
}

// sjJoinOrg: tokens x..y lie in "joins <Org>" after the name's last token
// b (see the file comment).
func sjJoinOrg(v *srView, x, y, hi, b int) bool {
	for j := b + 1; j < hi && j <= b+8; j++ {
		s := -1
		switch {
		case sjJoinVerbs.get(v.toks[j].h) && v.toks[j].cls&tCap == 0:
			s = j + 1
		case sjJoinEs.get(v.toks[j].h) && j > b+1 && v.toks[j-1].low == "se" && j+1 < hi && v.toks[j+1].low == "a":
			s = j + 2
		}
		if s < 0 || s >= hi {
			continue
		}
		e := s - 1
		for k := s; k < hi && k < s+4; k++ {
			tk := &v.toks[k]
			if tk.cls&tCap == 0 || tk.nd != 0 || k > s && strings.Trim(srGap(v, k-1, k), " &") != "" || srReader.get(tk.h) {
				break
			}
			e = k
		}
		if e < s || srPossessive(v.t.s[v.toks[e].s:]) {
			return false
		}
		if e+1 < hi && (!sjOrgEnd.get(v.toks[e+1].h) || v.toks[e+1].cls&tCap != 0 || strings.TrimSpace(srGap(v, e, e+1)) != "") {
			return false
		}
		return x >= j && x <= e && y >= s && y <= e
	}
	return false
}

// sjSpecRun: tokens x..y lie in a specialty of two or three lowercase
// words right after the name's comma (see the file comment).
func sjSpecRun(v *srView, x, y, hi, b int) bool {
	s := srNext(v, b, hi)
	if s < 0 || strings.TrimSpace(srGap(v, b, s)) != "," {
		return false
	}
	e, spec := s-1, false
	for k := s; k < hi && k < s+3; k++ {
		tk := &v.toks[k]
		if k > s && srGap(v, k-1, k) != " " || tk.cls&(tCap|tDigit) != 0 || srReader.get(tk.h) {
			break
		}
		st := srSpecialtyWord(v, k, k)
		if !st && !sjSpecMods.get(tk.h) {
			break
		}
		spec = spec || st
		e = k
	}
	if !spec || e-s < 1 || e+1 >= hi || x < s || y > e {
		return false
	}
	g := strings.TrimSpace(srGap(v, e, e+1))
	return g == "," || g == "" && srWelWho.get(v.toks[e+1].h)
}
