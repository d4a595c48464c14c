package guard

import "testing"

// TestStaffVisits: the sender's unit a clinician joins and the clinician's
// visits to the sender's site are slots of a staff sentence
// (staffvisit.go); the reader's, a relative's or a named person's care in
// the same frames stays reported.
func TestStaffVisits(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Riverside Orthopedic & Surgery Center welcomes anesthesiologist Dr. Omar Haddad, MD, who will handle your spinal fusion on March 3.", Standard, true},
		{"Villa Aurora welcomes Dr. Tomás Ibarra, geriatrician, who will visit your mother every Monday for her dementia rounds.", Standard, true},
		{"Villa Aurora welcomes Dr. Tomás Ibarra, geriatrician, who will see Mr. Alvarez every Monday for his wound rounds.", Standard, true},
		{"Villa Aurora welcomes Dr. Tomás Ibarra, geriatrician, who will visit the center every Monday for Mr. Alvarez's wound rounds.", Standard, true},
		{"Villa Aurora welcomes Dr. Tomás Ibarra, geriatrician, who will visit room 4 every Monday for wound rounds.", Standard, true},
		{"Lakeview Heart Institute welcomes cardiologist Dr. Priya Nair, DO, to our cardiology team to manage your atrial fibrillation.", Standard, true},
		{"Lakeview Heart Institute welcomes cardiologist Dr. Priya Nair, DO, to our heart failure team for Mrs. Ortiz.", Standard, true},
		{"Keystone Spine & Surgery Center welcomes anesthesiologist Dr. Nadia Farouk, MD, to our surgical team.", Strict, true},
		// clean
		{"Keystone Spine & Surgery Center welcomes anesthesiologist Dr. Nadia Farouk, MD, to our surgical team.", Standard, false},
		{"Lakeview Heart Institute welcomes cardiologist Dr. Priya Nair, DO, to our cardiology team.", Standard, false},
		{"Casa Serena welcomes Dr. Ruth Kessler, geriatrician, who will visit the center every Tuesday for participants' routine rounds.", Standard, false},
	})
}
