package guard

import "strings"

// jsonprogramevent.go: a condition word inside an event's or a cause's
// programme value of a webhook payload (issue 15, sixteenth pass, fix
// helper red16b, dev87x, 2026-12-05).
//
// jsonprogram.go leaves a programme value with a word of an event, a
// cause, a course or volunteering (jpEventWords: awareness, walk, gala,
// fund, certification…) unreported, but the condition vocabulary still
// reads its words: {"program":"cancer-research-fund"},
// {"program":"diabetes-awareness-month"},
// {"program":"diabetes-educator-certification"},
// {"program":"cancer-survivor-art-show"} were clinical.condition.
// dropJSONProgramEvent drops a clinical.condition finding that lies wholly
// inside the quoted value of a programme key (jpKeys, jpKeySecond) whose
// words (split at "-", "_", "." and spaces, at most six) hold a word of
// jpEventWords or of jpeShow (show, exhibit, art).
//
// Stays reported: a value without such a word ({"program":"IOP-opioid"},
// {"program":"oncology-research-trial"}: "research" is no event word), any
// finding of another rule or kind (a name, a medication, compose.*), the
// same words under any other key or in prose, and strict mode alike.
//
// Cost: gated on findings and a quoted "program" key in the field.

// jpeShow: an exhibition's words in a programme value.
var jpeShow = wordSetTab("show exhibit exhibition art")

// dropJSONProgramEvent drops the findings described in the file comment.
func (s *scanner) dropJSONProgramEvent() {
	if len(s.fs) == 0 || strings.IndexByte(s.t.low, '"') < 0 || !strings.Contains(s.t.low, "\"program") && !strings.Contains(s.t.low, "\"track") &&
		!strings.Contains(s.t.low, "\"pathway") && !strings.Contains(s.t.low, "\"cohort") {
		return
	}
	n := len(s.toks)
	for i := 1; i < n; i++ {
		if !jpKeys.get(s.toks[i].h) || !strings.HasSuffix(s.gap(i), `"`) {
			continue
		}
		k := i
		if k+1 < n && s.gap(k+1) == "_" && jpKeySecond.get(s.toks[k+1].h) {
			k++
		}
		if k+1 >= n || strings.ReplaceAll(s.gap(k+1), " ", "") != `":"` {
			continue
		}
		a, end, event := k+1, -1, false
		for q := a; q < n && q <= a+5; q++ {
			if q > a && strings.ContainsAny(s.gap(q), `"{}[]:,`) {
				break
			}
			if jpEventWords.get(s.toks[q].h) || jpeShow.get(s.toks[q].h) {
				event = true
			}
			if q+1 == n || strings.ContainsRune(s.gap(q+1), '"') {
				end = q
				break
			}
		}
		if end < 0 || !event {
			continue
		}
		lo, hi := int(s.toks[a].s), int(s.toks[end].e)
		m := 0
		for _, f := range s.fs {
			if f.rule == "clinical.condition" && !f.readerTied() && f.a >= lo && f.b <= hi {
				continue
			}
			s.fs[m] = f
			m++
		}
		s.fs = s.fs[:m]
	}
}
