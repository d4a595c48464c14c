package web

// The staff sign-in's second step and the staff account page with its
// passkeys (staffpasskeys.go), merged into the catalogs at start like
// catalog_staff.go.

var staffPasskeyCatalogEN = map[string]string{
	"staff.signin.continue":        "Continue",
	"staff.signin.passwordFailed":  "The email or password is not correct. Check them and try again.",
	"staff.factor.title":           "Second step",
	"staff.factor.heading":         "Confirm it's you",
	"staff.factor.intro":           "Your password is correct. Now type the code from your authenticator app, or use one of your passkeys.",
	"staff.factor.passkey":         "Use a passkey",
	"staff.factor.passkeyHeading":  "Or use a passkey",
	"staff.factor.passkeyIntro":    "Your phone, computer or security key confirms it's you with your fingerprint, face or PIN.",
	"staff.factor.failed":          "That code or passkey was not accepted. Try the current code, or try again.",
	"staff.factor.expired.title":   "Start again",
	"staff.factor.expired.line":    "Your sign-in waited too long for its second step. Sign in again with your email and password.",
	"staff.nav.account":            "Account",
	"staff.account.title":          "Your staff account",
	"staff.account.heading":        "Your staff account",
	"staff.account.authenticator":  "Authenticator app",
	"staff.account.totpStays":      "Your authenticator app stays set up: you can always sign in with its code, with or without passkeys.",
	"staff.account.passkeys":       "Passkeys",
	"staff.account.passkeysIntro":  "A passkey lets your phone, computer or security key confirm it's you instead of typing a code.",
	"staff.account.noPasskey":      "You have no passkey yet.",
	"staff.account.passkeyAdded":   "Passkey added %s",
	"staff.account.passkeyUsed":    "last used %s",
	"staff.account.addPasskey":     "Add a passkey",
	"staff.account.remove":         "Remove",
	"staff.account.removeLabel":    "Remove the passkey added %s",
	"staff.account.stale":          "To add or remove a passkey, sign in again: changes are allowed only within 10 minutes of signing in.",
	"staff.account.https":          "Passkeys are available when the staff mailbox is served over https.",
	"staff.account.stale.title":    "Sign in again",
	"staff.account.notFound.title": "Passkey not found",
	"staff.account.notFound.line":  "That passkey is not one of yours, or it was already removed.",
	"staff.account.back":           "Back to your account",
}

var staffPasskeyCatalogES = map[string]string{
	"staff.signin.continue":        "Continuar",
	"staff.signin.passwordFailed":  "El correo o la contraseña no son correctos. Revíselos e inténtelo de nuevo.",
	"staff.factor.title":           "Segundo paso",
	"staff.factor.heading":         "Confirme que es usted",
	"staff.factor.intro":           "Su contraseña es correcta. Ahora escriba el código de su aplicación de autenticación o use una de sus llaves de acceso.",
	"staff.factor.passkey":         "Usar una llave de acceso",
	"staff.factor.passkeyHeading":  "O use una llave de acceso",
	"staff.factor.passkeyIntro":    "Su teléfono, computadora o llave de seguridad confirma que es usted con su huella, su cara o su PIN.",
	"staff.factor.failed":          "No se aceptó ese código o esa llave de acceso. Pruebe el código actual o inténtelo de nuevo.",
	"staff.factor.expired.title":   "Empiece de nuevo",
	"staff.factor.expired.line":    "Su inicio de sesión esperó demasiado el segundo paso. Inicie sesión de nuevo con su correo y su contraseña.",
	"staff.nav.account":            "Cuenta",
	"staff.account.title":          "Su cuenta del personal",
	"staff.account.heading":        "Su cuenta del personal",
	"staff.account.authenticator":  "Aplicación de autenticación",
	"staff.account.totpStays":      "Su aplicación de autenticación sigue configurada: siempre puede iniciar sesión con su código, tenga o no llaves de acceso.",
	"staff.account.passkeys":       "Llaves de acceso",
	"staff.account.passkeysIntro":  "Una llave de acceso permite que su teléfono, computadora o llave de seguridad confirme que es usted sin escribir un código.",
	"staff.account.noPasskey":      "Aún no tiene una llave de acceso.",
	"staff.account.passkeyAdded":   "Llave de acceso añadida el %s",
	"staff.account.passkeyUsed":    "último uso el %s",
	"staff.account.addPasskey":     "Añadir una llave de acceso",
	"staff.account.remove":         "Quitar",
	"staff.account.removeLabel":    "Quitar la llave de acceso añadida el %s",
	"staff.account.stale":          "Para añadir o quitar una llave de acceso, inicie sesión de nuevo: los cambios solo se permiten en los 10 minutos siguientes al inicio de sesión.",
	"staff.account.https":          "Las llaves de acceso están disponibles cuando el buzón del personal se sirve por https.",
	"staff.account.stale.title":    "Inicie sesión de nuevo",
	"staff.account.notFound.title": "Llave de acceso no encontrada",
	"staff.account.notFound.line":  "Esa llave de acceso no es suya o ya se quitó.",
	"staff.account.back":           "Volver a su cuenta",
}

func init() {
	for k, v := range staffPasskeyCatalogEN {
		catalogEN[k] = v
	}
	for k, v := range staffPasskeyCatalogES {
		catalogES[k] = v
	}
}
