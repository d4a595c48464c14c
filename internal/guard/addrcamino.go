package guard

// addrcamino.go: street addresses whose street type comes first, as in the
// US Southwest ("3921 N Camino Seco, Tucson", "1200 Calle del Norte",
// "45 Paseo Verde") — read as addresses since issue 15, helper DATES
// (dev33-leak-019: a home-care client's address the street rule missed,
// its name having no trailing suffix); and a year after an article ("a
// 2026 Best Place to Work") that the street rule took for a house number.

var caminoTypes = wordSetTab("camino calle paseo avenida via vista callejon circulo")

// caminoStreet: tokens from i are a house number, an optional one- or
// two-letter direction, a capitalised street type of caminoTypes and one
// or two capitalised words, ending at punctuation or the end of the text.
// It reports the address (or lets bizAddress pass the sender's own).
func (s *scanner) caminoStreet(i int) bool {
	n := len(s.toks)
	k := i + 1
	if k < n && s.fl(k)&wDirectional != 0 && s.toks[k].e-s.toks[k].s <= 2 && s.gap(k) == " " {
		k++
	}
	if k+1 >= n || s.gap(k) != " " || !caminoTypes.get(s.toks[k].h) || s.toks[k].cls&tCap == 0 || s.used[k] {
		return false
	}
	end := k
	for q := k + 1; q < n && q <= k+3; q++ {
		g := s.gap(q)
		if g != " " || s.used[q] {
			break
		}
		low := s.toks[q].low
		if low == "del" || low == "de" || low == "la" || low == "las" || low == "los" || low == "el" {
			continue
		}
		if !s.isCapWord(q) || s.fl(q)&wStop != 0 {
			break
		}
		end = q
	}
	if end == k {
		return false
	}
	if end+1 < n && !stringsHasAny(s.gap(end+1), ",.\n;:)") && s.toks[end+1].cls&(tCap|tUpper|tDigit) != 0 {
		return false
	}
	end = s.addrTail(end)
	if s.bizAddress(i, end) {
		return true
	}
	s.addTok(i, end, KindAddress, "address.street", 0.85, "looks like a street address")
	return true
}

// yearAfterArticle: token i is a year (1900–2099) right after "a", "an" or
// "the" ("named a 2026 Best Place to Work"), not a house number.
func (s *scanner) yearAfterArticle(i int) bool {
	if s.toks[i].nd != 4 || i == 0 || s.gap(i) != " " {
		return false
	}
	v := atoi(s.toks[i].low)
	if v < 1900 || v > 2099 {
		return false
	}
	switch s.toks[i-1].low {
	case "a", "an", "the":
		return true
	}
	return false
}

func stringsHasAny(g, chars string) bool {
	for k := 0; k < len(g); k++ {
		for c := 0; c < len(chars); c++ {
			if g[k] == chars[c] {
				return true
			}
		}
	}
	return false
}
