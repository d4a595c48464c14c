package guard

import "testing"

func TestMmHgReading(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		{"Your eye-pressure reading from your last exam was 24 mmHg, a bit above normal.", Standard, "clinical.vital", true},
		{"Your intraocular pressure was 23mmHg in the right eye.", Standard, "clinical.vital", true},
		{"Su presión ocular en el último examen fue de 25 mmHg.", Standard, "clinical.vital", true},
		{"Your eye pressure measured 26 mmHg, above the normal range.", Standard, "clinical.vital", true},
		{"Our new digital gauge reads from 0 to 300 mmHg and ships free.", Standard, "clinical.vital", false},
		{"Learn why 10 to 21 mmHg is considered normal eye pressure.", Standard, "clinical.vital", false},
		{"Your new cuff is accurate to 3 mmHg.", Standard, "clinical.vital", false},
	})
}
