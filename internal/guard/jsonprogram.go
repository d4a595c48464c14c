package guard

import "strings"

// jsonprogram.go: a treatment programme's value under a programme key of a
// webhook payload (issue 15, fifteenth pass, helper recall15, dev82:
// {"event":"appointment.reminder","program":"IOP-opioid",…}).
//
// A behavioural-health or chronic-care service names its programmes by
// level of care and what is treated: "IOP-opioid", "PHP-alcohol",
// "opioid-MAT", "IOP-cocaine", "diabetes-prevention". Under a programme key
// (jpKeys: program, programme, programs, track, pathway, cohort, programa,
// alone or before _name, _code, _id, _type, _slug) the value is the reader's enrolment.
// jsonProgram reports the value (rule compose.json_program, kind
// condition) when one of its words (the value's tokens, split at "-", "_",
// "." and spaces) names a substance or a condition treated
// (jpTreated: opioid, alcohol, meth, cocaine, fentanyl, mat, moud, suboxone,
// methadone, detox, bipolar, ptsd, diabetes, dialysis, oncology…).
//
// Red team red15 (dev87x): a value with a word of an event, a cause, a
// course or volunteering (jpEventWords: awareness, walk, gala, fundraiser,
// fund, volunteers, cleanup, cme, prescribing, certification, prom,
// sponsor…) is no one's treatment: "stroke-awareness-walk",
// "opioid-prescribing-cme", "alcohol-free-prom-night",
// "transplant-foundation-gala" pass; "IOP-opioid", "PHP-alcohol" stay
// reported.
//
// Stays clean: a programme of loyalty or events ("rewards-gold",
// "community-events"), a campaign's key ("campaign":"opioid-awareness-week":
// not a programme key), prose without the quoted key.
var (
	jpKeys      = wordSetTab("program programme programs track pathway cohort programa")
	jpKeySecond = wordSetTab("name code id type slug")
	// jpEventWords: an event's, a cause's, a course's or volunteers' word
	// in the value (red15, dev87x); not research, course, educator, employee:
	// "oncology-research-trial", "diabetes-self-management-course",
	// "employee-opioid-assistance" are someone's care
	jpEventWords = wordSetTab("awareness walk 5k gala ball fundraiser fundraising foundation fund volunteer volunteers " +
		"cleanup cme ceu prescribing prescriber prescribers certification sponsor sponsors sponsorship prom festival " +
		"concert auction donor donors")
	jpTreated = wordSetTab("opioid opioids opiate opiates alcohol alcoholism meth methamphetamine cocaine crack heroin " +
		"fentanyl stimulant stimulants cannabis marijuana benzo benzos benzodiazepine benzodiazepines gambling " +
		"sud oud aud mat moud suboxone methadone buprenorphine naltrexone vivitrol detox withdrawal sobriety " +
		"nicotine tobacco smoking vaping " +
		"bipolar ptsd psychosis schizophrenia depression anxiety ocd adhd suicide suicidal self-harm anorexia bulimia " +
		"diabetes diabetic prediabetes dialysis ckd esrd oncology cancer chemo hiv prep hepatitis copd chf " +
		"bariatric obesity dementia alzheimers parkinsons epilepsy stroke cardiac transplant " +
		"opioides alcoholismo adicciones adiccion drogas")
)

// jsonProgram: token i opens a quoted programme key; it returns the span
// of the value's tokens when a word of it names what is treated.
func (s *scanner) jsonProgram(i int) (int, int, bool) {
	n := len(s.toks)
	if !jpKeys.get(s.toks[i].h) {
		return 0, 0, false
	}
	k := i
	if k+1 < n && s.gap(k+1) == "_" && jpKeySecond.get(s.toks[k+1].h) {
		k++
	}
	if k+1 >= n || strings.ReplaceAll(s.gap(k+1), " ", "") != `":"` {
		return 0, 0, false
	}
	a, end, hit := k+1, -1, false
	for q := a; q < n && q <= a+5; q++ {
		if q > a && strings.ContainsAny(s.gap(q), `"{}[]:,`) {
			break
		}
		t := &s.toks[q]
		if jpTreated.get(t.h) || q+1 < n && s.gap(q+1) == "-" && jpTreated.get(hstr(t.low+"-"+s.toks[q+1].low)) {
			hit = true
		}
		if jpEventWords.get(t.h) {
			return 0, 0, false // "stroke-awareness-walk", "opioid-prescribing-cme" (red15)
		}
		if q+1 == n || strings.ContainsRune(s.gap(q+1), '"') {
			end = q
			break
		}
	}
	if end < 0 || !hit {
		return 0, 0, false
	}
	for q := a; q <= end; q++ {
		if s.used[q] {
			return 0, 0, false
		}
	}
	return a, end, true
}
