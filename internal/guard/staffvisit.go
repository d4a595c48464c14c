package guard

// staffvisit.go: two more slots of a staff sentence for the slot-reading
// staff drops (staffappoint.go's dropStaffAppointments, staffmilestone.go's
// dropStaffMilestones), read through saSlots (issue 15, dev101 fam2-pub,
// fix helper pub18b, eighteenth pass, probe set dev101p). dev101's staff
// welcomes kept every finding: "<Sender> welcomes anesthesiologist Dr. X,
// MD, to our surgical team." (compose.learned over "surgical team": the
// team noun was no slot) and "<Sender> welcomes Dr. X, geriatrician, who
// will visit the center every Tuesday …" ("visit" a care word outside any
// slot). This file adds, with the drops' rules unchanged (no reader's or
// care word outside the slots, every finding of the sentence in a slot, no
// reader-tied finding):
//
//   - the sender's unit the person joins: "to / join(s) / joining our
//     [up to three modifiers] <unit>" (team, staff, department, practice,
//     group; "a nuestro equipo quirúrgico") ending the sentence or its
//     clause;
//   - the person's visits to the sender's own site: "visit(s) / visitará
//     the / our <site> (center, facility, clinic, home, community, campus,
//     centro, residencia…) every / on / each / todos los <weekday>"; a
//     person, a room or any other object after the verb is no slot ("visit
//     your mother", "visit Mr. Alvarez", "visit room 4").
//
// Stays reported: "… to our cardiology team to manage your atrial
// fibrillation" (the clause goes on; "your" outside any slot), "… who will
// visit your mother every Monday", "… who will see Mr. Alvarez every
// Monday for his wound rounds" (the finding outside any slot). Strict mode
// never drops.

var (
	svTo    = wordSetTab("to join joins joining joined a al")
	svUnit  = wordSetTab("team teams staff department practice group equipo equipos departamento servicio plantel")
	svVisit = wordSetTab("visit visits visiting visitara visita visitaran")
	svThe   = wordSetTab("the our el la nuestro nuestra")
	// red18d (dev102x): no "home", "house", "hogar": a home-health visit to
	// "the home" is the reader's home, not the sender's site.
	svSite = wordSetTab("center centre facility clinic community campus residence centro clinica " +
		"residencia sede")
	svEvery = wordSetTab("every each on todos los cada")
	svDays  = wordSetTab("monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays " +
		"saturday saturdays sunday sundays lunes martes miercoles jueves viernes sabado sabados domingo domingos " +
		"week month morning afternoon semana mes")
)

// svSlots marks this file's slots in sentence lo..hi (see the file
// comment); run at the end of saSlots.
func svSlots(v *srView, lo, hi int, slot []bool) {
	for k := lo; k+2 < hi; k++ {
		tk := &v.toks[k]
		// "to our surgical team", "joins our nursing staff"
		if svTo.get(tk.h) && srOur.get(v.toks[k+1].h) && !saPunct(v, k, k+1) {
			for m := k + 2; m < hi && m <= k+5 && !saPunct(v, m-1, m); m++ {
				if srReader.get(v.toks[m].h) || saBlock.get(v.toks[m].h) || ssStopMod.get(v.toks[m].h) {
					break
				}
				if svUnit.get(v.toks[m].h) && (m+1 >= hi || saPunct(v, m, m+1)) {
					for e := k; e <= m; e++ {
						slot[e] = true
					}
					break
				}
			}
		}
		// "visit the center every Tuesday", "visitará el centro todos los martes"
		if svVisit.get(tk.h) && k+3 < hi && svThe.get(v.toks[k+1].h) && svSite.get(v.toks[k+2].h) &&
			!saPunct(v, k, k+1) && !saPunct(v, k+1, k+2) && !saPunct(v, k+2, k+3) {
			e := -1
			for m := k + 3; m < hi && m <= k+5 && !saPunct(v, m-1, m); m++ {
				if svDays.get(v.toks[m].h) {
					e = m
					break
				}
				if !svEvery.get(v.toks[m].h) {
					break
				}
			}
			if e > 0 && v.toks[k+3].h != 0 && svEvery.get(v.toks[k+3].h) {
				for m := k; m <= e; m++ {
					slot[m] = true
				}
			}
		}
	}
}

// svHomeNoun: a home a clinician visits; svHomeVerb: the verbs of a visit.
var (
	svHomeNoun = wordSetTab("home homes house casa hogar domicilio")
	svHomeVerb = wordSetTab("visit visits visiting visitara visita visitaran atendera acudira")
)

// svHomeVisit (red18d, dev102x): token k is a verb of visiting whose object
// is a home ("who will visit the home every Tuesday", "que visitará el
// hogar todos los martes"): in a home-health notice the reader's home, so
// a word of the reader's care to the slot-reading staff drops (saBlocked).
func svHomeVisit(v *srView, k int) bool {
	if !svHomeVerb.get(v.toks[k].h) {
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+3; m++ {
		if svHomeNoun.get(v.toks[m].h) {
			return true
		}
		if !svThe.get(v.toks[m].h) && v.toks[m].low != "su" && v.toks[m].low != "your" && v.toks[m].low != "a" && v.toks[m].low != "en" {
			return false
		}
	}
	return false
}

// svFieldHomeVisit (red18d, dev102x): some verb of visiting in the field
// has a home as its object (svHomeVisit); dropStaffRoles then keeps every
// finding ("… geriatra, que visitará el hogar todos los martes").
func svFieldHomeVisit(v *srView) bool {
	for k := range v.toks {
		if svHomeVisit(v, k) {
			return true
		}
	}
	return false
}
