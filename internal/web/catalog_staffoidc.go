package web

// Staff sign-in through the organisation's provider (staffoidc.go), merged
// into the catalogs at start like catalog_staff.go.

var staffOIDCCatalogEN = map[string]string{
	"staff.oidc.button":       "Sign in with your organisation",
	"staff.oidc.or":           "Or sign in with your staff mailbox email and password, then a second step:",
	"staff.oidc.done.title":   "You are signed in",
	"staff.oidc.done.line":    "Your organisation confirmed who you are.",
	"staff.oidc.done.open":    "Open the staff inbox",
	"staff.oidc.failed.title": "Sign-in did not work",
	"staff.oidc.failed.line":  "Your organisation's sign-in could not be used here. It must confirm a second step (such as a code or security key) and your work email must have a staff mailbox account. Start again, or ask your administrator.",
}

var staffOIDCCatalogES = map[string]string{
	"staff.oidc.button":       "Iniciar sesión con su organización",
	"staff.oidc.or":           "O inicie sesión con el correo y la contraseña de su buzón del personal y luego un segundo paso:",
	"staff.oidc.done.title":   "Ha iniciado sesión",
	"staff.oidc.done.line":    "Su organización confirmó su identidad.",
	"staff.oidc.done.open":    "Abrir la bandeja del personal",
	"staff.oidc.failed.title": "No se pudo iniciar sesión",
	"staff.oidc.failed.line":  "El acceso de su organización no se pudo usar aquí. Debe confirmar un segundo paso (como un código o una llave de seguridad) y su correo del trabajo debe tener una cuenta en el buzón del personal. Empiece de nuevo o consulte a su administrador.",
}

func init() {
	for k, v := range staffOIDCCatalogEN {
		catalogEN[k] = v
	}
	for k, v := range staffOIDCCatalogES {
		catalogES[k] = v
	}
}
