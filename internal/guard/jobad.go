package guard

import "strings"

// jobad.go: a job title in a job ad (issue 15, ORGFP's dev40o probes, with
// the medical dictionary). "ClearDraw is hiring phlebotomists for our
// Austin sites" reported "phlebotomists" as dictionary.term. A plural
// occupation word (ending in -ists, -ians, -ers) right after "hiring" is
// the staff the sender wants, no health information about the reader.
// What stays reported: the singular ("your phlebotomist"), any other
// position, and every other word of the notice.
func (s *scanner) jobAdTitle(i int) bool {
	if i < 1 || s.low(i-1) != "hiring" || s.gap(i) != " " {
		return false
	}
	l := s.toks[i].low
	return strings.HasSuffix(l, "ists") || strings.HasSuffix(l, "ians") || strings.HasSuffix(l, "ers")
}
