package guard

// staffseesmod.go: a clinician's general practice with one modifier
// before "patients" (issue 15, twentieth pass, dev106's fam fpB, fix
// helper fpb, probe set dev106w). A widening of staffmore.go's
// srNotReader, not a rule of its own.
//
// "RapidSmile welcomes Dr. Tomasz Wiśniewski, DDS, to our Riverside
// location, now seeing emergency patients." kept the titled name as
// name.title: srNotReader took "sees / seeing / treats patients" as a
// clinician's practice, not the reader, only with "patients" right after
// the verb. srSeesModPatients reads one lowercase modifier of a class of
// patients between them (emergency, urgent, walk-in, new, adult,
// pediatric, senior, established, existing, family, nuevos, adultos…).
// A possessive or any other word between ("seeing your patients", "sees
// Mr. Lee's patients") keeps the reader word as before, and every other
// veto of dropStaffRoles holds (a reader's word elsewhere, a root canal,
// a date the reader comes in). Tests `TestStaffSeesMod`.

// srSeesMods: a class of patients a clinician sees
var srSeesMods = wordSetTab("emergency urgent walk walkin new adult adults pediatric paediatric senior seniors " +
	"established existing family families young nuevos nuevas adultos infantiles")

// srSeesModPatients: token k, "patients", follows a seeing verb and one
// modifier of a class of patients (see the file comment).
func srSeesModPatients(v *srView, k int) bool {
	if k < 2 || !srSeesPatients.get(v.toks[k-2].h) {
		return false
	}
	m := &v.toks[k-1]
	return srSeesMods.get(m.h) && m.cls&(tCap|tUpper) == 0 && !m.sent && !v.toks[k].sent
}
