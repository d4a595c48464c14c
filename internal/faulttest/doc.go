// Package faulttest is sealpost's fault-injection suite: real sealpost
// processes (built from ./cmd/sealpost) on one database, a recording SMTP
// server on loopback, messages posted while nodes are killed with SIGKILL
// and a private PostgreSQL cluster is restarted. It checks that every
// accepted message is kept and delivered, that duplicates come only from
// sends in flight at a kill (and carry the original Message-ID), and that a
// dead node's deliveries resume within a minute. The tests live in the
// _test files; this file only documents the package.
package faulttest
