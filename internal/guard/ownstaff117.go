package guard

// ownstaff117.go: a person named beside a business role of the sender's
// staff (issue 15, twenty-fourth pass, fix helper r117n, dev117, 2026-12-06).
//
// dev117 (insurers, benefit concierges, a bill-negotiation app, a medical
// lender, a sexual-wellness shop) names its own staff by roles no care
// sender uses, often beside the reader's word, which the staff drops
// (staffrole.go, staffsent.go) refuse outright: "Your advocate, Tasha, …
// Her teammate Ravi is covering your case" (clean-014), "Tu asesora,
// Marta, te ha dejado un documento para firmar" (clean-164), "Te
// presentamos a Ignacio Fuenzalida, tu nuevo ejecutivo de cuenta"
// (clean-214), "with advocate Dana Kim" (clean-062), "BillWise advocate
// Dana Kim was named to … list of patient advocates to watch. We're proud
// of you, Dana!" (clean-079), "Priya Nandakumar becomes CEO" (clean-076),
// "¡Bienvenida, Renata Ibarra! Se une como directora de alianzas …"
// (clean-179), "Charla … con la Lic. Carla Bustos" (clean-230). The role
// words also join staffrole.go's srRoles (sr117Roles: "concierge bilingüe
// que se une a nuestro equipo", clean-248, falls to dropStaffRoles).
//
// dropOwnStaff117, run in standard mode after the other staff drops,
// clears a name finding (nothing else) when
//
//   - the name (one to three capitalised words, no title but "Lic." in
//     the event shape) stands beside a business role of the sender's
//     staff (o117Roles: advocate, concierge, teammate, asesor/a,
//     ejecutivo/a, CEO, co-founder, director/a — never a care role, a
//     relative or "Dr."): the role right before it, or before a comma
//     ("Your advocate, Tasha,"); after it, a comma, an optional
//     your/our/tu/su/nuestro/a and nuevo/a/new, then the role ("Ignacio
//     Fuenzalida, tu nuevo ejecutivo de cuenta"); or "becomes"/"named"
//     and the role right after the name ("Priya Nandakumar becomes CEO");
//     or a sentence that is only a welcome and the name ("¡Bienvenida,
//     Renata Ibarra!") followed by one opening "Se une como <role>" /
//     "Joins as <role>";
//   - or "Lic." and the name right after "con la/el" or "with" in a
//     sentence holding an event noun (charla, taller, webinar, talk, Q&A…);
//   - or the name is one word, the first word of a name this rule cleared
//     in the same field, after a comma at the end of a short sentence of
//     the sender's pride or thanks ("We're proud of you, Dana!");
//   - and in every sentence read (the name's, and the role's when it is
//     the next one) there is no care, record, kin or birth word
//     (careWords, sdCare, careKin, kinWords, ssBlock, opsCareEvents;
//     "patient" only right before "advocate(s)", a care word only right
//     before a bill noun — "hospital bill" — and plural institutions —
//     "clínicas" — are the role's or the talk's topic), no greeting word,
//     no possessive "'s" on the name, and no finding of another kind but
//     an untied date;
//   - and a reader's word (your, tu, te, su) only when the role is the
//     reader's contact ("Your advocate, Tasha"), right after a cover word
//     ("covering your case"), opening an introduction ("Te presentamos
//     a") or the "you" of "proud of you, Dana!";
//   - and no finding of the notice is reader-tied (readerTied): fail
//     closed.
//
// Stays reported (TestOwnStaff117): "Your nurse, Tasha, …" (a care role),
// "Your sister Maria …" (a relative), "Dr. Ana Ruiz, your oncologist …",
// "Your advocate Dana Kim's chemo claim …", "your advocate is reviewing
// Maria Lopez's chemo claim" (no role beside the name), a name with the
// date of the reader's appointment, "Tu asesora Marta revisará la cirugía
// de tu hijo", "Hi advocate Dana Kim …"-free greetings ("Hola Marta, tu
// asesora"), and more. Strict mode never drops anything.
//
// Cost: only for notices with a name finding; one tokenization per field.

import "strings"

var (
	o117Roles = wordSetTab("advocate advocates concierge concierges teammate teammates asesor asesora asesores asesoras " +
		"ejecutivo ejecutiva ceo cofounder founder director directora directores directoras")
	o117Det     = wordSetTab("your our tu su nuestro nuestra her his their the el la")
	o117Become  = wordSetTab("becomes named became")
	o117Welcome = wordSetTab("bienvenida bienvenido welcome")
	o117Joins   = wordSetTab("se une joins joined")
	o117As      = wordSetTab("como as")
	o117With    = wordSetTab("with con")
	o117Events  = wordSetTab("charla charlas taller talleres webinar webinars talk talks workshop workshops qa q&a " +
		"conversatorio seminario")
	o117Pride  = wordSetTab("proud orgullosos orgullosas thank thanks gracias congratulations felicidades")
	o117Bill   = wordSetTab("bill bills billing invoice invoices factura facturas")
	o117Plural = wordSetTab("clinicas clínicas clinics hospitals hospitales farmacias pharmacies")
	o117Adv    = wordSetTab("advocate advocates")
	// o117More: stay and illness words no care list above holds ("tras su
	// alta hospitalaria", "at the hospital")
	o117More = wordSetTab("hospital hospitals hospitalaria hospitalario hospice alta ill enferma enfermo cancer cáncer " +
		"diagnostico diagnóstico diagnosticada diagnosticado diagnosticados")
)

// o117Care: token k is a care, record, kin or birth word (the exceptions
// in the file comment aside).
func o117Care(v *srView, k, hi int) bool {
	h := v.toks[k].h
	if o117Plural.get(h) {
		return false
	}
	if !(careWords.get(h) || sdCare.get(h) || careKin.get(h) || kinWords.get(h) || ssBlock.get(h) ||
		opsCareEvents.get(h) || o117More.get(h) || srReader.get(h) && !o117ReaderOK(h)) {
		return false
	}
	if k+1 < hi && (o117Adv.get(v.toks[k+1].h) || o117Bill.get(v.toks[k+1].h)) && srGap(v, k, k+1) == " " {
		return false // "patient advocates", "hospital bill"
	}
	return true
}

// o117ReaderOK: the reader's words the rule allows (the role is the
// reader's contact at the sender's; care words still keep the name).
func o117ReaderOK(h uint64) bool {
	switch h {
	case hstr("you"), hstr("your"), hstr("tu"), hstr("te"), hstr("su"), hstr("usted"), hstr("yours"):
		return true
	}
	return false
}

// o117CleanSent: sentence lo..hi holds no care word, no greeting word and
// no finding of another kind but an untied date; a reader's word only when
// the role is the reader's contact (contact: "Your advocate, Tasha",
// "tu nuevo ejecutivo"), right after a cover word ("covering your case")
// or as the introduction's audience opening the sentence ("Te
// presentamos a"); "Nuestro asesor Jorge fue elegido para revisar su
// póliza" stays reported (staffaudience.go).
func o117CleanSent(v *srView, lo, hi int, field string, all []Finding, contact bool) bool {
	for k := lo; k < hi; k++ {
		if o117ReaderOK(v.toks[k].h) && !contact && !(k > lo && ssCover.get(v.toks[k-1].h)) &&
			!(k == lo && k+1 < hi && v.toks[k+1].low == "presentamos") {
			return false // the reader's word only for the reader's contact, a cover or an introduction
		}
		if o117Care(v, k, hi) || srGreet.get(v.toks[k].h) && v.toks[k].low != "thanks" && v.toks[k].low != "gracias" {
			return false
		}
	}
	x, _ := v.t.orig(int(v.toks[lo].s), int(v.toks[lo].e))
	_, y := v.t.orig(int(v.toks[hi-1].s), int(v.toks[hi-1].e))
	for _, f := range all {
		if f.Field != field || f.End <= x || f.Start >= y {
			continue
		}
		if f.readerTied() || f.Kind != KindName && f.Rule != "date.untied" {
			return false
		}
	}
	return true
}

// dropOwnStaff117: see the file comment.
func (g *Guard) dropOwnStaff117(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields || anyReaderTied(out) {
		return out
	}
	has := false
	for _, f := range out {
		has = has || f.Kind == KindName
	}
	if !has {
		return out
	}
	views := map[string]*srView{}
	for _, f := range n.Fields {
		if _, dup := views[f.Name]; dup {
			return out // duplicate field names: fail closed
		}
		views[f.Name] = nil
		if f.HTML || len(f.Text) > g.maxField {
			continue
		}
		if _, _, _, ok := decodeNested(f.Text); ok {
			continue
		}
		v := &srView{t: normalize(f.Text, nil, nil)}
		v.toks = tokenize(&v.t, nil)
		views[f.Name] = v
	}
	drop := make([]bool, len(out))
	type firstName struct {
		field string
		h     uint64
	}
	var cleared []firstName
	for i, f := range out {
		if f.Kind != KindName || f.readerTied() {
			continue
		}
		v := views[f.Field]
		if v == nil {
			continue
		}
		a, b := o117Name(v, f)
		if a < 0 {
			continue
		}
		if o117Staff(v, a, b, f.Field, out) && o117RedQuiet(v) { // the whole field (ownstaff117red.go)
			drop[i] = true
			cleared = append(cleared, firstName{f.Field, v.toks[a].h})
		}
	}
	// a first name echoed in the sender's pride or thanks
	for i, f := range out {
		if drop[i] || f.Kind != KindName || f.readerTied() {
			continue
		}
		v := views[f.Field]
		if v == nil {
			continue
		}
		a, b := srSpan(v, f.Start, f.End)
		if a < 0 || a != b || !srNameWord(&v.toks[a]) {
			continue
		}
		ok := false
		for _, c := range cleared {
			ok = ok || c.field == f.Field && c.h == v.toks[a].h
		}
		if ok && o117Echo(v, a, f.Field, out) {
			drop[i] = true
		}
	}
	kept := out[:0:0]
	for i, f := range out {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	if len(kept) == len(out) {
		return out
	}
	return kept
}

// o117Name: the name's tokens a..b (one to three capitalised name words;
// a title token inside the finding is skipped), or -1.
func o117Name(v *srView, f Finding) (int, int) {
	a, b := srSpan(v, f.Start, f.End)
	if a < 0 {
		return -1, -1
	}
	if srTitle.get(v.toks[a].h) && a < b {
		a++
	}
	if b-a > 2 {
		return -1, -1
	}
	for k := a; k <= b; k++ {
		if !srNameWord(&v.toks[k]) || k > a && srGap(v, k-1, k) != " " {
			return -1, -1
		}
	}
	if b+1 < len(v.toks) && srPossessive(v.t.s[v.toks[b].s:]) {
		return -1, -1
	}
	return a, b
}

// o117Role: token k is a business role of the sender's staff, lower case
// unless it opens its sentence or is an acronym (CEO).
func o117Role(v *srView, k int) bool {
	tk := &v.toks[k]
	return o117Roles.get(tk.h) && (tk.cls&tCap == 0 || tk.sent || tk.cls&tUpper != 0)
}

// o117Staff: name a..b is beside a business role of the sender's in a
// sentence (or two) about no one's care.
func o117Staff(v *srView, a, b int, field string, all []Finding) bool {
	lo, hi := srSentence(v, a)
	if b >= hi {
		return false
	}
	titled := a > lo && srTitle.get(v.toks[a-1].h)
	if titled {
		// "con la Lic. Carla Bustos" in an event's sentence
		t := a - 1
		if v.toks[t].low != "lic" || srGap(v, t, a) != ". " {
			return false
		}
		w := t - 1
		if w > lo && (v.toks[w].low == "la" || v.toks[w].low == "el") {
			w--
		}
		if w < lo || !o117With.get(v.toks[w].h) {
			return false
		}
		ev := false
		for k := lo; k < hi; k++ {
			ev = ev || o117Events.get(v.toks[k].h)
		}
		return ev && o117CleanSent(v, lo, hi, field, all, false)
	}
	// the role before the name: "advocate Dana Kim", "Your advocate, Tasha,"
	if p := a - 1; p >= lo && o117Role(v, p) {
		g := srGap(v, p, a)
		if g == " " || g == ", " && b+1 < hi && strings.HasPrefix(srGap(v, b, b+1), ",") {
			return o117CleanSent(v, lo, hi, field, all, o117Contact(v, p, lo))
		}
	}
	// after the name: ", tu nuevo ejecutivo", " becomes CEO"
	if k := b + 1; k < hi {
		g := srGap(v, b, k)
		if g == ", " {
			if o117Det.get(v.toks[k].h) && k+1 < hi {
				k++
			}
			if srNew.get(v.toks[k].h) && k+1 < hi {
				k++
			}
			if (o117Role(v, k) && srGap(v, k-1, k) == " " || k == b+1 && o117Role(v, k)) && o117RedRole(v, k, hi) {
				return o117CleanSent(v, lo, hi, field, all, o117Contact(v, k, b+1))
			}
		} else if g == " " && o117Become.get(v.toks[k].h) && k+1 < hi && o117Role(v, k+1) && b+1 == k {
			return o117CleanSent(v, lo, hi, field, all, false)
		}
	}
	// "¡Bienvenida, Renata Ibarra! Se une como directora …"
	if a-1 == lo && o117Welcome.get(v.toks[lo].h) && b+1 == hi && hi < len(v.toks) &&
		strings.TrimSpace(srGap(v, lo, a)) == "," && strings.HasPrefix(strings.TrimSpace(srGap(v, b, hi)), "!") {
		lo2, hi2 := srSentence(v, hi)
		k := lo2
		for k < hi2 && k < lo2+2 && o117Joins.get(v.toks[k].h) {
			k++
		}
		if k == lo2 || k+1 >= hi2 || !o117As.get(v.toks[k].h) || !o117Role(v, k+1) {
			return false
		}
		for j := lo; j < hi2; j++ {
			if o117ReaderOK(v.toks[j].h) {
				return false // a welcome across two sentences speaks to no reader
			}
		}
		return o117CleanSent(v, lo, hi, field, all, false) && o117CleanSent(v, lo2, hi2, field, all, false)
	}
	return false
}

// o117Contact: role token r is the reader's ("your advocate", "tu nuevo
// ejecutivo"): your/tu/su right before it, or before new/nuevo/a and it.
func o117Contact(v *srView, r, lo int) bool {
	p := r - 1
	if p >= lo && srNew.get(v.toks[p].h) {
		p--
	}
	if p < lo {
		return false
	}
	switch v.toks[p].low {
	case "your", "tu", "su":
		return true
	}
	return false
}

// o117Echo: one-word name a closes a short sentence of the sender's pride
// or thanks after a comma ("We're proud of you, Dana!").
func o117Echo(v *srView, a int, field string, all []Finding) bool {
	lo, hi := srSentence(v, a)
	if a != hi-1 || a == lo || hi-lo > 8 || strings.TrimSpace(srGap(v, a-1, a)) != "," {
		return false
	}
	pride := false
	for k := lo; k < a; k++ {
		pride = pride || o117Pride.get(v.toks[k].h)
	}
	for k := lo; k < a-1; k++ {
		if o117ReaderOK(v.toks[k].h) {
			return false // only the "you" the sender says to the named person
		}
	}
	return pride && o117CleanSent(v, lo, hi, field, all, true)
}

// sr117Roles: the business roles joined to staffrole.go's srRoles, so the
// older staff drops read them too ("Le damos la bienvenida a Gabriela
// Torres, concierge bilingüe que se une a nuestro equipo", clean-248).
const sr117Roles = "concierge concierges teammate teammates ejecutivo ejecutiva ejecutivos ejecutivas"
