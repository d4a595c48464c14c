package guard

import "strings"

// typedid.go: a typed object id whose type tag is a clinical abbreviation
// (issue 15, helper BRAND12, dev69 clean-087: {"event":"message.received",
// "thread_id":"thr_41XzA","sender_role":"provider",…} was clinical.procedure
// on "thr", the procedure list's total hip replacement).
//
// Messaging platforms name their objects by a short type tag joined by "_"
// to a random code ("thr_41XzA" a thread, "msg_…", "conv_…"), the tag
// being the first letters of the object's name, which the JSON key names
// too ("thread_id", "thread"). typedIDTag reports that token i is such a
// tag: 2 to 5 lower-case letters opening a quoted JSON value ("…":"thr_…),
// joined by "_" to one token of letters and digits (or digits) of 4+
// characters that closes the value, where the tag is the start of a longer
// word of the key ("thr" of "thread_id"). everyday.go drops a procedure or
// lab-test finding on that tag (not a condition, a medication or an
// identifier finding).
//
// Stays reported: a tag that starts no word of its key ({"cohort_id":
// "tka_2291"}, {"id":"thr_41XzA"}), the tag in prose ("thr 41XzA", "your
// THR_2291"), a tag in capitals, a value that goes on after the code
// ("thr_41XzA follow-up"), and a condition's abbreviation in any id.
func (s *scanner) typedIDTag(i int) bool {
	n := len(s.toks)
	if i < 1 || i+1 >= n {
		return false
	}
	t, c := &s.toks[i], &s.toks[i+1]
	if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper|tInnerUp) != 0 || len(t.low) < 2 || len(t.low) > 5 {
		return false
	}
	if s.gap(i+1) != "_" || c.cls&(tMixed|tDigit) == 0 || c.e-c.s < 4 || !strings.HasPrefix(s.gap(i+2), `"`) {
		return false
	}
	if !strings.HasSuffix(strings.ReplaceAll(s.gap(i), " ", ""), `":"`) {
		return false
	}
	// the key's words, back to its opening quote ("thread_id": "id", "thread")
	for k := i - 1; k >= 0; k-- {
		w := s.toks[k].low
		if len(w) > len(t.low) && strings.HasPrefix(w, t.low) {
			return true
		}
		g := s.gap(k)
		if g != "_" && g != "-" && g != "." {
			break
		}
	}
	return false
}
