package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCopyrightAfterDash: a short credit line that opens with a copyright sign behind a dash,
// a bar or a bullet (a paragraph that ends "… — " with the credit glued after it) is spam as a
// glued unit, as the credit alone is; a sign inside a sentence is not an opening one.
func TestCopyrightAfterDash(t *testing.T) {
	s := Default()
	for _, line := range []string{"— © Agenzia Nazionale", "| © Ufficio Stampa", "• © Foto Archivio", "- © Gruppo Editoriale Sud"} {
		v := s.ScoreAs(line, Glued)
		assert.True(t, v.Spam, "%q: %+v", line, v)
	}
	assert.True(t, opensWithCopyright(" – © X"))
	assert.False(t, opensWithCopyright("Foto © X"))
	assert.False(t, opensWithCopyright("— Roma, © X"))
}
