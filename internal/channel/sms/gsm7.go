// Package sms sends notices by SMS through a Provider: a Twilio-compatible
// adapter (Messages API) or a generic signed-HTTP gateway. Texts are limited
// to one GSM-7 segment (160 septets); longer or non-GSM texts are refused
// when a template is saved (CheckText) and again before sending.
package sms

import (
	"errors"
	"fmt"
)

// MaxSMSSeptets is the length of one unconcatenated GSM-7 SMS.
const MaxSMSSeptets = 160

// Text errors. They never quote the text.
var (
	ErrEmptyText = errors.New("sms text is empty")
	ErrNotGSM7   = errors.New("sms text has characters outside the GSM-7 alphabet")
	ErrTooLong   = errors.New("sms text is longer than 160 GSM-7 characters")
)

// gsm7Basic is the GSM 03.38 default alphabet (one septet each), in code
// order. 0x1B (ESC) is left out: it introduces the extension table.
const gsm7Basic = "@£$¥èéùìòÇ\nØø\rÅå" +
	"Δ_ΦΓΛΩΠΨΣΘΞ" + /* ESC */ "ÆæßÉ" +
	" !\"#¤%&'()*+,-./" +
	"0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNO" +
	"PQRSTUVWXYZÄÖÑÜ§" +
	"¿abcdefghijklmno" +
	"pqrstuvwxyzäöñüà"

// gsm7Extension is the GSM 03.38 extension table (ESC + one septet each).
const gsm7Extension = "\f^{}\\[~]|€"

var gsm7Cost = func() map[rune]int {
	m := make(map[rune]int, 140)
	for _, r := range gsm7Basic {
		m[r] = 1
	}
	for _, r := range gsm7Extension {
		m[r] = 2
	}
	return m
}()

// GSM7Septets returns the length of s in GSM-7 septets (extension-table
// characters count 2). ok is false if s has a character outside the GSM 03.38
// default alphabet and its extension table (n is then the septets of the
// characters before it).
func GSM7Septets(s string) (n int, ok bool) {
	for _, r := range s {
		c := gsm7Cost[r]
		if c == 0 {
			return n, false
		}
		n += c
	}
	return n, true
}

// CheckText reports whether s can be sent as one GSM-7 SMS: not empty, only
// GSM-7 characters, at most MaxSMSSeptets septets. The error wraps
// ErrEmptyText, ErrNotGSM7 or ErrTooLong and never quotes the text (a
// character position is given instead). Check the text as rendered with the
// longest values its variables allow: template syntax such as "{{ }}" is
// itself GSM-7 extension characters (2 septets each).
func CheckText(s string) error {
	if s == "" {
		return ErrEmptyText
	}
	pos := 0
	n := 0
	for _, r := range s {
		c := gsm7Cost[r]
		if c == 0 {
			return fmt.Errorf("%w (character %d)", ErrNotGSM7, pos+1)
		}
		n += c
		pos++
	}
	if n > MaxSMSSeptets {
		return fmt.Errorf("%w (%d septets)", ErrTooLong, n)
	}
	return nil
}
