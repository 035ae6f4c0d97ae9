package spam

import "testing"

// TestFrenchCookieButtons: a consent button in the user's first person and a cookie policy's
// sentences on the site's own cookies go; reports on cookies that name who says so stay.
func TestFrenchCookieButtons(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Je refuse les cookies.",
		"J'accepte les cookies et le traitement de mes données.",
		"Je consens au dépôt de cookies publicitaires par nos partenaires.",
	} {
		assertSpamBoth(t, s, line, true)
	}
	for _, news := range []string{
		"La CNIL rappelle que le refus des cookies peut se faire en un clic, aussi simplement que l'acceptation.",
		"Selon l'enquête, le dépôt du cookie intervenait avant même le consentement de l'internaute.",
		"Le jugement reproche au site d'avoir caché le lien gérer les cookies en bas de page, selon l'avocat.",
	} {
		assertSpamBoth(t, s, news, false)
	}
}
