package guard

// staffroles109.go: staff roles and an academic title that no list of the
// staff drops held (issue 15, twenty-second pass, fix helper r109,
// dev109-dev111, probe set dev109x). dev109-dev111's staff news kept the
// new staff member's name because the role noun before or after it was in
// no role list: "Meet our new school social worker, Ms. Dana Liu",
// "Damos la bienvenida a nuestra nueva trabajadora social bilingüe,
// Lorena Vidal", "¡Bienvenida la partera certificada Tamsin Okoye!",
// "Dr. Michael Adeyemi, board-certified genetic counsellor, joins …", and
// an academic clinic's "Prof. Amara Diallo received a national award".
//
// Nothing new decides here: the words join the lists the staff drops
// already read (staffrole.go's srRoles, srTitle; staffthird.go's
// srThirdMay), so every test those drops make of the sentence holds as
// before — a reader's word (your, su, tu, le…), a greeting to the name,
// a care event or a patient's word in the field, a finding tied to the
// reader (readerTied) keep the name reported: "Your social worker, Dana
// Liu, will call you Monday", "Social worker note: Andrés Cifuentes was
// admitted after a fall", "Prof. Helena Marsh, your referral … is
// approved" stay blocked (TestStaffRoles109).
//
//   - sr109Roles (joins srRoles): worker (social worker, community health
//     worker, case worker), trabajador/a social, partera/partero,
//     counselor and the British counsellor (srCareRoles held them, the
//     appointment drops did not), technologist and tecnólogo/a, supplier
//     (a durable-medical-equipment firm's staff title);
//
//   - sr109Titles (joins srTitle and srThirdMay): Prof., Profa., Professor,
//     Profesor, Profesora — a university clinic's titled clinician, read
//     like Dr./Dra.; context_words.txt [title] already held "prof".
//
//   - a department after "outpatient"/"inpatient" (stafftopic.go's stInOut
//     named one only before a programme or clinic noun): sr109Dept
//     (pharmacy, imaging, radiology, laboratory) after
//     "<role> of [our|the]" ("appointed chief of outpatient imaging"), and
//     any department noun right before an office job's head noun
//     (stJobHeads) with no reader's word or another's possessive before
//     "outpatient" ("our new outpatient pharmacy manager": sr109InOutJob).
//     "your outpatient imaging visit", "her recovery from outpatient
//     surgery" stay the reader's care.
//
// Cost: none per check (more words in tables built at start; one more
// test after "outpatient" in a staff sentence).
const (
	sr109Roles = "worker workers trabajadora trabajador trabajadoras trabajadores partera partero parteras " +
		"counselor counsellor technologist technologists tecnologa tecnóloga tecnologo tecnólogo supplier suppliers"
	sr109Titles = "prof profa professor profesor profesora"
)

// sr109Dept: departments "outpatient"/"inpatient" may name besides
// stafftopic.go's stDeptNouns.
var sr109Dept = wordSetTab("pharmacy imaging radiology laboratory")

// sr109InOutJob: token k ("outpatient"/"inpatient") opens a department and
// an office job's head noun, "outpatient pharmacy manager", with no
// reader's word or another's possessive right before it.
func sr109InOutJob(v *srView, k, lo, hi int) bool {
	n, m := k+1, k+2
	if m >= hi || srGap(v, n, m) != " " || !(stDeptNouns.get(v.toks[n].h) || sr109Dept.get(v.toks[n].h)) ||
		!stJobHeads.get(v.toks[m].h) || v.toks[m].cls&tCap != 0 || v.toks[n].cls&tCap != 0 {
		return false
	}
	d := srPrev(v, k, lo)
	return d < 0 || !srReader.get(v.toks[d].h) && !srJobPoss.get(v.toks[d].h) && !srPossessive(v.t.s[v.toks[d].s:])
}
