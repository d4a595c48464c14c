package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// MaxBodyBytes bounds JSON request bodies.
const MaxBodyBytes = 1 << 20

// decodeError is a body that could not be decoded; it maps to a problem.
type decodeError struct {
	status int
	typ    string
	detail string
}

func (e *decodeError) Error() string { return e.detail }

// readJSON reads the request body (bounded) and decodes it strictly into dst:
// one JSON object, no unknown members, no trailing data. It returns the raw
// bytes as received.
func readJSON(w http.ResponseWriter, r *http.Request, dst any) ([]byte, error) {
	return readJSONLimit(w, r, dst, MaxBodyBytes)
}

// readJSONLimit is readJSON with another size bound.
func readJSONLimit(w http.ResponseWriter, r *http.Request, dst any, limit int64) ([]byte, error) {
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); ct == "" || err != nil || mt != "application/json" {
		return nil, &decodeError{http.StatusUnsupportedMediaType, ProblemUnsupportedMedia, "send the body as Content-Type: application/json"}
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &decodeError{http.StatusRequestEntityTooLarge, ProblemBodyTooLarge, fmt.Sprintf("the body is larger than %d bytes", limit)}
		}
		return nil, &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "the body could not be read"}
	}
	return raw, DecodeStrict(raw, dst)
}

// DecodeStrict decodes raw into dst as readJSON does. It is the function the
// fuzz tests drive.
func DecodeStrict(raw []byte, dst any) error {
	trimmed := bytes.TrimLeft(raw, " \t\r\n")
	if len(trimmed) == 0 {
		return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "the body is empty; a JSON object is required"}
	}
	if trimmed[0] != '{' && json.Valid(raw) {
		return &decodeError{http.StatusBadRequest, ProblemWrongType, "the body must be a JSON object"}
	}
	if err := checkMembers(raw); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(dst); err != nil {
		return classify(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "the body must hold exactly one JSON object"}
	}
	// Values Go accepts but cannot write back out (such as a time offset of
	// +24:00, which RFC 3339 forbids) are refused here, not found later.
	if _, err := json.Marshal(dst); err != nil {
		return &decodeError{http.StatusBadRequest, ProblemWrongType, "a time member is not an RFC 3339 timestamp"}
	}
	return nil
}

// checkMembers walks the JSON tokens and refuses what encoding/json would
// silently accept: a member named twice in one object (the last would win) and
// member names that differ from the documented lower-case names only by case.
// It assumes nothing else about the shape; Decode does that.
func checkMembers(raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	type frame struct {
		object bool
		keys   map[string]bool
		expect bool // next string token in an object is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return nil // syntax errors are reported by Decode, with their offset
		}
		top := len(stack) - 1
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				if top >= 0 && stack[top].object {
					stack[top].expect = true
				}
				stack = append(stack, frame{object: d == '{', keys: map[string]bool{}, expect: d == '{'})
			case '}', ']':
				stack = stack[:top]
				if top-1 >= 0 && stack[top-1].object {
					stack[top-1].expect = true
				}
			}
			continue
		}
		if top < 0 || !stack[top].object {
			continue
		}
		if !stack[top].expect {
			stack[top].expect = true // that was a value
			continue
		}
		key, _ := tok.(string)
		if stack[top].keys[key] {
			return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "an object names the same member twice"}
		}
		stack[top].keys[key] = true
		if strings.ToLower(key) != key {
			return &decodeError{http.StatusBadRequest, ProblemUnknownField, "member names are lower case; see /openapi.json for this request's members"}
		}
		stack[top].expect = false
	}
}

func classify(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, fmt.Sprintf("the body is not valid JSON (at byte %d)", syn.Offset)}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "the body ends in the middle of a JSON value"}
	case errors.As(err, &typ):
		ptr := "/" + strings.ReplaceAll(typ.Field, ".", "/")
		if typ.Field == "" {
			ptr = ""
		}
		return &decodeError{http.StatusBadRequest, ProblemWrongType, fmt.Sprintf("member %q must be %s, not %s", ptr, jsonKind(typ.Type.Kind().String()), typ.Value)}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// The member's name is not repeated: it came from the client and could
		// be anything.
		return &decodeError{http.StatusBadRequest, ProblemUnknownField, "the body has a member that is not part of this request; see /openapi.json for this request's members"}
	default:
		// time.Time and other TextUnmarshalers report their own errors; their
		// messages can quote the value, so say only what was expected.
		if s := err.Error(); strings.Contains(s, "parsing time") || strings.Contains(s, "Time.UnmarshalJSON") {
			return &decodeError{http.StatusBadRequest, ProblemWrongType, "a time member is not an RFC 3339 timestamp"}
		}
		return &decodeError{http.StatusBadRequest, ProblemMalformedJSON, "the body does not match the expected JSON shape"}
	}
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "struct", "map":
		return "an object"
	case "slice", "array":
		return "an array"
	case "bool":
		return "a boolean"
	case "ptr":
		return "a value of the documented type"
	default:
		return "a number"
	}
}
