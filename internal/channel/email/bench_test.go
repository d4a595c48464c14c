package email

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// BenchmarkSendPooled measures Sender.Send end to end: message build, DKIM
// RSA-2048 signature, STARTTLS connection pool (PoolSize 4), loopback go-smtp
// sink that discards the data; 2×GOMAXPROCS concurrent senders.
//
//	go test -run '^$' -bench 'SendPooled|RawSMTP' -benchtime 3s ./internal/channel/email
func BenchmarkSendPooled(b *testing.B) {
	testKeys(b)
	ts, cfg, _ := tlsSetup(b, serverOpts{Discard: true})
	cfg.DKIM = []DKIMKey{{Domain: testDomain, Selector: "rsa2048", KeyFile: rsaPath}}
	cfg.PoolSize = 4
	s := newSender(b, cfg)
	ctx := ctxT(b)
	var seq atomic.Int64
	// Two senders per CPU: one signs while the other waits on the network,
	// as the delivery worker's concurrent jobs do.
	b.SetParallelism(2)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Send(ctx, notice(fmt.Sprintf("dlv_%d", seq.Add(1)))); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "emails/s")
	b.ReportMetric(float64(ts.accepted.Load()), "conns")
}

// BenchmarkRawSMTP is the sink's raw rate: a bare go-smtp client loop over
// one STARTTLS connection to the same kind of server, no DKIM, a prebuilt
// message.
func BenchmarkRawSMTP(b *testing.B) {
	ts, _, ca := tlsSetup(b, serverOpts{Discard: true})
	pemData, err := os.ReadFile(ca.pemPath)
	if err != nil {
		b.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(pemData)
	c, err := smtp.DialStartTLS(ts.Addr, &tls.Config{RootCAs: roots, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	msg, err := BuildMessage(notice("dlv_raw"), testFrom, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := c.SendMail("notices@acme.example", []string{testTo}, bytes.NewReader(msg)); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "emails/s")
}

// BenchmarkBuildAndSign is the CPU cost per message without the network.
func BenchmarkBuildAndSign(b *testing.B) {
	testKeys(b)
	for _, c := range []struct {
		name string
		keys []DKIMKey
	}{
		{"none", nil},
		{"rsa2048", []DKIMKey{{Domain: testDomain, Selector: "rsa2048", KeyFile: rsaPath}}},
		{"rsa2048-go", []DKIMKey{{Domain: testDomain, Selector: "rsa2048", KeyFile: rsaPath}}},
		{"ed25519", []DKIMKey{{Domain: testDomain, Selector: "ed1", KeyFile: edPath}}},
		{"both", dkimKeys()},
	} {
		b.Run(c.name, func(b *testing.B) {
			var keys []signingKey
			for _, k := range c.keys {
				impl := RSAAuto
				if c.name == "rsa2048-go" {
					impl = RSAGo
				}
				sk, err := loadDKIMKey(k, impl)
				if err != nil {
					b.Fatal(err)
				}
				keys = append(keys, sk)
			}
			n := notice("dlv_bench")
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m, err := buildMessage(n, testFrom, time.Now())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := sign(keys, m.raw, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
