package guard

import "strings"

// senderaddrlabel.go: two more structures of the sender's own address for
// senderplace.go's spOwner (issue 15, twenty-third pass, fix helper r116f,
// dev116 clean-079 and clean-099, 2026-12-06). Both run inside
// senderPlace after its vetoes (spReader on the sentence: a reader's word,
// a delivery, visit, home, patient or person word, a name cue; the notice's
// care), so they only name the owner:
//
//  1. A first-person future of being or serving somewhere (spWeAtFuture)
//     right before "en"/"a" and the address, like spWeAt's present forms:
//     "Desde el 15/12 lo atenderemos en Av. España 1450", "Desde marzo
//     estaremos en Av. Cabildo 3150". "lo/la/los" before it is the
//     sender's courtesy (no word of recipientWords).
//  2. A "Dirección:" / "Address:" / "Ubicación:" label right before the
//     address in a notice about the sender's place (spLabelOwner): the
//     notice holds an hours or place word of the sender (horario, hours,
//     oficina, sucursal, agencia, office, branch, location… outside the
//     address), and spReader finds nothing over the whole notice, not only
//     the label's sentence ("Oficina Arequipa - nuevo horario de atención:
//     … Dirección: Av. Ejército 710, Yanahuara.").
//
//  3. A closure "por traslado" is the sender's move, no patient transfer
//     (spMoveClosure, asked by spCareAt): "traslado" right after "por",
//     a closure verb (cerrará, cerramos, cierra, cerrado…) at most four
//     words before it in the sentence, and the sentence's end or "de" and
//     a place noun (sede, oficina, sucursal, agencia, local…) right after
//     it ("La agencia de Trujillo cerrará temporalmente por traslado.").
//     "Su traslado en ambulancia…", "cerrada por traslado de su madre"
//     stay care.
//
// Stays reported: "Dirección de entrega: …" (no colon right after the
// label; a delivery word anyway), "Su dirección: …", "Paciente: Juan
// Pérez. Dirección: …" (a reader's or a person's word anywhere in the
// notice), "lo atenderemos en su domicilio, …", a label in a notice with
// no place or hours word of the sender.

var (
	spWeAtFuture   = wordSetTab("atenderemos estaremos ubicaremos")
	spAddrLabel    = wordSetTab("direccion dirección address ubicacion ubicación domicilio")
	spMoveClose    = wordSetTab("cerrara cerrará cerramos cierra cierran cerrado cerrada cerrados cerradas cerrar cerraremos")
	spMovePlace    = wordSetTab("sede oficina oficinas sucursal agencia local tienda consultorio farmacia")
	spFlatWords    = wordSetTab("int interior dpto depto departamento piso apt apto apartment unit suite flat")
	spLabelPlaceNs = wordSetTab("horario horarios hours oficina oficinas sucursal sucursales agencia agencias office offices " +
		"branch branches location locations store tienda")
)

// spWeAtFutureAt: token p ("en"/"a") follows a first-person future of
// being somewhere (the file comment, 1).
func (s *scanner) spWeAtFutureAt(lo, p int) bool {
	return (s.low(p) == "en" || s.low(p) == "a") && p-1 >= lo && spWeAtFuture.get(s.toks[p-1].h)
}

// spLabelOwner: the address at i..j follows an address label and a colon
// in a notice about the sender's place (the file comment, 2).
func (s *scanner) spLabelOwner(i, j int) bool {
	p := s.sdPrevWord(i)
	if p < 0 || !strings.HasPrefix(strings.TrimSpace(s.gap(i)), ":") || !spAddrLabel.get(s.toks[p].h) || s.toks[p].low == "domicilio" {
		return false
	}
	if p > 0 && !s.toks[p].sent && s.gap(p) != "\n" && !strings.ContainsAny(s.gap(p), ".!?\n") {
		return false // the label opens its own line or sentence ("Dirección:"), not "su dirección:"
	}
	place := false
	for m := 0; m < len(s.toks); m++ {
		if (m < i || m > j) && spLabelPlaceNs.get(s.toks[m].h) {
			place = true
		}
	}
	return place && !s.spAddrFlat(i) && !s.spReader(0, len(s.toks), i, j)
}

// spAddrFlat: the address opening at i names a flat or an interior (Int.,
// dpto, piso, apt, unit…) within ten words (no line break or semicolon between): a home, never the
// sender's office (red team red23c, dev116r: "lo atenderemos en Jr.
// Ayacucho 455, Int. 302", "Dirección: Av. Ejército 710, dpto 3").
func (s *scanner) spAddrFlat(i int) bool {
	for k := i; k < len(s.toks) && k < i+10; k++ { // "Av." ends no sentence here: ten words, a line or a semicolon
		if k > i && strings.ContainsAny(s.gap(k), "\n;") {
			return false
		}
		if spFlatWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// spMoveClosure: token m, "traslado", is the sender's move in a closure
// (the file comment, 3).
func (s *scanner) spMoveClosure(m int) bool {
	if s.toks[m].low != "traslado" || m < 2 || s.toks[m-1].low != "por" || s.toks[m].sent || s.toks[m-1].sent {
		return false
	}
	if n := m + 1; n < len(s.toks) && !s.toks[n].sent && !strings.ContainsAny(s.gap(n), ".!?;\n") {
		if !(s.toks[n].low == "de" && n+1 < len(s.toks) && spMovePlace.get(s.toks[n+1].h)) {
			return false
		}
	}
	closed := false
	for k := m - 2; k >= 0 && k >= m-5; k-- {
		if spMoveClose.get(s.toks[k].h) {
			closed = true
			break
		}
		if s.toks[k].sent {
			break
		}
	}
	if !closed {
		return false
	}
	// the closed thing is one of the sender's places, named in the
	// sentence before "traslado" or right after it ("La agencia de
	// Trujillo cerrará…", "…por traslado de sede"), never a file, a claim
	// or a bed ("Siniestro 44812 cerrado por traslado": red team red23c,
	// dev116r)
	if n := m + 1; n+1 < len(s.toks) && s.toks[n].low == "de" && spMovePlace.get(s.toks[n+1].h) {
		return true
	}
	for k := m - 1; k >= 0; k-- {
		if spMovePlace.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}
