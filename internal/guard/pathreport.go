package guard

// pathreport.go — a pathology report's wording (issue 15, tenth pass,
// helper MISS10B, dev64-leak-079: "Path result: SCC in situ, margins
// clear. No further tx needed.").
//
// A pathologist's short hand is in no term list: "path result", "in situ",
// "margins clear", the abbreviations "SCC"/"BCC", "tx". Each alone has an
// ordinary reading (a learning path's results, a heritage site "in situ",
// a print shop's margins, an SCC hiking club, "tx" for a transaction), so
// rule compose.pathology (kind lab_test) reports them only when two
// different cues of this family stand in one notice:
//
//   - "path"/"pathology" followed by result(s)/report/came;
//   - "in situ";
//   - "margin(s)"/"márgenes" next to clear/negative/positive/involved/free/
//     close/libres/limpios/comprometidos (either order, or with is/are/was/
//     were/están between: "the margins were clear");
//   - "SCC", "BCC", "DCIS", "CIN" written in capitals;
//   - "tx" after "no"/"further"/"any".
//
// Passes: "set margins to 0.5 in. and keep text clear" (no pairing, no
// second cue), "Our SCC Hiking Club" (one cue), "Path to Pro: your course
// result" ("path" not before a result word). Accepted risk: an
// archaeology notice with "in situ" and "margins clear" together is
// blocked.
//
// Speed: runs from scanReaderSlots (readerslots.go) at its cue words only;
// the notice walk happens once a first cue is found.

var (
	pathReportFirst   = wordSetTab("path pathology situ margin margins margenes márgenes scc bcc dcis cin tx")
	pathReportResult  = wordSetTab("result results report came")
	pathReportMargin  = wordSetTab("margin margins margenes márgenes")
	pathReportVerdict = wordSetTab("clear negative positive involved free close libres limpios negativos positivos comprometidos")
	pathReportAbbr    = wordSetTab("scc bcc dcis cin")
	pathReportTxPrev  = wordSetTab("no further any")
	pathReportCopula  = wordSetTab("is are was were estan están estaban son")
)

// pathCue: the family cue at token i, or -1; k is the cue's last token.
func (s *scanner) pathCue(i int) (cue, k int) {
	n := len(s.toks)
	t := &s.toks[i]
	h := t.h
	switch {
	case h == hstrPath || h == hstrPathology:
		if i+1 < n && s.sameSentence(i, i+1) && pathReportResult.get(s.toks[i+1].h) {
			return 0, i + 1
		}
	case h == hstrSitu:
		if i > 0 && s.toks[i-1].low == "in" && s.gap(i) == " " {
			return 1, i
		}
	case pathReportMargin.get(h):
		if i+1 < n && s.sameSentence(i, i+1) && pathReportVerdict.get(s.toks[i+1].h) {
			return 2, i + 1
		}
		if i+2 < n && s.sameSentence(i, i+2) && pathReportCopula.get(s.toks[i+1].h) && pathReportVerdict.get(s.toks[i+2].h) {
			return 2, i + 2 // "the margins were clear"
		}
		if i > 0 && s.sameSentence(i-1, i) && pathReportVerdict.get(s.toks[i-1].h) {
			return 2, i
		}
	case pathReportAbbr.get(h):
		if t.cls&tUpper != 0 {
			return 3, i
		}
	case h == hstrTx:
		if i > 0 && s.sameSentence(i-1, i) && pathReportTxPrev.get(s.toks[i-1].h) {
			return 4, i
		}
	}
	return -1, i
}

var (
	hstrPath      = hstr("path")
	hstrPathology = hstr("pathology")
	hstrSitu      = hstr("situ")
	hstrTx        = hstr("tx")
)

// pathReport: token i is a cue word; report when another cue of a
// different kind stands anywhere in the notice.
func (s *scanner) pathReport(i int) {
	c, k := s.pathCue(i)
	if c < 0 {
		return
	}
	for j := range s.toks {
		if j == i || !pathReportFirst.get(s.toks[j].h) {
			continue
		}
		if c2, _ := s.pathCue(j); c2 >= 0 && c2 != c {
			a := i
			if c == 2 && k == i {
				a = i - 1
			}
			if c == 1 || c == 4 {
				a = i - 1
			}
			s.addTok(a, k, KindLabTest, "compose.pathology", 0.7, "reads as a pathology report of the reader")
			return
		}
	}
}
