package guard

import "strings"

// staffnames5.go: widenings of dropStaffRoles (staffrole.go) for dev33–
// dev45's remaining staff news (helper NAMES5, probe set dev47n): a role
// after the name written "X, <Sender>'s new Head of …", "X, promoted to
// <Sender>'s Director of …", "X joins [the team] as <role>"; a role noun
// before two coordinated names ("pharmacy techs Jamal Hughes and Brittany
// Cole"); a title-case patient word inside a job title ("Director of
// Patient Financial Services", "Patient Accounts Manager") that is no
// reader. Everything else of staffrole.go still applies (reader words,
// greetings, care events, other findings, other sentences).

var (
	// srJoinAs: "joins/joined … as <role>".
	srJoinAs = wordSetTab("joins joined")
	// srPromoted: ", promoted to <role>", ", named <Sender>'s <role>".
	srPromoted = wordSetTab("promoted named appointed nombrado nombrada ascendido ascendida")
	// srPatientWord: a capitalised patient word that may sit in a job title.
	srPatientWord = wordSetTab("patient paciente")
)

// srHeadOf: token m is a capitalised "Head" followed by "of"/"de" (a job
// title: "Head of Customer Care").
func srHeadOf(v *srView, m, hi int) bool {
	tk := &v.toks[m]
	return tk.low == "head" && tk.cls&tCap != 0 && m+1 < hi && (v.toks[m+1].low == "of" || v.toks[m+1].low == "de")
}

// srCoordRole: q is "and"/"y" right before a name; the token before the
// earlier coordinated name (one to three name words, no clause
// punctuation), or -1.
func srCoordRole(v *srView, q, lo int) int {
	k := q
	for n := 0; n < 3; n++ {
		x := srPrev(v, k, lo)
		if x < 0 || !srNameWord(&v.toks[x]) || strings.ContainsAny(srGap(v, x, k), ",.!?:;()") {
			break
		}
		k = x
	}
	if k == q || k-1 < lo {
		return -1
	}
	x := srPrev(v, k, lo)
	if x < 0 || !srRoles.get(v.toks[x].h) || v.toks[x].cls&tCap != 0 && !v.toks[x].sent {
		return -1
	}
	return x
}

// srPatientTitle: token k, a capitalised patient word not opening the
// sentence, is part of a title-case job title: after "<Role> of" ("Director
// of Patient Financial Services") or before one to three capitalised words
// ending in a capitalised role noun ("Patient Accounts Manager"). "Patient
// Maria Lopez was admitted", "Dear Patient Fiona Grant" stay the reader's.
func srPatientTitle(v *srView, k, hi int) bool {
	tk := &v.toks[k]
	if !srPatientWord.get(tk.h) || tk.cls&tCap == 0 || tk.sent {
		return false
	}
	if k >= 2 && (v.toks[k-1].low == "of" || v.toks[k-1].low == "de") && v.toks[k-2].cls&tCap != 0 && srRoles.get(v.toks[k-2].h) {
		return true
	}
	for m := k + 1; m < hi && m <= k+4; m++ {
		if v.toks[m].cls&tCap == 0 || strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			return false
		}
		if srRoles.get(v.toks[m].h) {
			return m > k+1
		}
	}
	return false
}
