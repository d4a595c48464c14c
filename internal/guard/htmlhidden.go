package guard

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Text a sender hides with CSS (issue 15, fifth pass: dev20).
//
// stripHTML keeps CSS-hidden text, but an inline element adds no break, so
// "Pickup reminder<span style="font-size:0">lithium carbonate</span>"
// read "reminderlithium carbonate" and the drug's name was lost in a word
// in no vocabulary. A reader never sees hidden text joined to the words
// around it, so an element whose style hides it (display:none,
// visibility:hidden, font-size:0, max-height:0, opacity:0, mso-hide:all)
// or that carries the hidden attribute is set apart by line breaks, start
// and end, like a block element.

// hidesText reports whether a style attribute's value hides the element's
// text.
func hidesText(style string) bool {
	st := strings.ToLower(strings.Join(strings.Fields(style), ""))
	for _, p := range []string{"display:none", "visibility:hidden", "mso-hide:all", "font-size:0", "max-height:0", "opacity:0", "line-height:0"} {
		if i := strings.Index(st, p); i >= 0 {
			rest := st[i+len(p):]
			// "font-size:0" but not "font-size:0.9em" or "font-size:05px"
			if strings.HasSuffix(p, "0") && rest != "" && (rest[0] == '.' || rest[0] >= '0' && rest[0] <= '9') {
				continue
			}
			return true
		}
	}
	return false
}

// hiddenStack tracks the open hidden elements by tag name: depth counts
// nested elements of the same name, so the break is emitted at the end
// tag that closes the hidden one.
type hiddenStack struct {
	name  []string
	depth []int
	from  []int
	// restyled: an element inside set a style of its own ("font-size:0"
	// on an e-mail layout's container, "font-size:14px" on its columns):
	// the text may be visible, so its span is not kept
	restyled []bool
	// spans: the byte spans of the original HTML between the start and
	// end tags of each hidden element that was closed (outermost and
	// nested alike)
	spans [][2]int32
}

// start notes a start tag ending at byte off; hidden says whether it
// hides its text, styled whether it sets another style.
func (h *hiddenStack) start(name string, hidden, styled bool, off int) {
	if styled {
		for k := range h.restyled {
			h.restyled[k] = true
		}
	}
	if hidden {
		h.name = append(h.name, name)
		h.depth = append(h.depth, 1)
		h.from = append(h.from, off)
		h.restyled = append(h.restyled, false)
		return
	}
	if n := len(h.name); n > 0 && h.name[n-1] == name {
		h.depth[n-1]++
	}
}

// end notes an end tag starting at byte off and reports whether it
// closes a hidden element.
func (h *hiddenStack) end(name string, off int) bool {
	n := len(h.name)
	if n == 0 || h.name[n-1] != name {
		return false
	}
	h.depth[n-1]--
	if h.depth[n-1] > 0 {
		return false
	}
	if len(h.spans) < maxHiddenSpans && !h.restyled[n-1] {
		h.spans = append(h.spans, [2]int32{int32(h.from[n-1]), int32(off)})
	}
	h.name, h.depth, h.from, h.restyled = h.name[:n-1], h.depth[:n-1], h.from[:n-1], h.restyled[:n-1]
	return true
}

// maxHiddenSpans bounds the hidden spans kept for one field.
const maxHiddenSpans = 64

// isVoidTag: elements with no end tag, which never open a hidden run.
func isVoidTag(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Img, atom.Hr, atom.Input, atom.Meta, atom.Link, atom.Area, atom.Base, atom.Col, atom.Embed, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// maxHiddenWords: a hidden run of more words is a preheader or a
// sentence, not a term slipped in.
const maxHiddenWords = 4

// hiddenTerm: token i is a single-word clinical term of the lists,
// ambiguous ones included ("lithium", "depression"), inside a short run of
// CSS-hidden text in which no element sets a style of its own (at most
// maxHiddenWords words, each a clinical term, a clinical cue such as
// "refill", a dose or form word or a particle: "Flu season essentials" is
// a preheader, not a term): a sender who hides a clinical word hides it
// for a reason, and "lithium" hidden in a pickup reminder is not about
// batteries. A longer hidden run (a preheader: "Track your package
// anytime") is judged like visible text. ok holds hiddenRuns' verdict per
// span. It returns the term's kind.
func (s *scanner) hiddenTerm(i int, ok []bool) (Kind, bool) {
	t := &s.toks[i]
	if t.w == nil || s.used[i] || t.cls&tAlpha == 0 {
		return "", false
	}
	var kind Kind
	for _, p := range t.w.phrases {
		if len(p.toks) == 1 && p.class == pClinical {
			kind = p.kind
			break
		}
	}
	if kind == "" {
		return "", false
	}
	a, _ := s.t.orig(int(t.s), int(t.e))
	for k, sp := range s.hidden {
		if ok[k] && int32(a) >= sp[0] && int32(a) < sp[1] {
			return kind, true
		}
	}
	return "", false
}

// hiddenRuns: for each hidden span, whether its text is a short bare run
// (hiddenTerm); one pass over the tokens, each tested against at most
// maxHiddenSpans spans, so a long hidden text costs no more than a visible
// one.
func (s *scanner) hiddenRuns() []bool {
	ok := make([]bool, len(s.hidden))
	words := make([]int, len(s.hidden))
	for j := range ok {
		ok[j] = true
	}
	for k := range s.toks {
		tk := &s.toks[k]
		if tk.cls&tAlpha == 0 {
			continue
		}
		o, _ := s.t.orig(int(tk.s), int(tk.e))
		for j, sp := range s.hidden {
			if !ok[j] || int32(o) < sp[0] || int32(o) >= sp[1] {
				continue
			}
			words[j]++
			// every word of the run is a clinical term, a clinical cue, a
			// dose or form word or a particle: a bare term, not wording
			if words[j] > maxHiddenWords || !s.hiddenClinicalWord(k) && !clinicalAfter.get(tk.h) && !clinicalBefore.get(tk.h) && !doseWords.get(tk.h) && !frameGlue.get(tk.h) {
				ok[j] = false
			}
		}
	}
	return ok
}

// hiddenClinicalWord: token k is a clinical term of the lists (a single word,
// or a word of a longer term: "lithium carbonate").
func (s *scanner) hiddenClinicalWord(k int) bool {
	w := s.toks[k].w
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class == pClinical {
			return true
		}
	}
	return false
}
