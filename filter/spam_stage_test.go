package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpamStage runs the spam stage on an article written for this test: boilerplate as lines
// of their own, glued to the end and the start of paragraphs, a two-sentence appeal, a run of
// share buttons; and prose that must stay: a subheading, a quoted call to action, a paragraph
// about a newsletter, a capitalised dateline.
func TestSpamStage(t *testing.T) {
	paras := []string{
		"BERLIN — Der Senat hat am Dienstag beschlossen, die Ringbahn ab dem kommenden Jahr im Fünf-Minuten-Takt fahren zu lassen. Die Kosten von rund 40 Millionen Euro teilen sich Bund und Land.",
		"Lesen Sie auch: Warum die S-Bahn im Winter so oft ausfällt",
		"Der Fahrgastverband begrüßte die Entscheidung, forderte aber zugleich mehr Personal in den Stellwerken. „Ohne Fahrdienstleiter fährt kein Zug“, sagte ein Sprecher. Folgen Sie uns auf Instagram",
		"Die Reaktionen",
		"Die Opposition sprach von einem Wahlgeschenk und verwies auf Werbeplakate mit dem Slogan „Jetzt einsteigen, jetzt sparen“, die der Senat schon vor Wochen in Auftrag gegeben habe.",
		"Teilen",
		"Facebook X WhatsApp E-Mail",
		"Die Verkehrsverwaltung verschickt seit Januar einen Newsletter an Pendlerinnen und Pendler, in dem sie über Baustellen informiert. Nach eigenen Angaben haben ihn 12.000 Menschen abonniert.",
		"Unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einer Spende.",
	}
	in := strings.Join(paras, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)

	var removed []string
	for _, r := range byStage(res, StageSpam) {
		removed = append(removed, r.Text)
		assert.NotEmpty(t, r.Reason, r.Text)
		require.NotEmpty(t, r.Evidence, r.Text)
		assert.True(t, strings.HasPrefix(r.Evidence[0], "score="), r.Evidence)
	}
	for _, want := range []string{
		"Lesen Sie auch: Warum die S-Bahn im Winter so oft ausfällt",
		"Folgen Sie uns auf Instagram",
		"Teilen",
		"Facebook X WhatsApp E-Mail",
	} {
		assert.Contains(t, removed, want)
	}
	assert.NotContains(t, res.Text, "Unterstützen Sie unsere Arbeit", "the appeal goes")
	for _, keep := range []string{
		"BERLIN — Der Senat hat am Dienstag beschlossen",
		"„Ohne Fahrdienstleiter fährt kein Zug“, sagte ein Sprecher.",
		"Die Reaktionen",
		"„Jetzt einsteigen, jetzt sparen“",
		"verschickt seit Januar einen Newsletter",
		"haben ihn 12.000 Menschen abonniert.",
	} {
		assert.Contains(t, res.Text, keep)
	}
}

// TestSpamStageSeedClean: nothing of the clean seed article is spam.
func TestSpamStageSeedClean(t *testing.T) {
	in := readSeed(t, "004_2a41b725c6094cd7.txt")
	assert.Empty(t, byStage(Clean(in), StageSpam))
}
