package guard

// announce_dept.go: a named hospital's department announcing its own news
// (issue 15, tenth pass, helper DATE10, dev60/dev65d).
//
// ourSubjectFrame (announce_sender.go) reads "Nuestro servicio de
// Cardiología se muda a la planta 2" as the sender's place doing something
// for itself. The same news is often written in the third person, with the
// institution's name instead of "our": "El servicio de Oncología del
// Hospital Doctora Ferrer estrena instalaciones en la planta 3"
// (dev60-clean-212), "La unidad de Neumología de la Clínica del Parque
// inaugura su nuevo gimnasio". deptOfPlaceFrame is that sentence: an
// article, a department noun (servicio, unidad, departamento, área,
// sección), "de", at most three words (the specialty), then del / de la and
// a capitalised institution noun (Hospital, Clínica, Sanatorio, Centro,
// Instituto), and within eight words a news verb of the place (estrena,
// inaugura, renueva, amplía, incorpora, celebra, cumple) or a move verb with
// its "a" (se muda a, se traslada a). It is one more frame of announce.go,
// whose conditions all stay: standard mode only (strict never drops), every
// finding clinical, nothing personal anywhere in the notice (a reader's
// word, a name, kin), every sentence the sender's. Still reported: "… estrena
// instalaciones: tu control es el 20 de marzo", "… Su quimioterapia del 20
// de marzo se mantiene", "… para pacientes con leucemia" (a condition
// beside the department), the same notice in strict mode. Cost: only in
// announce.go's reading of a notice whose findings are all clinical.
//
// The news often closes with its audience in the Spanish "todo el / toda
// la" form: "Jornada de puertas abiertas para todo el público", "abierta a
// toda la ciudadanía". audienceTodo lets audienceTok (announce_public.go)
// read público and ciudadanía after "todo el" / "toda la" as an audience of
// anyone, as it reads "al público" and "la comunidad".

var (
	deptNouns     = wordSetTab("servicio unidad departamento area seccion")
	deptArticle   = wordSetTab("el la los las")
	deptPlace     = wordSetTab("hospital clinica sanatorio centro instituto policlinico")
	deptNewsVerbs = wordSetTab("estrena estreno inaugura inauguro renueva renovo amplia amplio incorpora incorporo celebra cumple")
)

// deptOfPlaceFrame: the sentence's tokens announce a named institution's
// department's own news (see the file comment).
func deptOfPlaceFrame(toks []token) bool {
	n := len(toks)
	for k := 0; k+4 < n; k++ {
		if !deptArticle.get(toks[k].h) || !deptNouns.get(toks[k+1].h) || toks[k+2].low != "de" {
			continue
		}
		place := -1
		for m := k + 4; m < n && m <= k+6; m++ {
			if toks[m].low == "del" && m+1 < n && deptPlace.get(toks[m+1].h) && toks[m+1].cls&tCap != 0 {
				place = m + 1
				break
			}
			if toks[m].low == "de" && m+2 < n && toks[m+1].low == "la" && deptPlace.get(toks[m+2].h) && toks[m+2].cls&tCap != 0 {
				place = m + 2
				break
			}
		}
		if place < 0 {
			continue
		}
		for m := place + 1; m < n && m <= place+8; m++ {
			h := toks[m].h
			if deptNewsVerbs.get(h) || senderMoveVerbs.get(h) && m+1 < n && senderMoveTo.get(toks[m+1].h) {
				return true
			}
		}
	}
	return false
}

// audienceTodo: token k (público, ciudadanía) follows "todo el" or "toda
// la" in its sentence.
func audienceTodo(toks []token, k int) bool {
	if k < 2 || toks[k].sent || toks[k-1].sent {
		return false
	}
	p, q := toks[k-1].low, toks[k-2].low
	return p == "el" && q == "todo" || p == "la" && q == "toda"
}
