package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/dedupe/redisstore"
	"github.com/newsclean/newsclean/filter"
)

// storeOptions turns --store, --scope-from and --drop-duplicates into filter options. The
// returned function closes the store's connections.
func storeOptions(store, scopeFrom string, drop bool) ([]filter.Option, func(), error) {
	nothing := func() {}
	if scopeFrom != "url" && scopeFrom != "none" {
		return nil, nothing, fmt.Errorf("--scope-from must be url or none, not %q", scopeFrom)
	}
	var s dedupe.Store
	closeStore := nothing
	switch {
	case store == "":
		return nil, nothing, nil
	case store == "memory":
		s = dedupe.NewMemoryStore(0, 0)
	case strings.HasPrefix(store, "redis://") || strings.HasPrefix(store, "rediss://") || strings.HasPrefix(store, "unix://"):
		rs, err := redisstore.New(store)
		if err != nil {
			return nil, nothing, err
		}
		s, closeStore = rs, func() { rs.Close() }
	default:
		return nil, nothing, fmt.Errorf("--store must be memory or a redis:// URL, not %q", store)
	}
	return []filter.Option{filter.WithStore(s), filter.WithScopeFromURL(scopeFrom == "url"),
		filter.WithDropDuplicates(drop)}, closeStore, nil
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
