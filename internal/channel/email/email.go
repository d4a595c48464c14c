// Package email is sealpost's SMTP channel adapter: it turns a rendered,
// guard-checked channel.Notice into a multipart/alternative message with a
// stable Message-ID, signs it with DKIM (RSA-SHA256 and/or Ed25519-SHA256),
// and submits it to the configured relay over a pool of reused connections.
//
// TLS is required by default (STARTTLS or implicit TLS, certificate verified
// against the system roots plus an optional private CA bundle, TLS 1.2 or
// later); plaintext is only possible towards a loopback relay when explicitly
// allowed. Failures are classified for the delivery worker as temporary (4xx
// replies, network errors, timeouts) or permanent (5xx replies, TLS that
// cannot be verified, a malformed notice); their reasons carry SMTP codes and
// fixed texts only, never an address or message text.
package email

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

// TLSMode selects how the connection to the relay is protected.
type TLSMode string

const (
	// TLSStartTLS connects in plaintext and upgrades with STARTTLS before
	// anything else; a server that does not offer it gets nothing. Default.
	TLSStartTLS TLSMode = "starttls"
	// TLSImplicit speaks TLS from the first byte (SMTPS, port 465).
	TLSImplicit TLSMode = "implicit"
	// TLSNone is plaintext: only accepted with AllowPlaintextLoopback for a
	// relay on a loopback address (a local MTA or the dev mailbox).
	TLSNone TLSMode = "none"
)

// Config configures a Sender.
type Config struct {
	Host string
	Port int     // default 587 (starttls), 465 (implicit), 25 (none)
	TLS  TLSMode // default starttls

	// CAFile is an optional PEM bundle of private CAs. Its certificates are
	// ADDED to the system roots (they do not replace them).
	CAFile string
	// ServerName is the name the server certificate must carry; default Host.
	ServerName string

	// Username and Password enable SMTP AUTH (PLAIN, or LOGIN when only that
	// is offered). Only over TLS.
	Username, Password string

	// AllowPlaintextLoopback permits TLS "none" when Host is a loopback
	// address (or resolves only to loopback addresses).
	AllowPlaintextLoopback bool

	// From is the header From and its address the envelope sender, e.g.
	// "Acme Health <notices@acme.example>". Its domain is the right side of
	// every Message-ID.
	From string
	// HeloName is the EHLO name; default the From domain.
	HeloName string

	// DKIM lists zero or more signing keys; every message gets one
	// signature per key.
	DKIM []DKIMKey
	// DKIMRSA picks who computes RSA signatures: RSAAuto (default), RSAGo
	// or RSAOpenSSL. The signatures are the same bytes either way.
	DKIMRSA RSAImpl

	// PoolSize bounds the number of SMTP connections open at once (in use
	// plus idle); default 4. Connections are reused across sends.
	PoolSize int
	// DialTimeout bounds TCP connect, default 10s. CommandTimeout bounds each
	// SMTP command (and the TLS handshake), default 30s.
	DialTimeout, CommandTimeout time.Duration
	// IdleTimeout closes pooled connections idle longer than this; default 30s.
	IdleTimeout time.Duration
}

const (
	defaultPoolSize       = 4
	defaultDialTimeout    = 10 * time.Second
	defaultCommandTimeout = 30 * time.Second
	defaultIdleTimeout    = 30 * time.Second
)

// Sender sends notices by email. It is safe for concurrent use.
type Sender struct {
	cfg      Config
	addr     string
	from     string // header From as configured
	envFrom  string // bare address
	helo     string
	tlsConf  *tls.Config
	keys     []signingKey
	dialer   net.Dialer
	now      func() time.Time
	loopback bool // plaintext mode: the connected peer must be loopback

	tokens chan struct{}  // one per open connection
	idle   chan *poolConn // idle connections, FIFO
	mu     sync.Mutex     // guards closed and pushes to idle
	closed bool
	done   chan struct{}
	wg     sync.WaitGroup
}

var _ channel.Sender = (*Sender)(nil)

// New validates cfg, loads the DKIM keys and builds the TLS root pool. It
// does not connect.
func New(cfg Config) (*Sender, error) {
	if cfg.TLS == "" {
		cfg.TLS = TLSStartTLS
	}
	switch cfg.TLS {
	case TLSStartTLS, TLSImplicit, TLSNone:
	default:
		return nil, fmt.Errorf("email: unknown TLS mode %q (want starttls, implicit or none)", cfg.TLS)
	}
	cfg.Host = strings.TrimSpace(cfg.Host)
	if cfg.Host == "" || strings.ContainsAny(cfg.Host, " \t\r\n/") {
		return nil, errors.New("email: SMTP host is required")
	}
	if cfg.Port == 0 {
		switch cfg.TLS {
		case TLSImplicit:
			cfg.Port = 465
		case TLSNone:
			cfg.Port = 25
		default:
			cfg.Port = 587
		}
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		return nil, errors.New("email: SMTP port out of range")
	}
	fromAddr, err := parseFrom(cfg.From)
	if err != nil {
		return nil, errors.New("email: From must be an address such as \"Name <notices@example.org>\"")
	}
	domain := fromAddr.Address[strings.LastIndexByte(fromAddr.Address, '@')+1:]
	if cfg.HeloName == "" {
		cfg.HeloName = domain
	}
	if !isHostname(cfg.HeloName) {
		return nil, errors.New("email: HeloName is not a valid host name")
	}
	if cfg.PoolSize == 0 {
		cfg.PoolSize = defaultPoolSize
	}
	if cfg.DialTimeout == 0 {
		cfg.DialTimeout = defaultDialTimeout
	}
	if cfg.CommandTimeout == 0 {
		cfg.CommandTimeout = defaultCommandTimeout
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = defaultIdleTimeout
	}
	if cfg.PoolSize < 0 || cfg.DialTimeout < 0 || cfg.CommandTimeout < 0 || cfg.IdleTimeout < 0 {
		return nil, errors.New("email: pool size and timeouts must not be negative")
	}
	if cfg.Password != "" && cfg.Username == "" {
		return nil, errors.New("email: Password set without Username")
	}
	if strings.ContainsAny(cfg.Username+cfg.Password, "\r\n") {
		return nil, errors.New("email: credentials contain a line break")
	}

	s := &Sender{
		cfg:     cfg,
		addr:    net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)),
		from:    cfg.From,
		envFrom: fromAddr.Address,
		helo:    cfg.HeloName,
		dialer:  net.Dialer{Timeout: cfg.DialTimeout},
		now:     time.Now,
		tokens:  make(chan struct{}, cfg.PoolSize),
		idle:    make(chan *poolConn, cfg.PoolSize),
		done:    make(chan struct{}),
	}

	if cfg.TLS == TLSNone {
		if !cfg.AllowPlaintextLoopback {
			return nil, errors.New("email: TLS \"none\" requires AllowPlaintextLoopback and a loopback relay")
		}
		if cfg.Username != "" {
			return nil, errors.New("email: SMTP AUTH is only used over TLS")
		}
		if !resolvesToLoopback(cfg.Host) {
			return nil, errors.New("email: plaintext SMTP is only allowed to a loopback address")
		}
		s.loopback = true
	} else {
		roots, err := x509.SystemCertPool()
		if err != nil || roots == nil {
			roots = x509.NewCertPool()
		}
		if cfg.CAFile != "" {
			pemData, err := os.ReadFile(cfg.CAFile)
			if err != nil {
				return nil, fmt.Errorf("email: reading CA bundle: %w", err)
			}
			if !roots.AppendCertsFromPEM(pemData) {
				return nil, errors.New("email: CA bundle holds no PEM certificate")
			}
		}
		name := cfg.ServerName
		if name == "" {
			name = cfg.Host
		}
		s.tlsConf = &tls.Config{
			ServerName: name,
			RootCAs:    roots,
			MinVersion: tls.VersionTLS12,
		}
		s.cfg.ServerName = name
	}

	for _, k := range cfg.DKIM {
		sk, err := loadDKIMKey(k, cfg.DKIMRSA)
		if err != nil {
			return nil, fmt.Errorf("email: %w", err)
		}
		s.keys = append(s.keys, sk)
	}

	s.wg.Add(1)
	go s.janitor()
	return s, nil
}

// DKIMSigners describes each DKIM key: selector, algorithm and the
// implementation that signs (for the startup log).
func (s *Sender) DKIMSigners() []string {
	out := make([]string, len(s.keys))
	for i, k := range s.keys {
		out[i] = "s=" + k.selector + " " + k.describe
	}
	return out
}

// Send builds, signs and submits n. A reused connection that fails before the
// message data was sent is replaced and the send retried once, on a newly
// dialled connection (not another idle one); a failure
// after the data was sent is temporary (the stable Message-ID lets a repeat
// be recognised).
func (s *Sender) Send(ctx context.Context, n channel.Notice) (channel.Receipt, error) {
	m, err := buildMessage(n, s.from, s.now())
	if err != nil {
		return channel.Receipt{}, err
	}
	m.from = s.envFrom
	m.requireTLS = n.RequireTLS
	raw, err := sign(s.keys, m.raw, m.marketing)
	if err != nil {
		return channel.Receipt{}, channel.Permanent("dkim signing failed", err)
	}
	for attempt := 0; ; attempt++ {
		pc, err := s.acquire(ctx, attempt > 0)
		if err != nil {
			return channel.Receipt{}, err
		}
		reused := pc.uses > 0
		id, res := s.transact(ctx, pc, m, raw)
		s.release(pc, !res.broken)
		if res.err == nil {
			return channel.Receipt{ProviderID: id}, nil
		}
		if reused && res.retry && attempt == 0 && ctx.Err() == nil {
			continue
		}
		return channel.Receipt{}, res.err
	}
}

// Close closes idle connections (QUIT), and makes in-use ones close when
// their send ends. Sends after Close fail as temporary.
func (s *Sender) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	s.mu.Unlock()
	s.wg.Wait()
	for {
		select {
		case pc := <-s.idle:
			s.discard(pc, true)
		default:
			return nil
		}
	}
}

func resolvesToLoopback(host string) bool {
	if isLoopbackName(host) {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil || len(addrs) == 0 {
		return false
	}
	for _, a := range addrs {
		if !a.IP.IsLoopback() {
			return false
		}
	}
	return true
}

// isLoopbackName reports whether host is a loopback IP literal or
// "localhost".
func isLoopbackName(host string) bool {
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
