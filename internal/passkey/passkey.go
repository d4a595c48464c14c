// Package passkey lets a patient or a staff member enrol a passkey (a WebAuthn
// credential) and use it as the second factor at sign-in. It is a thin layer over
// github.com/go-webauthn/webauthn that speaks in bytes the caller stores as they are:
//
//   - Begin* returns the options JSON for the browser and an opaque session to keep
//     server-side (never in the browser) until the matching Finish*; a session is for
//     one ceremony only, expires after the library's timeout (5 minutes) and must be
//     deleted when Finish* is called, whatever the outcome.
//   - A Credential is the credential ID and the JSON of webauthn.Credential; the
//     caller stores it per user and replaces it with the one FinishLogin returns,
//     which carries the new signature counter.
//
// Policy: user verification preferred (required with RequireUserVerification, as
// for staff), discoverable (resident) keys not required,
// attestation "none" (the relying party does not ask who made the authenticator).
// A sign-in whose signature counter does not move forward from the stored one, when
// either is non-zero, is refused as a possibly cloned authenticator.
//
// Script is the browser side (passkey.js), to be served from the pages' own origin.
package passkey

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"
)

// Script is passkey.js: it drives buttons marked data-passkey="register" or
// data-passkey="login" (see the file's header for the markup it expects). Serve it
// from the same origin as the pages, as application/javascript.
//
//go:embed passkey.js
var Script []byte

// Config describes the relying party: the site the passkeys belong to.
type Config struct {
	RPID          string   // registrable domain the credentials are scoped to, e.g. "portal.example.org"
	RPDisplayName string   // shown by the browser while creating a passkey
	Origins       []string // exact origins the ceremonies may come from, e.g. "https://portal.example.org"
	// RequireUserVerification makes the authenticator verify the user (PIN,
	// biometrics) at registration and every sign-in; an answer without the
	// UV flag is refused. Otherwise verification is only preferred.
	RequireUserVerification bool
}

// ForSite is the relying party of the pages served at baseURL (scheme://host[:port],
// optionally with a path): the RP ID is its host name and the one origin its
// scheme://host[:port]. name is what the browser shows while creating a passkey.
// An http baseURL works only on localhost or a loopback address (New's rule).
func ForSite(baseURL, name string, requireUV bool) (*Passkeys, error) {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%w: base URL is not scheme://host[:port][/path]", ErrConfig)
	}
	return New(Config{RPID: u.Hostname(), RPDisplayName: name, Origins: []string{u.Scheme + "://" + u.Host}, RequireUserVerification: requireUV})
}

// User is the account a passkey is registered to or used for. Handle is a random,
// stable identifier of at most 64 bytes that the authenticator stores (never an
// email address or other personal detail); Name and DisplayName are labels the
// authenticator may show, and must not contain PHI.
type User struct {
	Handle      []byte
	Name        string
	DisplayName string
	Credentials []Credential
}

// Credential is one registered passkey as the caller stores it: the credential ID
// and Data, the JSON of webauthn.Credential (public key, signature counter, flags).
type Credential struct {
	ID   []byte
	Data []byte
}

// Passkeys runs registration and sign-in ceremonies for one relying party.
type Passkeys struct {
	w *webauthn.WebAuthn
}

// Errors. Finish* errors wrap ErrRefused and the library's error, whose text is a
// fixed description (for example "Error validating origin"); none contains a key,
// a challenge or a signature.
var (
	ErrConfig      = errors.New("passkey: invalid configuration")
	ErrUser        = errors.New("passkey: invalid user")
	ErrSession     = errors.New("passkey: invalid session")
	ErrRefused     = errors.New("passkey: refused")
	ErrCloned      = errors.New("passkey: signature counter did not increase (possibly cloned authenticator)")
	ErrNoPasskeys  = errors.New("passkey: user has no passkeys")
	ErrDuplicate   = errors.New("passkey: credential already registered")
	ErrCredentials = errors.New("passkey: stored credential is unreadable")
)

// New checks the configuration and returns a Passkeys. Every origin must be https
// (or http on localhost, for development) with a host equal to RPID or under it.
func New(c Config) (*Passkeys, error) {
	if c.RPID == "" || c.RPDisplayName == "" || len(c.Origins) == 0 {
		return nil, fmt.Errorf("%w: RPID, RPDisplayName and at least one origin are required", ErrConfig)
	}
	for _, o := range c.Origins {
		if err := checkOrigin(o, c.RPID); err != nil {
			return nil, err
		}
	}
	uv := protocol.VerificationPreferred
	if c.RequireUserVerification {
		uv = protocol.VerificationRequired
	}
	w, err := webauthn.New(&webauthn.Config{
		RPID:                  c.RPID,
		RPDisplayName:         c.RPDisplayName,
		RPOrigins:             append([]string(nil), c.Origins...),
		AttestationPreference: protocol.PreferNoAttestation,
		AuthenticatorSelection: protocol.AuthenticatorSelection{
			RequireResidentKey: protocol.ResidentKeyNotRequired(),
			ResidentKey:        protocol.ResidentKeyRequirementDiscouraged,
			UserVerification:   uv,
		},
		Timeouts: webauthn.TimeoutsConfig{
			Login:        webauthn.TimeoutConfig{Enforce: true},
			Registration: webauthn.TimeoutConfig{Enforce: true},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &Passkeys{w: w}, nil
}

func checkOrigin(o, rpID string) error {
	u, err := url.Parse(o)
	if err != nil || u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("%w: origin %q is not scheme://host[:port]", ErrConfig, o)
	}
	host := u.Hostname()
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && (host == "localhost" || net.ParseIP(host).IsLoopback()):
	default:
		return fmt.Errorf("%w: origin %q must use https (http only on localhost)", ErrConfig, o)
	}
	if host != rpID && !strings.HasSuffix(host, "."+rpID) {
		return fmt.Errorf("%w: origin %q is not within RPID %q", ErrConfig, o, rpID)
	}
	return nil
}

// Ceremony names recorded in the session, so a session from one kind of ceremony
// cannot be used to finish the other.
const (
	ceremonyRegistration = "registration"
	ceremonyLogin        = "login"
)

type session struct {
	Ceremony string               `json:"ceremony"`
	Data     webauthn.SessionData `json:"data"`
}

// BeginRegistration starts enrolling a new passkey for u. options is the JSON to
// pass (after base64url decoding, which passkey.js does) to
// navigator.credentials.create; session is to be kept server-side for
// FinishRegistration. The user's existing passkeys are excluded, so the same
// authenticator is not registered twice.
func (p *Passkeys) BeginRegistration(u User) (options, sess []byte, err error) {
	wu, err := decodeUser(u)
	if err != nil {
		return nil, nil, err
	}
	creation, data, err := p.w.BeginRegistration(wu, webauthn.WithExclusions(webauthn.Credentials(wu.creds).CredentialDescriptors()))
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: beginning registration: %w", err)
	}
	return marshalPair(creation, ceremonyRegistration, data)
}

// FinishRegistration checks the browser's response to BeginRegistration's options
// against session and returns the new credential to store for u.
func (p *Passkeys) FinishRegistration(u User, sess, response []byte) (Credential, error) {
	wu, err := decodeUser(u)
	if err != nil {
		return Credential{}, err
	}
	data, err := openSession(sess, ceremonyRegistration)
	if err != nil {
		return Credential{}, err
	}
	parsed, err := protocol.ParseCredentialCreationResponseBytes(response)
	if err != nil {
		return Credential{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	cred, err := p.w.CreateCredential(wu, data, parsed)
	if err != nil {
		return Credential{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	for _, c := range wu.creds {
		if bytes.Equal(c.ID, cred.ID) {
			return Credential{}, ErrDuplicate
		}
	}
	return encodeCredential(cred)
}

// BeginLogin starts a sign-in with one of u's passkeys. options is the JSON for
// navigator.credentials.get; session is to be kept server-side for FinishLogin.
func (p *Passkeys) BeginLogin(u User) (options, sess []byte, err error) {
	wu, err := decodeUser(u)
	if err != nil {
		return nil, nil, err
	}
	if len(wu.creds) == 0 {
		return nil, nil, ErrNoPasskeys
	}
	assertion, data, err := p.w.BeginLogin(wu)
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: beginning sign-in: %w", err)
	}
	return marshalPair(assertion, ceremonyLogin, data)
}

// FinishLogin checks the browser's response to BeginLogin's options against
// session and u's stored passkeys. On success it returns the credential that was
// used, updated (signature counter, flags): store it in place of the old one. A
// counter that does not increase is refused with ErrCloned.
func (p *Passkeys) FinishLogin(u User, sess, response []byte) (updated Credential, err error) {
	wu, err := decodeUser(u)
	if err != nil {
		return Credential{}, err
	}
	if len(wu.creds) == 0 {
		return Credential{}, ErrNoPasskeys
	}
	data, err := openSession(sess, ceremonyLogin)
	if err != nil {
		return Credential{}, err
	}
	parsed, err := protocol.ParseCredentialRequestResponseBytes(response)
	if err != nil {
		return Credential{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	cred, err := p.w.ValidateLogin(wu, data, parsed)
	if err != nil {
		return Credential{}, fmt.Errorf("%w: %w", ErrRefused, err)
	}
	// The library only flags a counter that did not increase; for a second factor
	// that guards patient records, refuse it.
	if cred.Authenticator.CloneWarning {
		return Credential{}, fmt.Errorf("%w: %w", ErrRefused, ErrCloned)
	}
	return encodeCredential(cred)
}

func marshalPair(options any, ceremony string, data *webauthn.SessionData) ([]byte, []byte, error) {
	opts, err := json.Marshal(options)
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: encoding options: %w", err)
	}
	sess, err := json.Marshal(session{Ceremony: ceremony, Data: *data})
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: encoding session: %w", err)
	}
	return opts, sess, nil
}

func openSession(b []byte, ceremony string) (webauthn.SessionData, error) {
	var s session
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return webauthn.SessionData{}, ErrSession
	}
	if s.Ceremony != ceremony || s.Data.Challenge == "" || s.Data.Expires.IsZero() {
		return webauthn.SessionData{}, ErrSession
	}
	return s.Data, nil
}

func encodeCredential(c *webauthn.Credential) (Credential, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return Credential{}, fmt.Errorf("passkey: encoding credential: %w", err)
	}
	return Credential{ID: append([]byte(nil), c.ID...), Data: data}, nil
}

// PublicKey and SignCount read a stored credential's public key (COSE) and
// signature counter from its Data, for callers that bind or compare them.
func (c Credential) PublicKey() ([]byte, error) {
	wc, err := c.decode()
	return wc.PublicKey, err
}

// SignCount is the credential's signature counter as last stored.
func (c Credential) SignCount() (uint32, error) {
	wc, err := c.decode()
	return wc.Authenticator.SignCount, err
}

func (c Credential) decode() (webauthn.Credential, error) {
	var wc webauthn.Credential
	if err := json.Unmarshal(c.Data, &wc); err != nil || len(wc.ID) == 0 || !bytes.Equal(wc.ID, c.ID) || len(wc.PublicKey) == 0 {
		return webauthn.Credential{}, ErrCredentials
	}
	return wc, nil
}

// waUser is a User with its credentials decoded, as the library wants it.
type waUser struct {
	u     User
	creds []webauthn.Credential
}

func (w *waUser) WebAuthnID() []byte                         { return w.u.Handle }
func (w *waUser) WebAuthnName() string                       { return w.u.Name }
func (w *waUser) WebAuthnDisplayName() string                { return w.u.DisplayName }
func (w *waUser) WebAuthnCredentials() []webauthn.Credential { return w.creds }

// decodeUser checks u and decodes its stored credentials; a credential whose Data
// does not decode, or names another ID than the one stored beside it, is an error
// rather than silently skipped.
func decodeUser(u User) (*waUser, error) {
	if len(u.Handle) == 0 || len(u.Handle) > 64 || u.Name == "" {
		return nil, fmt.Errorf("%w: handle must be 1 to 64 bytes and name non-empty", ErrUser)
	}
	w := &waUser{u: u, creds: make([]webauthn.Credential, 0, len(u.Credentials))}
	for _, c := range u.Credentials {
		wc, err := c.decode()
		if err != nil {
			return nil, err
		}
		w.creds = append(w.creds, wc)
	}
	return w, nil
}
