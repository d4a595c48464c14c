package guard

import "testing"

// TestRecallFam18b: the reader's lab analyte that came back low or high,
// a person's spinal curve in degrees, the reader's feeding tube or button
// with its French size and a relative named in lower case
// (recallfam18b.go); the enteral products of vocab/devices.txt and the
// Spanish hearing words of vocab/clinical_es.txt; their clean look-alikes
// pass.
func TestRecallFam18b(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// compose.lab_level
		{"Harbor Enteral: your iron and zinc came back low, so we're changing your formula.", "compose.lab_level"},
		{"Your son's sodium was slightly high on Monday's draw.", "compose.lab_level"},
		{"Nutrivía: su fósforo salió muy bajo esta semana.", "compose.lab_level"},
		{"Crestview: your magnesium is still low.", "compose.lab_level"},
		{"Greenleaf Garden: your soil test came back low in potassium.", ""},
		{"Clearwater Pools: your water sample's calcium came back high.", ""},
		{"Corner Market: your calcium supplements are low in stock this week.", ""},
		{"Nutrivía: charla gratuita sobre el potasio y el sodio, el jueves.", ""},
		// compose.curve_degrees
		{"Tallpine: your son's curve measured 27 degrees today.", "compose.curve_degrees"},
		{"Alder Orthotics: your curve held at 24° in the new brace.", "compose.curve_degrees"},
		{"Columna Recta: la curva de su hija midió 35 grados.", "compose.curve_degrees"},
		{"Columna Recta: su hijo tiene una curva de 30 grados.", "compose.curve_degrees"},
		{"Ridgeline Skate Park: the new bowl's curve is 40 degrees.", ""},
		{"Ruta Segura: la curva de la carretera tiene 35 grados.", ""},
		{"Hillside Paving: your driveway curve is 15 degrees.", ""},
		// compose.tube_size
		{"FeedRight: your 16Fr balloon button kit ships today.", "compose.tube_size"},
		{"Nutrivía: su sonda de 12 Fr ya fue enviada.", "compose.tube_size"},
		{"Harbor: your replacement 18 French low-profile button is ready.", "compose.tube_size"},
		{"TubeWell now stocks 12 Fr to 24 Fr low-profile buttons for every patient.", ""},
		{"Bistro Lumière: your French cooking kit has shipped, 14 recipes inside.", ""},
		{"Stitch & Thread: your 14 French buttons for the coat have shipped.", ""},
		{"Tallpine: her spine curve measured 32 degrees at the brace check.", "compose.curve_degrees"},
		// compose.lab_level: level before the analyte, a value after "came back at"
		{"NouriLine: your labs show low potassium, so we'll call.", "compose.lab_level"},
		{"NouriLine: your prealbumin came back at 12, below goal.", "compose.lab_level"},
		{"Greenleaf: your soil results show low potassium; try our blend.", ""},
		// compose.feed_rate
		{"NouriLine: your feed rate is changing to 60 mL/hr tonight.", "compose.feed_rate"},
		{"Harbor: your overnight tube feeding schedule changes Monday.", "compose.feed_rate"},
		{"MillWorks CNC: we're adjusting the feed rate on your aluminum order.", ""},
		{"Lathe Pro: your feed rate is set to 0.2 mm per turn.", ""},
		{"Newsly: your feed is ready. Tap to read.", ""},
		// name.kin_lower
		{"Riverbend: you can now view the record for your mother, rose alvarez.", "name.kin_lower"},
		{"Portal San Rafael: ya puede ver el expediente de su madre, carmen.", "name.kin_lower"},
		{"Petalworks: spoil your mother, rose bouquets are 20% off.", ""},
		{"Kestrel: proxy access is available for your mother, father or child. Ask at the desk.", ""},
		// vocabulary
		{"TubeWell: you have 6 Kangaroo ePump sets left. Reorder now.", "clinical.supply"},
		{"Little Sprouts: su bebé tiene pérdida de audición leve.", "clinical.condition"},
	})
}
