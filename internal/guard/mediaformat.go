package guard

// mediaformat.go — "Blu" of "Blu-ray" is a disc format, not a word of a
// person's name (helper MISC3, dev45: "Your House M.D. Complete Series
// Blu-ray is on its way", where "M.D." ends a sentence and "Series Blu"
// read as two capitalised words in no vocabulary). name.capitalized's run
// (words.go, c2) drops a closing "Blu" joined by a hyphen to "ray"; what is
// left is judged as before, so one word left is no name and "Zorvaldo
// Kremnitz Blu-ray" still reports "Zorvaldo Kremnitz".

var hBlu, hRay = hstr("blu"), hstr("ray")

// formatTrim returns the run's end without a closing "Blu" of "Blu-ray".
func (s *scanner) formatTrim(end int) int {
	if end+1 < len(s.toks) && s.toks[end].h == hBlu && s.toks[end+1].h == hRay && s.gap(end+1) == "-" {
		return end - 1
	}
	return end
}
