package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime/quotedprintable"
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/channel"
)

// Header names, in the order they are written. DKIM signs the ones listed in
// signedHeaders that are present in the message.
const (
	hFrom        = "From"
	hTo          = "To"
	hSubject     = "Subject"
	hDate        = "Date"
	hMessageID   = "Message-ID"
	hMIME        = "MIME-Version"
	hContentType = "Content-Type"
	hCTE         = "Content-Transfer-Encoding"
	hAutoSub     = "Auto-Submitted"
	hSuppress    = "X-Auto-Response-Suppress"
	hListUnsub   = "List-Unsubscribe"
	hListUnsubPo = "List-Unsubscribe-Post"
)

// message is a built message plus what the envelope and the signer need.
type message struct {
	raw       []byte
	from      string // envelope sender (bare address)
	to        string // envelope recipient (bare address)
	marketing bool
	// requireTLS: submit with REQUIRETLS or not at all (channel.Notice.RequireTLS).
	requireTLS bool
}

// BuildMessage renders n as an RFC 5322 message (CRLF line endings, no DKIM
// signature): multipart/alternative with quoted-printable UTF-8 text and HTML
// parts (text/plain only when n.HTML is empty), a Message-ID derived from
// n.DeliveryID and the From domain, Auto-Submitted and, for marketing notices,
// the RFC 8058 one-click List-Unsubscribe headers. Every failure is a
// permanent channel.Error whose reason names the field, never its value.
func BuildMessage(n channel.Notice, from string, now time.Time) ([]byte, error) {
	m, err := buildMessage(n, from, now)
	if err != nil {
		return nil, err
	}
	return m.raw, nil
}

func buildMessage(n channel.Notice, from string, now time.Time) (*message, error) {
	fromAddr, err := parseFrom(from)
	if err != nil {
		return nil, channel.Permanent("invalid sender address", nil)
	}
	to, err := plainAddress(n.To)
	if err != nil {
		return nil, err
	}
	if hasLineBreak(n.Subject) {
		return nil, channel.Permanent("header injection refused: line break in subject", nil)
	}
	if strings.TrimSpace(n.Subject) == "" {
		return nil, channel.Permanent("notice has no subject", nil)
	}
	if !validSubject(n.Subject) {
		return nil, channel.Permanent("subject contains control characters", nil)
	}
	if hasLineBreak(n.DeliveryID) {
		return nil, channel.Permanent("header injection refused: line break in delivery id", nil)
	}
	if !isDotAtom(n.DeliveryID) {
		return nil, channel.Permanent("delivery id cannot form a Message-ID", nil)
	}
	if n.Text == "" {
		return nil, channel.Permanent("notice has no plain-text part", nil)
	}
	var unsub string
	if n.Marketing {
		if hasLineBreak(n.UnsubscribeURL) {
			return nil, channel.Permanent("header injection refused: line break in unsubscribe URL", nil)
		}
		if unsub, err = checkUnsubscribeURL(n.UnsubscribeURL); err != nil {
			return nil, err
		}
	}
	domain := fromAddr.Address[strings.LastIndexByte(fromAddr.Address, '@')+1:]

	var b bytes.Buffer
	b.Grow(len(n.Text) + len(n.HTML)*2 + 1024)
	writeHeader(&b, hFrom, fromAddr.String())
	writeHeader(&b, hTo, to)
	writeHeader(&b, hSubject, encodeSubject(n.Subject))
	writeHeader(&b, hDate, now.Format(time.RFC1123Z))
	writeHeader(&b, hMessageID, "<"+n.DeliveryID+"@"+domain+">")
	writeHeader(&b, hMIME, "1.0")
	writeHeader(&b, hAutoSub, "auto-generated")
	writeHeader(&b, hSuppress, "All")
	if n.Marketing {
		writeHeader(&b, hListUnsub, "<"+unsub+">")
		writeHeader(&b, hListUnsubPo, "List-Unsubscribe=One-Click")
	}
	if n.HTML == "" {
		writeHeader(&b, hContentType, `text/plain; charset="utf-8"`)
		writeHeader(&b, hCTE, "quoted-printable")
		b.WriteString("\r\n")
		if err := writeQP(&b, n.Text); err != nil {
			return nil, channel.Permanent("cannot encode text part", nil)
		}
	} else {
		boundary := boundaryFor(n)
		writeHeader(&b, hContentType, `multipart/alternative; boundary="`+boundary+`"`)
		b.WriteString("\r\n")
		for _, part := range []struct{ ctype, body string }{
			{`text/plain; charset="utf-8"`, n.Text},
			{`text/html; charset="utf-8"`, n.HTML},
		} {
			b.WriteString("--" + boundary + "\r\n")
			writeHeader(&b, hContentType, part.ctype)
			writeHeader(&b, hCTE, "quoted-printable")
			b.WriteString("\r\n")
			if err := writeQP(&b, part.body); err != nil {
				return nil, channel.Permanent("cannot encode message part", nil)
			}
			b.WriteString("\r\n")
		}
		b.WriteString("--" + boundary + "--\r\n")
	}
	return &message{raw: b.Bytes(), from: fromAddr.Address, to: to, marketing: n.Marketing}, nil
}

func writeHeader(b *bytes.Buffer, k, v string) {
	b.WriteString(k)
	b.WriteString(": ")
	b.WriteString(v)
	b.WriteString("\r\n")
}

// writeQP writes s as quoted-printable with CRLF line endings and a final
// line break.
func writeQP(b *bytes.Buffer, s string) error {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	w := quotedprintable.NewWriter(b)
	if _, err := w.Write([]byte(s)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
	return nil
}

// boundaryFor derives the MIME boundary from a hash of the content, so the
// content cannot contain it and the same notice always gives the same bytes.
func boundaryFor(n channel.Notice) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", n.DeliveryID, n.Text, n.HTML)
	return "sealpost-" + hex.EncodeToString(h.Sum(nil)[:12])
}

// encodeSubject returns s as-is when it is printable ASCII, else as RFC 2047
// encoded words; long subjects are folded between words.
func encodeSubject(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f || s[i] < 0x20 && s[i] != '\t' {
			ascii = false
			break
		}
	}
	if ascii && !strings.Contains(s, "=?") {
		return fold(s, len(hSubject)+2)
	}
	return encodeWords(s)
}

// encodeWords encodes s as RFC 2047 Q encoded words of at most 60 octets
// each (never splitting a character), separated by folding whitespace.
func encodeWords(s string) string {
	const prefix, suffix, max = "=?utf-8?q?", "?=", 60
	var out, word strings.Builder
	flush := func() {
		if word.Len() == 0 {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\r\n ")
		}
		out.WriteString(prefix + word.String() + suffix)
		word.Reset()
	}
	var buf [4]byte
	for _, r := range s {
		var enc strings.Builder
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			switch {
			case c == ' ':
				enc.WriteByte('_')
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("!*+-/", c) >= 0:
				enc.WriteByte(c)
			default:
				fmt.Fprintf(&enc, "=%02X", c)
			}
		}
		if len(prefix)+word.Len()+enc.Len()+len(suffix) > max {
			flush()
		}
		word.WriteString(enc.String())
	}
	flush()
	return out.String()
}

// fold inserts CRLF+space before words so that lines stay near 78 octets.
// Folding only happens at existing spaces, so the unfolded value is s.
func fold(s string, used int) string {
	if used+len(s) <= 78 {
		return s
	}
	var b strings.Builder
	line := used
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			if line+1+len(w) > 78 && line > 1 {
				b.WriteString("\r\n ")
				line = 1
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String()
}

func hasLineBreak(s string) bool { return strings.ContainsAny(s, "\r\n") }

func validSubject(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return false
		}
	}
	return true
}

// parseFrom accepts "Name <addr@domain>" or "addr@domain".
func parseFrom(from string) (*mail.Address, error) {
	if hasLineBreak(from) {
		return nil, fmt.Errorf("line break in From")
	}
	a, err := mail.ParseAddress(from)
	if err != nil {
		return nil, err
	}
	if _, err := plainAddress(a.Address); err != nil {
		return nil, err
	}
	return a, nil
}

// plainAddress checks that s is a bare ASCII addr-spec (local@domain) with no
// display name, comment or line break, and returns it. The error never
// contains the address.
func plainAddress(s string) (string, error) {
	if hasLineBreak(s) {
		return "", channel.Permanent("header injection refused: line break in recipient address", nil)
	}
	if s == "" || len(s) > 254 {
		return "", channel.Permanent("recipient is not a plain email address", nil)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '"' || c == '\\' || c == '[' || c == ']' {
			return "", channel.Permanent("recipient is not a plain email address", nil)
		}
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || at > 64 {
		return "", channel.Permanent("recipient is not a plain email address", nil)
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return "", channel.Permanent("recipient is not a plain email address", nil)
	}
	domain := s[at+1:]
	if !strings.Contains(domain, ".") && domain != "localhost" || strings.HasPrefix(domain, ".") || strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return "", channel.Permanent("recipient is not a plain email address", nil)
	}
	return s, nil
}

// isDotAtom reports whether s is RFC 5322 dot-atom-text (usable as the left
// side of a Message-ID).
func isDotAtom(s string) bool {
	if s == "" || len(s) > 200 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-/=?^_`{|}~.", c) >= 0:
		default:
			return false
		}
	}
	return true
}

func checkUnsubscribeURL(s string) (string, error) {
	if s == "" {
		return "", channel.Permanent("marketing notice without an unsubscribe URL", nil)
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || strings.ContainsAny(s, " <>\t\"") {
		return "", channel.Permanent("invalid unsubscribe URL", nil)
	}
	// RFC 8058 requires HTTPS; plain HTTP is only accepted for a loopback
	// host (a development setup).
	if u.Scheme != "https" && !(u.Scheme == "http" && isLoopbackName(u.Hostname())) {
		return "", channel.Permanent("unsubscribe URL must use https", nil)
	}
	return s, nil
}
