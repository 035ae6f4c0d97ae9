package filter

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// report is the part of a Result kept in report.json, everything but the text.
type report struct {
	Language   string            `json:"language"`
	Confidence float64           `json:"confidence"`
	Kept       bool              `json:"kept"`
	Reason     string            `json:"reason,omitempty"`
	Meta       map[string]string `json:"meta"`
	Removed    []Removal         `json:"removed"`
	Warnings   []string          `json:"warnings,omitempty"`
}

// TestGolden cleans testdata/golden/<case>/input.txt and compares with want.txt and
// report.json; -update rewrites them. Each case is also cleaned a second time to check that
// cleaning is idempotent.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/golden/*")
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, "input.txt"))
			require.NoError(t, err)
			res := Clean(string(in))
			checkInvariants(t, string(in), res)
			rep := report{res.Language, res.Confidence, res.Kept, res.Reason, res.Meta, res.Removed, res.Warnings}
			got, err := json.MarshalIndent(rep, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			if *update {
				require.NoError(t, os.WriteFile(filepath.Join(dir, "want.txt"), []byte(res.Text+"\n"), 0o644))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "report.json"), got, 0o644))
			}
			want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
			require.NoError(t, err)
			assert.Equal(t, string(want), res.Text+"\n", "text differs; run go test ./filter -run Golden -update and review the diff")
			wantRep, err := os.ReadFile(filepath.Join(dir, "report.json"))
			require.NoError(t, err)
			assert.JSONEq(t, string(wantRep), string(got))

			again := Clean(res.Text)
			assert.Equal(t, res.Text, again.Text, "not idempotent")
			assert.Empty(t, again.Removed, "second pass removed more")
		})
	}
}
