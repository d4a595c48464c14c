package guard

import "testing"

// TestOwnNumber: the sender's own line named in its sentence (our number,
// a line or desk named by its function, "us" after a verb of contact,
// leave a message at, escríbanos/por WhatsApp al, a footer) passes
// (ownnumber.go); the reader's, a relative's or a person's number in the
// same shapes stays reported.
func TestOwnNumber(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		// red12 (dev73x): a person by role, our member/paciente at, a third
		// person's calling verb, "same phone" beside the reader's form
		"Evergreen Clinic: Our intake team notes the reader at 555-0166 asked for results.",
		"Birchwood Pharmacy: Our pickup desk has the recipient at 555-0181.",
		"Hearthside Clinic: Our member at 555-0142 has a balance due.",
		"Clínica Norte: Nuestro paciente del 809-555-0113 no vino a su cita.",
		"Hearthside Clinic: Our nurse texts 555-0142 daily with glucose reminders.",
		"Farmacia Los Cocos: Nuestra farmacia envió su receta al 809-555-0114.",
		"Hearthside Clinic: Same phone as the one on your intake form, 555-0142?",
		"Maple Grove Pediatrics: We'll call you at 555-0147 to confirm.",
		"Birchwood Pharmacy: Your phone number 555-0181 was added.",
		"Lakeside Dental: Is 555-0119 still your number?",
		"Keystone Home Medical: We tried to reach you at (717) 555-0192.",
		"Farmacia Los Cocos: Le llamaremos al 809-555-0110.",
		"Hearthside: your emergency contact: Ana, 555-0160.",
		"Stride Podiatry: Text from 555-0142: running late.",
		"Cedar Ridge: the number on file, 555-0160, gets reminders.",
		"Cedar Ridge: Our office has your daughter's number as 555-0160.",
		"Cedar Ridge: Our records show 555-0160 for you.",
		"Cedar Ridge: Our driver will call 555-0160 on arrival.",
		"Cedar Ridge: Our billing office left a message at 555-0160.",
		"Cedar Ridge: Billing reminders go to 555-0160.",
		"Cedar Ridge: Your direct line, 555-0160, is on your chart.",
		"Cedar Ridge: Nurse Maria's line: 555-0160.",
		"Summit Eye Center: Profile updated. Same phone: (720) 555-0131.",
		"Farmacia Los Cocos: Su número de WhatsApp 809-555-0110 quedó registrado.",
		"Farmacia Los Cocos: Intentamos comunicarnos con usted al 809-555-0110.",
		"Ana Ruiz · 555-0142",
		"Fax: 254-6123",
		"Call us back at 297-385-8346.",
		"Cedar Ridge: Our nurse spoke with you at 555-0160.",
		"Cedar Ridge: Our team could not reach 555-0160.",
		"Cedar Ridge: We'll confirm by text at 555-0160.",
		"Farmacia Los Cocos: Confirmaremos su pedido por WhatsApp al 809-555-0110.",
		"Farmacia Los Cocos: Le escribimos por WhatsApp al 809-555-0110.",
		"Keystone HME: Our technician is on his way; reach him at 555-0160.",
		"Cedar Ridge: Our patient's phone: 555-0160.",
		"Cedar Ridge: Our front desk has 555-0160 listed for you.",
		"Cedar Ridge: Pharmacy pickup for Maria, phone (717) 555-0160.",
		"Cedar Ridge: Support ticket opened for (717) 555-0160.",
		"Summit Eye Center: Our direct line: (720) 555-0133 ext. 14.",
	)
	checkFlagged(t, g, false,
		"Stride Podiatry: After hours, leave a message at 555-0142 and we'll call back next business day.",
		"Hearthside office hours are Mon–Fri 8:30–5. Our on-call nurse line (555-0160, option 1) is available nights and weekends.",
		"A new Hearthside statement is available. Pay online or call our billing office at 555-0160.",
		"Hearthside intake line: 555-0160 option 3, Mon–Sat 8am–6pm.",
		"Your Cedar Ridge statement is ready. Questions? Our financial counselors are at 555-0133 ext 4.",
		"Hearthside now serves Licking County! Share our number 555-0160 with neighbors who may need help at home.",
		"Keystone HME: Reminder - our office moves on Dec 2. Phone stays (717) 555-0192.",
		"<p>Su pedido fue despachado.</p><p>Farmacia Los Cocos · 809-555-0110</p>",
		"¡Bienvenido a Farmacia Los Cocos! Ya puede hacer sus pedidos por WhatsApp al 809-555-0110.",
		"Delivery Los Cocos: ahora llegamos hasta Pantoja. Pedidos al 809-555-0110.",
		"Farmacia Los Cocos: ¿Dudas con su pedido? Escríbanos al 809-555-0110.",
		"Hearthside: ¡Estamos contratando! Llame al 555-0160.",
		"<p>Hello from Hearthside,</p><p>Your visit calendar was updated.</p><p>Questions? 555-0160</p>",
		"Sage & Sorrel: Your order is ready. Text us when you arrive: (828) 555-0185.",
		"Cedar Ridge: You can reach our billing office at 555-0160.",
		"Cedar Ridge: Our new phone number: 555-0160. Please update your contacts.",
		"Bayview Medical Supply: Deliveries resume Monday. Customer service: 555-0158.",
	)
}
