package devmail

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds multipart nesting.
const maxDepth = 8

var wordDecoder = &mime.WordDecoder{CharsetReader: charsetReader}

// parse extracts headers, subject and the first text and HTML parts. A
// message that does not parse is kept with its raw bytes and an empty view.
func parse(raw []byte) Message {
	msg := Message{Raw: raw}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		msg.Subject = "(unparseable message)"
		msg.Text = toUTF8(raw, "")
		return msg
	}
	msg.Headers = map[string][]string(m.Header)
	if s, err := wordDecoder.DecodeHeader(m.Header.Get("Subject")); err == nil {
		msg.Subject = s
	} else {
		msg.Subject = m.Header.Get("Subject")
	}
	msg.MessageID = m.Header.Get("Message-Id")
	walk(&msg, textproto.MIMEHeader(m.Header), m.Body, 0)
	return msg
}

func walk(msg *Message, h textproto.MIMEHeader, body io.Reader, depth int) {
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = "text/plain; charset=us-ascii"
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, params = "text/plain", nil
	}
	if strings.HasPrefix(mt, "multipart/") {
		if depth >= maxDepth || params["boundary"] == "" {
			return
		}
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				return
			}
			walk(msg, p.Header, p, depth+1)
		}
	}
	if mt != "text/plain" && mt != "text/html" {
		return
	}
	if strings.EqualFold(h.Get("Content-Disposition"), "attachment") || strings.HasPrefix(strings.ToLower(h.Get("Content-Disposition")), "attachment;") {
		return
	}
	var r io.Reader = body
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		r = quotedprintable.NewReader(body)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &stripSpace{r: body})
	}
	b, err := io.ReadAll(io.LimitReader(r, maxMessageBytes))
	if err != nil && len(b) == 0 {
		return
	}
	s := toUTF8(b, params["charset"])
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if mt == "text/plain" && msg.Text == "" {
		msg.Text = s
	}
	if mt == "text/html" && msg.HTML == "" {
		msg.HTML = s
	}
}

// toUTF8 converts b from charset (UTF-8, US-ASCII and ISO-8859-1 are
// understood; anything else is read as UTF-8 with invalid bytes replaced).
func toUTF8(b []byte, charset string) string {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(input)
	if err != nil {
		return nil, err
	}
	return strings.NewReader(toUTF8(b, charset)), nil
}

// stripSpace drops CR, LF, spaces and tabs (base64 bodies are line-wrapped).
type stripSpace struct{ r io.Reader }

func (s *stripSpace) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		j := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
				p[j] = c
				j++
			}
		}
		if j > 0 || err != nil {
			return j, err
		}
	}
}
