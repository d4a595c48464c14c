package guard

import "strings"

// Ordinary words that are clinical (issue 15): "mumps", "pleurisy",
// "hemorrhoid", "metastasis", "pregnancy" are in the general English list,
// so the frame detector never finds them suspicious, and alone they may be
// harmless ("Learn about measles"). vocab/wordnet_ordinary.txt holds the
// ones whose most frequent WordNet sense is medical
// (wordnet_ordinary_gen_test.go); frame.ordinary reports one in a personal
// or health frame:
//
//   - after a possessive: your, my, his, her, their, su, sus, tu, tus, mi,
//     mis ("Your mumps program", "su lumbago");
//   - after managing / manage / treating / controlar / manejar ("New
//     resources for managing gout");
//   - before a health-programme head: program, class, coach, education,
//     follow-up, care plan, support, referral, screening, results, history,
//     kit, clinic, specialist, treatment, therapy, visit, appointment,
//     medication ("Gout education class starts soon");
//   - after a Spanish head and de/sobre/para: programa, clase, curso,
//     control, seguimiento, educación, apoyo, grupo, sesión, cita, consulta,
//     tratamiento ("Su programa de
//     diabetes");
//   - after about/sobre (an article between allowed) with an information
//     word before it: information, resources, news, questions, tips,
//     información, recursos, noticias, preguntas, consejos ("Información
//     sobre menopausia", "Questions about the mumps?"); "Learn about
//     measles" is general health information and passes.
//
// Words in no vocabulary are not taken in these frames: before "program",
// "coach" or "education" they are as often a sport, a drink or a trade
// ("Your kombucha program", "Your sommelier education program", "Your
// esports coaching"), and the clinical ones among them ("tinnitus",
// "pyemia") are in the SCOWL huge lists too, so nothing tells them apart
// without a medical dictionary.
//
// Their Spanish spellings (same cognate key, cognate.go: "hemorroide",
// "reumatismo", "supositorio") are taken in the same frames, not alone as
// cognate.term takes those of the clinical lists: "heroína" is also a
// heroine.
//
// A capitalised word inside a sentence is taken for a title or brand
// ("Your Vertigo tickets") unless a head follows it. The words are looked up
// by hash (plurals added at load time), behind a 16384-bit filter, so a
// notice without them pays one filter test per word.

var (
	// ordPossessive: the possessives before the word
	ordPossessive = wordSetTab("your my his her their su sus tu tus mi mis")
	// ordManage: verbs of managing a condition
	ordManage = wordSetTab("managing manage manages treating controlling controlar controlando manejar manejando")
	// ordHeads: health-programme heads after the word ("care" and
	// "follow" need "plan"/"team" and "up" after them)
	ordHeads = wordSetTab("program programs class classes coach coaching education follow followup care support referral " +
		"screening results history kit clinic specialist treatment therapy visit appointment medication medications " +
		"management")
	// ordHeadsES: Spanish heads before de/sobre/para and the word
	ordHeadsES = wordSetTab("programa clase curso control seguimiento educacion apoyo grupo " +
		// ninth pass (GEN9): a session, visit or treatment of ("su sesión de quimio")
		"sesion sesiones cita citas consulta tratamiento")
	// ordInfo: information words before about/sobre
	ordInfo = wordSetTab("information info resources news questions tips informacion recursos noticias preguntas consejos")
	// ordArticles: after about/sobre or a Spanish head
	ordArticles = wordSetTab("your the su sus la el los las tu tus")
	ordGlueES   = wordSetTab("de del sobre para")
	// ordBeforeES: the Spanish words a frame puts right before the word
	// (possessives, glue words, articles)
	ordBeforeES = wordSetTab("su sus tu tus mi mis de del sobre para la el los las")
	hAbout      = hstr("about")
	hSobre      = hstr("sobre")
)

// ordinarySet: the words of wordnet_ordinary.txt (and their plurals) with
// their kind, behind a filter.
type ordinarySet struct {
	bits hashFilter
	m    map[uint64]Kind
}

func (o *ordinarySet) add(w string, k Kind) {
	if o.m == nil {
		o.m = make(map[uint64]Kind, 1024)
	}
	forms := []string{w, w + "s"}
	switch {
	case len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x' || w[len(w)-1] == 'h'):
		forms = append(forms, w+"es")
	case len(w) > 2 && w[len(w)-1] == 'y':
		forms = append(forms, w[:len(w)-1]+"ies")
	}
	for _, f := range forms {
		h := hstr(f)
		if _, dup := o.m[h]; !dup {
			o.m[h] = k
		}
		o.bits.add(h)
	}
}

// may is get's first test: false when h is certainly not in the set.
func (o *ordinarySet) may(h uint64) bool { return o.m != nil && o.bits.may(h) }

func (o *ordinarySet) get(h uint64) (Kind, bool) {
	if o.m == nil || !o.bits.may(h) {
		return "", false
	}
	k, ok := o.m[h]
	return k, ok
}

// ordinaryHandler loads wordnet_ordinary.txt into vocab.ordinary.
func ordinaryHandler(v *vocab, section, term string, flags uint8) error {
	k := KindCondition
	if section != "" {
		kk, err := ParseKind(section)
		if err != nil {
			return err
		}
		k = kk
	}
	v.ordinary.add(strings.ToLower(term), k)
	if key, ok := cognateKey(nil, strings.ToLower(term)); ok {
		if v.ordCognates == nil {
			v.ordCognates = make(map[uint64]Kind, 256)
		}
		v.ordCognates[hbytes(key)] = k
	}
	return nil
}

// ordinaryFrame: token i is a word of wordnet_ordinary.txt in a personal
// or health frame; the reason names the cue.
// adjectiveEnd: the last letters ordinaryFrame reads an adjective by.
func adjectiveEnd(c byte) bool { return c == 't' || c == 'e' || c == 'a' || c == 'o' }

func (s *scanner) ordinaryFrame(i int) (Kind, string, bool) {
	t := &s.toks[i]
	if s.used[i] || t.cls&tAlpha == 0 || t.cls&tDigit != 0 {
		return "", "", false
	}
	k, ok := s.v.ordinary.get(t.h)
	if !ok {
		// the Spanish spelling of one ("hemorroide", "reumatismo"), looked
		// up only after a Spanish frame word: the key costs a loop
		if k, ok = s.ordinaryCognate(i); !ok {
			// or the ordinary adjective of a listed condition (adjective.go)
			if len(t.low) < 5 {
				return "", "", false
			}
			if c := t.low[len(t.low)-1]; c != 't' && c != 'e' && c != 'a' && c != 'o' {
				return "", "", false
			}
			if k, ok = s.frameAdjective(i); !ok {
				return "", "", false
			}
		}
	}
	cue, ok := s.ordinaryCue(i)
	if !ok {
		return "", "", false
	}
	return k, "is a medical word and " + cue, true
}

// ordinaryCue: token i sits in one of ordinaryFrame's personal or health
// frames (a head after it, a possessive, a managing verb, an information
// word and about/sobre, a Spanish head and de); the cue ("comes before
// 'coach'", "follows 'your'"). Also clinicalFormFrame's frames
// (clinform.go).
func (s *scanner) ordinaryCue(i int) (string, bool) {
	t := &s.toks[i]
	n := len(s.toks)
	if s.p != nil && (s.p.approvedWord(t.h) || s.p.isTemplate(t.h)) {
		return "", false
	}
	// a head after it: "gout education", "mumps follow-up", "asthma care plan"
	head := ""
	if j := i + 1; j < n && s.tp[j]&tpOrdHead != 0 && (s.gap(j) == " " || s.gap(j) == "-") {
		switch s.toks[j].low {
		case "follow":
			if j+1 < n && s.toks[j+1].low == "up" && (s.gap(j+1) == "-" || s.gap(j+1) == " ") {
				head = "follow-up"
			}
		case "care":
			if j+1 < n && (s.toks[j+1].low == "plan" || s.toks[j+1].low == "team") && s.gap(j+1) == " " {
				head = "care " + s.toks[j+1].low
			}
		default:
			head = s.toks[j].low
		}
	}
	// a capitalised word inside a sentence is a title or brand ("Your
	// Vertigo tickets") unless a head follows it
	if head == "" && t.cls&(tCap|tUpper) != 0 && !t.sent && i != 0 {
		return "", false
	}
	if head != "" {
		return "comes before '" + head + "'", true
	}
	if i == 0 {
		return "", false
	}
	g := s.gap(i)
	p := &s.toks[i-1]
	switch {
	case g == " " && ordPossessive.get(p.h):
		return "follows '" + p.low + "'", true
	case g == " " && s.kinPossessiveBefore(i):
		// "your son's mumps", "your daughter's chemo" (ninth pass, GEN9)
		return "follows '" + s.toks[i-3].low + " " + s.toks[i-2].low + "'s'", true
	case g != " ":
		return "", false
	case ordManage.get(p.h):
		return "follows '" + p.low + "'", true
	}
	// "sobre menopausia", "about the mumps", "programa de asma": the glue
	// word, with an optional article between
	j := i - 1
	if ordArticles.get(s.toks[j].h) && j > 0 && s.gap(j) == " " {
		j--
	}
	q := &s.toks[j]
	switch {
	case q.h == hAbout || q.h == hSobre:
		if j > 0 && ordInfo.get(s.toks[j-1].h) && s.gap(j) == " " {
			return "follows '" + q.low + "'", true
		}
	case ordGlueES.get(q.h) && j > 0 && ordHeadsES.get(s.toks[j-1].h) && s.gap(j) == " ":
		return "follows '" + s.toks[j-1].low + " " + q.low + "'", true
	}
	return "", false
}

// ordinaryCognate: token i, not ordinary English, shares its cognate key
// (cognate.go) with a word of wordnet_ordinary.txt and comes right after a
// Spanish word a frame puts before it (su, sobre, de, la…).
func (s *scanner) ordinaryCognate(i int) (Kind, bool) {
	t := &s.toks[i]
	if i == 0 || s.tp[i-1]&tpOrdBeforeES == 0 || len(t.low) < 6 || len(s.v.ordCognates) == 0 {
		return "", false
	}
	key, ok := cognateKey(s.buf[:0], t.low)
	s.buf = key[:0]
	if !ok {
		return "", false
	}
	k, ok := s.v.ordCognates[hbytes(key)]
	if !ok || s.g.gen.english(t.h) {
		return "", false
	}
	return k, true
}

// kinPossessiveBefore: "your son's" (a possessive, a relative of
// kincare.go's kinCareWords, 's) right before token i, one space apart.
func (s *scanner) kinPossessiveBefore(i int) bool {
	return i >= 3 && s.toks[i-1].low == "s" && strings.TrimSpace(s.gap(i-1)) == "'" && kinCareWords.get(s.toks[i-2].h) &&
		s.gap(i-2) == " " && ordPossessive.get(s.toks[i-3].h)
}
