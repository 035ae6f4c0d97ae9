package spam

import "testing"

// TestGermanSiteVoice checks German boilerplate read by its form (a formal request about the
// e-paper, an ad label with its continuation, the site's asterisk explained, an
// appeal ending on "supporters like you") and the news sentences that share its words.
func TestGermanSiteVoice(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Holen Sie sich das E-Paper direkt aufs Tablet.",
		"Anzeige – Fortsetzung unten",
		"Bei den mit * markierten Links handelt es sich um Affiliate-Links.",
		"Unabhängiger Journalismus braucht Unterstützer wie Sie.",
		"Das interessiert andere Leser",
		"Werbung: Dieser Beitrag entstand in Kooperation mit unserem Partner.",
		"Ihr Beitrag hilft uns, weiter kritisch zu berichten.",
	} {
		assertSpamBoth(t, s, line, true)
	}
	for _, news := range []string{
		"Überweisen Sie den Beitrag bis Ende März, sonst wird eine Mahngebühr fällig.",
		"Leisten Sie Ihren Beitrag zum Klimaschutz, heißt es auf den Plakaten der Stadt.",
		"Der Verein sucht Unterstützer wie Sie, sagte die Vorsitzende bei der Versammlung.",
		"Die Fortsetzung folgt unten im zweiten Teil der Serie über die Stadtgeschichte.",
		"Viele Leser*innen halten Affiliate-Links für Werbung, zeigt eine Umfrage des Verbands.",
		"Das interessiert andere Leser offenbar weniger, wie die Zahlen des Verlags zeigen.",
		"Die Zeitung ging in Kooperation mit unserem Partnerblatt aus Wien den Spuren des Geldes nach.",
	} {
		assertSpamBoth(t, s, news, false)
	}
}
