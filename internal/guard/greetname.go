package guard

// greetname.go: names after a greeting that compose.greeting's one word or
// two capitalised words do not cover (issue 15, night of 2026-12-04,
// helper DVC: dev26).
//
//   - A hyphenated given name written in lower case: "hey jean-luc, your
//     pickup is ready", "hello marie-claire,". One of the two parts must be
//     a listed given name (first_names.txt) and neither a generic
//     addressee, stop word or greeting, so "hey all-stars," and "hi
//     night-owls," (ordinary words) stay addressees. A comma, "!" or ":"
//     must follow, as for compose.greeting.
//   - Three or four capitalised words and a comma: "Kia ora Aroha Te
//     Rangi,", "Hi Mary Ann Smith,". Inner particles of family names (te,
//     ngā, van, der, de, da, di, del, la, le, al, bin, ibn, ní, nic, mac,
//     von) are taken even when they are stop words; no other word may be a
//     generic addressee, stop word, month, greeting, title, place, street
//     word or state name ("Good morning New York City," is none).
//
//   - Two given names in lower case and a comma (helper ES, dev30):
//     "buenas tardes juan carlos,", "buenos días maría josé,"; both words
//     must be listed given names.
//
// All report compose.greeting (kind name). Māori collective addressees
// ("Kia ora koutou", "Kia ora whānau") are generic addressees
// (context_words.txt).

import "strings"

// greetParticles: inner words of a family name.
var greetParticles = wordSetTab("te nga van der den de da di del della la le al el bin ibn binti ni nic mac von du dos das")

// greetingMore: the names after greeting i that greetingName does not
// take; it adds the finding itself.
func (s *scanner) greetingMore(i int) {
	n := len(s.toks)
	j := i + 1
	if j+1 >= n || s.used[j] || s.used[j+1] || s.toks[j].cls&tAlpha == 0 || s.toks[j].sent || s.gap(j) != " " {
		return
	}
	bad := func(k int) bool {
		return s.fl(k)&(wGenericAddressee|wStop|wGreeting|wMonth|wTitle|wPlace|wStreetSuffix|wStateName) != 0 ||
			s.p.isTemplate(s.toks[k].h) || len(s.toks[k].low) < 2
	}
	stop := func(g string) bool {
		return len(g) > 0 && (g[0] == ',' || g[0] == '!' || g[0] == ':')
	}
	// "jean-luc,", "hello jean-luc —" (a spaced dash ends the greeting too;
	// helper REC34, dev34)
	if s.gap(j+1) == "-" && s.toks[j+1].cls&tAlpha != 0 && (stop(s.gap(j+2)) || greetDash(s.gap(j+2))) {
		if (s.fl(j)|s.fl(j+1))&wFirst != 0 && !bad(j) && !bad(j+1) {
			s.addTok(j, j+1, KindName, "compose.greeting", 0.75, "is a hyphenated given name after '"+s.toks[i].low+"', where a name goes")
			s.tieGreeting(i) // the reader addressed (readertied.go)
		}
		return
	}
	// "buenas tardes juan carlos,": two given names in lower case (helper
	// ES, dev30); both must be listed given names, as Spanish and
	// Portuguese compound names are (juan carlos, maría josé, josé luis,
	// ana lucía), and neither an addressee, stop word or greeting
	if s.toks[j].cls&(tCap|tUpper) == 0 {
		if s.toks[j+1].cls&(tCap|tUpper) == 0 && s.toks[j+1].cls&tAlpha != 0 && s.gap(j+1) == " " && stop(s.gap(j+2)) &&
			s.fl(j)&s.fl(j+1)&wFirst != 0 && !bad(j) && !bad(j+1) {
			s.addTok(j, j+1, KindName, "compose.greeting", 0.75, "are two given names in lower case after '"+s.toks[i].low+"', where a name goes")
			s.tieGreeting(i) // the reader addressed (readertied.go)
		}
		return
	}
	end := j
	for end+1 < n && end-j < 3 && s.gap(end+1) == " " && s.toks[end+1].cls&tAlpha != 0 && !s.used[end+1] &&
		(s.toks[end+1].cls&(tCap|tUpper) != 0 || greetParticles.get(s.toks[end+1].h)) {
		end++
	}
	if end-j < 2 || !strings.HasPrefix(s.gap(end+1), ",") || greetParticles.get(s.toks[end].h) {
		return
	}
	for k := j; k <= end; k++ {
		if k > j && k < end && greetParticles.get(s.toks[k].h) {
			continue
		}
		if bad(k) {
			return
		}
	}
	s.addTok(j, end, KindName, "compose.greeting", 0.75, "follows '"+s.toks[i].low+"' where a name goes, and is not a generic addressee")
	s.tieGreeting(i) // the reader addressed (readertied.go)
}

// greetDash: a gap that is a spaced em or en dash (" — ", " – "), which
// ends a greeting the way a comma does ("hello jean-luc — your …").
func greetDash(g string) bool {
	if !strings.HasPrefix(g, " ") {
		return false
	}
	g = strings.TrimLeft(g, " ")
	return strings.HasPrefix(g, "—") || strings.HasPrefix(g, "–") || strings.HasPrefix(g, "- ") || strings.HasPrefix(g, "-- ")
}
