package guard

import "strings"

// A slot governed by a clinical governor (issue 15, ninth pass, helper
// GEN9): frame.clinical_slot. A test, procedure or supply the guard has
// never seen ("troponin", "ca-125", "type and screen", "genetic testing")
// is told by what the sentence does with it, whatever the word: the
// reader's thing in a clause only care gives —
//
//   - "results of your X … (by|to|with) your doctor / provider /
//     physician / clinician / nurse / care team": a result a clinician
//     reads ("Results of your ca-125 were reviewed by your doctor");
//   - "your X report / results … (sent to|reviewed by|shared with) your
//     doctor …" ("Your type and screen report has been sent to your
//     doctor");
//   - "your X sample / specimen (was|were|has been|have been) collected /
//     drawn / received / processed" ("Your blood pressure reading sample
//     was collected");
//   - "fast before your X", "fast" an imperative (opening the sentence or
//     after a colon, please, to, must, should, remember to): fasting
//     before a test or procedure ("Reminder: fast before your genetic
//     testing");
//   - "your X dose / doses / dosage" where X is a three-letter word in no
//     vocabulary (frame.clinical reads four letters and more there: "your
//     yaz dose").
//
// X is the words right after "your" (up to four, one sentence, joined by
// spaces, hyphens or slashes) and needs one word that is not a stop word,
// a generic modifier (genericModifiers: "annual", "recent", "home") or a
// word of the closed everyday vocabulary such clauses also take
// (govEveryday: survey, questionnaire, form, request, payment, visit,
// appointment, application…): "Results of your survey were shared with
// your doctor" passes. Fail closed: the reader's words are what is
// reported, not the clinician's.
//
// The rule runs at "your" only (one hash comparison per token, already
// made by scanCompose), and reads the governor's few tokens first.
//
// Accepted risks: a clinician who is not one ("your doctor" of a computer
// repair shop: "Results of your disk scan were sent to your PC doctor")
// and samples of non-clinical things "collected" ("Your paint sample was
// collected" passes only by govEveryday) are flagged.

var (
	govClinician = wordSetTab("doctor doctors provider providers physician physicians clinician clinicians nurse nurses " +
		"dermatologist cardiologist oncologist surgeon specialist gp pcp")
	govEveryday = wordSetTab("survey surveys questionnaire questionnaires feedback form forms request requests application " +
		"applications poll quiz order orders payment payments claim claims appeal appeals review reviews visit visits " +
		"appointment appointments call calls message messages credit background inspection entry contest paperwork " +
		"account records record bill bills statement statements invoice insurance coverage benefits plan referral " +
		"test tests exam exams procedure procedures lab labs session sessions checkup check " +
		"free product paint fabric tile color colour swatch perfume fragrance voice writing work code soil air radon dust " +
		"asbestos carpet stone flooring wallpaper")
	govSampleHeads  = wordSetTab("sample samples specimen specimens")
	govSampleVerbs  = wordSetTab("collected drawn received processed taken")
	govReportHeads  = wordSetTab("report reports results result")
	govSentVerbs    = wordSetTab("sent reviewed shared forwarded")
	govAux          = wordSetTab("was were has have been is are had")
	govImperativeIn = wordSetTab("please to must should")
	govDoseHeads    = wordSetTab("dose doses dosage")
	hResultsGov     = hstr("results")
	hResultGov      = hstr("result")
	hOfGov          = hstr("of")
	hBeforeGov      = hstr("before")
	hFastGov        = hstr("fast")
	hCareGov        = hstr("care")
	hTeamGov        = hstr("team")
	// govHeadBits: the sample and report heads, clinicalSlot's first test
	govHeadBits = func() (f hashFilter) {
		govSampleHeads.each(f.add)
		govReportHeads.each(f.add)
		return
	}()
)

// clinicalSlot: token i is "your"; the governed slot's first and last
// tokens and the reason, or false.
func (s *scanner) clinicalSlot(i int) (int, int, string, bool) {
	n := len(s.toks)
	if i+1 >= n || s.gap(i+1) != " " {
		return 0, 0, "", false
	}
	// "results of your X", "fast before your X": the governor before
	if i >= 2 && s.gap(i) == " " && s.gap(i-1) == " " {
		g1, g2 := s.toks[i-1].h, s.toks[i-2].h
		if g1 == hOfGov && (g2 == hResultsGov || g2 == hResultGov) {
			a, b, ok := s.govSlot(i+1, nil)
			if ok && s.clinicianAfter(b+1) {
				return a, b, "is the reader's and follows 'results of your' with a clinician in the same sentence", true
			}
			return 0, 0, "", false
		}
		if g1 == hBeforeGov && g2 == hFastGov && s.imperativeAt(i-2) {
			if a, b, ok := s.govSlot(i+1, nil); ok {
				return a, b, "is the reader's and follows 'fast before your', as a test or procedure is prepared for", true
			}
			return 0, 0, "", false
		}
	}
	// "your X sample was collected", "your X report has been sent to your
	// doctor": a head within five words first (a bit filter), so a "your"
	// without one pays no slot
	head := false
	for k := i + 2; k < n && k <= i+5; k++ {
		if govHeadBits.may(s.toks[k].h) {
			head = true
			break
		}
	}
	if !head {
		return s.govDose(i)
	}
	a, b, ok := s.govSlot(i+1, &govSampleHeads)
	if ok && b+1 < n && s.gap(b+1) == " " {
		if govSampleHeads.get(s.toks[b+1].h) && s.auxThen(b+2, &govSampleVerbs) {
			return a, b, "is the reader's and comes before '" + s.toks[b+1].low + "', collected as a clinical sample is", true
		}
	}
	if a, b, ok := s.govSlot(i+1, &govReportHeads); ok && b+1 < n && s.gap(b+1) == " " && govReportHeads.get(s.toks[b+1].h) {
		if s.auxThen(b+2, &govSentVerbs) && s.clinicianAfter(b+2) {
			return a, b, "is the reader's and comes before '" + s.toks[b+1].low + "', sent to or reviewed by a clinician", true
		}
	}
	return s.govDose(i)
}

// govDose: "your yaz dose": a three-letter word in no vocabulary before a
// dose, after "your" (token i).
func (s *scanner) govDose(i int) (int, int, string, bool) {
	if i+2 < len(s.toks) && len(s.toks[i+1].low) == 3 && govDoseHeads.get(s.toks[i+2].h) && s.gap(i+2) == " " && s.suspicious(i+1) {
		return i + 1, i + 1, "is not ordinary vocabulary and comes before '" + s.toks[i+2].low + "' after 'your'", true
	}
	return 0, 0, "", false
}

// govSlot: the slot's tokens from j: up to four words in one sentence,
// joined by a space, hyphen or slash, stopping before an auxiliary, a
// preposition of the clause or a head of stop (the head itself is not in
// the slot); ok when one word is content (not stop, generic or everyday).
func (s *scanner) govSlot(j int, stop *setTab) (int, int, bool) {
	n := len(s.toks)
	b := -1
	content := false
	for k := j; k < n && k < j+4; k++ {
		if k > j {
			g := s.gap(k)
			if g != " " && g != "-" && g != "/" || s.toks[k].sent {
				break
			}
		}
		t := &s.toks[k]
		if govAux.get(t.h) || stop != nil && stop.get(t.h) || t.h == hOfGov || s.used[k] {
			break
		}
		if t.cls&(tAlpha|tDigit|tMixed) == 0 {
			break
		}
		b = k
		if t.cls&tMixed != 0 || t.cls&tAlpha != 0 && s.fl(k)&wStop == 0 && !genericModifiers.get(t.h) && !govEveryday.get(t.h) && !govClinician.get(t.h) {
			content = true
		}
	}
	if b < j || !content {
		return 0, 0, false
	}
	return j, b, true
}

// auxThen: token k is an auxiliary (one or two: "has been") and a verb of
// vs follows.
func (s *scanner) auxThen(k int, vs *setTab) bool {
	n := len(s.toks)
	m := 0
	for ; m < 2 && k < n && govAux.get(s.toks[k].h) && s.gap(k) == " "; m++ {
		k++
	}
	return m > 0 && k < n && s.gap(k) == " " && vs.get(s.toks[k].h)
}

// clinicianAfter: a clinician word ("doctor", "care team") after "your" or
// "the" within eight tokens from k, in the same sentence.
func (s *scanner) clinicianAfter(k int) bool {
	n := len(s.toks)
	for m := k; m < n && m < k+8; m++ {
		if m > k && (s.toks[m].sent || strings.ContainsAny(s.gap(m), ".;!?\n")) {
			return false
		}
		h := s.toks[m].h
		if h != hYour || m+1 >= n || s.gap(m+1) != " " {
			continue
		}
		if govClinician.get(s.toks[m+1].h) {
			return true
		}
		if s.toks[m+1].h == hCareGov && m+2 < n && s.toks[m+2].h == hTeamGov && s.gap(m+2) == " " {
			return true
		}
	}
	return false
}

// imperativeAt: token k opens its sentence, follows a colon or one of
// govImperativeIn ("please fast", "remember to fast").
func (s *scanner) imperativeAt(k int) bool {
	if k == 0 || s.toks[k].sent {
		return true
	}
	if strings.Contains(s.gap(k), ":") {
		return true
	}
	return s.gap(k) == " " && govImperativeIn.get(s.toks[k-1].h)
}
