package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/guard"
)

// cmdGuard runs the PHI guard on a file or stdin, locally (no database): a
// lint for template and notice authors. Exit status 1 means it would block.
func cmdGuard(args []string, stdio IO, stdin io.Reader) error {
	if len(args) > 0 && args[0] == "review" {
		return cmdGuardReview(args[1:], stdio, stdin)
	}
	if len(args) == 0 || args[0] != "check" {
		return usageErr("guard: want check FILE|- or review FILE|-")
	}
	fs := flag.NewFlagSet("guard check", flag.ContinueOnError)
	c := newGuardFlags(fs, stdio, "standard (transactional) or strict (marketing)")
	html := fs.Bool("html", false, "the input is HTML")
	asJSON := fs.Bool("json", false, "print findings as JSON")
	m, text, g, err := c.load(fs, args[1:], stdin)
	if err != nil {
		return err
	}
	allow, sender := c.allow, c.sender
	name := "text"
	if *html {
		name = "html"
	}
	findings, err := g.Check(guard.Notice{Fields: []guard.Field{{Name: name, Text: string(text), HTML: *html}}}, &guard.Context{AllowURLs: allow, Sender: sender}, m)
	if err != nil {
		return exitError{1, "guard failed (a notice would be blocked): " + err.Error()}
	}
	if *asJSON {
		if findings == nil {
			findings = []guard.Finding{}
		}
		if err := json.NewEncoder(stdio.Stdout).Encode(map[string]any{"blocked": guard.Blocked(findings), "mode": m.String(), "findings": findings}); err != nil {
			return err
		}
	} else {
		src := c.src
		for _, f := range findings {
			line, col := lineCol(text, f.Start)
			fmt.Fprintf(stdio.Stdout, "%s:%d:%d: %s (%s, confidence %.2f): %s\n", src, line, col, f.Kind, f.Rule, f.Confidence, f.Reason)
		}
		if len(findings) == 0 {
			fmt.Fprintf(stdio.Stdout, "%s: no findings (%s mode)\n", src, m)
		}
	}
	if guard.Blocked(findings) {
		return exitError{1, fmt.Sprintf("%d finding(s): a notice with this text would be blocked", len(findings))}
	}
	return nil
}

// guardFlags are the flags guard check and guard review share.
type guardFlags struct {
	stdio         IO
	src           string // the input's name for messages: the file, or <stdin>
	mode          *string
	allow, sender multiFlag
	dicts         dictFlag
}

func newGuardFlags(fs *flag.FlagSet, stdio IO, modeHelp string) *guardFlags {
	fs.SetOutput(stdio.Stderr)
	c := &guardFlags{stdio: stdio, mode: fs.String("mode", "standard", modeHelp)}
	fs.Var(&c.allow, "allow-url", "URL prefix that may appear (repeatable)")
	fs.Var(&c.sender, "sender", "the sender's name, as the service gives a tenant's display name (repeatable)")
	c.dicts.register(fs)
	return c
}

// load parses args (one FILE, or - for standard input), reads the input and
// builds the guard with the dictionaries asked for.
func (c *guardFlags) load(fs *flag.FlagSet, args []string, stdin io.Reader) (guard.Mode, []byte, *guard.Guard, error) {
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 0, nil, nil, err
	}
	if len(pos) != 1 {
		return 0, nil, nil, usageErr("%s: give one FILE, or - for standard input", fs.Name())
	}
	m, err := guard.ParseMode(*c.mode)
	if err != nil {
		return 0, nil, nil, usageErr("%s: --mode must be standard or strict", fs.Name())
	}
	in, err := readInput(pos[0], stdin)
	if err != nil {
		return 0, nil, nil, err
	}
	if c.src = pos[0]; c.src == "-" {
		c.src = "<stdin>"
	}
	paths := c.dicts.resolve(slog.New(slog.NewTextHandler(c.stdio.Stderr, nil)))
	g, err := guard.New(guard.Options{MedicalDictionaries: paths})
	if err != nil {
		return 0, nil, nil, err
	}
	return m, in, g, nil
}

// parseInterleaved parses flags given before, between and after the
// positional arguments, and returns those.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
	return pos, nil
}

// readInput reads a file, or standard input for "-" (up to 1 MiB).
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, 1<<20))
	}
	return os.ReadFile(name)
}

// lineCol turns a byte offset into a 1-based line and column (in characters).
func lineCol(b []byte, off int) (int, int) {
	off = min(max(off, 0), len(b))
	before := b[:off]
	line := strings.Count(string(before), "\n") + 1
	last := strings.LastIndexByte(string(before), '\n')
	return line, utf8.RuneCount(before[last+1:]) + 1
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// dictFlag is --guard-dictionary (serve and guard check): a medical
// dictionary file for the PHI guard (a hunspell .dic or a plain word list),
// repeatable, each value also a list separated by the path-list separator
// (':' — how SEALPOST_GUARD_DICTIONARY gives several); "none" loads none.
// Not given: the installed ones (guard.DefaultMedicalDictionaries).
type dictFlag struct {
	paths     []string
	set, none bool
}

func (d *dictFlag) register(fs *flag.FlagSet) {
	fs.Var(d, "guard-dictionary", "medical dictionary for the PHI guard, loaded at start (repeatable; \"none\" for none; default: "+
		strings.Join(guard.DefaultDictionaryPaths, ", ")+" if installed: apt-get install hunspell-en-med)")
}

func (d *dictFlag) String() string { return strings.Join(d.paths, string(os.PathListSeparator)) }

func (d *dictFlag) Set(v string) error {
	d.set = true
	for _, p := range filepath.SplitList(v) {
		switch p = strings.TrimSpace(p); p {
		case "":
		case "none":
			d.none = true
		default:
			d.paths = append(d.paths, p)
		}
	}
	return nil
}

// resolve returns the dictionaries to load: the ones named, none for
// "none", else the installed ones — and when that finds none, it logs one
// warning that recall on unlisted drug and condition names is lower.
func (d *dictFlag) resolve(log *slog.Logger) []string {
	if d.none {
		return nil
	}
	if d.set {
		return d.paths
	}
	ps := guard.DefaultMedicalDictionaries()
	if len(ps) == 0 {
		log.Warn("PHI guard: no medical dictionary installed (apt-get install hunspell-en-med, or --guard-dictionary PATH); "+
			"recall on drug and condition names missing from the built-in lists is lower", "looked_for", strings.Join(guard.DefaultDictionaryPaths, ","))
	}
	return ps
}
