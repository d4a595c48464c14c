package guard

// Tests of vitals.go: measurements and vaccinations of the recipient, and
// their look-alikes (prices, dates, sizes, scores, shop weights, oven and
// weather temperatures, pets, records).

import (
	"strings"
	"testing"
)

func vitalsRules(t *testing.T, g *Guard, text string) []string {
	t.Helper()
	fs, err := g.CheckText(text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	var rs []string
	for _, f := range fs {
		rs = append(rs, f.Rule)
	}
	return rs
}

func vitalsHasRule(rs []string, r string) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func TestVitalsLeaks(t *testing.T) {
	g := newTestGuard(t)
	for _, tc := range []struct{ text, rule string }{
		{"Blood pressure checks are free at all our stores; your last reading of 150/95 was high.", "clinical.vital"},
		{"Your reading of 150 over 95 was above the target range.", "clinical.vital"},
		{"Your reading was one fifty over ninety-five.", "clinical.vital"},
		{"Your BP was one hundred and forty over ninety.", "clinical.vital"},
		{"At the kiosk today your numbers were 148/92.", "clinical.vital"},
		{"Your kiosk reading: 158/100 mmHg.", "clinical.vital"},
		{"Su lectura de 150/95 en el quiosco fue alta.", "clinical.vital"},
		{"Su tensión de 150 sobre 95 es alta.", "clinical.vital"},
		{"Your glucose was 245 at this morning's check.", "clinical.vital"},
		{"Your fasting sugar was 130 this morning.", "clinical.vital"},
		{"Su azúcar en sangre fue 62 mg/dL esta mañana.", "clinical.vital"},
		{"Your A1c of 8.2% is above goal.", "clinical.vital"},
		{"Su A1c de 8,2 % está alta.", "clinical.vital"},
		{"INR 3.4 today, so hold tonight's dose.", "clinical.vital"},
		{"Your SpO2 was 88% when we checked it.", "clinical.vital"},
		{"Your potassium is 5.9, please call us today.", "clinical.vital"},
		{"Your vitamin D level was 14.", "clinical.vital"},
		{"Your heart rate of 118 bpm was high today.", "clinical.vital"},
		{"HR 120 bpm at rest was noted.", "clinical.vital"},
		{"Su frecuencia cardiaca de 120 lpm fue alta.", "clinical.vital"},
		{"Your BMI 34 was noted at the wellness check.", "clinical.vital"},
		{"Su IMC de 34 fue registrado en la consulta.", "clinical.vital"},
		{"Your weight today: 212 lbs.", "clinical.vital"},
		{"You weighed in at 96 kg this week.", "clinical.vital"},
		{"Weight: 212 lb.", "clinical.vital"},
		{"Su peso de 96 kg fue registrado hoy.", "clinical.vital"},
		{"Your temperature was 101.3°F at check-in.", "clinical.vital"},
		{"Temp 101.3 F at check-in; please rest.", "clinical.vital"},
		{"Fever of 38.6 °C noted at the pharmacy kiosk.", "clinical.vital"},
		{"Su temperatura de 38,6 °C en la visita de hoy.", "clinical.vital"},
		{"Su fiebre de 39 grados.", "clinical.vital"},
		{"Your Tdap is overdue.", "clinical.vaccination"},
		{"Your Shingrix dose 2 is ready to schedule.", "clinical.vaccination"},
		{"Your second dose is due next week.", "clinical.vaccination"},
		{"Your HPV series: dose 3 is due.", "clinical.vaccination"},
		{"Your vaccine appointment is confirmed.", "clinical.vaccination"},
		{"Su Tdap está vencida.", "clinical.vaccination"},
		{"Your weight went from 220 to 205 lbs.", "clinical.vital"},
		{"You've lost 15 lbs since your last visit.", "clinical.vital"},
		{"Your temperature was 99.1 at the visit.", "clinical.vital"},
		{"She had a fever of 103 last night.", "clinical.vital"},
		{"Your iron was 30, which is low.", "clinical.vital"},
		{"Your A1C dropped from 9.1 to 7.4.", "clinical.vital"},
		{"Your LDL-C was 160.", "clinical.vital"},
		{"Your pulse ox was 91%.", "clinical.vital"},
		{"Su azúcar en la sangre fue 300.", "clinical.vital"},
		{"Su peso actual es 96 kg.", "clinical.vital"},
		{"Your 2nd dose is on Friday.", "clinical.vaccination"},
		{"You are due for a flu shot.", "clinical.vaccination"},
		{"You haven't had your Tdap booster since 2015.", "clinical.vaccination"},
		{"Su segunda dosis es el viernes.", "clinical.vaccination"},
		{"Your BP was 150/95mmHg.", "clinical.vital"},
		{"Your weight today: 96kg.", "clinical.vital"},
		{"You weighed in at 212lbs.", "clinical.vital"},
		{"Your temperature was 101.3F at check-in.", "clinical.vital"},
		{"HR 120bpm at rest.", "clinical.vital"},
		{"Su peso de 96kg fue registrado.", "clinical.vital"},
		{"Your weight went from 220 to 205lbs.", "clinical.vital"},
		{"Your result: 132/85.", "clinical.vital"},
		{"Your O2 sat was 89%.", "clinical.vital"},
		{"Su glucosa en ayunas fue de 130.", "clinical.vital"},
		{"Su saturación de oxígeno fue 88%.", "clinical.vital"},
		{"Su temperatura fue de 38,5.", "clinical.vital"},
		{"Su frecuencia cardíaca en reposo es 110.", "clinical.vital"},
		{"Your child is due for the MMR vaccine.", "clinical.vaccination"},
		{"A su hijo le toca la vacuna triple viral.", "clinical.vaccination"},
		{"Your target A1c is below 7.", "clinical.vital"},
		{"Your reading of 150/95 is above the normal range.", "clinical.vital"},
		{"Le toca su segunda dosis de la vacuna contra el herpes zóster.", "clinical.vaccination"},
	} {
		if rs := vitalsRules(t, g, tc.text); !vitalsHasRule(rs, tc.rule) {
			t.Errorf("%q: want %s, got %v", tc.text, tc.rule, rs)
		}
	}
}

func TestVitalsClean(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		"Rental: $150/95 for a full or half day.",
		"Sale ends 10/12.",
		"Game night results: we won 3/1.",
		"32/34 jeans are back in stock.",
		"225/45R17 tyres fitted while you wait.",
		"Aspect ratio 16/9 monitors on sale this week.",
		"Your photo prints (4/6 size) are ready.",
		"Your tire pressure reading was 35/32 psi front and rear.",
		"Your reading goal: 150/95 pages this month.",
		"Su factura 150/95 está disponible.",
		"Your score was 150 over 95 attempts.",
		"Your order of a 5 kg bag of flour has shipped.",
		"Our 2 lb coffee is on sale this week.",
		"Your package weighs 4.5 kg; shipping is included.",
		"Shipping weight: 12 lbs.",
		"Your luggage weighed 30 kg at check-in.",
		"Weight limit: 250 lbs per shelf.",
		"Su pedido pesa 5 kg.",
		"Your sugar order of 2 kg has shipped.",
		"Bake at 350°F for 25 minutes.",
		"Forecast: high of 101°F today; stay cool in our stores.",
		"Your hot tub temperature is set to 102°F.",
		"Set the temperature to 100 F for the sous vide.",
		"Your bath temperature should be 100 °F for the baby.",
		"Su temperatura ideal de horno es 180 grados.",
		"Our workout playlist runs at 120 bpm.",
		"HR 120 is the room for the benefits meeting.",
		"Heart rate monitors, 2 pack, now in stock.",
		"Glucose tablets, 50 count, back in stock.",
		"PSA: our store closes at 6 today.",
		"Prices start from INR 499 per month.",
		"INR 3.4 lakh is the price of the car.",
		"Flu shots are now available at all our locations.",
		"Your booster seat has shipped.",
		"Your booster pack of trading cards is on its way.",
		"Your shot glasses (set of 4) have shipped.",
		"Your series pass for the season is ready.",
		"Your shot at winning ends Friday, so enter today.",
		"Your vaccine records are available in the portal.",
		"Your puppy's second vaccine visit is booked at our grooming salon.",
		"Your TD Bank statement is ready.",
		"Your MMR ranking went up after the tournament.",
		"Su asiento de refuerzo para el auto fue enviado.",
		"Your sugar is 30% off this week.",
		"Golf sale: Iron 7 and driver sets.",
		"Calcium 600 mg tablets, 2 for $10.",
		"Lose 10 lbs with our meal kits!",
		"You lost 2 lbs of packaging waste with our new boxes.",
		"You have a shot at winning a $500 gift card.",
		"Your next shot at the prize is Friday.",
		"The temperature will be 99.5 tomorrow.",
		"Your coffee temperature of 160 F is perfect.",
		"Your dog weighs 60 lbs; order the large harness.",
		"You gained 150 points this month.",
		"Your first dose of our newsletter is here.",
		"Your next booster pack ships Friday.",
		"Our 5kg bag of flour is on sale.",
		"Bake at 350F for 25 minutes.",
		"Our playlist runs at 120bpm.",
		"Your 120/80s vinyl pressure test kit shipped.",
		"Your survey results: 120/80 respondents agreed.",
		"Your child is due for a haircut.",
		"Su hijo tiene pendiente la tarea de matemáticas.",
		"A normal reading is 120/80.",
	} {
		if rs := vitalsRules(t, g, text); len(rs) > 0 {
			t.Errorf("%q: want clean, got %v", text, rs)
		}
	}
}

// A pet's vaccination is not the recipient's: the vaccination rule stays
// silent (a disease word such as rabies is still reported by the
// vocabularies).
func TestVitalsPets(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		"Your dog's rabies booster is due.",
		"Su perro necesita su vacuna antirrábica.",
		"Your kitten's second vaccine is due Friday.",
	} {
		if rs := vitalsRules(t, g, text); vitalsHasRule(rs, "clinical.vaccination") {
			t.Errorf("%q: vaccination of a pet reported: %v", text, rs)
		}
	}
}

// A general announcement stays passed by announce.go; the same wording made
// personal is a reading or a vaccination the announcement rule never drops.
func TestVitalsAnnouncement(t *testing.T) {
	g := newTestGuard(t)
	if rs := vitalsRules(t, g, "Blood pressure checks are free at all our stores."); len(rs) > 0 {
		t.Errorf("announcement flagged: %v", rs)
	}
	if rs := vitalsRules(t, g, "Blood pressure checks are free at all our stores. Your reading was 150/95."); !vitalsHasRule(rs, "clinical.vital") {
		t.Errorf("personal reading in an announcement not reported: %v", rs)
	}
}

func TestSpelledValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		v, n int
	}{
		{"one fifty", 150, 2},
		{"one hundred fifty", 150, 3},
		{"one hundred and forty", 140, 4},
		{"one hundred", 100, 2},
		{"one hundred and", 100, 2},
		{"ninety five", 95, 2},
		{"ninety", 90, 1},
		{"twelve", 12, 1},
		{"two ten", 210, 2},
		{"one twelve", 112, 2},
		{"seven", 7, 1},
		{"oh", 0, 0},
		{"over ninety", 0, 0},
		{"", 0, 0},
	} {
		v, n := spelledValue(strings.Fields(tc.in))
		if v != tc.v || n != tc.n {
			t.Errorf("spelledValue(%q) = %d, %d; want %d, %d", tc.in, v, n, tc.v, tc.n)
		}
	}
}

// FuzzSpelledValue: the spelled-number reader never reads past its input,
// stays below 1000 and reads nothing when it returns no words.
func FuzzSpelledValue(f *testing.F) {
	for _, s := range []string{"one fifty", "one hundred and forty five", "ninety five", "oh", "twelve hundred",
		"nine hundred ninety nine", "one hundred and", "two ten over ninety", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := strings.Fields(s)
		v, n := spelledValue(w)
		if n < 0 || n > len(w) || v < 0 || v >= 1000 || n == 0 && v != 0 {
			t.Fatalf("spelledValue(%q) = %d, %d", s, v, n)
		}
	})
}

// FuzzVitals: any text around a reading never fails the check, and a
// reading with its cue stays reported whatever follows in another
// sentence.
func FuzzVitals(f *testing.F) {
	for _, s := range []string{"Your reading of 150/95 was high.", "INR 3.4", "one fifty over", "Your Tdap",
		"Temp 101.3 F", "Su peso de 96 kg", "150/95/12", "$150/95", "BMI 34.", "over over 95"} {
		f.Add(s)
	}
	g, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := g.CheckText(s+"\nYour glucose was 245.", nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, x := range fs {
			if x.Rule == "clinical.vital" {
				found = true
			}
		}
		if !found {
			t.Fatalf("%q: the glucose reading after it was not reported", s)
		}
	})
}

// FuzzNumUnit: a number with a unit written against it splits into digits
// and letters that make up the token again.
func FuzzNumUnit(f *testing.F) {
	for _, s := range []string{"96kg", "120bpm", "95mmhg", "45r17", "150", "kg", "", "3f", "1e5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, u, ok := numUnit(s)
		if !ok {
			return
		}
		if d+u != s || d == "" {
			t.Fatalf("numUnit(%q) = %q, %q", s, d, u)
		}
		for i := 0; i < len(d); i++ {
			if !isDigitByte(d[i]) {
				t.Fatalf("numUnit(%q): digits %q", s, d)
			}
		}
		for i := 0; i < len(u); i++ {
			if u[i] < 'a' || u[i] > 'z' {
				t.Fatalf("numUnit(%q): unit %q", s, u)
			}
		}
	})
}
