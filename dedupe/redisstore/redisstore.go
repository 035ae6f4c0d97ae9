// Package redisstore is a dedupe.Store on Redis, so that many scraper processes on many
// machines share what they have seen.
//
// Each Observe is one round trip: a Lua script counts and records the document's paragraphs,
// reads and extends its LSH bands and stores its record, atomically (Redis runs a script
// without interleaving other commands). Every key it writes has a TTL, refreshed when the key
// is seen again, so the store forgets what no document mentioned for a while; every key starts
// with a versioned prefix ("newsclean:v1:" by default); nothing scans the key space.
//
// The store fails open: when Redis does not answer within the caller's deadline (the Tracker's
// timeout, 50ms by default) Observe returns an error wrapping dedupe.ErrUnavailable, and for a
// short back-off after a failure it returns that error at once without touching the network,
// so a dead Redis costs a scraper nothing but the check. After the back-off the next Observe
// tries again: the store recovers by itself when Redis comes back.
//
// The script reads document records named in band lists, keys it was not passed; it runs on a
// single Redis server or a replicated primary, not on Redis Cluster.
package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/newsclean/newsclean/dedupe"
)

// Defaults.
const (
	DefaultPrefix  = "newsclean:v1:"
	DefaultTTL     = 7 * 24 * time.Hour
	DefaultBackoff = time.Second
)

// Limits the script keeps, as in dedupe.MemoryStore.
const (
	bandDocs      = 8
	maxCandidates = 16
)

// ErrConfig is wrapped by the errors New returns for bad settings.
var ErrConfig = errors.New("redisstore: bad configuration")

// Store is a dedupe.Store on Redis. It is safe for concurrent use.
type Store struct {
	client    *redis.Client
	prefix    string
	ttl       time.Duration
	backoff   time.Duration
	downUntil atomic.Int64 // unix nanoseconds; no network call before it
	now       func() time.Time
}

// Option configures a Store.
type Option func(*Store) error

// WithPrefix sets the namespace every key starts with (default "newsclean:v1:"). Change the
// version when the stored format changes, so old and new processes do not read each other.
func WithPrefix(p string) Option {
	return func(s *Store) error {
		if p == "" {
			return fmt.Errorf("%w: empty prefix", ErrConfig)
		}
		s.prefix = p
		return nil
	}
}

// WithTTL sets how long a key lives after it was last written (default 7 days): the window
// within which paragraphs and documents are remembered.
func WithTTL(d time.Duration) Option {
	return func(s *Store) error {
		if d < time.Second {
			return fmt.Errorf("%w: TTL %v < 1s", ErrConfig, d)
		}
		s.ttl = d
		return nil
	}
}

// WithBackoff sets how long the store answers ErrUnavailable without trying after a failure
// (default 1s).
func WithBackoff(d time.Duration) Option {
	return func(s *Store) error {
		if d < 0 {
			return fmt.Errorf("%w: backoff %v < 0", ErrConfig, d)
		}
		s.backoff = d
		return nil
	}
}

// New connects to the Redis server named by a URL such as "redis://127.0.0.1:6379/0"
// (redis.ParseURL syntax). Connecting is lazy: New does not fail when Redis is down.
func New(url string, opts ...Option) (*Store, error) {
	o, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	// The caller's context carries the deadline; the client must not retry past it, nor wait
	// long for a connection.
	o.MaxRetries = -1
	o.ContextTimeoutEnabled = true
	o.DialTimeout = time.Second
	o.ReadTimeout = time.Second
	o.WriteTimeout = time.Second
	o.PoolTimeout = time.Second
	o.DisableIdentity = true
	return NewClient(redis.NewClient(o), opts...)
}

// NewClient returns a Store on an existing client, which the Store then owns (Close closes it).
func NewClient(c *redis.Client, opts ...Option) (*Store, error) {
	s := &Store{client: c, prefix: DefaultPrefix, ttl: DefaultTTL, backoff: DefaultBackoff, now: time.Now}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Close closes the connections to Redis.
func (s *Store) Close() error { return s.client.Close() }

// observe is the check-and-record script. KEYS: the paragraph sets, the band lists, then the
// document's record. ARGV: the document's member name, the number of paragraphs, of bands, the
// cap on documents per paragraph, the TTL in seconds, the record, the prefix of records, the
// documents kept per band and the most candidates returned.
var observe = redis.NewScript(`
local doc = ARGV[1]
local np, nb = tonumber(ARGV[2]), tonumber(ARGV[3])
local cap, ttl = tonumber(ARGV[4]), tonumber(ARGV[5])
local recPrefix, bandCap, maxCands = ARGV[7], tonumber(ARGV[8]), tonumber(ARGV[9])
local counts = {}
for i = 1, np do
  local k = KEYS[i]
  local n = redis.call('SCARD', k)
  if redis.call('SISMEMBER', k, doc) == 1 then
    n = n - 1
  elseif n < cap then
    redis.call('SADD', k, doc)
  end
  redis.call('EXPIRE', k, ttl)
  counts[i] = n
end
local cands, seen = {}, {}
for i = 1, nb do
  local k = KEYS[np + i]
  local present = false
  for _, id in ipairs(redis.call('LRANGE', k, 0, -1)) do
    if id == doc then
      present = true
    elseif not seen[id] and #cands < maxCands then
      seen[id] = true
      local rec = redis.call('GET', recPrefix .. id)
      if rec then cands[#cands + 1] = rec end
    end
  end
  if not present then
    redis.call('RPUSH', k, doc)
    redis.call('LTRIM', k, -bandCap, -1)
  end
  redis.call('EXPIRE', k, ttl)
end
if nb > 0 then
  redis.call('SET', KEYS[np + nb + 1], ARGV[6], 'EX', ttl)
end
return {counts, cands}
`)

// Observe implements dedupe.Store in one round trip.
func (s *Store) Observe(ctx context.Context, fp *dedupe.Fingerprint) (dedupe.Seen, error) {
	if until := s.downUntil.Load(); until != 0 && s.now().UnixNano() < until {
		return dedupe.Seen{}, fmt.Errorf("%w: backing off after a failure", dedupe.ErrUnavailable)
	}
	keys := make([]string, 0, len(fp.Paragraphs)+len(fp.Bands)+1)
	for _, k := range fp.Paragraphs {
		keys = append(keys, s.prefix+"p:"+k.String())
	}
	for _, k := range fp.Bands {
		keys = append(keys, s.prefix+"b:"+k.String())
	}
	doc := fp.Doc.String()
	keys = append(keys, s.prefix+"d:"+doc)
	var record []byte
	if len(fp.Bands) > 0 {
		record = dedupe.AppendRecord(nil, fp.ID, fp.Signature)
	}
	res, err := observe.Run(ctx, s.client, keys, doc, len(fp.Paragraphs), len(fp.Bands), max(fp.Cap, 1),
		int64(s.ttl/time.Second), record, s.prefix+"d:", bandDocs, maxCandidates).Result()
	if err != nil {
		s.downUntil.Store(s.now().Add(s.backoff).UnixNano())
		return dedupe.Seen{}, fmt.Errorf("%w: %w", dedupe.ErrUnavailable, err)
	}
	s.downUntil.Store(0)
	return parse(res, len(fp.Paragraphs))
}

// parse reads the script's reply: the paragraph counts and the candidate records.
func parse(res any, np int) (dedupe.Seen, error) {
	bad := func(what string) (dedupe.Seen, error) {
		return dedupe.Seen{}, fmt.Errorf("redisstore: unexpected reply: %s", what)
	}
	parts, ok := res.([]any)
	if !ok || len(parts) != 2 {
		return bad("not a pair")
	}
	counts, ok1 := parts[0].([]any)
	cands, ok2 := parts[1].([]any)
	if !ok1 || !ok2 || len(counts) != np {
		return bad("counts or candidates")
	}
	seen := dedupe.Seen{Docs: make([]int, np)}
	for i, c := range counts {
		n, ok := c.(int64)
		if !ok {
			return bad("count " + strconv.Itoa(i))
		}
		seen.Docs[i] = int(n)
	}
	for _, c := range cands {
		b, ok := c.(string)
		if !ok {
			return bad("candidate")
		}
		cand, err := dedupe.ParseRecord([]byte(b))
		if err != nil {
			continue // a record another version wrote: not comparable, skip it
		}
		seen.Candidates = append(seen.Candidates, cand)
	}
	return seen, nil
}
