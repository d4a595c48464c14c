package guard

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stripHTML turns HTML into the text a reader would see, plus the text of
// attributes that carry words or links (alt, title, href, src,
// aria-label, placeholder, value, content, data-*). Text hidden by CSS
// (display:none, font-size:0, white on white) is kept: CSS is not
// evaluated, so hidden text is checked like visible text. Comments are sent
// with the HTML, so their text (markup inside stripped, as in Outlook's
// conditional comments) is checked too, after the rest, each on its own
// line so a comment cannot join or split the words around it. Scripts and
// styles are dropped; entities are decoded (in attributes too, so a URL's
// "&amp;" reads "&"). start/end map every text byte to the byte span of
// the original HTML that produced it.
func stripHTML(src string) (string, []int32, []int32) {
	txt, st, en, _ := stripHTMLDepth(src, 0)
	return txt, st, en
}

func stripHTMLDepth(src string, depth int) (string, []int32, []int32, [][2]int32) {
	// the text is about as long as the source: sized once, not grown
	hb := htmlBuf{out: make([]byte, 0, len(src)), st: make([]int32, 0, len(src)), en: make([]int32, 0, len(src))}
	return stripHTMLBuf(src, depth, &hb, false)
}

// stripHTMLInto is stripHTMLDepth(src, 0) written into hb's buffers (a
// pooled scanner's, reused field after field): the text and offsets it
// returns are valid until hb is used again.
func stripHTMLInto(src string, hb *htmlBuf) (string, []int32, []int32, [][2]int32) {
	hb.out, hb.st, hb.en = hb.out[:0], hb.st[:0], hb.en[:0]
	return stripHTMLBuf(src, 0, hb, true)
}

// stripHTMLBuf strips src into hb; alias returns the text as a view of
// hb.out (aliasString) rather than a copy.
func stripHTMLBuf(src string, depth int, hb *htmlBuf, alias bool) (string, []int32, []int32, [][2]int32) {
	type comment struct{ a, b int }
	var comments []comment
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	emit := hb.emit
	off := 0
	skip := 0              // inside script/style
	var hidden hiddenStack // CSS-hidden elements, set apart by breaks (htmlhidden.go)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		a := off
		off += len(raw)
		if off > len(src) {
			off = len(src)
		}
		switch tt {
		case html.CommentToken:
			if skip == 0 && depth < 2 && len(raw) > 7 && strings.HasPrefix(string(raw), "<!--") && strings.HasSuffix(string(raw), "-->") {
				comments = append(comments, comment{a + 4, off - 3})
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			hb.decodeEntities(raw, a)
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			at := atom.Lookup(name)
			switch at {
			case atom.Script, atom.Style, atom.Template, atom.Noframes:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			if isBlockTag(at) {
				emit("\n", a, off)
			}
			hides, styled, tag := false, false, string(name)
			if tt == html.EndTagToken && hidden.end(tag, a) {
				emit("\n", a, off)
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				key := string(k)
				if strings.HasPrefix(key, "data-") {
					key = "data-"
				}
				if key == "hidden" || key == "style" && hidesText(string(v)) {
					hides = true
				} else if key == "style" {
					styled = true
				}
				switch key {
				case "alt", "title", "href", "src", "aria-label", "placeholder", "value", "content", "label", "summary", "data-":
					if len(v) > 0 {
						emit(" ", a, off)
						emit(string(v), a, off)
						emit(" ", a, off)
					}
				}
			}
			if tt == html.StartTagToken && !isVoidTag(at) {
				if hides {
					emit("\n", a, off)
				}
				hidden.start(tag, hides, styled, off)
			}
		}
	}
	for _, c := range comments {
		if c.b <= c.a || c.b > len(src) {
			continue
		}
		txt, st, en, _ := stripHTMLDepth(src[c.a:c.b], depth+1)
		if strings.TrimSpace(txt) == "" {
			continue
		}
		emit("\n", c.a, c.b)
		for i := 0; i < len(txt); i++ {
			hb.out = append(hb.out, txt[i])
			hb.st = append(hb.st, st[i]+int32(c.a))
			hb.en = append(hb.en, en[i]+int32(c.a))
		}
		emit("\n", c.a, c.b)
	}
	if alias {
		return aliasString(hb.out), hb.st, hb.en, hidden.spans
	}
	return string(hb.out), hb.st, hb.en, hidden.spans
}

type htmlBuf struct {
	out    []byte
	st, en []int32
}

func (h *htmlBuf) emit(s string, a, b int) {
	for i := 0; i < len(s); i++ {
		h.out = append(h.out, s[i])
		h.st = append(h.st, int32(a))
		h.en = append(h.en, int32(b))
	}
}

func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Tr, atom.Td, atom.Th, atom.Table,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Hr, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Blockquote, atom.Pre, atom.Title, atom.Body, atom.Html,
		atom.Dd, atom.Dt, atom.Dl, atom.Tbody, atom.Thead, atom.Nav, atom.Main, atom.Aside,
		atom.Form, atom.Option, atom.Button, atom.Img, atom.Caption, atom.Address, atom.Center:
		return true
	}
	return false
}

// decodeEntities decodes character references in raw (which starts at
// offset base of the original) and appends the text with its spans.
func (h *htmlBuf) decodeEntities(raw []byte, base int) {
	i := 0
	for i < len(raw) {
		c := raw[i]
		if c != '&' {
			h.out = append(h.out, c)
			h.st = append(h.st, int32(base+i))
			h.en = append(h.en, int32(base+i+1))
			i++
			continue
		}
		j := i + 1
		for j < len(raw) && j-i < 40 && raw[j] != ';' && raw[j] != '&' && raw[j] != '<' && raw[j] != ' ' {
			j++
		}
		end := j
		if j < len(raw) && raw[j] == ';' {
			end = j + 1
		}
		ref := string(raw[i:end])
		dec := html.UnescapeString(ref)
		if dec == ref || end == i+1 {
			h.emit("&", base+i, base+i+1)
			i++
			continue
		}
		h.emit(dec, base+i, base+end)
		i = end
	}
}
