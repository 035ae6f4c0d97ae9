package filter

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe"
)

// robustDocs returns n generated documents: messy ones in Italian and English with other
// scripts mixed in, ordinary ones, and ones corrupted at the byte level.
func robustDocs(n int) []string {
	docs := make([]string, n)
	for i := range docs {
		docs[i] = newDocGen(uint64(100000 + i)).doc()
	}
	return docs
}

func resultJSON(t testing.TB, res Result) []byte {
	t.Helper()
	b, err := json.Marshal(res)
	require.NoError(t, err)
	return b
}

// cleanHash cleans docs on workers goroutines and returns the SHA-256 of the results' JSON,
// in document order.
func cleanHash(t testing.TB, f *Filter, docs []string, workers int) string {
	t.Helper()
	out := make([][]byte, len(docs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += workers {
				b, err := json.Marshal(f.Clean(docs[i]))
				if err != nil {
					panic(err)
				}
				out[i] = b
			}
		}()
	}
	wg.Wait()
	h := sha256.New()
	for _, b := range out {
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

const determinismDocs = 120

// TestDeterministicGOMAXPROCS cleans the same documents at GOMAXPROCS 1, 2 and 8, on as many
// goroutines, and requires byte-identical JSON.
func TestDeterministicGOMAXPROCS(t *testing.T) {
	docs := robustDocs(determinismDocs)
	f := propFilter()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want := cleanHash(t, f, docs, 1)
	for _, procs := range []int{2, 8} {
		runtime.GOMAXPROCS(procs)
		assert.Equal(t, want, cleanHash(t, f, docs, procs), "GOMAXPROCS=%d", procs)
	}
}

// TestDeterministicAcrossProcesses runs the test binary again, at GOMAXPROCS 1 and 8, to clean
// the same documents, and requires the same hash as this process: no decision may depend on
// map iteration order, addresses or unseeded randomness, which change between processes.
func TestDeterministicAcrossProcesses(t *testing.T) {
	if os.Getenv("NEWSCLEAN_DETERMINISM_OUT") != "" {
		t.Skip("in the child")
	}
	want := cleanHash(t, propFilter(), robustDocs(determinismDocs), 2)
	for _, procs := range []string{"1", "8"} {
		out := filepath.Join(t.TempDir(), "hash")
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeterminismChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "NEWSCLEAN_DETERMINISM_OUT="+out, "GOMAXPROCS="+procs)
		b, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", b)
		got, err := os.ReadFile(out)
		require.NoError(t, err, "%s", b)
		assert.Equal(t, want, string(got), "child process with GOMAXPROCS=%s", procs)
	}
}

// TestDeterminismChild is the child of TestDeterministicAcrossProcesses; it does nothing in a
// normal run.
func TestDeterminismChild(t *testing.T) {
	out := os.Getenv("NEWSCLEAN_DETERMINISM_OUT")
	if out == "" {
		t.Skip("only run by TestDeterministicAcrossProcesses")
	}
	require.NoError(t, os.WriteFile(out, []byte(cleanHash(t, propFilter(), robustDocs(determinismDocs), 4)), 0o644))
}

// TestConcurrentSharedFilter cleans documents on 32 goroutines sharing one Filter (run it
// with -race) and requires every result to equal the sequential one.
func TestConcurrentSharedFilter(t *testing.T) {
	const goroutines = 32
	docs := robustDocs(goroutines * 3)
	docs = append(docs, "", "\xff\xfe\xfd", strings.Repeat("\x00", 100), "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt für den öffentlichen Nahverkehr beschlossen.",
		"Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les transports publics de la ville.")
	for k, f := range []*Filter{propFilter(), defaultFilter()} {
		if k == 1 {
			docs = docs[len(docs)-goroutines:] // the full detector is slow under -race
		}
		want := make([][]byte, len(docs))
		for i, d := range docs {
			want[i] = resultJSON(t, f.Clean(d))
		}
		got := make([][]byte, len(docs))
		var wg sync.WaitGroup
		for g := range goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := g; i < len(docs); i += goroutines {
					b, err := json.Marshal(f.Clean(docs[i]))
					if err != nil {
						panic(err)
					}
					got[i] = b
				}
			}()
		}
		wg.Wait()
		for i := range docs {
			require.Equal(t, string(want[i]), string(got[i]), "document %d", i)
		}
	}
}

// TestConcurrentSharedStore cleans documents on 32 goroutines sharing one Filter with one
// memory store. With a store a result may depend on the documents before it, so the order
// matters; what must hold is the invariants, and that a document the store found nothing
// about comes back as it does without a store.
func TestConcurrentSharedStore(t *testing.T) {
	const goroutines = 32
	f, err := New(WithCandidateLanguages("it", "en"), WithStore(dedupe.NewMemoryStore(10000, 8<<20)))
	require.NoError(t, err)
	docs := robustDocs(goroutines * 4)
	var wg sync.WaitGroup
	results := make([]Result, len(docs))
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(docs); i += goroutines {
				results[i] = f.CleanDoc(Doc{ID: fmt.Sprint(i), URL: fmt.Sprintf("https://site%d.example/a/%d", i%3, i), Text: docs[i]})
			}
		}()
	}
	wg.Wait()
	for i, res := range results {
		checkInvariants(t, docs[i], res)
		if res.DuplicateOf != "" || len(byReason(res, dedupe.ReasonBoilerplate)) > 0 {
			continue
		}
		assert.Equal(t, propFilter().Clean(docs[i]).Text, res.Text, "document %d", i)
	}
}

func byReason(res Result, reason string) []Removal {
	var out []Removal
	for _, r := range res.Removed {
		if r.Reason == reason {
			out = append(out, r)
		}
	}
	return out
}

// withStageHook makes every stage call hook first, inside the stage's panic guard.
func withStageHook(hook func(stage string)) Option {
	return func(c *config) error {
		c.stageHook = hook
		return nil
	}
}

// TestStagePanicContained makes each stage panic in turn: Clean must return, name the stage
// in Result.Warnings, keep what that stage would have removed, and still keep its promises.
func TestStagePanicContained(t *testing.T) {
	in := readSeed(t, "000_d6e3d779cc4e61ef.txt")
	clean, err := New(WithCandidateLanguages("it", "en"))
	require.NoError(t, err)
	full := clean.Clean(in)
	for _, stage := range []string{StageNormalize, StageMeta, StageSpam, StageDedupe, StageStructure, StageLanguage} {
		t.Run(stage, func(t *testing.T) {
			f, err := New(WithCandidateLanguages("it", "en"), withStageHook(func(s string) {
				if s == stage {
					panic("boom in " + s)
				}
			}))
			require.NoError(t, err)
			var res Result
			require.NotPanics(t, func() { res = f.Clean(in) })
			checkInvariants(t, in, res)
			require.NotEmpty(t, res.Warnings)
			assert.Contains(t, res.Warnings[0], "stage-failed: "+stage+": boom in "+stage)
			assert.Empty(t, byStage(res, stage), "a failed stage removes nothing")
			for _, r := range byStage(full, stage) {
				assert.Contains(t, res.Text, strings.TrimSpace(strings.Fields(r.Text)[0]), "text the failed stage would remove is kept")
			}
			// The other stages still work.
			for _, other := range []string{StageSpam, StageDedupe} {
				if other != stage {
					assert.Equal(t, len(byStage(full, other)), len(byStage(res, other)), other)
				}
			}
			if stage != StageLanguage {
				assert.Equal(t, "it", res.Language)
			}
		})
	}
}

// TestMaxBytes checks the documented size limit: input over it comes back unchanged, kept,
// with nothing removed and the reason in Result.Warnings; input at the limit is cleaned.
func TestMaxBytes(t *testing.T) {
	f, err := New(WithCandidateLanguages("it", "en"), WithMaxBytes(100))
	require.NoError(t, err)
	at := strings.Repeat("Una frase qualunque. ", 5)[:100]
	over := at + "x\xff"
	res := f.Clean(over)
	assert.Equal(t, over, res.Text)
	assert.True(t, res.Kept)
	assert.Empty(t, res.Removed)
	require.Len(t, res.Warnings, 1)
	assert.True(t, strings.HasPrefix(res.Warnings[0], WarnTooLarge+": 102 bytes > limit 100"), res.Warnings[0])
	res = f.Clean(at)
	assert.Empty(t, res.Warnings)
	checkInvariants(t, at, res)

	_, err = New(WithMaxBytes(0))
	assert.ErrorIs(t, err, ErrOption)

	// The default limit is 8 MiB.
	big := strings.Repeat("a", DefaultMaxBytes+1)
	res = propFilter().Clean(big)
	assert.Equal(t, DefaultMaxBytes, 8<<20)
	assert.Equal(t, len(big), len(res.Text))
	require.Len(t, res.Warnings, 1)
	assert.Contains(t, res.Warnings[0], WarnTooLarge)
}
