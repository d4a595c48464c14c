package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations(dialect string) ([]migration, error) {
	dir := "migrations/" + dialect
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration %s: name must start with a number", name)
		}
		b, err := migrationFS.ReadFile(dir + "/" + name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migrations for %s are not numbered 1..n (found %s)", dialect, m.name)
		}
	}
	return out, nil
}

// MigrateBefore applies only the migrations that precede the one whose file
// name contains name (and River's): the database as an older release left
// it, for upgrade tests. Unknown names are an error.
func (s *Store) MigrateBefore(ctx context.Context, name string) error {
	ms, err := loadMigrations(s.b.name())
	if err != nil {
		return err
	}
	for i, m := range ms {
		if strings.Contains(m.name, name) {
			return s.b.migrate(ctx, ms[:i])
		}
	}
	return fmt.Errorf("store: no migration named %q", name)
}
