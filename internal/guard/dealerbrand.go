package guard

// dealerbrand.go: a brand between "authorized" and "dealer" (issue 15,
// dev38). A mobility dealer writes "Summit Mobility is now an authorized
// Bruno dealer"; "Bruno" is a given name on the lists and was reported as
// name.given. A capitalised run between "authorized" (or "authorised",
// "official", "certified") and a trade noun ("dealer", "retailer",
// "reseller", "distributor", "stockist", "installer", with or without a
// plural) is the maker's brand. What stays reported: a name anywhere else
// ("Hi Gerald, your authorized Pride dealer has your scooter ready" keeps
// "Gerald"), a name before "authorized" ("Maria Lopez is now an authorized
// dealer contact"), a run longer than three words, and a run with a
// possessive or a comma in it.

var (
	dealerBefore = wordSetTab("authorized authorised official certified")
	dealerAfter  = wordSetTab("dealer dealers retailer retailers reseller resellers distributor distributors stockist stockists installer installers")
)

// dealerBrand reports whether the capitalised run i..end sits between
// "authorized" and a trade noun.
func (s *scanner) dealerBrand(i, end int) bool {
	if i < 1 || end+1 >= len(s.toks) || end-i > 2 || !dealerBefore.get(s.toks[i-1].h) || s.gap(i) != " " {
		return false
	}
	k := end + 1
	for m := i + 1; m <= k; m++ {
		if s.gap(m) != " " {
			return false
		}
	}
	return dealerAfter.get(s.toks[k].h) && s.toks[k].cls&tAlpha != 0
}
