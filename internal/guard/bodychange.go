package guard

// bodychange.go: a change of the recipient's body measure (issue 15,
// night of 2026-12-04, helper MS2: dev27 "We noticed your weight went up 4
// lb since Monday. Please call your nurse").
//
// vitals.go reports a body weight in the range of a person and "You've
// lost 15 lbs"; a change of a few pounds ("went up 4 lb") is in no
// person's range. Rule clinical.vital_change (kind lab_test): "your" right
// before a body measure (weight, waist, hips, body weight, waist
// measurement), then within six words a change word (up, down, dropped,
// increased, gained, lost, rose, fell, jumped…), then within four words a
// number with a weight or length unit (lb, pounds, kg, inches, cm). Never
// after "weight class/division/limit", and never
// in a sentence with a thing that is weighed or a pet (vitalThing,
// vitalPets: "Your package weight went up 4 lb", "Your dog's weight went up
// 2 lb").

var (
	bodyMeasures = wordSetTab("weight waist hips hip")
	bodyLinks    = wordSetTab("body measurement measurements circumference size")
	bodyChanges  = wordSetTab("up down dropped drop increased increase increases decreased decrease decreases rose fell " +
		"jumped climbed gained lost went")
	// "your weight class", "your weight division": a sport's category
	// bodyChangeBits filters bodyChanges (scanBodyChangeCue: the word
	// before every number)
	bodyChangeBits = tabsFilter(bodyChanges)
	bodyNotAfter   = wordSetTab("class classes division category bracket limit allowance")
	bodyLenUnits   = wordSetTab("in inch inches cm centimeters centimetres")
)

var (
	hBodyWord         = hstr("body")
	bodyMeasureFilter = tabsFilter(bodyMeasures) // scanBodyChange's first test
)

// scanBodyChange reports clinical.vital_change.
func (s *scanner) scanBodyChange() {
	if s.fbAll&fbBodyMeasure == 0 { // no token passes bodyMeasureFilter (tokfilter.go)
		return
	}
	s.scanBodyChangeOn()
}

// scanBodyChangeOn is scanBodyChange past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanBodyChangeOn() {
	n := len(s.toks)
	for i := 1; i < n; i++ {
		m := i
		if s.toks[m].h == hBodyWord && m+1 < n {
			m++
		}
		if s.toks[m].fb&fbBodyMeasure == 0 || !bodyMeasures.get(s.toks[m].h) || s.used[m] || !recipientWords.get(s.toks[i-1].h) || s.toks[m].sent {
			continue
		}
		k := m + 1
		if k < n && bodyNotAfter.get(s.toks[k].h) {
			continue
		}
		if k < n && bodyLinks.get(s.toks[k].h) && !s.toks[k].sent {
			k++
		}
		change := -1
		for ; k < n && k <= m+6 && !s.toks[k].sent; k++ {
			if bodyChanges.get(s.toks[k].h) {
				change = k
				break
			}
		}
		if change < 0 {
			continue
		}
		end := -1
		for k = change + 1; k+1 < n && k <= change+4 && !s.toks[k].sent; k++ {
			if s.toks[k].cls&tDigit == 0 || s.toks[k+1].sent {
				continue
			}
			u := s.toks[k+1].h
			if vitalWeightUnit.get(u) || bodyLenUnits.get(u) {
				end = k + 1
				break
			}
		}
		if end < 0 || s.sentenceHas(m, &vitalThing) || s.sentenceHas(m, &vitalPets) {
			continue
		}
		s.addTok(m, end, KindLabTest, "clinical.vital_change", 0.75, "is a change of the recipient's body measure with a unit")
		i = end
	}
}

// bodyChangeClinicians: a clinician to call about a weight change.
var bodyChangeClinicians = wordSetTab("nurse nurses doctor doctors provider physician cardiologist dietitian dietician " +
	"clinic enfermera enfermero medico")

// bodyChangeLead: the words a change of the recipient's weight follows
// without "your weight": "You are up 4 lb", "Weight check: up 5 pounds".
var bodyChangeLead = wordSetTab("you youre are weight weigh")

// scanBodyChangeCue reports clinical.vital_change for a weight change said
// of the recipient without "your weight" (red team round 4, dev28s: "You
// are up 4 lb since Monday; please call your nurse", "Weight check: up 5
// pounds in three days"): a change word right before a number and a weight
// unit, "you", "are" or "weight" at most three words before it, and a
// clinician to call in the notice; never beside a thing that is weighed
// or a pet.
func (s *scanner) scanBodyChangeCue() {
	if s.fbAll2&fb2BodyChange == 0 { // no token passes bodyChangeBits (tokfilter.go)
		return
	}
	s.scanBodyChangeCueOn()
}

// scanBodyChangeCueOn is scanBodyChangeCue past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanBodyChangeCueOn() {
	n := len(s.toks)
	for i := 1; i+2 < n; i++ {
		if s.toks[i+1].cls&tDigit == 0 || s.toks[i+1].cls&tAlpha != 0 || s.toks[i].fb2&fb2BodyChange == 0 || !bodyChanges.get(s.toks[i].h) || s.used[i] || // the number first
			s.toks[i+1].sent || s.toks[i+2].sent || !vitalWeightUnit.get(s.toks[i+2].h) || s.used[i+1] {
			continue
		}
		lead := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if bodyChangeLead.get(s.toks[k].h) {
				lead = true
				break
			}
			if s.toks[k+1].sent {
				break
			}
		}
		if !lead || !s.noticeHasAny(&bodyChangeClinicians) || s.sentenceHas(i, &vitalThing) || s.sentenceHas(i, &vitalPets) {
			continue
		}
		s.addTok(i, i+2, KindLabTest, "clinical.vital_change", 0.7, "is a change of the recipient's weight with a unit, with a clinician to call")
		i += 2
	}
}
