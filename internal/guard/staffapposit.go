package guard

// staffapposit.go: more of the staff person and the slots that the two
// slot-reading staff drops (staffappoint.go's dropStaffAppointments,
// staffmilestone.go's dropStaffMilestones) share through saPeople and
// saSlots (issue 15, dev100 fam-staff, fix helper staff18, eighteenth pass,
// probe set dev100s). dev100's staff news kept every finding:
// "NorthLeaf Vitamins welcomes our new consulting pharmacist, Omar
// Siddiqui, PharmD, BCACP." (BCACP no listed credential, so credheld.go
// read the medication found on it as a condition in a credentials list;
// the name cue's span starts at the role noun before the comma), "Please
// welcome Tasha Greene, CFm, our newest certified mastectomy fitter!"
// ("newest" a reader's word to staffsent.go, "fitter" no role), "Welcome
// to our new child life specialists, Kim Tran, CCLS, and Devon Ellis,
// CCLS!", "Damos la bienvenida a la Dra. X, ginecóloga-obstetra, …" (the
// second noun of a hyphenated specialty no slot) and a retirement closed by
// "Thank you, Dr. Price, for your years of house calls!" ("thank you" and
// "your" reader's words outside any slot). This file adds, for both drops:
//
//   - credentials (added to staffappoint.go's saCreds, so credheld.go
//     reads them as credentials too): BCACP, CCLS, CFm, CFo, CFts, CPNP,
//     FNP-C, PNP-BC, WHNP-BC, RPh;
//   - a role noun (added to saHeads): fitter, fitters;
//   - a staff person named in apposition to a role of the sender's:
//     "our new [modifiers] <role>, Name Surname" (our / nuestro … or new /
//     nuevo … before the role in the same phrase), its role phrase with it
//     in the person's soft slot, and a second person joined by "and" / "y"
//     right after a person's credentials ("…, CCLS, and Devon Ellis, CCLS");
//   - slots (apSlots, run at the end of saSlots):
//     the appositive after a person's credentials, ", our [new|newest]
//     [up to three modifiers] <role>" ("Tasha Greene, CFm, our newest
//     certified mastectomy fitter");
//     a hyphenated or slashed pair of specialist nouns ("ginecóloga-
//     obstetra", "urólogo-andrólogo");
//     a thanks to a staff person for service, the whole sentence: "Thank
//     you / Thanks, [Dr.] Name, [for your [many | N] years of <service>]"
//     (apService: service, dedication, house calls, home visits, care,
//     kindness…) ending the sentence, where the thanked person's last name
//     word is named with a role noun of the sender's in another sentence of
//     the field ("our geriatrician Dr. Samuel Price is retiring").
//
// Stays reported: any sentence with the reader's or a care word outside
// the slots (the drops' rule: "… who will fit your breast prosthesis after
// your mastectomy"), "Welcome to our new patients, Kim Tran and Devon
// Ellis" (no role), "Thank you, Dr. Ortiz, for managing your heart failure"
// (no service tail), "Thank you, Mrs. Lee, for your years of service" with
// no role-named Lee in the field, a reader-tied finding anywhere (the
// drops' staffSlotView). Strict mode never drops.

import "strings"

var (
	// apSpec: specialist nouns no ending tells (saSpecialist).
	apSpec = wordSetTab("obstetra obstetras cirujano cirujana cirujanos cirujanas internista internistas " +
		"surgeon surgeons obstetrician")
	// apThanks: the words that open a thanks.
	apThanks = wordSetTab("thank you thanks")
	// apFor: "for your" before the years of service.
	apFor     = wordSetTab("for")
	apYour    = wordSetTab("your")
	apMany    = wordSetTab("many long wonderful")
	apYearsW  = wordSetTab("years decades")
	apOfW     = wordSetTab("of")
	apService = wordSetTab("service dedication commitment care caring kindness compassion leadership teaching " +
		"mentorship friendship work hard house calls home visits visit")
	apAndW = wordSetTab("and y")
)

// apRolePhrase: the first token of "our new [modifiers] <role>" ending at
// token r (a role noun), or -1 when no our / new opens the phrase.
func apRolePhrase(v *srView, r, lo int) int {
	for m := r - 1; m >= lo && m >= r-5; m-- {
		if saPunct(v, m, m+1) || srReader.get(v.toks[m].h) || saBlock.get(v.toks[m].h) {
			return -1
		}
		if srOur.get(v.toks[m].h) || srNew.get(v.toks[m].h) {
			a := m
			if p := m - 1; p >= lo && srOur.get(v.toks[p].h) && !saPunct(v, p, m) {
				a = p
			}
			return a
		}
	}
	return -1
}

// apRoleTok: token k is a role noun of the sender's staff.
func apRoleTok(v *srView, k int) bool {
	tk := &v.toks[k]
	return tk.cls&tCap == 0 && (ssRole(tk) || saHeads.get(tk.h) || saSpecialist(tk) || smRole(v, k)) &&
		!srReader.get(tk.h)
}

// apPerson: a person a..b (name tokens) not read by saPeople is a staff
// person in apposition: "our new consulting pharmacist, Omar Siddiqui"
// (the first token of the role phrase), or a name joined by "and" / "y"
// to the end of the last person of ps ("…, CCLS, and Devon Ellis"); t, or
// -1.
func apPerson(v *srView, a, lo int, ps []saPerson) int {
	q := srPrev(v, a, lo)
	if q < 0 {
		return -1
	}
	if strings.TrimSpace(srGap(v, q, a)) == "," && apRoleTok(v, q) {
		return apRolePhrase(v, q, lo)
	}
	if apAndW.get(v.toks[q].h) && strings.TrimSpace(srGap(v, q, a)) == "" && len(ps) > 0 {
		if p := srPrev(v, q, lo); p >= 0 && p == ps[len(ps)-1].end && strings.Trim(srGap(v, p, q), " ,") == "" && ncCredAfter(v, a, len(v.toks)) {
			return a // credentialed too: "…, CCLS, and Devon Ellis, CCLS" (narrow18c.go)
		}
	}
	return -1
}

// apSlots marks this file's slots in sentence lo..hi (see the file
// comment); run at the end of saSlots, after its reader's words are
// cleared.
func apSlots(v *srView, lo, hi int, ps []saPerson, slot, soft []bool) {
	for _, p := range ps {
		// ", our newest certified mastectomy fitter" after the credentials
		j := p.end + 1
		if j >= hi || strings.TrimSpace(srGap(v, p.end, j)) != "," || !srOur.get(v.toks[j].h) {
			continue
		}
		for m := j + 1; m < hi && m <= j+5 && !saPunct(v, m-1, m); m++ {
			tk := &v.toks[m]
			if srReader.get(tk.h) || saBlock.get(tk.h) || srGreet.get(tk.h) ||
				saBlocked(v, m) && tk.low != "newest" {
				break
			}
			if apRoleTok(v, m) && (m+1 >= hi || saPunct(v, m, m+1)) {
				for e := j; e <= m; e++ {
					slot[e] = true
				}
				break
			}
		}
	}
	for k := lo; k+1 < hi; k++ {
		// "ginecóloga-obstetra", "urólogo/andrólogo"
		if g := srGap(v, k, k+1); (g == "-" || g == "/") && apSpecTok(&v.toks[k]) && apSpecTok(&v.toks[k+1]) {
			slot[k], slot[k+1] = true, true
		}
	}
	if e := apThanksEnd(v, lo, hi, ps); e > lo {
		for m := lo; m < e; m++ {
			slot[m] = true
		}
	}
}

// apSpecTok: a lower-case specialist's noun.
func apSpecTok(tk *token) bool {
	return tk.cls&tCap == 0 && (saSpecialist(tk) || apSpec.get(tk.h))
}

// apThanksEnd: sentence lo..hi is a thanks to a staff person of ps for
// service (see the file comment); the end of the sentence, else -1.
func apThanksEnd(v *srView, lo, hi int, ps []saPerson) int {
	k := lo
	for k < hi && apThanks.get(v.toks[k].h) {
		k++
	}
	if k == lo || v.toks[lo].low == "you" {
		return -1
	}
	var p *saPerson
	for i := range ps {
		if ps[i].t == k && strings.TrimSpace(srGap(v, k-1, k)) == "," {
			p = &ps[i]
		}
	}
	if p == nil || !apRoleNamed(v, lo, hi, p.end) {
		return -1
	}
	j := p.end + 1
	if j == hi {
		return hi // "Thank you, Dr. Price!"
	}
	if strings.TrimSpace(srGap(v, p.end, j)) != "," || !apFor.get(v.toks[j].h) {
		return -1
	}
	j++
	if j >= hi || !apYour.get(v.toks[j].h) {
		return -1
	}
	j++
	for j < hi && (apMany.get(v.toks[j].h) || v.toks[j].nd != 0 && v.toks[j].nd == int8(len(v.toks[j].low))) {
		j++
	}
	if j+2 >= hi || !apYearsW.get(v.toks[j].h) || !apOfW.get(v.toks[j+1].h) {
		return -1
	}
	for m := j + 2; m < hi; m++ {
		if saPunct(v, m-1, m) || !apService.get(v.toks[m].h) && !(m > j+2 && apAndW.get(v.toks[m].h)) {
			return -1
		}
	}
	return hi
}

// apRoleNamed: the last name word at token e is named, outside sentence
// lo..hi, right after a role noun of the sender's, a title between ("our
// geriatrician Dr. Samuel Price").
func apRoleNamed(v *srView, lo, hi, e int) bool {
	if !ssNameTok(v, e) {
		return false
	}
	last := v.toks[e].low
	for k := range v.toks {
		if k >= lo && k < hi || v.toks[k].low != last || !ssNameTok(v, k) {
			continue
		}
		m := k - 1
		for m >= 0 && k-m <= 3 && ssNameTok(v, m) && strings.TrimSpace(srGap(v, m, m+1)) == "" {
			m--
		}
		if m >= 0 && srTitle.get(v.toks[m].h) {
			m--
		}
		if m >= 0 && (v.toks[m].low == "el" || v.toks[m].low == "la") {
			m--
		}
		if m >= 0 && !saPunct(v, m, m+1) && (apRoleTok(v, m) || smRole(v, m)) {
			return true
		}
	}
	return false
}
