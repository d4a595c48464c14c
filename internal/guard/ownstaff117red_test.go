package guard

import "testing"

// TestOwnStaff117Red: the red team's leaks of dropOwnStaff117 and of the
// roles it joined to srRoles (ownstaff117red.go, red24a, dev117n) stay
// reported beside dev117's clean staff rows and dev117n's look-alikes.
func TestOwnStaff117Red(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		// clean look-alikes (dev117, dev117n)
		{"Your advocate, Jenna, will be out Jan 2-5. Her teammate Omar is covering your case in the meantime.", Standard, false},
		{"Live Q&A on Thursday: 'How to read a hospital bill', with advocate Omar Haddad. Everyone's welcome.", Standard, false},
		{"Te presentamos a Tomás Herrera, tu nuevo ejecutivo de cuenta. Puedes escribirle desde el portal.", Standard, false},
		{"Le damos la bienvenida a Paula Ríos, concierge bilingüe que se une a nuestro equipo de Dallas.", Standard, false},
		{"Tu ejecutiva, Laura Díaz, ya envió la factura corregida a tu correo.", Standard, false},
		{"BillWise advocate Omar Haddad was named to a list of patient advocates to watch. We're proud of you, Omar!", Standard, false},
		// care, a stay, a birth, a leave in the next sentence or in words no care list holds
		{"Your advocate, Maria Lopez, will be out this week. She is in the hospital after a fall.", Standard, true},
		{"Tu asesora, Marta Gil, está de baja. Se recupera de una operación.", Standard, true},
		{"Tu asesora, Marta Gil, estará fuera esta semana. Está ingresada en el Hospital Clínico.", Standard, true},
		{"Nuestro ejecutivo Pablo Soto está de baja médica.", Standard, true},
		{"Marta Gil, tu asesora, falleció ayer.", Standard, true},
		{"¡Bienvenida, Renata Ibarra! Se une como asesora. Vuelve tras su licencia médica.", Standard, true},
		{"Ana Ruiz becomes CEO. She was in the hospital for most of last year.", Standard, true},
		{"Your advocate, Dana Kim, is out. She fell and broke her hip.", Standard, true},
		{"BillWise advocate Maria Lopez won her appeal against her insurer this year. We're proud of you, Maria!", Standard, true},
		// the reader's care after the staff's sentence
		{"Your advocate, Dana Kim, will call. You were admitted on Monday.", Standard, true},
		{"Tu ejecutiva, Laura Díaz, te llamará. Tu hijo ya fue dado de alta.", Standard, true},
		{"Our concierge Ana Ruiz arranged a ride home. You were discharged today.", Standard, true},
		// a case's name before ", your advocate"
		{"Re: Maria Lopez, your advocate, Dana Kim, will call tomorrow.", Standard, true},
		{"Maria Lopez, your advocate will call you about her stay at Mercy.", Standard, true},
		// the roles joined to srRoles (concierge, teammate, ejecutivo)
		{"Teammate Ravi Patel is now a member of our plan.", Standard, true},
		{"Teammate Ravi Patel is on medical leave until March.", Standard, true},
		{"Our concierge, Ana Ruiz, is expecting twins in May.", Standard, true},
		{"Nuestra concierge Laura Díaz dio a luz el martes.", Standard, true},
		{"Nuestra concierge Laura Díaz está de reposo.", Standard, true},
		{"Our concierge, Ana Ruiz, is away. She gave birth on Tuesday.", Standard, true},
		// webhook bodies
		{`{"event":"out_of_office","body":"Your advocate, Dana Kim, is out. She fell and broke her hip."}`, Standard, true},
		{`{"event":"out_of_office","body":"Tu asesora, Marta Gil, está de baja. Se recupera de una operación."}`, Standard, true},
	})
}
