package password

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// MinRunes and MaxBytes bound the length of a new password: at least MinRunes
// characters (Unicode code points after NFC normalisation) and at most MaxBytes bytes
// of UTF-8.
const (
	MinRunes = 12
	MaxBytes = 256
)

// minRelatedRunes is the shortest related string Check looks for: shorter ones (an
// initial, "al") would refuse too many good passwords by accident.
const minRelatedRunes = 3

// PolicyError says why Check refused a password. Reason is a plain-English sentence
// that can be shown to the person choosing the password; it never contains the
// password.
type PolicyError struct {
	Reason string
}

func (e *PolicyError) Error() string { return "password refused: " + e.Reason }

// The reasons Check gives.
const (
	reasonInvalid  = "The password contains characters that are not valid text."
	reasonShort    = "Use at least 12 characters."
	reasonLong     = "Use a shorter password: at most 256 bytes (fewer characters if it uses accented or non-Latin letters)."
	reasonRepeated = "Do not use a single character repeated."
	reasonRelated  = "Do not use your name, username, email address or other personal details in your password."
	reasonCommon   = "This password is too common and easy to guess. Try a few unrelated words instead."
)

// Check applies the password policy to a new password. related are strings the
// password must not equal, contain or be part of, compared case-insensitively (the
// username, email address, name); empty ones and ones under 3 characters are ignored.
// It returns nil or a *PolicyError.
//
// A password is refused when it:
//   - is not valid UTF-8;
//   - is longer than MaxBytes bytes or shorter than MinRunes characters after NFC
//     normalisation;
//   - is one character repeated;
//   - equals, contains or is contained in one of related;
//   - is in the embedded common-password list, either as typed (lowercased), or after
//     removing trailing digits, punctuation, symbols and spaces ("Password123!"), or
//     after removing them from both ends ("!!password!!").
func Check(pw string, related ...string) error {
	if !utf8.ValidString(pw) {
		return &PolicyError{Reason: reasonInvalid}
	}
	if len(pw) > MaxBytes {
		return &PolicyError{Reason: reasonLong}
	}
	n := norm.NFC.String(pw)
	if utf8.RuneCountInString(n) < MinRunes {
		return &PolicyError{Reason: reasonShort}
	}
	if repeated(n) {
		return &PolicyError{Reason: reasonRepeated}
	}
	folder := cases.Fold()
	folded := folder.String(n)
	for _, r := range related {
		r = folder.String(norm.NFC.String(strings.TrimSpace(r)))
		if utf8.RuneCountInString(r) < minRelatedRunes {
			continue
		}
		if strings.Contains(folded, r) || strings.Contains(r, folded) {
			return &PolicyError{Reason: reasonRelated}
		}
	}
	if isCommon(n) {
		return &PolicyError{Reason: reasonCommon}
	}
	return nil
}

// repeated reports whether s is one rune repeated.
func repeated(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	for _, r := range s {
		if r != first {
			return false
		}
	}
	return true
}

// isCommon reports whether the NFC-normalised password, lowercased, is in the list as
// is, without its trailing filler, or without filler at both ends.
func isCommon(n string) bool {
	list := commonList()
	lower := strings.ToLower(n)
	for _, form := range [...]string{
		lower,
		strings.TrimRightFunc(lower, filler),
		strings.TrimFunc(lower, filler),
	} {
		if _, ok := list[form]; ok && form != "" {
			return true
		}
	}
	return false
}

// filler is what people add around a common word to pass a policy: digits,
// punctuation, symbols and spaces.
func filler(r rune) bool {
	return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
}

//go:embed common.txt
var commonTxt string

// commonList is the set of common passwords, built on first use.
var commonList = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{}, 4096)
	sc := bufio.NewScanner(strings.NewReader(commonTxt))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[strings.ToLower(line)] = struct{}{}
	}
	return set
})
