// Package category holds sealpost's built-in message categories (from the
// product brief) with their default sensitivity, retention and link lifetime.
// Notice templates and tenant-defined categories are added by the delivery
// feature; the core only needs to know which categories exist.
package category

import (
	"sort"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/notice"
)

// Sensitivity levels.
const (
	Public     = "public"
	PHI        = "phi"
	Restricted = "restricted"
)

// Category is a kind of message.
type Category struct {
	Key                string
	DefaultSensitivity string
	Retention          time.Duration // content is shredded after this
	LinkLifetime       time.Duration // end-user links expire after this
	Marketing          bool
	Title              string // PHI-free notice title (English)
	Department         string // shown as the sender on the message page; "" for none
	// Vars is the explicit allow-list of notice variables.
	Vars []notice.Var
	// Templates by locale ("en", "es"); "en" is the fallback.
	Templates map[string]notice.Templates
	// AllowReplies: the patient may answer its messages; the replies go
	// to the staff pool ReplyPool (issue 18).
	AllowReplies bool
	ReplyPool    string
	// Builtin is false for a tenant-defined category.
	Builtin bool
}

// TemplatesFor picks the templates for a locale: exact ("es-MX"), then its
// language ("es"), then English.
func (c Category) TemplatesFor(locale string) (notice.Templates, string) {
	if t, ok := c.Templates[locale]; ok {
		return t, locale
	}
	lang, _, _ := strings.Cut(locale, "-")
	if t, ok := c.Templates[lang]; ok {
		return t, lang
	}
	return c.Templates["en"], "en"
}

const (
	day  = 24 * time.Hour
	week = 7 * day
	year = 365 * day
)

// DefaultRetention is a category's retention when it declares none.
const DefaultRetention = 2 * year

var builtin = map[string]Category{}

func add(c Category) {
	if c.LinkLifetime == 0 {
		c.LinkLifetime = week
	}
	if c.Retention == 0 {
		c.Retention = DefaultRetention
	}
	c.Builtin = true
	builtin[c.Key] = c
}

func init() {
	add(Category{Key: "account_registration", DefaultSensitivity: Public, Title: "Complete your account registration", LinkLifetime: 2 * day, Retention: 30 * day})
	// password_reset carries the link a patient asks for on the sign-in
	// page (service/recovery.go): short-lived, used once.
	add(Category{Key: "password_reset", DefaultSensitivity: Public, Title: "Reset your password", LinkLifetime: 30 * time.Minute, Retention: day})
	add(Category{Key: "email_confirmation", DefaultSensitivity: Public, Title: "Confirm your email address", LinkLifetime: 2 * day, Retention: 30 * day})
	add(Category{Key: "account_message", DefaultSensitivity: PHI, Title: "You have a new message"})
	add(Category{Key: "test_result", DefaultSensitivity: Restricted, Title: "Important information about your recent test"})
	add(Category{Key: "billing_reminder", DefaultSensitivity: PHI, Title: "Reminder of an upcoming billing"})
	add(Category{Key: "payment_processed", DefaultSensitivity: PHI, Title: "Payment processed successfully"})
	add(Category{Key: "balance_zero", DefaultSensitivity: PHI, Title: "Your account balance is zero"})
	add(Category{Key: "order_confirmation", DefaultSensitivity: PHI, Title: "Your order is confirmed"})
	add(Category{Key: "shipment", DefaultSensitivity: PHI, Title: "Your order has shipped"})
	add(Category{Key: "prescription_reminder", DefaultSensitivity: PHI, Title: "A reminder about your prescription"})
	add(Category{Key: "prescription_verification", DefaultSensitivity: PHI, Title: "Action needed to complete your order"})
	add(Category{Key: "product_recall", DefaultSensitivity: PHI, Title: "Urgent safety notice about a product you bought"})
	add(Category{Key: "care_team_update", DefaultSensitivity: PHI, Title: "An update from your care team"})
	add(Category{Key: "marketing_offer", DefaultSensitivity: Public, Title: "A new offer is waiting for you", Marketing: true, Retention: 90 * day})
}

// Lookup returns a built-in category.
func Lookup(key string) (Category, bool) {
	c, ok := builtin[key]
	return c, ok
}

// Keys lists the built-in category keys, sorted.
func Keys() []string {
	out := make([]string, 0, len(builtin))
	for k := range builtin {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ValidSensitivity reports whether s is a sensitivity level.
func ValidSensitivity(s string) bool { return s == Public || s == PHI || s == Restricted }

// Rank orders sensitivities: a message may raise but never lower its
// category's default.
func Rank(s string) int {
	switch s {
	case Public:
		return 0
	case PHI:
		return 1
	default:
		return 2
	}
}
