package redisstore_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/dedupe/redisstore"
	"github.com/newsclean/newsclean/dedupe/storetest"
	"github.com/newsclean/newsclean/filter"
)

// server is a redis-server the tests start on a loopback port, without persistence.
type server struct {
	port int
	cmd  *exec.Cmd
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startServer starts redis-server on port (0: a free one) and waits until it answers. It
// skips the test when redis-server is not installed, and fails it when the CI variable is set
// (CI installs it: see .ci/run).
func startServer(t testing.TB, port int) *server {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("redis-server is not installed but CI is set: .ci/run must install it (apt-get install -y redis-server)")
		}
		t.Skip("redis-server is not installed (apt-get install -y redis-server); skipping the Redis store tests")
	}
	if port == 0 {
		port = freePort(t)
	}
	s := &server{port: port}
	s.cmd = exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "",
		"--appendonly", "no", "--protected-mode", "no")
	require.NoError(t, s.cmd.Start())
	t.Cleanup(s.stop)
	c := redis.NewClient(&redis.Options{Addr: s.addr(), MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for c.Ping(context.Background()).Err() != nil {
		if time.Now().After(deadline) {
			t.Fatalf("redis-server on port %d did not start", port)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return s
}

func (s *server) addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }
func (s *server) url() string  { return "redis://" + s.addr() + "/0" }

func (s *server) stop() {
	if s.cmd.Process != nil && s.cmd.ProcessState == nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
	}
}

var prefixes atomic.Int64

func TestStoreContract(t *testing.T) {
	srv := startServer(t, 0)
	storetest.Run(t, func(t *testing.T) dedupe.Store {
		s, err := redisstore.New(srv.url(), redisstore.WithPrefix(fmt.Sprintf("newsclean:test%d:v1:", prefixes.Add(1))))
		require.NoError(t, err)
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// TestKeys checks that every key the store writes has the versioned prefix and a TTL.
func TestKeys(t *testing.T) {
	srv := startServer(t, 0)
	s, err := redisstore.New(srv.url(), redisstore.WithTTL(time.Hour))
	require.NoError(t, err)
	defer s.Close()
	tr, err := dedupe.NewTracker(s, dedupe.WithTimeout(time.Second))
	require.NoError(t, err)
	for n := 0; n < 4; n++ {
		_, err := tr.Check(context.Background(), dedupe.Document{ID: fmt.Sprint(n), Scope: "x", Paragraphs: storetest.Article(n)})
		require.NoError(t, err)
	}
	c := redis.NewClient(&redis.Options{Addr: srv.addr()})
	defer c.Close()
	keys, err := c.Keys(context.Background(), "*").Result()
	require.NoError(t, err)
	require.NotEmpty(t, keys)
	kinds := map[string]int{}
	for _, k := range keys {
		require.True(t, strings.HasPrefix(k, redisstore.DefaultPrefix), k)
		kinds[k[len(redisstore.DefaultPrefix):][:2]]++
		ttl, err := c.TTL(context.Background(), k).Result()
		require.NoError(t, err)
		assert.Greater(t, ttl, 59*time.Minute, k)
		assert.LessOrEqual(t, ttl, time.Hour, k)
	}
	assert.Equal(t, 4, kinds["d:"], "one record per document")
	assert.Positive(t, kinds["p:"])
	assert.Positive(t, kinds["b:"])
}

// TestServerKilledAndRestarted kills Redis in the middle of a run: cleaning goes on within the
// deadline, keeps what it could not check and says so, and the store recovers by itself when
// Redis is back.
func TestServerKilledAndRestarted(t *testing.T) {
	srv := startServer(t, 0)
	s, err := redisstore.New(srv.url(), redisstore.WithBackoff(100*time.Millisecond))
	require.NoError(t, err)
	defer s.Close()
	// A generous deadline: a loaded CI machine must not turn a live Redis into warnings. A dead
	// one refuses connections at once; the back-off then answers without trying.
	f, err := filter.New(filter.WithStore(s, dedupe.WithTimeout(500*time.Millisecond)))
	require.NoError(t, err)
	clean := func(n int) filter.Result {
		return f.CleanDoc(filter.Doc{ID: fmt.Sprint(n), URL: "https://example.com/" + fmt.Sprint(n),
			Text: strings.Join(storetest.Article(n), "\n\n")})
	}
	for n := 0; n < 4; n++ {
		res := clean(n)
		require.Empty(t, res.Warnings, "document %d", n)
	}
	assert.NotContains(t, clean(4).Text, storetest.Footer, "boilerplate from the fifth document on")

	srv.stop()
	for n := 5; n < 8; n++ {
		start := time.Now()
		res := clean(n)
		elapsed := time.Since(start)
		require.Len(t, res.Warnings, 1, "document %d", n)
		assert.True(t, strings.HasPrefix(res.Warnings[0], filter.WarnStore), res.Warnings[0])
		assert.Contains(t, res.Text, storetest.Footer, "unchecked text is kept")
		assert.True(t, res.Kept)
		assert.Less(t, elapsed, 2*time.Second, "the deadline bounds the wait")
	}

	startServer(t, srv.port) // the same address, empty
	deadline := time.Now().Add(10 * time.Second)
	n := 100
	for {
		res := clean(n)
		n++
		if len(res.Warnings) == 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the store did not recover: %v", res.Warnings)
		time.Sleep(20 * time.Millisecond)
	}
	// Back to normal: the footer is counted again from scratch.
	for i := 0; i < 3; i++ {
		res := clean(n + i)
		assert.Empty(t, res.Warnings)
	}
	assert.NotContains(t, clean(n+3).Text, storetest.Footer)
}

func TestNewErrors(t *testing.T) {
	_, err := redisstore.New("http://nope")
	assert.ErrorIs(t, err, redisstore.ErrConfig)
	_, err = redisstore.New("redis://127.0.0.1:1/0", redisstore.WithTTL(0))
	assert.ErrorIs(t, err, redisstore.ErrConfig)
	_, err = redisstore.New("redis://127.0.0.1:1/0", redisstore.WithPrefix(""))
	assert.ErrorIs(t, err, redisstore.ErrConfig)
	// Nothing listens on port 1: Observe fails with ErrUnavailable, without a panic.
	s, err := redisstore.New("redis://127.0.0.1:1/0")
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Observe(context.Background(), &dedupe.Fingerprint{Paragraphs: []dedupe.Key{dedupe.KeyOf("x")}, Cap: 4})
	assert.ErrorIs(t, err, dedupe.ErrUnavailable)
}

// BenchmarkObserve measures documents per second over loopback: each document is one
// fingerprint of a four-paragraph article with its 20 LSH bands, one round trip. "check" is
// Tracker.Check (words, MinHash and the round trip), "observe" the round trip alone.
func BenchmarkObserve(b *testing.B) {
	srv := startServer(b, 0)
	s, err := redisstore.New(srv.url())
	require.NoError(b, err)
	defer s.Close()
	tr, err := dedupe.NewTracker(s, dedupe.WithTimeout(time.Second))
	require.NoError(b, err)
	docs := make([]dedupe.Document, 64)
	for i := range docs {
		docs[i] = dedupe.Document{Scope: "example.com", Paragraphs: storetest.Article(i)}
	}
	fps := make([]*dedupe.Fingerprint, len(docs))
	for i, d := range docs {
		fps[i], _ = tr.Fingerprint(d)
	}
	for _, par := range []int{1, 8} {
		b.Run(fmt.Sprintf("observe/clients=%d", par), func(b *testing.B) {
			var next atomic.Int64
			b.SetParallelism(par)
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := next.Add(1)
					fp := *fps[i%int64(len(fps))]
					fp.Doc = dedupe.KeyOf("d", strconv.FormatInt(i, 10))
					if _, err := s.Observe(context.Background(), &fp); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
		})
		b.Run(fmt.Sprintf("check/clients=%d", par), func(b *testing.B) {
			var next atomic.Int64
			b.SetParallelism(par)
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := next.Add(1)
					d := docs[i%int64(len(docs))]
					d.ID = strconv.FormatInt(i, 10)
					if _, err := tr.Check(context.Background(), d); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
		})
	}
}
