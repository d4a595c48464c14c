package cli

import (
	"flag"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/channel/sms"
)

// channelFlags configure the delivery channels.
type channelFlags struct {
	smtpHost, smtpTLS, smtpCA, smtpUser, smtpPassword, smtpFrom string
	smtpPort, smtpPool                                          int
	smtpPlainLoopback                                           bool
	dkimDomain, dkimSelector, dkimKey                           string
	dkim2Selector, dkim2Key, dkimRSA                            string
	twilioSID, twilioToken, twilioFrom, twilioBase, twilioCB    string

	twilio *sms.Twilio // set by senders when SMS is configured
}

func (c *channelFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.smtpHost, "smtp-host", "", "SMTP submission relay host (email is off without it, except in --dev)")
	fs.IntVar(&c.smtpPort, "smtp-port", 0, "SMTP port (default 587 starttls, 465 implicit)")
	fs.StringVar(&c.smtpTLS, "smtp-tls", "starttls", "starttls, implicit, or none (none: loopback relay only, with --smtp-allow-plaintext-loopback)")
	fs.BoolVar(&c.smtpPlainLoopback, "smtp-allow-plaintext-loopback", false, "allow --smtp-tls none to a loopback relay")
	fs.StringVar(&c.smtpCA, "smtp-ca-file", "", "PEM bundle of private CAs trusted for the relay's certificate (added to the system roots)")
	fs.StringVar(&c.smtpUser, "smtp-username", "", "SMTP AUTH user")
	fs.StringVar(&c.smtpPassword, "smtp-password", "", "SMTP AUTH password (prefer SEALPOST_SMTP_PASSWORD)")
	fs.StringVar(&c.smtpFrom, "smtp-from", "", `From address of notices, e.g. "Acme Health <notices@acme.example>"`)
	fs.IntVar(&c.smtpPool, "smtp-pool-size", 8, "concurrent SMTP connections")
	fs.StringVar(&c.dkimDomain, "dkim-domain", "", "DKIM signing domain (d=)")
	fs.StringVar(&c.dkimSelector, "dkim-selector", "", "DKIM selector (s=) of --dkim-key-file")
	fs.StringVar(&c.dkimKey, "dkim-key-file", "", "DKIM private key, PEM (RSA ≥ 2048 or Ed25519)")
	fs.StringVar(&c.dkim2Selector, "dkim2-selector", "", "selector of a second DKIM key (e.g. Ed25519 beside RSA)")
	fs.StringVar(&c.dkim2Key, "dkim2-key-file", "", "second DKIM private key, PEM")
	fs.StringVar(&c.dkimRSA, "dkim-rsa", "auto", "who computes RSA DKIM signatures: auto (the system's OpenSSL 3 libcrypto when it loads, else Go's crypto/rsa), go, openssl (required)")
	fs.StringVar(&c.twilioSID, "twilio-account-sid", "", "Twilio-compatible SMS: account SID (SMS is off without it)")
	fs.StringVar(&c.twilioToken, "twilio-auth-token", "", "Twilio auth token (prefer SEALPOST_TWILIO_AUTH_TOKEN)")
	fs.StringVar(&c.twilioFrom, "twilio-from", "", "sender number (E.164) or messaging service SID (MG…)")
	fs.StringVar(&c.twilioBase, "twilio-base-url", "", "Messages API base URL (default the provider's)")
	fs.StringVar(&c.twilioCB, "twilio-status-callback", "", "status callback URL (sealpost's /v1/callbacks/twilio as seen from the provider)")
}

// senders builds the configured channel senders. closers are to be closed on
// shutdown.
func (c *channelFlags) senders() (map[string]channel.Sender, []func() error, error) {
	out := map[string]channel.Sender{}
	var closers []func() error
	if c.smtpHost != "" {
		cfg := email.Config{Host: c.smtpHost, Port: c.smtpPort, TLS: email.TLSMode(c.smtpTLS), CAFile: c.smtpCA, Username: c.smtpUser,
			Password: c.smtpPassword, AllowPlaintextLoopback: c.smtpPlainLoopback, From: c.smtpFrom, PoolSize: c.smtpPool, IdleTimeout: time.Minute,
			DKIMRSA: email.RSAImpl(c.dkimRSA)}
		if c.dkimKey != "" {
			cfg.DKIM = append(cfg.DKIM, email.DKIMKey{Domain: c.dkimDomain, Selector: c.dkimSelector, KeyFile: c.dkimKey})
		}
		if c.dkim2Key != "" {
			cfg.DKIM = append(cfg.DKIM, email.DKIMKey{Domain: c.dkimDomain, Selector: c.dkim2Selector, KeyFile: c.dkim2Key})
		}
		s, err := email.New(cfg)
		if err != nil {
			return nil, nil, fmt.Errorf("email channel: %w", err)
		}
		out["email"] = s
		closers = append(closers, s.Close)
	}
	if c.twilioSID != "" {
		tc := sms.TwilioConfig{BaseURL: c.twilioBase, AccountSID: c.twilioSID, AuthToken: c.twilioToken, StatusCallbackURL: c.twilioCB}
		if len(c.twilioFrom) > 2 && c.twilioFrom[:2] == "MG" {
			tc.MessagingServiceSID = c.twilioFrom
		} else {
			tc.From = c.twilioFrom
		}
		t, err := sms.NewTwilio(tc)
		if err != nil {
			return nil, nil, fmt.Errorf("sms channel: %w", err)
		}
		out["sms"] = sms.NewSender(t)
		c.twilio = t
	}
	return out, closers, nil
}
