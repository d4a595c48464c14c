package category

import "github.com/sealpost/sealpost/internal/notice"

// Built-in notice templates, English and Spanish. They say that something
// happened and where to read it — never what. {{urgency_prefix}} renders
// "Urgent: " or "Time-sensitive: " (may be said; never reveals content).

type tpl struct{ subject, lead, action, sms, title, body string }

// build turns short phrases into the full set of templates for a locale.
func build(t tpl, locale string) notice.Templates {
	privacy, signin := "For your privacy, this email does not include any details. Sign in to see them:", "Sign in"
	if locale == "es" {
		privacy, signin = "Por su privacidad, este correo no incluye detalles. Inicie sesión para verlos:", "Iniciar sesión"
	}
	return notice.Templates{
		EmailSubject: "{{urgency_prefix}}" + t.subject,
		EmailText:    t.lead + "\n\n" + privacy + "\n{{link}}\n\n— {{tenant}}",
		EmailHTML: `<p>` + t.lead + `</p><p>` + privacy + `</p>` +
			`<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">` + t.action + `</a></p>` +
			`<p style="color:#555555">— {{tenant}}</p><p style="color:#777777;font-size:12px">` + signin + `: {{link}}</p>`,
		SMS:       "{{tenant}}: " + t.sms + " {{link}}",
		PushTitle: "{{urgency_prefix}}" + t.title,
		PushBody:  t.body,
	}
}

func init() {
	type both struct{ en, es tpl }
	defs := map[string]struct {
		vars []notice.Var
		t    both
	}{
		"account_registration": {nil, both{
			tpl{"Complete your registration", "Your account with {{tenant}} is ready to set up.", "Set up your account", "finish setting up your account:", "Complete your registration", "Finish setting up your account."},
			tpl{"Complete su registro", "Su cuenta con {{tenant}} está lista para configurarse.", "Configurar mi cuenta", "termine de configurar su cuenta:", "Complete su registro", "Termine de configurar su cuenta."}}},
		"password_reset": {nil, both{
			tpl{"Reset your password", "Someone asked to reset the password of your {{tenant}} account. If it was you, follow the link within 30 minutes; it works once. If it was not you, ignore this email: your password stays the same.", "Choose a new password", "reset your password (link works once, for 30 minutes):", "Reset your password", "Follow the link to choose a new password."},
			tpl{"Restablezca su contraseña", "Alguien pidió restablecer la contraseña de su cuenta de {{tenant}}. Si fue usted, siga el enlace antes de 30 minutos; sirve una sola vez. Si no fue usted, ignore este correo: su contraseña no cambia.", "Elegir una contraseña nueva", "restablezca su contraseña (enlace de un solo uso, 30 minutos):", "Restablezca su contraseña", "Siga el enlace para elegir una contraseña nueva."}}},
		"email_confirmation": {nil, both{
			tpl{"Confirm your email address", "Please confirm the email address for your {{tenant}} account.", "Confirm my email", "confirm your email address:", "Confirm your email", "Please confirm your email address."},
			tpl{"Confirme su correo electrónico", "Confirme el correo electrónico de su cuenta de {{tenant}}.", "Confirmar mi correo", "confirme su correo electrónico:", "Confirme su correo", "Confirme su correo electrónico."}}},
		"account_message": {nil, both{
			tpl{"You have a new message", "You have a new secure message from {{tenant}}.", "Read the message", "you have a new secure message. Sign in to read it:", "New message", "You have a new secure message."},
			tpl{"Tiene un mensaje nuevo", "Tiene un mensaje seguro nuevo de {{tenant}}.", "Leer el mensaje", "tiene un mensaje seguro nuevo. Inicie sesión para leerlo:", "Mensaje nuevo", "Tiene un mensaje seguro nuevo."}}},
		"test_result": {nil, both{
			tpl{"Important information about your recent test", "There is important information about your recent test.", "Sign in to view", "important information about your recent test. Sign in to view:", "Important information", "Sign in to view important information."},
			tpl{"Información importante sobre su prueba reciente", "Hay información importante sobre su prueba reciente.", "Iniciar sesión para ver", "información importante sobre su prueba reciente. Inicie sesión:", "Información importante", "Inicie sesión para ver información importante."}}},
		"billing_reminder": {[]notice.Var{{Name: "due_date", Type: notice.TypeDate}, {Name: "amount_due", Type: notice.TypeMoney}}, both{
			tpl{"Reminder of an upcoming billing", "This is a reminder of an upcoming billing.", "View billing", "reminder of an upcoming billing. Details:", "Billing reminder", "You have an upcoming billing."},
			tpl{"Recordatorio de un cobro próximo", "Le recordamos que tiene un cobro próximo.", "Ver facturación", "recordatorio de un cobro próximo. Detalles:", "Recordatorio de cobro", "Tiene un cobro próximo."}}},
		"payment_processed": {[]notice.Var{{Name: "amount", Type: notice.TypeMoney}}, both{
			tpl{"Payment processed successfully", "Your payment was processed successfully.", "View receipt", "payment processed successfully. Receipt:", "Payment processed", "Your payment was processed successfully."},
			tpl{"Pago procesado correctamente", "Su pago se procesó correctamente.", "Ver recibo", "pago procesado correctamente. Recibo:", "Pago procesado", "Su pago se procesó correctamente."}}},
		"balance_zero": {nil, both{
			tpl{"Your account balance is zero", "Your account balance is zero. Thank you.", "View account", "your account balance is zero.", "Balance zero", "Your account balance is zero."},
			tpl{"El saldo de su cuenta es cero", "El saldo de su cuenta es cero. Gracias.", "Ver cuenta", "el saldo de su cuenta es cero.", "Saldo cero", "El saldo de su cuenta es cero."}}},
		"order_confirmation": {[]notice.Var{{Name: "order_total", Type: notice.TypeMoney}, {Name: "ship_date", Type: notice.TypeDate}}, both{
			tpl{"Your order is confirmed", "Thank you. Your order is confirmed.", "View order", "your order is confirmed. Details:", "Order confirmed", "Your order is confirmed."},
			tpl{"Su pedido está confirmado", "Gracias. Su pedido está confirmado.", "Ver pedido", "su pedido está confirmado. Detalles:", "Pedido confirmado", "Su pedido está confirmado."}}},
		"shipment": {[]notice.Var{{Name: "delivery_date", Type: notice.TypeDate}}, both{
			tpl{"Your order has shipped", "Your order is on its way.", "Track your order", "your order has shipped. Track it:", "Order shipped", "Your order is on its way."},
			tpl{"Su pedido fue enviado", "Su pedido está en camino.", "Seguir mi pedido", "su pedido fue enviado. Sígalo:", "Pedido enviado", "Su pedido está en camino."}}},
		"prescription_reminder": {[]notice.Var{{Name: "reminder_kind", Type: notice.TypeEnum, Values: []string{"refill", "expiration", "subscription"}}}, both{
			tpl{"A reminder about your prescription", "You have a prescription reminder.", "View reminder", "you have a prescription reminder. Sign in:", "Prescription reminder", "You have a prescription reminder."},
			tpl{"Un recordatorio sobre su receta", "Tiene un recordatorio sobre su receta.", "Ver recordatorio", "tiene un recordatorio sobre su receta. Inicie sesión:", "Recordatorio de receta", "Tiene un recordatorio sobre su receta."}}},
		"prescription_verification": {nil, both{
			tpl{"Action needed to complete your order", "We need one more document to complete your order.", "Upload a document", "action needed to complete your order. Sign in:", "Action needed", "Sign in to complete your order."},
			tpl{"Se necesita una acción para completar su pedido", "Necesitamos un documento más para completar su pedido.", "Subir un documento", "se necesita una acción para completar su pedido. Inicie sesión:", "Acción necesaria", "Inicie sesión para completar su pedido."}}},
		"product_recall": {nil, both{
			tpl{"Urgent safety notice about a product you bought", "There is an urgent safety notice about a product you bought. Return instructions are in your account.", "Read the notice", "urgent safety notice about a product you bought. Sign in:", "Safety notice", "Sign in to read an urgent safety notice."},
			tpl{"Aviso de seguridad urgente sobre un producto que compró", "Hay un aviso de seguridad urgente sobre un producto que compró. Las instrucciones de devolución están en su cuenta.", "Leer el aviso", "aviso de seguridad urgente sobre un producto que compró. Inicie sesión:", "Aviso de seguridad", "Inicie sesión para leer un aviso de seguridad urgente."}}},
		"care_team_update": {nil, both{
			tpl{"An update from your care team", "There is an update from your care team.", "Read the update", "an update from your care team. Sign in to read it:", "Care team update", "Sign in to read an update."},
			tpl{"Una actualización de su equipo de atención", "Hay una actualización de su equipo de atención.", "Leer la actualización", "una actualización de su equipo de atención. Inicie sesión:", "Actualización", "Inicie sesión para leer una actualización."}}},
		"marketing_offer": {nil, both{
			tpl{"A new offer is waiting for you", "A new offer from {{tenant}} is waiting for you.", "See the offer", "a new offer is waiting for you. Reply STOP to opt out.", "New offer", "A new offer is waiting for you."},
			tpl{"Tiene una oferta nueva", "Tiene una oferta nueva de {{tenant}}.", "Ver la oferta", "tiene una oferta nueva. Responda STOP para no recibir más.", "Oferta nueva", "Tiene una oferta nueva."}}},
	}
	for key, d := range defs {
		c := builtin[key]
		c.Vars = d.vars
		c.Templates = map[string]notice.Templates{"en": build(d.t.en, "en"), "es": build(d.t.es, "es")}
		builtin[key] = c
	}
}

// Locales lists the locales the built-in templates cover.
var Locales = []string{"en", "es"}
