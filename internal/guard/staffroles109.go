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
//   - sr109Titles (joins srTitle and srThirdMay): Prof., Profa., Professor,
//     Profesor, Profesora — a university clinic's titled clinician, read
//     like Dr./Dra.; context_words.txt [title] already held "prof".
//
// Cost: none per check (more words in tables built at start).
const (
	sr109Roles = "worker workers trabajadora trabajador trabajadoras trabajadores partera partero parteras " +
		"counselor counsellor technologist technologists tecnologa tecnóloga tecnologo tecnólogo supplier suppliers"
	sr109Titles = "prof profa professor profesor profesora"
)
