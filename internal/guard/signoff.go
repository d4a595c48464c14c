package guard

// signoff.go: the sender's signature block (issue 15, dev78-clean-112,
// helper sign14, probe set dev81g). dropSignoff, run in standard mode after
// the staff rules, drops one name finding that is the signer of the notice:
//
//  1. The name's line is at the end of a plain-text field: the last
//     non-empty line, or the one before a last line holding the title.
//  2. The line right before it is a valediction of its own (Warmly,
//     Sincerely, Best, Regards, Kind regards, Thank you, With gratitude,
//     Atentamente, Cordialmente, Saludos cordiales, Un saludo…), or the
//     name's line opens with a dash ("– Carolyn Pierce, Administrator").
//  3. Nothing else on the line but an honorific before the name (Dr., Dra.,
//     Lcda., Mr., Ms.) and ", <title>" after it, or the title alone on the
//     next line; the title is an administrative job title of the sender
//     (Executive Director, Administrator, Office/Practice/Billing Manager,
//     CEO, President, Founder, Owner, Coordinator, Supervisor, Chief …
//     Officer, Medical Director, Director of Nursing, Gerente de Farmacia,
//     Directora Médica, Administradora, Coordinadora, Presidente), possibly
//     followed by ", <Org>" in capitalised words.
//
// Fail closed: a clinical or family title ("Dermatologist", "Oncóloga",
// "Patient", "Daughter", "Caregiver", "Love, Mom") is no administrative
// title; any other finding in the field but a phone, email or URL (a second
// name, a condition, a procedure…) keeps the signer's name; so does a
// greeting that names the reader ("Dear Ana Ruiz", "Hola Ana"); a name with
// no valediction or dash, or a line after the title (a P.S., "Patient: …"),
// is unchanged. HTML fields and strict mode are never read.

import (
	"strings"
	"unicode"
)

var (
	// soValedictions: a valediction line, lower-cased, trailing punctuation cut.
	soValedictions = map[string]bool{
		"warmly": true, "warm regards": true, "warmest regards": true, "sincerely": true, "sincerely yours": true,
		"yours sincerely": true, "yours truly": true, "best": true, "best regards": true, "best wishes": true,
		"all the best": true, "regards": true, "kind regards": true, "kindest regards": true, "thank you": true,
		"thanks": true, "many thanks": true, "with thanks": true, "with gratitude": true, "with appreciation": true,
		"respectfully": true, "cordially": true, "atentamente": true, "cordialmente": true, "saludos": true,
		"saludos cordiales": true, "un saludo": true, "un cordial saludo": true, "muchas gracias": true,
		"gracias": true, "con gratitud": true, "respetuosamente": true,
	}
	// soHonorifics: a courtesy or academic title before the signer's name.
	soHonorifics = soSet("dr dr. dra dra. mr mr. mrs mrs. ms ms. lcda lcda. lcdo lcdo. lic lic. lda lda. ldo ldo. sr sr. sra sra. srta srta. ing ing. prof prof.")
	// soHeads: the head noun of an administrative job title.
	soHeads = soSet("director directora directer administrator administradora administrador manager ceo coo cfo cio " +
		"president presidente presidenta founder co-founder cofounder owner coordinator coordinadora coordinador " +
		"supervisor supervisora gerente fundador fundadora propietario propietaria dueño dueña")
	// soMods: words before a head ("Office Manager", "Executive Director").
	soMods = soSet("executive medical office practice billing store shop volunteer laboratory lab operations general " +
		"regional program clinic front desk business finance financial marketing community communications development " +
		"assistant associate managing senior deputy vice site branch account accounts customer service services human " +
		"resources facilities facility pharmacy nursing administrative interim")
	// soPost: words after a Spanish head ("Directora Médica").
	soPost = soSet("médica médico medica medico general ejecutiva ejecutivo administrativa administrativo comercial adjunta adjunto")
	// soConnect: lower-case words inside an organisation or "of/de" complement.
	soConnect = soSet("of de del la las los el the and y & at en for")
	// soGenericReaders: a greeting word that names no one ("Dear Neighbors").
	soGenericReaders = soSet("friend friends neighbor neighbors neighbour neighbours patient patients member members " +
		"resident residents family families valued customer customers all everyone team colleagues client clients " +
		"vecino vecinos vecina vecinas amigo amigos amiga amigas paciente pacientes cliente clientes familia familias " +
		"socio socios miembro miembros todos todas")
	// soGroupNouns: a group the letter greets ("Dear Magnolia Terrace families,").
	soGroupNouns = soSet("community communities families neighbors neighbours residents members friends supporters " +
		"volunteers parents guardians caregivers customers clients subscribers patients students staff team colleagues " +
		"partners shoppers guests comunidad comunidades familias vecinos vecinas residentes miembros socios afiliados " +
		"afiliadas amigos amigas padres clientes suscriptores pacientes estudiantes voluntarios")
	// soGreetings: words that open a greeting to the reader.
	soGreetings = soSet("dear hi hello hola estimado estimada estimados estimadas querido querida queridos queridas")
)

// dropSignoff: see the file comment.
func (g *Guard) dropSignoff(n Notice, out []Finding) []Finding {
	drop := -1
	for i, f := range out {
		if f.Kind != KindName || f.readerTied() { // the reader's greeting (readertied.go)
			continue
		}
		text, ok := soFieldText(n, f.Field)
		if !ok || !soSigner(text, f.Start, f.End) || !soOthersFree(out, i) {
			continue
		}
		drop = i
		break
	}
	if drop < 0 {
		return out
	}
	return append(out[:drop:drop], out[drop+1:]...)
}

// soFieldText: the plain text of field name (false for HTML or a repeat).
func soFieldText(n Notice, name string) (string, bool) {
	text, found := "", false
	for _, f := range n.Fields {
		if f.Name == name {
			if found || f.HTML {
				return "", false
			}
			text, found = f.Text, true
		}
	}
	return text, found
}

// soOthersFree: no finding in finding i's field but i itself, phones,
// emails and URLs.
func soOthersFree(out []Finding, i int) bool {
	for j, o := range out {
		if j == i || o.Field != out[i].Field {
			continue
		}
		switch o.Kind {
		case KindPhone, KindEmail, KindURL:
			continue
		}
		return false
	}
	return true
}

// soSigner: the name at text[st:en] is the signer of the letter.
func soSigner(text string, st, en int) bool {
	if st < 0 || en > len(text) || st >= en || strings.ContainsAny(text[st:en], "\n\r") {
		return false
	}
	ls := strings.LastIndexByte(text[:st], '\n') + 1
	le := strings.IndexByte(text[en:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += en
	}
	before := strings.TrimSpace(text[ls:st])
	dash := false
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasPrefix(before, d) {
			before, dash = strings.TrimSpace(before[len(d):]), true
			break
		}
	}
	if before != "" && (strings.Contains(before, " ") || !soHonorifics[strings.ToLower(before)]) {
		return false
	}
	after := strings.TrimRight(text[en:le], " \t\r")
	rest := strings.Split(strings.TrimRight(text[le:], " \t\r\n"), "\n")
	if len(rest) > 0 && rest[0] == "" {
		rest = rest[1:]
	}
	switch {
	case after == "" && len(rest) == 1:
		if !soTitleLine(strings.TrimSpace(rest[0])) {
			return false
		}
	case strings.HasPrefix(after, ", ") && len(rest) == 0:
		if !soTitleLine(strings.TrimSpace(after[2:])) {
			return false
		}
	default:
		return false
	}
	body := strings.TrimRight(text[:ls], " \t\r\n")
	if soGreetsReader(body) {
		return false
	}
	if dash {
		return true
	}
	vs := strings.LastIndexByte(body, '\n') + 1
	v := strings.ToLower(strings.TrimSpace(body[vs:]))
	v = strings.TrimRight(v, ",.!")
	return soValedictions[strings.Join(strings.Fields(v), " ")]
}

// soTitleLine: an administrative title, possibly followed by ", <Org>".
func soTitleLine(s string) bool {
	title, org, _ := strings.Cut(s, ", ")
	if n := soFieldCount(title, 8); n == 0 || n > 7 { // soTitle's length test before strings.Fields (helper SPEED15)
		return false
	}
	if !soTitle(strings.Fields(title)) {
		return false
	}
	return org == "" || soOrg(strings.Fields(org))
}

// soFieldCount: len(strings.Fields(s)), counted up to max (past it, max
// is returned), without building the fields.
func soFieldCount(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n == max {
				return n
			}
		}
	}
	return n
}

// soTitle: Mod* Head Post* ((of|de) Capitalised words), or Chief … Officer.
func soTitle(w []string) bool {
	if len(w) == 0 || len(w) > 7 {
		return false
	}
	low := make([]string, len(w))
	for i, x := range w {
		low[i] = strings.ToLower(x)
	}
	if low[0] == "chief" {
		return len(w) >= 3 && len(w) <= 4 && low[len(w)-1] == "officer" && soCapWords(w[1:len(w)-1])
	}
	k := 0
	for k < len(w) && soMods[low[k]] && !soHeads[low[k]] {
		k++
	}
	if k >= len(w) || !soHeads[low[k]] {
		return false
	}
	k++
	for k < len(w) && soPost[low[k]] {
		k++
	}
	if k == len(w) {
		return true
	}
	if low[k] != "of" && low[k] != "de" {
		return false
	}
	return k+1 < len(w) && soOrg(w[k+1:])
}

// soOrg: capitalised words, with connectors between them.
func soOrg(w []string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for _, x := range w {
		if soConnect[strings.ToLower(x)] {
			continue
		}
		if !soCapWords([]string{x}) {
			return false
		}
	}
	return true
}

// soCapWords: each word opens with an upper-case letter and holds only
// letters, apostrophes, periods or hyphens.
func soCapWords(w []string) bool {
	for _, x := range w {
		for i, r := range x {
			if i == 0 {
				if !('A' <= r && r <= 'Z') && !strings.ContainsRune("ÁÉÍÓÚÑÜ", r) {
					return false
				}
				continue
			}
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || r == '\'' || r == '.' || r == '-' || r == '&') {
				return false
			}
		}
	}
	return len(w) > 0
}

// soGreetsReader: a greeting in the body names someone ("Dear Ana Ruiz",
// "Hola Ana"), not a generic reader ("Dear Neighbors").
func soGreetsReader(body string) bool {
	w := strings.Fields(body)
	for i := 0; i+1 < len(w); i++ {
		if !soGreetings[strings.ToLower(strings.Trim(w[i], ",.!:¡"))] {
			continue
		}
		nx := strings.Trim(w[i+1], ",.!:;")
		if nx == "" || soGenericReaders[strings.ToLower(nx)] || !soCapWords([]string{nx}) {
			continue
		}
		if soGreetsGroup(w[i+1:]) {
			continue
		}
		return true
	}
	return false
}

// soGreetsGroup: one to three capitalised words, then a lower-case group
// noun that closes the greeting ("Magnolia Terrace families,"); the
// singular "family" is no group (greetgroup.go's rule).
func soGreetsGroup(w []string) bool {
	for k := 1; k <= 3 && k < len(w); k++ {
		if !soCapWords([]string{strings.Trim(w[k-1], ",")}) || strings.ContainsAny(w[k-1], ",:!") {
			return false
		}
		x := w[k]
		if !strings.HasSuffix(x, ",") && !strings.HasSuffix(x, ":") && !strings.HasSuffix(x, "!") {
			continue
		}
		x = strings.TrimRight(x, ",:!")
		return x == strings.ToLower(x) && soGroupNouns[x]
	}
	return false
}

// soSet: the set of s's words.
func soSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
