package guard

// clrun.go — a Chilean RUN written in its own shape (r116m,
// dev116-leak-039): "Documento folio 3-48219977 emitido para RUN
// 15.842.377-K". Chile's national number (RUN, and the RUT of a person)
// is written with dotted thousands and a check character after a hyphen:
// one or two digits, ".", three digits, ".", three digits, "-", a digit
// or K. No price, quantity or code is written that way, so the shape alone
// is the identifier, whatever word (RUN, RUT, "C.I.", none) comes before
// it. A company's RUT is the same shape but numbered from 50.000.000 up
// (76.123.456-7 on an invoice footer); a first group of 50 or more is left
// to the other rules, and so is a release number ("versión 3.104.220-1"). The check character is not verified: a mistyped
// number is still the person's. The rule only adds a finding.

// clVersion: a release word right before the shape.
var clVersion = wordSetTab("version versions v ver build release")

// clRUN: tokens i..i+3 are a person's RUN ("15", "842", "377", "k");
// called for a digit token of one or two digits followed by a ".".
func (s *scanner) clRUN(i int) bool {
	n := len(s.toks)
	if i+3 >= n {
		return false
	}
	t := &s.toks[i]
	if t.nd < 1 || t.nd > 2 || t.e-t.s != int32(t.nd) {
		return false
	}
	v := 0
	for _, c := range []byte(t.low) {
		v = v*10 + int(c-'0')
	}
	if v == 0 || v >= 50 {
		return false // a company's RUT (50.000.000 and up)
	}
	if i > 0 {
		if g := s.gap(i); g == "." || g == "-" || g == "/" {
			return false // part of a longer code or a date
		}
		if clVersion.get(s.toks[i-1].h) {
			return false // "versión 3.104.220-1": a software release
		}
	}
	for k := i + 1; k <= i+2; k++ {
		tk := &s.toks[k]
		if s.gap(k) != "." || tk.cls&tDigit == 0 || tk.nd != 3 || tk.e-tk.s != 3 {
			return false
		}
	}
	c := &s.toks[i+3]
	if s.gap(i+3) != "-" || c.e-c.s != 1 || !(c.low == "k" || c.nd == 1) {
		return false
	}
	if i+4 < n && (s.toks[i+4].s == c.e || s.toks[i+4].cls&tDigit != 0 && s.toks[i+4].s == c.e+1) {
		return false // the check character runs on into another token or number ("1.250.000-1.300.000")
	}
	s.addTok(i, i+3, KindIdentifier, "identifier.cl_run", 0.85, "is written as a Chilean national number (RUN), which identifies a person")
	return true
}
