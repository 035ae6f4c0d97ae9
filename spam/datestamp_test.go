package spam

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A page's publishing and updating stamps, written for this test, go as a line and glued to
// the end of a paragraph; sentences that report a publication or an update, and a dateline's
// date alone, stay.
func TestDateStamp(t *testing.T) {
	assertLinesGo(t, []string{
		"Published 3 April 2025, 09:40 BST | Updated 17:05 BST",
		"Last updated: Friday 4 April 2025",
		"Pubblicato il 3 aprile 2025 alle 9:40",
		"Veröffentlicht am 03.04.2025 um 09:40 Uhr, zuletzt aktualisiert um 17:05 Uhr",
		"Publié le 3 avril 2025 à 9h40, mis à jour à 17h05",
		"Actualizado el 03/04/2025 a las 17:05 h.",
		"Atualizado em 03/04/2025 às 17h05",
		"Gepubliceerd op 3 april 2025 om 09:40 uur",
		"Opublikowano: 03.04.2025, 09:40 | Aktualizacja: 03.04.2025, 17:05",
	}, []string{
		"Published in 2019, the report found that rents in the harbour district rose by 4 % a year.",
		"Aggiornato il piano regolatore nel 2024, la giunta punta ora sulle piste ciclabili.",
		"Die Liste wurde zuletzt am 3. April aktualisiert und enthält 412 Namen.",
		"Lundi 3 avril 2025",
	})
}

// TestStampLead: a stamp glued to the start of a paragraph's first sentence is cut off up to
// the capital that opens the article's sentence, past the stamp's own capitalised words;
// nothing is cut when a word no stamp holds comes first.
func TestStampLead(t *testing.T) {
	s := Default()
	for _, c := range []struct{ text, keep string }{
		{"Pubblicato il 3 aprile 2025 alle 9:40 - Aggiornato alle 17:05 Il sindaco ha firmato ieri l'ordinanza sul traffico.",
			"Il sindaco ha firmato ieri l'ordinanza sul traffico."},
		{"Published 3 April 2025, 09:40 | Updated 17:05 Residents of the harbour district complained about the noise for months.",
			"Residents of the harbour district complained about the noise for months."},
		{"Published 3 April 2025 by the county Residents of the harbour district complained about the noise for months.", ""},
		{"Updated Hartley said on 3 April 2025 that the lock gates would cost four million pounds.", ""},
	} {
		end, v := s.Lead(c.text, Context{})
		if c.keep == "" {
			assert.Zero(t, end, "nothing to cut from %q", c.text)
			continue
		}
		if assert.NotZero(t, end, c.text) {
			assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]))
			assert.Contains(t, v.Evidence, DateStampEvidence)
		}
	}
}
