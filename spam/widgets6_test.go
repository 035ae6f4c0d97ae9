package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPageFurnitureKinds: the kinds of page furniture from the eighth stop's blind probes,
// each in its own rule file, written for this test: the lines go as a line and glued to the
// end of a paragraph; the news sentences, which open on or use the same words, stay.
func TestPageFurnitureKinds(t *testing.T) {
	for _, c := range []struct {
		name        string
		lines, news []string
	}{
		// A poll's request to vote after its label, a counter of the page's readers, a survey's
		// invitation (kind_widgets6.rules); news that reports a poll, a vote or readers.
		{"PollRequestsAndReaderCounters", []string{
			"Quick poll: Should the library open on Sundays? Vote now and see the results.",
			"Sondaggio: preferisci il mare o la montagna? Vota ora e scopri cosa pensano gli altri.",
			"Umfrage: Soll die Innenstadt autofrei werden? Stimmen Sie jetzt ab!",
			"Sondage : faut-il rouvrir la piscine l'hiver ? Votez maintenant.",
			"Encuesta: ¿Debe abrir la biblioteca los domingos? Vota ahora.",
			"Enquete: a praça deve ganhar uma ciclovia? Vote agora.",
			"Peiling: moet de markt naar het plein verhuizen? Stem nu.",
			"Sonda: czy rynek powinien być deptakiem? Zagłosuj i zobacz wyniki.",
			"1.284 people are reading this article",
			"Op dit moment 311 lezers op deze pagina",
			"Doe mee aan onze korte peiling over het nieuwe plein.",
		}, []string{
			"Residents can vote now at any of the forty polling stations, which stay open until ten.",
			"Sondaggio Ipsos: il 41 per cento degli elettori si dice indeciso, secondo l'istituto.",
			"Umfrage unter Lehrern: Viele halten die Reform für verfehlt, berichtet der Verband.",
			"Sonda CBOS: większość Polaków chce poznać wyniki wyborów jeszcze tej samej nocy.",
			"Two million people are reading the leaked report online, the ministry said.",
		}},
		// An article's tool bar: the switch to a dark mode, the text-size control (kind_tools.rules);
		// news on dark modes and type sizes.
		{"ArticleTools", []string{
			"Switch to dark mode", "Attiva la modalità scura", "Dunklen Modus aktivieren",
			"Passer en mode sombre", "Activar el modo oscuro", "Ativar o modo escuro",
			"Donkere modus inschakelen", "Włącz tryb ciemny",
			"Text size: A- A A+", "Tamaño del texto: A- A A+", "Rozmiar tekstu: A- A A+",
		}, []string{
			"Users can now switch to dark mode in the banking app, the company announced on Tuesday.",
			"Dunkler Modus schont den Akku, zeigen Messungen der Verbraucherzentrale an zwölf Smartphones.",
			"Schriftgröße und Kontrast sind für sehbehinderte Menschen entscheidend, sagt der Blindenverband.",
			"Text size and contrast matter most to older readers, the charity said in its annual report.",
			"Tryb ciemny oszczędza baterię w telefonach z ekranem OLED, wynika z testów fundacji.",
		}},
		// The notifications' bell asked for in the reader's imperative (kind_channels.rules), an
		// event's calendar button, a Polish print button (kind_tools.rules); the request reported.
		{"BellCalendarPrint", []string{
			"Tippen Sie auf die Glocke, um nichts mehr zu verpassen.",
			"Appuyez sur la cloche pour recevoir nos alertes.",
			"Pulsa la campana y recibe nuestras alertas al momento.",
			"Clique no sininho para receber as notícias do dia.",
			"Klik op het belletje voor meldingen van nieuwe artikelen.",
			"Kliknij dzwoneczek, by dostawać powiadomienia o nowych tekstach.",
			"Add this event to your calendar",
			"Wydrukuj tę stronę",
		}, []string{
			"Die Kirchengemeinde bittet: Klicken Sie auf die Glocke im Gemeindeportal, um über Gottesdienste informiert zu werden.",
			"Wer Warnungen will, muss in der App auf die Glocke tippen, erklärte das Bundesamt am Montag.",
			"A Defesa Civil orientou os moradores a clicar no sininho do aplicativo para receber alertas de enchentes.",
			"Wydrukuj tę stronę i zabierz ją na wybory, radzi komisja wyborcza w ulotce dla seniorów.",
		}},
		// The house's own services: the shop for the site's photographs, newsletter preferences, a
		// podcast (kind_house.rules); a trader's shop, a court's ban on writing to a newsroom.
		{"HouseServices", []string{
			"Framed prints of today's front page are available in our online shop.",
			"Le foto della settimana sono in vendita nel nostro shop online.",
			"Gérez vos préférences de newsletters depuis votre compte.",
			"Gestiona tus preferencias de newsletter en cualquier momento.",
			"Beheer je nieuwsbriefvoorkeuren via je profiel.",
			"Słuchaj naszego podcastu w każdy poniedziałek.",
		}, []string{
			"Le libraire réalise un tiers de ses ventes sur notre boutique en ligne, a-t-il expliqué aux élus de la chambre de commerce.",
			"El panadero vende ya un tercio del pan en nuestra tienda online, explicó a los concejales, en referencia a la cooperativa.",
			"Le juge a interdit aux témoins d'écrire à la rédaction du journal avant le procès.",
			"Sąd zakazał świadkom pisania do redakcji przed rozprawą, poinformował rzecznik.",
		}},
		// A recipe page's buttons, a video player's countdown (kind_recipe.rules); sentences that
		// open on the same words.
		{"RecipeButtonsAndCountdown", []string{
			"Jump to recipe", "Vai alla ricetta", "Zum Rezept springen", "Aller à la recette",
			"Valora esta receta", "Avalie esta receita", "Beoordeel dit recept", "Drukuj przepis",
			"The next video starts in 8 seconds", "La prochaine vidéo commence dans 3 secondes",
			"Następny film rozpocznie się za 10 sekund",
		}, []string{
			"Naar het recept van zijn grootmoeder bakt de bakker nog altijd elke ochtend zijn brood.",
			"Vai alla ricetta originale, ha consigliato lo chef ai concorrenti durante la finale.",
			"Das nächste Video startet in Berlin, wo die Band ihre Tour im Herbst beginnt.",
			"El próximo vídeo empieza en la frontera, donde los migrantes esperan desde hace semanas.",
		}},
		// Teasers of service sections (kind_sections.rules), the condolence button (kind_live.rules);
		// news that opens on the same words, reports them or says them in jest.
		{"SectionTeasers", []string{
			"Read your horoscope for the weekend", "Lesen Sie Ihr Tageshoroskop", "Traffico in tempo reale",
			"Consultez l'info trafic avant de prendre la route", "Consulta el estado del tráfico en tu zona",
			"Sprawdź swój horoskop na jutro", "Leave a message of condolence",
			"Plaats een condoleance in het online register",
		}, []string{
			"Live traffic updates from the ring road showed queues of up to five miles after the crash.",
			"Read your horoscope, the columnist joked, before signing any contract this week.",
			"Traffico in tempo reale monitorato dai sensori del Comune: le code sono calate del 20 per cento.",
			"Veja o trânsito em tempo real foi o conselho da prefeitura antes do feriado prolongado.",
			"Sprawdź aktualną sytuację na drogach przed wyjazdem, apeluje policja przed długim weekendem.",
		}},
		// A comment thread's buttons (kind_comments.rules); news that opens on the same words.
		{"CommentThreadButtons", []string{
			"Show 4 replies", "Mostra 7 risposte", "2 Antworten anzeigen", "Voir les 3 réponses",
			"Ver 9 respuestas", "Mostrar 5 respostas", "Toon 6 antwoorden", "Zobacz 8 odpowiedzi",
			"Denunciar este comentario", "Zgłoś ten komentarz jako spam", "Trier par : récents | anciens | populaires",
		}, []string{
			"Trier par taille les déchets recyclables reste compliqué pour les habitants, selon l'enquête de la métropole.",
			"Denunciar este comentario ante la policía fue lo que hizo la alcaldesa tras recibir amenazas en redes.",
			"Zgłoś ten komentarz prokuraturze, zaapelował poseł do wyborców, którzy otrzymali groźby.",
		}},
		// A photo gallery's controls (kind_gallery.rules); news that lists photos or opens a gallery.
		{"GalleryControls", []string{
			"Previous photo Next photo", "Vorheriges Bild Nächstes Bild", "Photo précédente Photo suivante",
			"Foto anterior Foto siguiente", "Vorige foto Volgende foto", "Poprzednie zdjęcie Następne zdjęcie",
			"Open the gallery", "Ouvrir la galerie photos", "Otwórz galerię zdjęć",
		}, []string{
			"De vorige foto, volgende foto en de laatste foto tonen dezelfde man, zei de rechercheur.",
			"Ouvrir la galerie au public le dimanche coûterait 40 000 euros par an, selon la mairie.",
			"Open the gallery doors at nine, the curator told volunteers before the exhibition's first day.",
		}},
		// A print view's footer, a page's link tools (kind_print.rules); news that opens on the same
		// words.
		{"PrintFooterAndLinkTools", []string{
			"Printed from dailyexample.co.uk on 3 April 2025", "Gedruckt von lokalblatt-beispiel.de am 3. April 2025",
			"Kurzlink: https://lb.de/x1", "Lien court : https://jx.fr/a", "Citer cet article", "Cytuj ten artykuł",
			"Copiar el enlace permanente", "Permalink kopiëren",
		}, []string{
			"Printed from 1901 to 1955, the paper was revived online by a group of former reporters last year.",
			"Imprimé depuis 1944 à Lyon, le quotidien quittera son imprimerie historique à la fin de l'année.",
			"Korte link met de snelweg moet de wijk ontlasten, zegt de wethouder.",
			"Cite this article as evidence of the harassment, the lawyer told the court on Tuesday.",
		}},
		// A product box's rating with its reviews' count, price comparison, stock line
		// (kind_ratings.rules); news that rates a hotel or counts an app's reviews.
		{"ProductBoxRatings", []string{
			"4.2 out of 5 stars (389 reviews)", "4,2 von 5 Sternen (389 Bewertungen)", "4,2 sur 5 étoiles (1 389 avis)",
			"Compara precios de 8 tiendas", "Porównaj ceny w 6 sklepach", "Auf Lager – Lieferung in 2 Tagen",
		}, []string{
			"Inspectors rated the hotel 4.5 out of 5 stars, and the owners plan to open a second one next year.",
			"Die Prüfer gaben dem Hotel 4,5 von 5 Sternen, teilte der Verband am Montag mit.",
			"The app has drawn 1,234 reviews",
			"Le film a recueilli plus de 2 000 avis",
		}},
		// A signed-in reader's page: unread notifications, the session's warning, hiding an ad, the
		// author's follow button (kind_session.rules); news on staying connected.
		{"SessionNotices", []string{
			"You have 12 unread notifications", "Ihre Sitzung läuft in 2 Minuten ab. Angemeldet bleiben?",
			"Votre session expire dans 2 minutes. Rester connecté ?", "Ukryj tę reklamę", "Masquer cette annonce",
			"Siga este autor para receber alertas",
		}, []string{
			"Les Français veulent rester connectés pendant les vacances, selon une étude de l'Arcep publiée mardi.",
			"The bank warned customers that your session will expire is a phrase scammers copy in fake emails.",
			"Os idosos querem continuar conectados com a família, mostra pesquisa da universidade.",
		}},
		// A quiz widget: the question's counter, the next question's button, the reader's score
		// (kind_quiz.rules); a minister's "next question" and an examiner's score, reported.
		{"QuizWidget", []string{
			"Question 4 of 12", "Frage 4 von 12", "Pytanie 4 z 12", "Prossima domanda", "Siguiente pregunta",
			"You scored 9 out of 12", "Vous avez obtenu 9 sur 12", "Je hebt 9 van de 12 goed",
		}, []string{
			"Next question, the minister said, and walked away from the microphones without another word.",
			"You scored 7 out of 10 on the citizenship test, the examiner told him, according to court papers.",
			"Fai il nostro quiz, aveva scritto la scuola ai genitori, ma il link portava a un sito truffa.",
		}},
		// An ad slot's furniture and a video's embed button (kind_adchoices.rules); a report on
		// advertising that asks the same question inside its own sentence.
		{"AdSlotFurniture", []string{
			"Why am I seeing this ad?", "Warum sehe ich diese Werbung?", "Dlaczego widzę tę reklamę?",
			"Anzeigen von Google", "Advertenties door Google", "Video einbetten", "Osadź ten film",
		}, []string{
			"Why am I seeing this ad is the question regulators want every platform to answer, the commission said.",
			"Video einbetten dürfen Medien nur mit Erlaubnis des Urhebers, entschied das Gericht.",
		}},
		// An audio player's controls (kind_audio.rules); news on reading speed and playback.
		{"AudioPlayerControls", []string{
			"Show transcript", "Transkript anzeigen", "Descargar episodio", "Pobierz odcinek",
			"Playback speed 1.5x", "Vitesse de lecture 2x", "Afspeelsnelheid 1x",
		}, []string{
			"Vitesse de lecture et compréhension progressent chez les élèves de CM2, selon l'évaluation nationale.",
			"Playback speed settings are used by a third of listeners, the broadcaster's research found.",
		}},
		// An app banner's button to stay in the browser (kind_tools.rules); news on browsers.
		{"AppBannerBrowserButton", []string{
			"Continue in browser", "Continua nel browser", "Im Browser fortfahren", "Continuer dans le navigateur",
			"Seguir en el navegador", "Continuar no navegador", "Verder in de browser", "Kontynuuj w przeglądarce",
		}, []string{
			"Users who continue in the browser see more ads than app users, the regulator found in its study.",
			"Wer im Browser fortfahren will, muss künftig der Datenverarbeitung zustimmen, urteilte das Gericht.",
		}},
	} {
		t.Run(c.name, func(t *testing.T) { assertLinesGo(t, c.lines, c.news) })
	}
}

// TestPollLabelOpensNews: a poll's label opening a sentence of news, before a pollster's name
// or a kicker's colon, is no label cut off the sentence: a poll is news as casinos and crypto
// are (category poll, topicCategories).
func TestPollLabelOpensNews(t *testing.T) {
	s := Default()
	for _, news := range []string{
		"Sondaggio Ipsos: i cittadini potranno consultare i dati completi sul sito da lunedì.",
		"Sondage Ifop : les électeurs pourront consulter les chiffres détaillés dès dimanche soir.",
		"Sonda CBOS: większość ankietowanych popiera nowy rozkład jazdy tramwajów w mieście.",
		"Umfrage unter Pflegekräften: Viele denken an einen Berufswechsel, berichtet die Kammer.",
	} {
		doc := NewDoc([]string{labelParaA, news, labelParaC})
		end, v := s.Lead(news, Context{Doc: doc, Para: 1})
		assert.Zero(t, end, "%q cut: %v", news, v.Evidence)
		assert.False(t, s.ScoreIn(news, Glued, Context{Doc: doc, Para: 1}).Spam, news)
	}
}
