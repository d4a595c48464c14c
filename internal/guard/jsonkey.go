package guard

import "strings"

// Marketing keys of a JSON payload (helper D29A, night of 2026-12-04:
// dev29 {"campaign":"winter_sale","headline":"…","cta":"https://…"}).
//
// "cta" is CT angiography in labs_procedures.txt and a campaign's call to
// action as a key. jsonSchemaKey reports whether token i is such a key
// (jsonSchemaKeys) written as a whole JSON key: a quote before it, then
// `":` after it (spaces allowed). scanWords marks it used. The same word
// as a value ("scan":"CTA") or in running text ("your CTA is booked")
// stays reported.
var jsonSchemaKeys = wordSetTab("cta")

// jsonSchemaKey: token i is a listed marketing key of a JSON payload.
func (s *scanner) jsonSchemaKey(i int) bool {
	if !jsonSchemaKeys.get(s.toks[i].h) || !strings.HasSuffix(s.gap(i), `"`) {
		return false
	}
	return strings.HasPrefix(strings.ReplaceAll(s.gap(i+1), " ", ""), `":`)
}

// hCTA: the call site's first test in scanWords.
var hCTA = hstr("cta")
