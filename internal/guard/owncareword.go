package guard

// owncareword.go: care words used in the sender's own business, read by
// their place in the sentence (issue 15, ninth pass, dev59/dev50, helper
// MISC9B, 2026-12-05). Called from sdTradeUse (senderdate.go), so every
// notice-wide care scan that asks it (the sender's name, dates beside the
// sender's own words) reads these uses as no care:
//
//   - "confirmation" / "confirmación" naming the code that follows it
//     ("Payment processed successfully. Confirmation CIP-PAY-30417",
//     "confirmation #A123", "confirmation number 4471"): an identifier of
//     a transaction, not a confirmed visit; "Confirmation of your visit"
//     stays (no code follows);
//   - "leave" as a verb with an object pronoun ("Leave them by your front
//     door", "leave it on the porch", "leave us a review"): never the leave
//     of "disability leave", "your leave starts";
//   - "lab" / "clinic" / "office" / "pharmacy" as the subject of a site's
//     own opening or closing ("The lab closes Feb 28", "Our clinic reopens
//     May 2"): after "the" or "our" and before closes, closed, reopens,
//     opens, moves; senderDate (senderdate.go) reads that sentence as the
//     sender's own news too (ownSiteChangeIn);
//   - "collection" as a product line: "new" (nueva) one or two words
//     before it, no care word between, no kit/site/date/time after ("take
//     20% off her new frame collection"; "your specimen collection",
//     "your new collection kit" stay);
//   - a care word opening the capitalised name of the sender's department
//     after "our" or "nuestro/a" and ending in a unit noun ("Our Patient
//     Financial Services office", "our Patient Accounts Department"): the
//     department's name, not the reader.
//
// Accepted risks: a code after "confirmation" could in theory be a visit's
// code ("Confirmation V-123 for your visit" keeps "visit"); a department
// named with a care word passes only after "our", never "your".
func (s *scanner) ownCareWordUse(m int) bool {
	n := len(s.toks)
	next := func(k int) *token {
		if k >= n || s.toks[k].sent && k > m+1 {
			return nil
		}
		return &s.toks[k]
	}
	switch s.toks[m].low {
	case "confirmation", "confirmacion":
		t := next(m + 1)
		if t == nil {
			return false
		}
		g := s.gap(m + 1)
		if g == " #" || g == " # " || g == ": " || g == " " && t.cls&(tDigit|tMixed|tUpper) != 0 {
			return t.cls&(tDigit|tMixed|tUpper) != 0 && len(t.low) >= 2
		}
		switch t.low {
		case "number", "no", "code", "numero", "codigo":
			return true
		}
	case "leave":
		t := next(m + 1)
		if t == nil || s.gap(m+1) != " " {
			return false
		}
		switch t.low {
		case "them", "it", "us", "these", "those":
			return true
		}
	case "lab", "clinic", "office", "pharmacy", "laboratorio", "clinica", "farmacia", "consultorio":
		return s.ownSiteChange(m)
	case "collection", "collections", "coleccion", "colecciones":
		// a product line: "her new frame collection", "our new fall
		// collection", "la nueva colección"; not a specimen's ("your
		// collection kit", "sample collection")
		if t := next(m + 1); t != nil && (t.low == "kit" || t.low == "kits" || t.low == "site" || t.low == "sites" || t.low == "date" || t.low == "time") {
			return false
		}
		for k := m - 1; k >= 0 && k >= m-2; k-- {
			if s.toks[k+1].sent {
				break
			}
			switch s.toks[k].low {
			case "new", "nueva", "nuevas":
				return true
			}
			if careWords.get(s.toks[k].h) || sdCare.get(s.toks[k].h) || s.fl(k)&(wDatePerson|wHealthCue) != 0 {
				return false // "new sample collection"
			}
		}
	}
	// a department's capitalised name after "our"
	if s.snCap(m) && !s.toks[m].sent && m > 0 {
		p := s.toks[m-1].low
		if p != "our" && p != "nuestro" && p != "nuestra" {
			return false
		}
		for k := m + 1; k < n && k <= m+4 && s.gap(k) == " " && s.snCap(k); k++ {
			switch s.toks[k].low {
			case "services", "department", "office", "accounts", "servicios", "departamento":
				return k > m+1 || s.toks[k].low != "services"
			}
		}
	}
	return false
}

// ownSiteChange: token m, a site noun after "the" or "our", is the subject
// of the site's own opening, closing or move ("The lab closes Feb 28").
func (s *scanner) ownSiteChange(m int) bool {
	if m < 1 || m+1 >= len(s.toks) || s.toks[m].sent || s.toks[m+1].sent || s.gap(m+1) != " " {
		return false
	}
	switch s.toks[m-1].low {
	case "the", "our", "la", "el", "nuestro", "nuestra":
	default:
		return false
	}
	switch s.toks[m].low {
	case "lab", "clinic", "office", "pharmacy", "laboratorio", "clinica", "farmacia", "consultorio":
	default:
		return false
	}
	switch s.toks[m+1].low {
	case "closes", "closed", "reopens", "opens", "moves", "cierra", "abre", "reabre":
		return true
	}
	return false
}

// ownSiteChangeIn: a site's own opening, closing or move in tokens lo..hi-1
// (senderDate's frame).
func (s *scanner) ownSiteChangeIn(lo, hi int) bool {
	for m := lo + 1; m < hi; m++ {
		if s.ownSiteChange(m) {
			return true
		}
	}
	return false
}
