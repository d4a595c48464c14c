package guard

// Imaging named by the region before the modality, with a finding (issue
// 15, twelfth pass, helper RECALL12E, dev72/dev73e): "the head CT showed no
// bleed", "the wrist X-ray shows no fracture", "your father's hip X-ray
// showed a fracture". imaging.go reads the modality first ("CT head"); here
// the region comes first and, since "chest", "head" or "hand" before an
// abbreviation is often no study at all ("Head CT technologist wanted"), a
// finding verb must follow the modality within three words (showed, shows,
// revealed, found, confirmed…). compose.imaging_finding covers the region
// and the modality. "Our new CT scanner is open to referrals" has no region;
// "the new X-ray room showed off…" has none either.
var (
	imagingFindVerbs = wordSetTab("showed shows show revealed reveals found confirmed confirms demonstrated ruled")
	hXray            = hstr("xray")
)

// imagingFindingAt: token i is a modality in capitals (CT, MRI, X of
// "X-ray") or "xray"; the region is token i-1.
func (s *scanner) imagingFindingAt(i int) bool {
	n := len(s.toks)
	if i < 1 || s.gap(i) != " " || s.used[i-1] || !imagingRegions.get(s.toks[i-1].h) {
		return false
	}
	end := i
	t := &s.toks[i]
	switch {
	case t.low == "x" && t.cls&tUpper != 0:
		if i+1 >= n || s.gap(i+1) != "-" || s.toks[i+1].h != hRay {
			return false
		}
		end = i + 1
	case t.h == hXray:
	case t.cls&tUpper != 0 && imagingModalities.get(t.h) && t.low != "us":
	default:
		return false
	}
	for k := end + 1; k < n && k <= end+3; k++ {
		if s.gap(k) != " " {
			return false
		}
		if imagingFindVerbs.get(s.toks[k].h) {
			s.addTok(i-1, end, KindProcedure, "compose.imaging_finding", 0.8, "is a body region and an imaging study with a finding")
			return true
		}
	}
	return false
}
