package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReaderImperative: a German or Spanish request to the reader about site furniture is
// evidence of its own; a guide's or a recipe's request, a question, a reported request and a
// sentence of news that opens with a verb are not.
func TestReaderImperative(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Sichern Sie sich jetzt Ihren Zugang zu allen Artikeln.", true},
		{"Holen Sie sich den kostenlosen Newsletter der Redaktion.", true},
		{"Spenden Sie jetzt online.", true},
		{"Unterstützen Sie die Arbeit der Bahnhofsmission!", true},
		{"Hol dir die App fürs Smartphone.", true},
		{"Seguinos en Instagram y TikTok.", true},
		{"Descargá la aplicación y recibí alertas.", true},
		{"Suscríbase al boletín de la mañana.", true},
		{"Jetzt Probefahrt vereinbaren", true},
		{"Jetzt 30 Tage gratis lesen!", true},
		{"Jetzt heißt es abwarten", false},
		{"Jetzt beginnen die Ferien", false},
		{"Jetzt muss gehandelt werden", false},
		{"Schneiden Sie die Zwiebeln in feine Würfel.", false},
		{"Haben Sie schon ein Abo bei unserer Zeitung?", false},
		{"Laden Sie die Warn-App des Bundes herunter, empfahl das Ministerium.", false},
		{"Consulte a su médico antes de tomar cualquier medicamento.", false},
		{"Sigue la búsqueda del joven desaparecido en la sierra.", false},
		{"Hace tres años abrió su cuenta de Twitter para denunciar la corrupción.", false},
		{"Prueba de ello es su cuenta de Instagram, con dos millones de seguidores.", false},
		{"Accede a tu cuenta", true},
		{"Activa las notificaciones", true},
		{"Visite el museo entre semana, aconsejan los guías.", false},
		{"„Abonnieren Sie unseren Kanal“ stand auf dem Plakat.", false},
	} {
		v := s.ScoreAs(c.text, Line)
		assert.Equal(t, c.want, slices.Contains(v.Evidence, "reader-imperative"), "%q: %+v", c.text, v)
	}
}

// TestSupportAppeal: the site asking for support of its journalism in the first person plural
// is evidence of its own; a charity's appeal reported, and news on a newspaper's finances in
// the third person, are not.
func TestSupportAppeal(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Als gemeinnütziges Medium finanzieren wir unsere Recherchen über Spenden.", true},
		{"Con tu aporte seguimos haciendo periodismo independiente.", true},
		{"Podemos apoya la investigación sobre la financiación de los medios públicos.", false},
		{"Der Verlag finanziert seine Redaktion zunehmend über Abonnements.", false},
		{"Wir brauchen Spenden für unabhängigen Journalismus, sagte die Gründerin.", false},
		{"El diario financia su redacción con las suscripciones digitales.", false},
	} {
		v := s.ScoreAs(c.text, Line)
		assert.Equal(t, c.want, slices.Contains(v.Evidence, "support-appeal"), "%q: %+v", c.text, v)
	}
}

// TestClosingNoun: a noun that closes a German sentence is not a label glued to it at no full
// stop, however much it looks like one ("… über jede Spende.", "… bezahlte Anzeige.").
func TestClosingNoun(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"Der Verein freut sich über jede Spende.",
		"Das Plakat war eine bezahlte Anzeige.",
		"Die Partei sammelte im Wahlkampf Spenden.",
	} {
		start, v := s.Tail(text, Context{})
		assert.Zero(t, start, "%q: %+v", text, v)
	}
	assert.True(t, closingNoun("Spende."))
	assert.False(t, closingNoun("Jetzt spenden"))
	assert.False(t, closingNoun("Anzeige"))
}

// TestAffiliateNote: the commission and the links it is paid for in one sentence make an
// affiliate note; reported, the sentence is the news's (lone-phrase-in-prose).
func TestAffiliateNote(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		text      string
		note, spm bool
	}{
		{"Für Käufe über die Links in diesem Text zahlt uns der Händler eine Vergütung.", true, true},
		{"Ganamos una comisión por las compras hechas a través de los enlaces de este artículo.", true, true},
		{"Influencer erhalten für Links zu Produkten oft eine Provision, kritisieren Verbraucherschützer.", true, false},
		{"Der Makler verlangt eine Provision von drei Prozent, sagte der Käufer.", false, false},
	} {
		v := s.ScoreAs(c.text, Line)
		assert.Equal(t, c.note, slices.Contains(v.Evidence, "affiliate-note"), "%q: %+v", c.text, v)
		assert.Equal(t, c.spm, v.Spam, "%q: %+v", c.text, v)
	}
}
