package guard

import "strings"

// Names addressed after an opening interjection (issue 15, fifth pass:
// dev16): compose.vocative.
//
// A sentence that opens with an interjection or a stock opener ("Good
// news", "Great news", "Heads up", "Congrats", "Happy birthday", "Good
// job", "Buenas noticias", "Felicidades"), then a comma, then one or two
// capitalised words closed by punctuation (",", "!", ":", ";", ".", a
// dash) or the end of the text, addresses the reader by name: "Good news,
// Priyanka — your order has shipped." The word must be a listed given or
// family name or in no word list (not even the larger English lists, which
// hold places and brands), and not a generic addressee ("Good news,
// everyone!"), a place, a month, a weekday or the tenant's wording. Greetings proper ("Hi", "Thanks", "Welcome") are name.greeting's.

// vocativeOpeners: the opener's last word, with the word before it that
// it needs ("" for a one-word opener).
var vocativeOpeners = map[string][]string{
	"news":        {"good", "great", "bad", "big", "exciting", "fantastic", "wonderful", "happy", "some", "quick"},
	"up":          {"heads"},
	"birthday":    {"happy"},
	"anniversary": {"happy"},
	"holidays":    {"happy"},
	"friday":      {"happy"},
	"monday":      {"happy"},
	"weekend":     {"happy"},
	"job":         {"good", "great", "nice"},
	"work":        {"nice", "great"},
	"done":        {"well"},
	"reminder":    {"quick", "friendly", "just", "a", ""},
	"noticias":    {"buenas", "grandes", "excelentes"},
	"oops":        {""},
	"sorry":       {""},
	"hooray":      {""},
	"yay":         {""},
	"surprise":    {""},
	"psst":        {""},
	"felicidades": {""},
	"enhorabuena": {""},
	"gracias":     {""},
	"bienvenido":  {""},
	"bienvenida":  {""},
	"cumpleanos":  {"feliz"},
	"ahoy":        {""},
	"attention":   {""},
	"back":        {"welcome"}, // "Welcome back, Aroha!" (dev23)
}

// vocativeNotName: days and seasons after an opener ("Hooray, Friday!",
// "Reminder, Tuesday: …").
var vocativeNotName = wordSetTab("monday tuesday wednesday thursday friday saturday sunday weekend " +
	"lunes martes miercoles jueves viernes sabado domingo spring summer autumn fall winter")

// vocative: token i ends an opener that starts its sentence; it returns
// the span of the name after the comma.
func (s *scanner) vocative(i int) (int, int, bool) {
	n := len(s.toks)
	befores, ok := vocativeOpeners[s.toks[i].low]
	if !ok || i+1 >= n || !strings.HasPrefix(s.gap(i+1), ",") {
		return 0, 0, false
	}
	start := i
	matched := false
	for _, b := range befores {
		if b == "" && (i == 0 || s.toks[i].sent) {
			matched = true
			break
		}
		if b != "" && i > 0 && s.low(i-1) == b && s.gap(i) == " " && (i-1 == 0 || s.toks[i-1].sent) {
			start, matched = i-1, true
			break
		}
	}
	_ = start
	if !matched {
		return 0, 0, false
	}
	j := i + 1
	if s.used[j] {
		return 0, 0, false
	}
	// "Good news, ethan!": a listed given name in lower case
	// (lowervocative.go, helper MISC3)
	lower := !s.isCapWord(j) && s.lowerGiven(j)
	if !lower && (!s.isCapWord(j) || s.toks[j].cls&tUpper != 0 && len(s.toks[j].low) <= 3) {
		return 0, 0, false
	}
	end := j
	if !lower && j+1 < n && s.nameGap(j+1) && s.isCapWord(j+1) && !s.used[j+1] {
		end = j + 1
	}
	after := strings.TrimLeft(s.gap(end+1), " ")
	if end+1 < n && !(after != "" && strings.ContainsAny(after[:1], ",!:;.-")) {
		return 0, 0, false
	}
	named := false
	for k := j; k <= end; k++ {
		f := s.fl(k)
		if f&(wGenericAddressee|wStop|wGreeting|wMonth|wPlace|wStateName|wStateCode) != 0 || len(s.toks[k].low) < 2 {
			return 0, 0, false
		}
		if s.p != nil && s.p.isTemplate(s.toks[k].h) {
			return 0, 0, false
		}
		if vocativeNotName.get(s.toks[k].h) {
			return 0, 0, false
		}
		// a listed name, or a word in no list at all (not even the larger
		// English lists, which hold places and brands: "Seattle")
		if f&(wFirst|wLast) != 0 || !s.general(k) && !s.g.gen.extended(s.toks[k].h) {
			named = true
		}
	}
	if !named {
		return 0, 0, false
	}
	return j, end, true
}
