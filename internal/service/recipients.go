package service

import (
	"context"
	"encoding/json"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/validate"
)

// RecipientInput is the body of PUT /v1/recipients/{external_id}. PUT replaces
// the recipient: omitted members are cleared or take their defaults.
type RecipientInput struct {
	Email    *string   `json:"email,omitempty"`
	Phone    *string   `json:"phone,omitempty"`
	Locale   string    `json:"locale,omitempty"`
	TimeZone string    `json:"time_zone,omitempty"`
	Identity *Identity `json:"identity,omitempty"`
}

// Identity is what identifies the person. It is sealed, never returned, and
// opened only by the PHI guard to recognise it in outgoing notices and by the
// enrolment identity check (identitycheck.go: the date of birth).
type Identity struct {
	Name      string   `json:"name,omitempty"`
	BirthDate string   `json:"birth_date,omitempty"`
	MRN       string   `json:"mrn,omitempty"`
	Address   string   `json:"address,omitempty"`
	Other     []string `json:"other,omitempty"`
}

// contact is the sealed form of a recipient's contact points.
type contact struct {
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// RecipientView is what GET returns: contact points and settings, no identity.
type RecipientView struct {
	ExternalID  string          `json:"external_id"`
	Email       string          `json:"email,omitempty"`
	Phone       string          `json:"phone,omitempty"`
	Locale      string          `json:"locale"`
	TimeZone    string          `json:"time_zone"`
	Preferences Preferences     `json:"preferences"`
	Consents    []store.Consent `json:"consents"`
	CreatedAt   time.Time       `json:"created_at"`
	UpdatedAt   time.Time       `json:"updated_at"`
}

func textField(ptr, s string, max int) *FieldError {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > max {
		return &FieldError{ptr, "must be valid UTF-8 of at most " + itoa(max) + " characters"}
	}
	return nil
}

func (in *RecipientInput) validate() *Error {
	var fs []FieldError
	add := func(f *FieldError) {
		if f != nil {
			fs = append(fs, *f)
		}
	}
	if in.Email != nil && !validate.Email(*in.Email) {
		add(&FieldError{"/email", "must be a plain email address (local@domain)"})
	}
	if in.Phone != nil && !validate.Phone(*in.Phone) {
		add(&FieldError{"/phone", "must be an E.164 number such as +15551234567"})
	}
	if in.Locale == "" {
		in.Locale = "en"
	} else if !validate.Locale(in.Locale) {
		add(&FieldError{"/locale", "must be a language tag such as en or es-US"})
	}
	if in.TimeZone == "" {
		in.TimeZone = "UTC"
	} else if !validate.TimeZone(in.TimeZone) {
		add(&FieldError{"/time_zone", "must be an IANA time zone such as America/New_York"})
	}
	if id := in.Identity; id != nil {
		add(textField("/identity/name", id.Name, 200))
		add(textField("/identity/mrn", id.MRN, 100))
		add(textField("/identity/address", id.Address, 500))
		if id.BirthDate != "" {
			if _, err := time.Parse(time.DateOnly, id.BirthDate); err != nil {
				add(&FieldError{"/identity/birth_date", "must be a date YYYY-MM-DD"})
			}
		}
		if len(id.Other) > 20 {
			add(&FieldError{"/identity/other", "at most 20 entries"})
		}
		for i, o := range id.Other {
			add(textField("/identity/other/"+itoa(i), o, 200))
		}
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	return nil
}

func badExternalID() *Error {
	return &Error{Kind: KindInvalid, Detail: "the recipient id is invalid", Fields: []FieldError{{"/external_id", "must be 1–128 characters of letters, digits and . _ : - (use an opaque id, not an MRN)"}}}
}

// PutRecipient creates or replaces a recipient. It reports whether it was
// created.
func (s *Service) PutRecipient(ctx context.Context, p Principal, externalID string, in RecipientInput) (RecipientView, bool, error) {
	if !validate.OpaqueID(externalID) {
		return RecipientView{}, false, badExternalID()
	}
	if e := in.validate(); e != nil {
		return RecipientView{}, false, e
	}
	for attempt := 0; attempt < 3; attempt++ {
		cur, err := s.RecipientByExternalID(ctx, p.TenantID, externalID)
		create := errors.Is(err, store.ErrNotFound)
		if err != nil && !create {
			return RecipientView{}, false, err
		}
		r := store.Recipient{TenantID: p.TenantID, ExternalIndex: cur.ExternalIndex, Locale: in.Locale, TimeZone: in.TimeZone, ID: cur.ID}
		if create {
			r.ID = ids.New(ids.Recipient)
			if r.ExternalIndex, err = s.externalIndex(ctx, p.TenantID, externalID); err != nil {
				return RecipientView{}, false, err
			}
		}
		wrapped, err := s.sealRecipient(ctx, &r, externalID, in, create)
		if err != nil {
			return RecipientView{}, false, err
		}
		if create {
			err = s.st.CreateRecipient(ctx, r, wrapped, p.Actor())
			if errors.Is(err, store.ErrExists) {
				continue // created concurrently: update it instead
			}
		} else {
			err = s.st.UpdateRecipient(ctx, r, wrapped, p.Actor())
		}
		if err != nil {
			return RecipientView{}, false, err
		}
		v := RecipientView{ExternalID: externalID, Locale: r.Locale, TimeZone: r.TimeZone, Consents: []store.Consent{},
			CreatedAt: cur.CreatedAt, UpdatedAt: time.Now().UTC()}
		if create {
			v.CreatedAt = v.UpdatedAt
		}
		if in.Email != nil {
			v.Email = *in.Email
		}
		if in.Phone != nil {
			v.Phone = *in.Phone
		}
		return v, create, nil
	}
	return RecipientView{}, false, errors.New("recipient changed concurrently; retry")
}

// sealRecipient seals the external id, contact points and identity under the recipient's data
// key: a fresh one for a new recipient, the existing one for an update — the
// account's TOTP secret, pending enrolments and passkey ceremonies are sealed
// under it too, so replacing it would lock the patient out. It returns the
// wrapped key to store, or nil when the stored one is kept.
func (s *Service) sealRecipient(ctx context.Context, r *store.Recipient, externalID string, in RecipientInput, create bool) ([]byte, error) {
	owner := "recipient/" + r.ID
	var dk *seal.DataKey
	var wrapped []byte
	var err error
	if !create {
		var cur []byte
		cur, err = s.st.DataKey(ctx, r.TenantID, owner)
		switch {
		case err == nil:
			dk, err = s.sealer.OpenDataKey(ctx, r.TenantID, owner, cur)
		case errors.Is(err, store.ErrNotFound):
			create = true // no key to keep (none was ever stored): mint one
		}
		if err != nil && !create {
			return nil, err
		}
	}
	if create {
		if dk, wrapped, err = s.sealer.NewDataKey(ctx, r.TenantID, owner); err != nil {
			return nil, err
		}
	}
	var c contact
	if in.Email != nil {
		c.Email, r.HasEmail = *in.Email, true
	}
	if in.Phone != nil {
		c.Phone, r.HasPhone = *in.Phone, true
	}
	if r.ExternalSealed, err = dk.Seal(externalIDField, []byte(externalID)); err != nil {
		return nil, err
	}
	cj, _ := json.Marshal(c)
	if r.Contact, err = dk.Seal("contact", cj); err != nil {
		return nil, err
	}
	if in.Identity != nil {
		ij, _ := json.Marshal(in.Identity)
		if r.Identity, err = dk.Seal("identity", ij); err != nil {
			return nil, err
		}
	}
	return wrapped, nil
}

// GetRecipient returns a recipient's contact points and settings.
func (s *Service) GetRecipient(ctx context.Context, p Principal, externalID string) (RecipientView, error) {
	if !validate.OpaqueID(externalID) {
		return RecipientView{}, &Error{Kind: KindNotFound, Detail: "no such recipient"}
	}
	r, err := s.RecipientByExternalID(ctx, p.TenantID, externalID)
	if errors.Is(err, store.ErrNotFound) {
		return RecipientView{}, &Error{Kind: KindNotFound, Detail: "no such recipient"}
	}
	if err != nil {
		return RecipientView{}, err
	}
	c, err := s.openContact(ctx, r)
	if err != nil {
		return RecipientView{}, err
	}
	prefs, err := s.RecipientPreferences(ctx, p.TenantID, r.ID)
	if err != nil {
		return RecipientView{}, err
	}
	cs, err := s.openConsents(ctx, p.TenantID, r.ID)
	if err != nil {
		return RecipientView{}, err
	}
	return RecipientView{ExternalID: externalID, Email: c.Email, Phone: c.Phone, Locale: r.Locale, TimeZone: r.TimeZone,
		Preferences: prefs, Consents: cs, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}, nil
}

func (s *Service) openContact(ctx context.Context, r store.Recipient) (contact, error) {
	var c contact
	wrapped, err := s.st.DataKey(ctx, r.TenantID, "recipient/"+r.ID)
	if err != nil {
		return c, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, r.TenantID, "recipient/"+r.ID, wrapped)
	if err != nil {
		return c, err
	}
	pt, err := dk.Open("contact", r.Contact)
	if err != nil {
		return c, err
	}
	return c, json.Unmarshal(pt, &c)
}

// OpenIdentity decrypts a recipient's identity (nil if none was given). It is
// for the PHI guard only.
func (s *Service) OpenIdentity(ctx context.Context, tenantID, recipientID string) (*Identity, error) {
	r, err := s.st.GetRecipientByID(ctx, tenantID, recipientID)
	if err != nil {
		return nil, err
	}
	return s.identityOf(ctx, r)
}

// identityOf decrypts a loaded recipient's identity.
func (s *Service) identityOf(ctx context.Context, r store.Recipient) (*Identity, error) {
	tenantID := r.TenantID
	if r.Identity == nil {
		return nil, nil
	}
	owner := "recipient/" + r.ID
	wrapped, err := s.st.DataKey(ctx, tenantID, owner)
	if err != nil {
		return nil, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, tenantID, owner, wrapped)
	if err != nil {
		return nil, err
	}
	pt, err := dk.Open("identity", r.Identity)
	if err != nil {
		return nil, err
	}
	var id Identity
	return &id, json.Unmarshal(pt, &id)
}

func (s *Service) validRecipientID(id string) bool { return validate.OpaqueID(id) }
func (s *Service) validOpaque(v string) bool       { return validate.OpaqueID(v) }

func validateLocale(l string) bool { return validate.Locale(l) }

// OpenRecipient opens a loaded recipient's contact points and identity with
// one unwrap of its data key, loaded with it (the delivery worker's path; see
// store.Work). A missing key is store.ErrNotFound.
func (s *Service) OpenRecipient(ctx context.Context, r store.Recipient, wrapped []byte) (email, phone string, id *Identity, err error) {
	if wrapped == nil {
		return "", "", nil, store.ErrNotFound
	}
	dk, err := s.sealer.OpenDataKey(ctx, r.TenantID, "recipient/"+r.ID, wrapped)
	if err != nil {
		return "", "", nil, err
	}
	var c contact
	pt, err := dk.Open("contact", r.Contact)
	if err != nil {
		return "", "", nil, err
	}
	if err := json.Unmarshal(pt, &c); err != nil {
		return "", "", nil, err
	}
	if r.Identity != nil {
		ij, err := dk.Open("identity", r.Identity)
		if err != nil {
			return "", "", nil, err
		}
		id = &Identity{}
		if err := json.Unmarshal(ij, id); err != nil {
			return "", "", nil, err
		}
	}
	return c.Email, c.Phone, id, nil
}

// PreferencesOf parses a loaded recipient's preferences.
func PreferencesOf(r store.Recipient) (Preferences, error) {
	var p Preferences
	if r.Prefs == "" {
		return p, nil
	}
	err := json.Unmarshal([]byte(r.Prefs), &p)
	return p, err
}
