// Package notice renders PHI-free notices from category templates. Templates
// use one construct only, {{name}}, where name is a built-in (link, tenant,
// urgency_prefix) or a variable on the category's explicit allow-list. Each
// variable has a type — money, date, count, enum (with its values) or
// short_text (≤ 40 characters) — and rendering refuses any variable not on the
// list or any value that does not fit its type. HTML templates get every value
// HTML-escaped. Nothing here decides whether a notice may leave: the PHI guard
// checks every rendered notice, and every template when it is saved.
package notice

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Variable types.
const (
	TypeMoney     = "money"
	TypeDate      = "date"
	TypeCount     = "count"
	TypeEnum      = "enum"
	TypeShortText = "short_text"
)

// MaxShortText is the longest short_text value.
const MaxShortText = 40

// Var is one allow-listed notice variable.
type Var struct {
	Name   string   `json:"name"`
	Type   string   `json:"type"`
	Values []string `json:"values,omitempty"` // enum only
}

// Templates are one locale's notice texts. Empty texts fall back to the
// category title where sensible.
type Templates struct {
	EmailSubject string `json:"email_subject"`
	EmailText    string `json:"email_text"`
	EmailHTML    string `json:"email_html,omitempty"`
	SMS          string `json:"sms"`
	PushTitle    string `json:"push_title"`
	PushBody     string `json:"push_body"`
}

// Fields lists the templates by name, for checking and rendering.
func (t Templates) Fields() []Field {
	return []Field{
		{"email_subject", t.EmailSubject, false},
		{"email_text", t.EmailText, false},
		{"email_html", t.EmailHTML, true},
		{"sms", t.SMS, false},
		{"push_title", t.PushTitle, false},
		{"push_body", t.PushBody, false},
	}
}

// Field is one named template text.
type Field struct {
	Name string
	Text string
	HTML bool
}

// Builtins are the names every template may use.
var Builtins = map[string]bool{"link": true, "deep_link": true, "tenant": true, "urgency_prefix": true}

var (
	placeholderRE = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)
	varNameRE     = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)
	moneyRE       = regexp.MustCompile(`^[$€£]?[0-9]{1,3}(,?[0-9]{3})*(\.[0-9]{2})?$`)
)

// ErrTemplate is wrapped by template problems; messages name placeholders and
// fields, never values.
var ErrTemplate = errors.New("notice: template")

// CheckVars validates a category's variable declarations.
func CheckVars(vars []Var) error {
	seen := map[string]bool{}
	for _, v := range vars {
		if !varNameRE.MatchString(v.Name) || Builtins[v.Name] {
			return fmt.Errorf("%w: variable name %q must match [a-z][a-z0-9_]{0,31} and not be a built-in", ErrTemplate, v.Name)
		}
		if seen[v.Name] {
			return fmt.Errorf("%w: variable %q declared twice", ErrTemplate, v.Name)
		}
		seen[v.Name] = true
		switch v.Type {
		case TypeMoney, TypeDate, TypeCount, TypeShortText:
			if len(v.Values) > 0 {
				return fmt.Errorf("%w: only enum variables list values (%s)", ErrTemplate, v.Name)
			}
		case TypeEnum:
			if len(v.Values) == 0 || len(v.Values) > 20 {
				return fmt.Errorf("%w: enum %s needs 1–20 values", ErrTemplate, v.Name)
			}
			for _, x := range v.Values {
				if x == "" || utf8.RuneCountInString(x) > MaxShortText || strings.ContainsAny(x, "{}<>") {
					return fmt.Errorf("%w: enum %s has an invalid value", ErrTemplate, v.Name)
				}
			}
		default:
			return fmt.Errorf("%w: variable %s has unknown type %q (money, date, count, enum, short_text)", ErrTemplate, v.Name, v.Type)
		}
	}
	return nil
}

// Placeholders returns the placeholder names a text uses.
func Placeholders(text string) []string {
	var out []string
	for _, m := range placeholderRE.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// CheckTemplates validates that every placeholder is a built-in or declared,
// and that no stray braces remain.
func CheckTemplates(t Templates, vars []Var) error {
	declared := map[string]bool{}
	for _, v := range vars {
		declared[v.Name] = true
	}
	for _, f := range t.Fields() {
		if !utf8.ValidString(f.Text) || len(f.Text) > 16<<10 {
			return fmt.Errorf("%w: %s must be valid UTF-8 of at most 16 KiB", ErrTemplate, f.Name)
		}
		for _, name := range Placeholders(f.Text) {
			if !Builtins[name] && !declared[name] {
				return fmt.Errorf("%w: %s uses {{%s}}, which is not on the category's variable list", ErrTemplate, f.Name, name)
			}
		}
		rest := placeholderRE.ReplaceAllString(f.Text, "")
		if strings.Contains(rest, "{{") || strings.Contains(rest, "}}") {
			return fmt.Errorf("%w: %s has an unclosed or malformed placeholder", ErrTemplate, f.Name)
		}
	}
	if strings.TrimSpace(t.EmailSubject) == "" || strings.TrimSpace(t.EmailText) == "" || strings.TrimSpace(t.SMS) == "" {
		return fmt.Errorf("%w: email_subject, email_text and sms are required", ErrTemplate)
	}
	return nil
}

// Values are the checked, formatted variable values of one message.
type Values map[string]string

// FormatVars checks raw notice variables against the allow-list and formats
// them for locale. Any undeclared variable, or a value that does not fit its
// type, is an error naming the variable (never echoing the value).
func FormatVars(vars []Var, raw map[string]any, locale string) (Values, error) {
	byName := map[string]Var{}
	for _, v := range vars {
		byName[v.Name] = v
	}
	out := Values{}
	for name, val := range raw {
		v, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("%w: variable %q is not on this category's allow-list", ErrTemplate, name)
		}
		s, err := format(v, val, locale)
		if err != nil {
			return nil, fmt.Errorf("%w: variable %q: %v", ErrTemplate, name, err)
		}
		out[name] = s
	}
	return out, nil
}

func format(v Var, val any, locale string) (string, error) {
	str, isStr := val.(string)
	switch v.Type {
	case TypeMoney:
		if isStr {
			if !moneyRE.MatchString(str) {
				return "", errors.New("must be an amount such as 42.10 or $42.10")
			}
			return str, nil
		}
		f, ok := number(val)
		if !ok || f < 0 || f > 1e9 || math.IsNaN(f) {
			return "", errors.New("must be a non-negative amount")
		}
		return strconv.FormatFloat(f, 'f', 2, 64), nil
	case TypeCount:
		f, ok := number(val)
		if !ok || f < 0 || f > 1e6 || f != math.Trunc(f) {
			return "", errors.New("must be a whole number from 0 to 1,000,000")
		}
		return strconv.FormatInt(int64(f), 10), nil
	case TypeDate:
		if !isStr {
			return "", errors.New("must be a date YYYY-MM-DD")
		}
		d, err := time.Parse(time.DateOnly, str)
		if err != nil {
			return "", errors.New("must be a date YYYY-MM-DD")
		}
		return FormatDate(d, locale), nil
	case TypeEnum:
		for _, x := range v.Values {
			if isStr && str == x {
				return str, nil
			}
		}
		return "", errors.New("must be one of the declared values")
	case TypeShortText:
		if !isStr || !utf8.ValidString(str) || utf8.RuneCountInString(str) > MaxShortText || strings.ContainsAny(str, "\r\n{}") {
			return "", fmt.Errorf("must be one line of at most %d characters", MaxShortText)
		}
		return str, nil
	}
	return "", errors.New("has an unknown type")
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

var monthsES = []string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}

// FormatDate writes a date as a notice would: "March 3" / "3 de marzo".
// No year: notices speak of near dates (ship dates, due dates).
func FormatDate(d time.Time, locale string) string {
	if strings.HasPrefix(locale, "es") {
		return fmt.Sprintf("%d de %s", d.Day(), monthsES[d.Month()-1])
	}
	return d.Format("January 2")
}

// Render fills one template text. Builtins and values must already be
// formatted; for HTML texts every value is escaped.
func Render(text string, isHTML bool, builtins, vals Values) (string, error) {
	var err error
	out := placeholderRE.ReplaceAllStringFunc(text, func(m string) string {
		name := placeholderRE.FindStringSubmatch(m)[1]
		v, ok := builtins[name]
		if !ok {
			v, ok = vals[name]
		}
		if !ok {
			if Builtins[name] {
				return "" // an unset built-in (e.g. no urgency prefix) renders empty
			}
			if err == nil {
				err = fmt.Errorf("%w: {{%s}} has no value for this message", ErrTemplate, name)
			}
			return ""
		}
		if isHTML {
			return html.EscapeString(v)
		}
		return v
	})
	return out, err
}

// Worst is a value of maximal length for each type, used to check SMS length
// at save time.
func Worst(v Var) string {
	switch v.Type {
	case TypeMoney:
		return "$999,999,999.99"
	case TypeDate:
		return "30 de septiembre"
	case TypeCount:
		return "1000000"
	case TypeEnum:
		longest := ""
		for _, x := range v.Values {
			if utf8.RuneCountInString(x) > utf8.RuneCountInString(longest) {
				longest = x
			}
		}
		return longest
	default:
		return strings.Repeat("W", MaxShortText)
	}
}
