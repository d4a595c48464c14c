package faulttest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgCluster is a private PostgreSQL cluster on a free loopback port, in a
// temporary directory, that the test may restart: the shared development
// server on 5432 is never touched.
type pgCluster struct {
	t    *testing.T
	bin  string // directory of initdb, pg_ctl, postgres
	dir  string // data directory
	port int
	as   *user.User // the cluster's owner when the test runs as root
}

// pgBinDir finds PostgreSQL's server binaries: $SEALPOST_PG_BIN, pg_config
// --bindir, or the newest /usr/lib/postgresql/*/bin.
func pgBinDir() string {
	if d := os.Getenv("SEALPOST_PG_BIN"); d != "" {
		return d
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		if d := strings.TrimSpace(string(out)); fileExists(filepath.Join(d, "initdb")) {
			return d
		}
	}
	ms, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(ms) == 0 {
		return ""
	}
	return filepath.Dir(ms[len(ms)-1])
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// skipOrFail skips with reason, or fails when CI=true.
func skipOrFail(t *testing.T, reason string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true)", reason)
	}
	t.Skip(reason + " (set CI=true to fail instead)")
}

// startPG initialises and starts a private cluster (trust auth, loopback
// only). It is stopped when the test ends.
func startPG(t *testing.T) *pgCluster {
	t.Helper()
	bin := pgBinDir()
	if bin == "" {
		skipOrFail(t, "PostgreSQL server binaries (initdb, pg_ctl) not found; set SEALPOST_PG_BIN")
	}
	c := &pgCluster{t: t, bin: bin, port: freePort(t)}
	// PostgreSQL refuses to run as root: run it as the postgres user, in a
	// directory that user can reach (t.TempDir is private to root).
	root, err := os.MkdirTemp("", "sealpost-faultpg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	c.dir = filepath.Join(root, "data")
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			skipOrFail(t, "running as root and there is no postgres user to own a private cluster")
		}
		c.as = u
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(root, uid, gid); err != nil { // initdb creates data/, pg_ctl writes the log beside it
			t.Fatal(err)
		}
	}
	c.run("initdb", "-D", c.dir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
	c.ctl("start")
	t.Cleanup(func() { c.ctlQuiet("stop", "-m", "immediate") })
	conn := c.connect("postgres")
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), "CREATE DATABASE sealpost"); err != nil {
		t.Fatal(err)
	}
	return c
}

// URL is the database URL of the cluster's "sealpost" database.
func (c *pgCluster) URL() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/sealpost?sslmode=disable", c.port)
}

func (c *pgCluster) connect(db string) *pgx.Conn {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db))
	if err != nil {
		c.t.Fatal(err)
	}
	return conn
}

// Restart is a fast restart (active connections are terminated with
// "terminating connection due to administrator command", new ones answer
// "the database system is shutting down" until it is up again).
func (c *pgCluster) Restart() { c.ctl("restart", "-m", "fast") }

func (c *pgCluster) ctl(args ...string) {
	c.t.Helper()
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300 -c fsync=off -c synchronous_commit=off", c.port)
	all := append([]string{"-D", c.dir, "-w", "-t", "60", "-l", filepath.Join(filepath.Dir(c.dir), "postgres.log"), "-o", opts}, args...)
	c.run("pg_ctl", all...)
}

func (c *pgCluster) ctlQuiet(args ...string) {
	cmd := c.command("pg_ctl", append([]string{"-D", c.dir, "-w"}, args...)...)
	_ = cmd.Run()
}

func (c *pgCluster) run(name string, args ...string) {
	c.t.Helper()
	cmd := c.command(name, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(filepath.Dir(c.dir), "postgres.log"))
		c.t.Fatalf("%s %v: %v\n%s\n%s", name, args, err, out, log)
	}
}

func (c *pgCluster) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = filepath.Dir(c.dir)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if c.as != nil {
		uid, _ := strconv.Atoi(c.as.Uid)
		gid, _ := strconv.Atoi(c.as.Gid)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
		cmd.Env = append(cmd.Env, "HOME="+c.as.HomeDir, "USER=postgres")
	}
	return cmd
}
