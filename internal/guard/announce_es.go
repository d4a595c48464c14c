package guard

// Spanish announcement frames (helper ES, dev30). announceFrame's word
// classes hold the Spanish words that translate an English frame word for
// word ("ya disponible", "abrimos", "gratis"); these are the frames Spanish
// words differently:
//
//   - a new place opening the sentence: "Nuevo consultorio de pediatría
//     en la sucursal Centro", "Nueva clínica de odontología en Plaza del
//     Sol" (nuevo/nueva/nuevos/nuevas first, a place or room word right
//     after it or after one more word). "Nuevo resultado disponible" names
//     no place; the personal cues of announcePersonal still end the rule
//     ("Nuevo consultorio: su cita es el lunes").
//   - an audience: "abierto a nuevas familias", "abierta a nuevos
//     pacientes" (after abierto/abierta/abiertos/abiertas and "a"),
//     "para toda la familia".
//   - free of charge: "sin costo", "sin cargo" ("gratis" is announceFrame's).
//   - the public (helper MISC2, dev42): "para todo público", "adultos de
//     la comunidad", "toda la comunidad", "para mayores de 6 meses"; a
//     count of the sender's places: "en 120 sucursales", "en las 14
//     clínicas"; fundraising news: "recaudamos", "donantes", "compramos",
//     "adquirimos".
//
// Like the English frames, none adds a finding: they only let
// dropAnnouncements drop a notice's findings when every one is clinical and
// no sentence is personal.

// esAnnounceFrame reports whether a sentence has one of the Spanish
// frames above.
func esAnnounceFrame(toks []token) bool {
	for k := range toks {
		switch toks[k].low {
		case "nuevo", "nueva", "nuevos", "nuevas":
			if k == 0 || toks[k].sent {
				for m := k + 1; m < len(toks) && m <= k+2 && !toks[m].sent; m++ {
					if annClass(&toks[m])&annPlace != 0 || openedRooms.get(toks[m].h) {
						return true
					}
				}
			}
		case "sin":
			if k+1 < len(toks) && (toks[k+1].low == "costo" || toks[k+1].low == "cargo") {
				return true
			}
		case "familias", "pacientes":
			// "abierto a nuevas familias", "abierta a nuevos pacientes"
			if k >= 3 && (toks[k-1].low == "nuevas" || toks[k-1].low == "nuevos") && toks[k-2].low == "a" {
				switch toks[k-3].low {
				case "abierto", "abierta", "abiertos", "abiertas":
					return true
				}
			}
		case "sucursales", "clinicas", "farmacias", "tiendas", "centros", "consultorios":
			// "ya inició en 120 sucursales", "en las 14 clínicas de Florida"
			// (helper MISC2, dev42): a count of the sender's places
			if k >= 2 && toks[k-1].cls&tDigit != 0 && len(toks[k-1].low) <= 4 {
				p := toks[k-2].low
				if p == "en" || (p == "las" || p == "los") && k >= 3 && toks[k-3].low == "en" {
					return true
				}
			}
		case "recaudamos", "recaudado", "recaudaron", "donantes", "compramos", "adquirimos":
			// fundraising news (helper MISC2, dev42): "recaudamos $186
			// millones para la nueva unidad de terapia neonatal", "Gracias
			// a 3.812 donantes compramos el nuevo tomógrafo"
			return true
		case "publico":
			// "para todo público" (helper MISC2, dev42)
			if k >= 2 && toks[k-1].low == "todo" && toks[k-2].low == "para" {
				return true
			}
		case "comunidad":
			// "adultos de la comunidad", "toda la comunidad" (helper MISC2)
			if k >= 2 && toks[k-1].low == "la" && (toks[k-2].low == "de" || toks[k-2].low == "toda") {
				return true
			}
		case "mayores":
			// "para mayores de 6 meses" (helper MISC2)
			if k >= 1 && k+1 < len(toks) && toks[k-1].low == "para" && toks[k+1].low == "de" {
				return true
			}
		case "familia":
			// "para toda la familia"
			if k >= 3 && toks[k-1].low == "la" && toks[k-2].low == "toda" && toks[k-3].low == "para" {
				return true
			}
		}
	}
	return false
}

// groupThanks (helper MISC2, dev42): thanks to a crowd, not to one reader:
// "Gracias a todos", "Gracias a 3.812 donantes", "Gracias por
// acompañarnos en la Gala" (an infinitive with "-nos", the sender as its
// object). announcePersonal's "gracias" cue stays for "Gracias por su
// visita", "Gracias, María".
func groupThanks(toks []token, k int) bool {
	if toks[k].low != "gracias" || k+2 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "a":
		n := toks[k+2].low
		if n == "todos" || n == "todas" || n == "nuestros" || n == "nuestras" {
			return true
		}
		if toks[k+2].cls&tDigit != 0 {
			for m := k + 3; m < len(toks) && m <= k+5; m++ {
				switch toks[m].low {
				case "donantes", "donadores", "voluntarios", "voluntarias", "asistentes", "participantes", "corredores":
					return true
				}
			}
		}
	case "por":
		n := toks[k+2].low
		return len(n) > 6 && (n[len(n)-5:] == "arnos" || n[len(n)-5:] == "ernos" || n[len(n)-5:] == "irnos")
	}
	return false
}
