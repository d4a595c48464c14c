package guard

import (
	"strings"
	"testing"
)

// TestDeviceBrand: devices by brand, model and part (devicebrand.go,
// vocab/devices.txt, vocab/device_parts.txt) and their look-alikes.
func TestDeviceBrand(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		// brand words that are ordinary words, names or other brands,
		// beside a part word of their family
		{"Guardian 4 sensors are back in stock and your order is processing.", "clinical.supply"},
		{"Guardian transmitter charger: the replacement has shipped.", "device.brand"},
		{"Your Guardian 3 transmitter warranty ends next month.", "device.brand"},
		{"Hollister New Image flanges and paste are ready for pickup.", "device.brand"},
		{"Your Inspire remote needs new batteries; bring it to your next check.", "device.brand"},
		{"Your Tandem cartridges ship Monday.", "device.brand"},
		{"Your Omnipad 5 pods have shipped.", "device.brand_typo"},
		{"Dexcomm G7 sensors are back in stock.", "device.brand_typo"},
		// brand and model names of the list
		{"Your Zio patch is ready for pickup.", "clinical.supply"},
		{"Cochlear Nucleus 8 sound processor repair is complete and will be shipped back to you.", "clinical.supply"},
		{"LifeVest wearable defibrillator: please replace the garment battery tonight.", "clinical.supply"},
		{"Your Humalog KwikPen 5-pack is ready for pickup.", "clinical.supply"},
		// a colon after one letter inside a listed name (words.go)
		{"Please return your old Tandem t:slim X2 in the prepaid box.", "clinical.supply"},
		{"Your CardioMEMS readings are due today.", "clinical.supply"},
		{"Your Jazzy power chair battery has been replaced.", "clinical.supply"},
		{"Your Lotus Evora service is booked.", ""},
		// two parts of one family, one of them no household product's
		{"Your sound processor magnet and coil cable have shipped.", "device.parts"},
		{"Your flanges and barrier rings are ready for pickup.", "device.parts"},
		{"Your transmitter and sensors have shipped.", "device.parts"},
		// Spanish part words, before the brand
		{"Sus sensores Guardian 4 fueron enviados.", "device.brand"},
		{"Su procesador de sonido Nucleus fue reparado.", "device.brand"},
		{"Sus sensores de puerta Guardian están en línea.", ""},
		{"Su pedido de pasta y salsa fue enviado.", ""},
		// a stop word between: another phrase
		{"The Guardian reports on sensors in new cars.", ""},
		// a misspelled drug before "pen"
		{"Humera pen delivery scheduled for Wednesday.", "device.drug_pen"},
		{"Humera injection scheduled for Wednesday.", "device.drug_pen"},
		// look-alikes
		{"Guardian Alarm: your door and window sensors are back online.", ""},
		{"Your Guardian water filter cartridges are due for replacement.", ""},
		{"Inspire your holiday table with our new linen collection.", ""},
		{"Inspire your team with our new device lineup.", ""},
		{"Your Inspire Fitness treadmill delivery is scheduled for Tuesday.", ""},
		{"Your Hollister hoodie (size M) has shipped.", ""},
		{"Your Hollister jeans and belt have shipped.", ""},
		{"Your toilet flange and pipe thread paste are ready at the plumbing counter.", ""},
		{"Your Nucleus smart intercom battery pack has shipped.", ""},
		{"Your Nissan Micra remote key replacement is ready.", ""},
		{"Your copy of 'Go Set a Watchman' has shipped.", ""},
		{"Your Tandem coffee pods have shipped.", ""},
		{"Your Tandem bicycle delivery is scheduled for Saturday.", ""},
		{"Your weather station sensors and transmitter have shipped.", ""},
		{"Your Bose headphone ear cushions replacement has shipped.", ""},
		{"Football headgear and face masks for the team are in.", ""},
		{"Your heated vest and garment battery have shipped.", ""},
		{"Your Behringer sound processor repair is complete.", ""},
		{"Your Powerbeats earhooks and charger shipped.", ""},
		{"Your Contour LED light strips have shipped.", ""},
		// a general announcement of stock passes in standard mode
		// (announce.go); the misspelled brand above does not
		{"Dexcom G7 sensors are back in stock.", ""},
	})
}

// TestDeviceReasons: device findings name the cue, never the brand or part
// as written.
func TestDeviceReasons(t *testing.T) {
	g := newTestGuard(t)
	for _, s := range []string{
		"Guardian transmitter charger: the replacement has shipped.",
		"Your Omnipad 5 pods have shipped.",
		"Your flanges and barrier rings are ready for pickup.",
		"Humera pen delivery scheduled for Wednesday.",
	} {
		fs, err := g.CheckText(s, nil, Standard)
		if err != nil || len(fs) == 0 {
			t.Fatalf("%q: %v %v", s, fs, err)
		}
		for _, f := range fs {
			if !strings.HasPrefix(f.Rule, "device.") {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(s[f.Start:f.End])) {
				if len(w) >= 4 && strings.Contains(strings.ToLower(f.Reason), w) {
					t.Errorf("%q: reason %q quotes %q", s, f.Reason, w)
				}
			}
		}
	}
}

// TestDeviceLists: the part lists parse, every brand has a family, and
// devices.txt repeats no term of the other clinical lists (each term is
// split once for the split corpora).
func TestDeviceLists(t *testing.T) {
	d := deviceParts()
	if len(d.brands) < 20 || len(d.parts) < 30 || len(d.not) < 30 {
		t.Fatalf("device_parts.txt: %d brands, %d parts, %d look-alike words", len(d.brands), len(d.parts), len(d.not))
	}
	for h, f := range d.brands {
		if f == 0 {
			t.Errorf("brand %x without a family", h)
		}
	}
	seen := map[string]string{}
	for _, name := range []string{"supplies.txt", "medications.txt", "conditions.txt", "labs_procedures.txt"} {
		data, err := vocabFS.ReadFile("vocab/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			term, _, _ := strings.Cut(l, "|")
			seen[strings.ToLower(strings.TrimSpace(term))] = name
		}
	}
	data, err := vocabFS.ReadFile("vocab/devices.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' || l[0] == '[' {
			continue
		}
		n++
		term, _, _ := strings.Cut(l, "|")
		if f, ok := seen[strings.ToLower(strings.TrimSpace(term))]; ok {
			t.Errorf("devices.txt: %q is already in %s", term, f)
		}
	}
	if n < 80 {
		t.Errorf("devices.txt: %d terms", n)
	}
}
