package faulttest

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildDir  string
)

// sealpostBinary builds ./cmd/sealpost once per test binary run.
func sealpostBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "sealpost-faulttest-bin-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(buildDir, "sealpost")
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/sealpost/sealpost/cmd/sealpost").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// node is one sealpost process ("serve") on a fixed loopback port, so a
// restarted node answers at the same address.
type node struct {
	t    *testing.T
	name string
	bin  string
	args []string
	port int
	logf *os.File
	cmd  *exec.Cmd
	done chan struct{}
}

func newNode(t *testing.T, name string, args ...string) *node {
	n := &node{t: t, name: name, bin: sealpostBinary(t), port: freePort(t)}
	n.args = append([]string{"serve", "--listen", n.Base()[len("http://"):], "--public-url", n.Base(), "--log-level", "warn", "--metrics-listen", "off"}, args...)
	f, err := os.Create(filepath.Join(t.TempDir(), name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	n.logf = f
	t.Cleanup(func() {
		n.kill()
		f.Close()
		if t.Failed() {
			if b, err := os.ReadFile(f.Name()); err == nil && len(b) > 0 {
				if len(b) > 8000 {
					b = b[len(b)-8000:]
				}
				t.Logf("%s's log (tail):\n%s", name, b)
			}
		}
	})
	return n
}

// Base is the node's API base URL.
func (n *node) Base() string { return fmt.Sprintf("http://127.0.0.1:%d", n.port) }

// start runs the process and waits (bounded) until /readyz answers 200.
func (n *node) start() {
	n.t.Helper()
	cmd := exec.Command(n.bin, n.args...)
	cmd.Stdout, cmd.Stderr = n.logf, n.logf
	if err := cmd.Start(); err != nil {
		n.t.Fatal(err)
	}
	n.cmd, n.done = cmd, make(chan struct{})
	go func(done chan struct{}) { _ = cmd.Wait(); close(done) }(n.done)
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(n.Base() + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return
			}
		}
		select {
		case <-n.done:
			n.t.Fatalf("%s exited during start", n.name)
		case <-time.After(100 * time.Millisecond): // polling the process's readiness, bounded by deadline
		}
		if time.Now().After(deadline) {
			n.t.Fatalf("%s not ready after 60 s", n.name)
		}
	}
}

// kill sends SIGKILL (no shutdown of any kind) and waits for the exit.
func (n *node) kill() {
	if n.cmd == nil {
		return
	}
	_ = n.cmd.Process.Signal(syscall.SIGKILL)
	<-n.done
	n.cmd = nil
}
