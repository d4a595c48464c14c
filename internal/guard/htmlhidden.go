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
}

// start notes a start tag; hidden says whether it hides its text.
func (h *hiddenStack) start(name string, hidden bool) {
	if hidden {
		h.name = append(h.name, name)
		h.depth = append(h.depth, 1)
		return
	}
	if n := len(h.name); n > 0 && h.name[n-1] == name {
		h.depth[n-1]++
	}
}

// end notes an end tag and reports whether it closes a hidden element.
func (h *hiddenStack) end(name string) bool {
	n := len(h.name)
	if n == 0 || h.name[n-1] != name {
		return false
	}
	h.depth[n-1]--
	if h.depth[n-1] > 0 {
		return false
	}
	h.name, h.depth = h.name[:n-1], h.depth[:n-1]
	return true
}

// isVoidTag: elements with no end tag, which never open a hidden run.
func isVoidTag(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Img, atom.Hr, atom.Input, atom.Meta, atom.Link, atom.Area, atom.Base, atom.Col, atom.Embed, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
