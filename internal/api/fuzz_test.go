package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/service"
)

// The fuzz tests drive DecodeStrict, the strict JSON decoding every request
// body goes through. Properties:
//
//   - it never panics;
//   - an error is a *decodeError with status 400 and one of the decoding
//     problem types;
//   - the error detail never echoes the input (see checkNoEcho);
//   - a value it accepts survives json.Marshal and a second DecodeStrict, and
//     marshals to the same bytes again (so what is stored and answered is
//     what was accepted).
//
// Seed corpora live in testdata/fuzz/<FuzzName>/ and run with plain go test.

func FuzzDecodeSendInput(f *testing.F) {
	for _, s := range seedBodies {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"recipient":"pt-1","category":"test_result","subject":"s","body":"b","expires_at":"2030-01-01T00:00:00+01:00"}`))
	f.Add([]byte(`{"recipient":"pt-1","category":"test_result","subject":"s","body":"b","notice_vars":{"a":1,"b":"x","c":true,"d":null,"e":[1],"f":{}}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzDecode(t, raw, func() any { return new(service.SendInput) })
	})
}

func FuzzDecodeRecipientInput(f *testing.F) {
	for _, s := range seedBodies {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"email":"a@b.example","phone":"+15551234567","identity":{"name":"n","other":["x","y"]}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzDecode(t, raw, func() any { return new(service.RecipientInput) })
	})
}

// seedBodies are added to both fuzzers (the committed corpus holds more).
var seedBodies = []string{
	`{}`,
	`null`,
	`[]`,
	`{"recipient":"pt-1","category":"test_result","subject":"Results","body":"Your results are ready."}`,
	`{"email":"pat@example.org","locale":"en","time_zone":"UTC","identity":{"name":"Pat","birth_date":"1980-01-02"}}`,
	`{"nope":1}`,
	`{"subject":5}`,
	`{"identity":"x"}`,
	`{"expires_at":"tomorrow at noon"}`,
	`{"a":`,
	`{} {}`,
}

var decodeProblemTypes = map[string]bool{
	ProblemMalformedJSON: true,
	ProblemUnknownField:  true,
	ProblemWrongType:     true,
}

func fuzzDecode(t *testing.T, raw []byte, newDst func() any) {
	dst := newDst()
	err := DecodeStrict(raw, dst)
	if err != nil {
		checkDecodeError(t, raw, dst, err)
		return
	}
	enc, err := json.Marshal(dst)
	if err != nil {
		t.Fatalf("DecodeStrict accepted %q, but json.Marshal of the result fails: %v", raw, err)
	}
	again := newDst()
	if err := DecodeStrict(enc, again); err != nil {
		t.Fatalf("DecodeStrict accepted %q, but not its re-encoding %q: %v", raw, enc, err)
	}
	enc2, err := json.Marshal(again)
	if err != nil {
		t.Fatalf("second json.Marshal of %q fails: %v", enc, err)
	}
	if !bytes.Equal(enc, enc2) {
		t.Fatalf("re-encoding is not stable:\n input %q\n first %q\nsecond %q", raw, enc, enc2)
	}
}

var (
	byteOffsetRE             = regexp.MustCompile(`\(at byte [0-9]+\)`)
	fixedUnknownFieldDetails = map[string]bool{
		"the body has a member that is not part of this request; see /openapi.json for this request's members": true,
		"member names are lower case; see /openapi.json for this request's members":                            true,
	}
)

func checkDecodeError(t *testing.T, raw []byte, dst any, err error) {
	t.Helper()
	de, ok := err.(*decodeError)
	if !ok {
		t.Fatalf("DecodeStrict(%q) returned %T (%v), want *decodeError", raw, err, err)
	}
	if de.status != http.StatusBadRequest {
		t.Fatalf("DecodeStrict(%q): status %d, want 400", raw, de.status)
	}
	if !decodeProblemTypes[de.typ] || titles[de.typ] == "" {
		t.Fatalf("DecodeStrict(%q): problem type %q is not a decoding problem type", raw, de.typ)
	}
	if de.detail == "" || !utf8.ValidString(de.detail) || de.Error() != de.detail {
		t.Fatalf("DecodeStrict(%q): bad detail %q", raw, de.detail)
	}
	checkNoEcho(t, raw, dst, de)
}

// checkNoEcho fails if the problem detail repeats the input. Three checks:
//
//  1. the detail does not contain the whole input (once it is 12 bytes or
//     more);
//  2. it contains no string (member name or value) of 8 bytes or more from the
//     input, unless that string is part of a text the decoder may say anyway
//     (decodeAllowList: the fixed messages and member names);
//  3. no 8-byte window of the detail that occurs in the input lies outside the
//     allow-list — this catches echoes of non-string input such as number
//     literals or raw bytes around a syntax error.
//
// The byte offset of a syntax error ("(at byte 17)") is masked for checks 2
// and 3: it comes from the input's length, not its content.
//
// Unknown-field details are fixed texts: the rejected member's name is never
// repeated, since it came from the client.
func checkNoEcho(t *testing.T, raw []byte, dst any, de *decodeError) {
	t.Helper()
	detail := de.detail
	if len(raw) >= 12 && strings.Contains(detail, string(raw)) {
		t.Fatalf("detail %q contains the whole input %q", detail, raw)
	}
	keys, values := jsonStrings(raw)
	masked := detail
	if de.typ == ProblemUnknownField && !fixedUnknownFieldDetails[detail] {
		t.Fatalf("unknown-field detail %q is not one of the fixed texts (it must never name the member)", detail)
	}
	allow := decodeAllowList(dst)
	allowed := func(s string) bool {
		for _, a := range allow {
			if strings.Contains(a, s) {
				return true
			}
		}
		return false
	}
	norm := byteOffsetRE.ReplaceAllString(masked, "(at byte N)")
	for s := range joinSets(keys, values) {
		if len(s) >= 8 && strings.Contains(norm, s) && !allowed(s) {
			t.Fatalf("detail %q echoes the input string %q (input %q)", detail, s, raw)
		}
	}
	in := string(raw)
	for i := 0; i+8 <= len(norm); i++ {
		w := norm[i : i+8]
		if strings.Contains(in, w) && !allowed(w) {
			t.Fatalf("detail %q repeats %q from the input %q", detail, w, raw)
		}
	}
}

func joinSets(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// jsonStrings returns the member names and the string values the input
// holds, as far as it tokenizes.
func jsonStrings(raw []byte) (keys, values map[string]bool) {
	keys, values = map[string]bool{}, map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	// inObject[i] tells whether container i is an object; expectKey whether
	// the next string in the innermost object is a member name.
	var inObject []bool
	expectKey := false
	for range 1 << 16 {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				inObject = append(inObject, true)
				expectKey = true
			case '[':
				inObject = append(inObject, false)
				expectKey = false
			default:
				if len(inObject) > 0 {
					inObject = inObject[:len(inObject)-1]
				}
				expectKey = len(inObject) > 0 && inObject[len(inObject)-1]
			}
			continue
		case string:
			if expectKey {
				keys[v] = true
				expectKey = false
				continue
			}
			values[v] = true
		}
		expectKey = len(inObject) > 0 && inObject[len(inObject)-1]
	}
	return keys, values
}

var (
	allowMu    sync.Mutex
	allowCache = map[reflect.Type][]string{}
)

// decodeAllowList is every detail DecodeStrict can give for dst without
// echoing input (byte offsets masked): the fixed messages, and the
// wrong-type message for every member pointer of dst's type, Go kind and JSON
// kind. Member pointers come from the type's json tags, so the list follows
// the request types.
func decodeAllowList(dst any) []string {
	typ := reflect.TypeOf(dst)
	allowMu.Lock()
	defer allowMu.Unlock()
	if l, ok := allowCache[typ]; ok {
		return l
	}
	list := []string{
		"the body is empty; a JSON object is required",
		"the body must hold exactly one JSON object",
		"the body is not valid JSON (at byte N)",
		"the body ends in the middle of a JSON value",
		"the body has a member that is not part of this request",
		`member "<name>" is not part of this request`,
		"a time member is not an RFC 3339 timestamp",
		"the body does not match the expected JSON shape",
	}
	kinds := []string{"a string", "an object", "an array", "a boolean", "a value of the documented type", "a number"}
	values := []string{"string", "number", "bool", "object", "array", "null"}
	for _, ptr := range memberPointers(typ, "") {
		for _, k := range kinds {
			for _, v := range values {
				list = append(list, fmt.Sprintf("member %q must be %s, not %s", ptr, k, v))
			}
		}
	}
	allowCache[typ] = list
	return list
}

// memberPointers lists "" and the JSON Pointer of every member reachable
// through structs, pointers and slices of t.
func memberPointers(t reflect.Type, prefix string) []string {
	out := []string{prefix}
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return out
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, memberPointers(f.Type, prefix+"/"+name)...)
	}
	return out
}

// TestDecodeStrictFuzzHelpers pins the answers for a few bodies, so the fuzz
// properties are known to be exercised on each kind of error.
func TestDecodeStrictFuzzHelpers(t *testing.T) {
	cases := []struct {
		body string
		typ  string
	}{
		{`{"recipient":"pt-1","category":"test_result","subject":"s","body":"b"}`, ""},
		{``, ProblemMalformedJSON},
		{`{"a":`, ProblemMalformedJSON},
		{`{"recipient":"x"} {}`, ProblemMalformedJSON},
		{`{"recipient":"x"}]`, ProblemMalformedJSON},
		{`{"subjectx_patient_name":"x"}`, ProblemUnknownField},
		{`{"patient jane doe":"x"}`, ProblemUnknownField},
		{`{"subject":12345678901234567890}`, ProblemWrongType},
		{`{"notice_vars":"abcdefghijkl"}`, ProblemWrongType},
		{`{"expires_at":"2030-13-45 secret value"}`, ProblemWrongType},
		{`{"expires_at":1234567890123}`, ProblemWrongType},
	}
	for _, c := range cases {
		var in service.SendInput
		err := DecodeStrict([]byte(c.body), &in)
		if c.typ == "" {
			if err != nil {
				t.Errorf("%s: %v", c.body, err)
			}
			continue
		}
		de, ok := err.(*decodeError)
		if !ok || de.typ != c.typ {
			t.Errorf("%s: got %v, want %s", c.body, err, c.typ)
			continue
		}
		checkNoEcho(t, []byte(c.body), &in, de)
	}

	keys, values := jsonStrings([]byte(`{"a":"b","c":["d",{"e":"f"}],"g":{"h":1},"i":"j"}`))
	if want := map[string]bool{"a": true, "c": true, "e": true, "g": true, "h": true, "i": true}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	if want := map[string]bool{"b": true, "d": true, "f": true, "j": true}; !reflect.DeepEqual(values, want) {
		t.Errorf("values = %v, want %v", values, want)
	}
}
