package guard

// Listed brands inside a street address (dev32, helper M32).
//
// address() used to give up at any token of a listed brand (markBrands),
// for "1 x Dr Pepper 12-pack". But a brand's word is often a word of a
// street's name, and markBrands extends a brand's product line over the
// capitalised words after it: "Your order will be delivered to 1423 Maple
// Crest Dr, Apt 5B" (the brand "Crest", its "line" "Dr") and "8 Magnolia
// Dr" passed. Now address() stops at a brand's token only when the street
// word is the brand's own first word (brandStreetWord: "Dr Pepper") or when
// no street word follows the brand within three words (streetAhead).

// brandStreetWord reports whether token k is a street abbreviation (Dr,
// St…) that opens a listed brand's name ("Dr Pepper"), as opposed to one
// that a brand's product line took in ("Crest Dr") or a brand that is a
// whole street word ("Crest", read as the street word only when another
// capitalised word follows, as address() does for any street word).
func (s *scanner) brandStreetWord(k int) bool {
	return s.brandTok(k) && s.fl(k)&wStreetAbbrev != 0 && !s.brandTok(k-1)
}

// streetAhead reports whether a capitalised street word that opens no
// listed brand follows token k within three words, each joined by a single
// space.
func (s *scanner) streetAhead(k int) bool {
	n := len(s.toks)
	for j := k + 1; j < n && j <= k+3; j++ {
		if s.gap(j) != " " {
			return false
		}
		if s.fl(j)&wStreetSuffix != 0 && s.toks[j].cls&(tCap|tUpper) != 0 && !s.brandStreetWord(j) {
			return true
		}
	}
	return false
}
