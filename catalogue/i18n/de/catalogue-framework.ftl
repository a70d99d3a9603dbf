# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in German. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Ein umfassender Ansatz zur Integration von Migrantinnen und Migranten auf lokaler Ebene
catalogue-framework-comprehensive-approach-authorship = Titel der Handlungsfelder, Leitfragen und Grundsätze: aus der Quelle zitiert. Fragen und Antwortmöglichkeiten: vom Integration Observatory anhand der in der Quelle genannten Umsetzungsherausforderungen verfasst.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Ausgewogen und umfassend
catalogue-framework-comprehensive-approach-principle-balanced-description = alle Politikbereiche abdeckend, die für die sozioökonomischen und soziokulturellen Aspekte des Integrationsprozesses maßgeblich sind
catalogue-framework-comprehensive-approach-principle-coordinated-title = Koordiniert und geplant
catalogue-framework-comprehensive-approach-principle-coordinated-description = mit einer sektorübergreifenden Verankerung der Integration (Mainstreaming) auf der Grundlage einer Gesamtstrategie und eines regelmäßigen Verfahrens zur Überprüfung und Weiterentwicklung der Politik
catalogue-framework-comprehensive-approach-principle-active-title = Aktiv und zielgerichtet
catalogue-framework-comprehensive-approach-principle-active-description = über die bloße Gewährleistung gleicher Zugangsrechte hinausgehend, mit Unterstützungsmaßnahmen und öffentlichen Dienstleistungen, die auf die besonderen Bedürfnisse von Migrantinnen und Migranten eingehen
catalogue-framework-comprehensive-approach-principle-tailored-title = Maßgeschneidert und differenziert
catalogue-framework-comprehensive-approach-principle-tailored-description = die gesamte Vielfalt der Zuwanderung nach Ursachen, Absichten, Zusammensetzung und Bedingungen in den Herkunftsländern berücksichtigend
catalogue-framework-comprehensive-approach-principle-broadly-based-title = Breit verankert und getragen
catalogue-framework-comprehensive-approach-principle-broadly-based-description = mit einer Politikentwicklung und -umsetzung in Partnerschaft mit lokalen und regionalen Gebietskörperschaften und zivilgesellschaftlichen Organisationen
catalogue-framework-comprehensive-approach-principle-mutual-title = Wechselseitig und verändernd
catalogue-framework-comprehensive-approach-principle-mutual-description = Integration als wechselseitigen Prozess anerkennend, mit aktiver Beteiligung und Anpassungen seitens der Aufnahmegesellschaft

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Stadtverwaltung
catalogue-framework-comprehensive-approach-group-public-bodies = Andere öffentliche Stellen
catalogue-framework-comprehensive-approach-group-civil-society = Zivilgesellschaftliche Organisationen
catalogue-framework-comprehensive-approach-group-migrants = Vertreterinnen und Vertreter von Migrantinnen, Migranten und Geflüchteten
catalogue-framework-comprehensive-approach-group-employers = Arbeitgeber
catalogue-framework-comprehensive-approach-group-researchers = Forschende

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Wie wichtig ist es, dass die Stadt diesem Handlungsfeld in den kommenden Jahren mehr Aufmerksamkeit und Mittel widmet?
catalogue-framework-comprehensive-approach-priorities-source = Die Bewertungsskala der ReSOMA-Befragung von Interessenträgern 2019 (Abschnitt 4, Tabelle 1: 1 – überhaupt nicht wichtig; 5 – sehr wichtig), hier den Interessenträgern der Stadt selbst gestellt.
catalogue-framework-comprehensive-approach-priorities-scale-1 = überhaupt nicht wichtig
catalogue-framework-comprehensive-approach-priorities-scale-2 = wenig wichtig
catalogue-framework-comprehensive-approach-priorities-scale-3 = mäßig wichtig
catalogue-framework-comprehensive-approach-priorities-scale-4 = wichtig
catalogue-framework-comprehensive-approach-priorities-scale-5 = sehr wichtig

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Umfassende Integration ab dem ersten Tag ermöglichen & die Koordinierung zwischen den Behörden für Neuzugewanderte verbessern
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Wie lässt sich sicherstellen, dass Neuzugewanderte sich sofort integrieren und wichtige Dienstleistungen und Rechte in Anspruch nehmen können, sodass lange Wartezeiten, soziale Isolation und Demotivation vermieden werden?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Kann sich eine neu zugewanderte Person an einem Ort (einer zentralen Anlaufstelle oder einem Willkommenszentrum) oder über eine koordinierende Ansprechperson zu Wohnen, Arbeit, Sprachkursen, Schule und Gesundheit beraten lassen?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Nennen Sie den Ort oder die Stelle, die Öffnungszeiten und die abgedeckten Dienstleistungen.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = Nein: Jede Stelle muss einzeln ausfindig gemacht und kontaktiert werden.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = Teilweise: Es gibt eine Anlaufstelle, sie deckt aber nur einige Dienstleistungen oder nur einige Gruppen von Neuzugewanderten ab.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Ja: Ein Ort oder eine Ansprechperson koordiniert alle wichtigen Dienstleistungen, für jede Gruppe von Neuzugewanderten.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = Erhalten Neuzugewanderte bald nach ihrer Ankunft einen individuellen Integrationsplan, der auf einer Erhebung ihres Bedarfs und ihrer vorhandenen Kompetenzen beruht?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Das Programm, wer anspruchsberechtigt ist und wie viele Pläne im vergangenen Jahr erstellt wurden.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Es werden keine individuellen Pläne erstellt.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Nur für einige Gruppen (z. B. anerkannte Flüchtlinge) oder ohne Kompetenzfeststellung.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Allen Neuzugewanderten angeboten, auch im Familiennachzug und zur Erwerbstätigkeit Zugewanderten, mit Kompetenzfeststellung.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Wie lange wartet eine neu zugewanderte Person in der Regel, bis sie einen Sprachkurs beginnt, bis ihre Kinder zur Schule gehen und bis die Arbeitsverwaltung sie betreut?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = Wartezeiten laut den Stellen oder Ihnen bekannte Fälle.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = Für die meisten Monate, oder der Zugang hängt von Voraussetzungen ab, die Neuzugewanderte nicht erfüllen können (Dokumente, Gebühren, vorherige Anmeldung).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = Bei einigen dieser Dienstleistungen wenige Wochen, bei anderen Monate.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = Bei allen dreien innerhalb weniger Wochen.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = Haben Asylbewerberinnen und Asylbewerber, die in der Stadt leben, während des Wartens auf eine Entscheidung Zugang zu früher Integrationsunterstützung (Sprache, Orientierung, Kompetenzfeststellung)?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Die Asylbewerberinnen und Asylbewerbern offenstehenden Angebote und etwaige Bedingungen.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = Nein: Die Unterstützung beginnt erst nach der Anerkennung.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Einige Unterstützung, oder nur für Personen mit guter Bleibeperspektive.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Ja, für alle Asylbewerberinnen und Asylbewerber, ab der Ankunft.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = Tauschen die Stadt, die nationalen Behörden (Migrationsbehörde, Arbeitsverwaltung) und das Aufnahmesystem rechtzeitig Informationen über Ankünfte aus, damit sich die Dienste vorbereiten können?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = Die Vereinbarung (Abkommen, Arbeitsgruppe), wer daran beteiligt ist und wie oft sie zusammenkommt.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = Nein: Die Stadt erfährt von Ankünften, wenn die Menschen zu ihren Diensten kommen.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = Informell oder von Fall zu Fall.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Eine ständige Vereinbarung mit benannten Ansprechpersonen und regelmäßigem Austausch.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Integration als Querschnittsaufgabe in allen Politikbereichen verankern & Integration langfristig unterstützen
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Wie lässt sich sicherstellen, dass die Regeldienste allen Mitgliedern der Gesellschaft Leistungen in gleicher Qualität erbringen, indem sie sich differenziert nach den besonderen, individuellen Bedürfnissen richten, die sich aus dem Migrationskontext ergeben?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = Hat die Stadt eine vom Stadtrat beschlossene Integrationsstrategie mit Zuständigkeiten in allen Ressorts, einem Budget und einer regelmäßigen Überprüfung?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Titel und Datum der Strategie, die darin genannten Ressorts, ihre Haushaltsstelle und ihre letzte Überprüfung.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Keine Strategie.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Eine Strategie, aber ohne Budget, ohne ressortübergreifende Zuständigkeiten oder ohne Überprüfung.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Beschlossen, ressortübergreifend, mit Budget und regelmäßig überprüft.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Werden Mitarbeitende der Regeldienste mit direktem Kontakt zur Bevölkerung (Schulen, Sozialdienste, Gesundheit, Arbeitsvermittlung) in interkultureller Kompetenz und zu den besonderen Bedürfnissen von Migrantinnen und Migranten geschult?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = Schulungsprogramme und wie viele Mitarbeitende im vergangenen Jahr teilgenommen haben.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Keine solchen Schulungen.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = In einigen Diensten oder nur gelegentlich.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Regelmäßige Schulungen in allen wichtigen Diensten.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Sind wichtige Informationen über öffentliche Dienstleistungen in den Hauptsprachen der in der Stadt lebenden Migrantinnen und Migranten verfügbar, und können die Dienste Dolmetscherinnen und Dolmetscher hinzuziehen?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Welche Sprachen, welche Dienste und wie das Dolmetschen organisiert und bezahlt wird.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Nur in der Landessprache; kein Dolmetschen.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Einige Informationen oder Dolmetschen auf Anfrage in einigen Diensten.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Systematisch, in den Hauptsprachen, mit Dolmetschen in jedem wichtigen Dienst.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = Weiß die Stadt, ob ihr eigenes Personal die Vielfalt ihrer Bevölkerung widerspiegelt, und handelt sie danach (Ansprache, Personalgewinnung, Zielvorgaben)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Personalzahlen nach Herkunft, sofern erhoben, und Maßnahmen der Personalgewinnung.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Nicht erfasst, keine Maßnahmen.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Erfasst oder einige Maßnahmen, aber nicht beides.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Erfasst, mit Maßnahmen und Zielvorgaben.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Gibt es Angebote für dauerhafte Niederlassung und sozialen Aufstieg: weiterführende Sprachkurse, nachholende Bildung für Erwachsene, Anerkennung ausländischer Qualifikationen?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Die Angebote, wer sie nutzen darf und ihre Wartelisten.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Nichts über grundlegende Sprach- und Orientierungskurse hinaus.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Einige Angebote, oder Angebote, die einigen Gruppen verschlossen sind.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Eine Reihe von Angeboten, offen für alle Einwohnerinnen und Einwohner, die sie brauchen.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Wirksame Antidiskriminierungspolitik etablieren & Antidiskriminierungsgesetze durchsetzen
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Wie lässt sich sicherstellen, dass strenge Antidiskriminierungsgesetze wirksam durchgesetzt werden und diskriminierendes Verhalten gesellschaftlich inakzeptabel wird?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = Können Einwohnerinnen und Einwohner Diskriminierung bei einer lokalen Anlaufstelle melden (einem städtischen Amt, einer Außenstelle der Gleichbehandlungsstelle oder einer geförderten Organisation), die Betroffene bei einer Beschwerde unterstützt?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Die Anlaufstelle, ihr Personal und wie viele Meldungen sie im vergangenen Jahr erhalten hat.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Keine lokale Anlaufstelle.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Es gibt eine, sie ist aber wenig bekannt oder hat zu wenig Mittel.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Bekannt, leicht erreichbar und mit den Mitteln ausgestattet, Beschwerden zu unterstützen.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = Erfasst die Stadt Diskriminierungsvorfälle und Beschwerden, und veröffentlicht sie die Zahlen?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Der Bericht oder die Seite, auf der die Zahlen veröffentlicht werden.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Nicht erfasst.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Erfasst, aber nicht veröffentlicht.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Erfasst und regelmäßig veröffentlicht.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = Führt die Stadt Kampagnen durch oder unterstützt sie solche, die Migrantinnen und Migranten über ihre Rechte informieren und deutlich machen, dass Diskriminierung verboten und inakzeptabel ist?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Kampagnen der letzten zwei Jahre, ihre Sprachen und ihre Reichweite.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Keine Kampagnen.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Gelegentliche Kampagnen.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Dauerhafte Kampagnen, mit Partnern, in den Hauptsprachen.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = Arbeitet die Stadt mit Vermietern, Arbeitgebern und ihren Verbänden zusammen, um Diskriminierung auf dem Wohnungs- und Arbeitsmarkt zu verhindern (Charta der Vielfalt, Sensibilisierung, Testing)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Vereinbarungen, unterzeichnete Chartas oder Testing-Ergebnisse.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Keine solche Zusammenarbeit.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Einige Initiativen, ohne verbindliche Zusagen.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Systematische Zusammenarbeit, mit verbindlichen Zusagen oder regelmäßigem Testing.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Soziale Investitionen erleichtern & eine angemessene soziale Infrastruktur in Regionen mit stärkerer Zuwanderung sicherstellen
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Wie lässt sich sicherstellen, dass soziale Infrastruktur entsprechend dem Bedarf und der Bevölkerungszahl bereitgestellt wird, insbesondere in Gebieten, deren Bevölkerung durch Zuwanderung wächst?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = Plant die Stadt Plätze in Schulen und Kinderbetreuung, Wohnraum und Gesundheitsdienste anhand von Bevölkerungsszenarien, die Migration einbeziehen?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Das Planungsdokument und das Bevölkerungsszenario, auf das es sich stützt.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = Nein: Die Kapazitäten folgen dem Bedarf, sobald er auftritt.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = Für einige Dienste oder anhand von Szenarien ohne Migration.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = Für alle wichtigen Dienste, anhand von Szenarien mit Migration, regelmäßig aktualisiert.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = Hat die Stadt Mittel mobilisiert (eigene, nationale, EU-Fonds wie ESF+, AMIF oder EFRE), um die soziale Infrastruktur dort auszubauen, wo die Bevölkerung durch Zuwanderung wächst?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Projekte und Beträge der letzten Förderperiode.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Einige Projekte.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Ein geplantes Investitionsprogramm.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Werden Investitionen in Kinderbetreuung, Schulen und Wohnraum im selben Gebiet zwischen den Ressorts und mit anderen Verwaltungsebenen abgestimmt?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = Das Gremium oder Verfahren, das sie abstimmt.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Nicht abgestimmt.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = Von Fall zu Fall.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Über ein ständiges gemeinsames Planungsverfahren.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Gewähren die Zugangsregeln der sozialen Infrastruktur (Wartelisten für Sozialwohnungen, Anforderungen an die Wohnsitzdauer, Gebühren) kürzlich zugewanderten und befristet aufhältigen Migrantinnen und Migranten Zugang zu gleichen Bedingungen?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Die Regeln und etwaige Ausnahmen.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Sie schließen sie aus oder benachteiligen sie.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = Teilweise.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Gleicher Zugang.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Eine Wissensbasis schaffen & die evidenzbasierte Entwicklung und Evaluierung der Integrationspolitik stärken
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Wie lässt sich eine verlässliche Wissensbasis aufbauen, die ein kontinuierliches Monitoring von Integrationsprozessen, das Erkennen politischer Lücken und die Entwicklung von Maßnahmen sowie die Evaluierung und Weiterentwicklung der Politik ermöglicht?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = Beobachtet die Stadt die Ergebnisse der Integration mit Indikatoren für Gruppen von Migrantinnen und Migranten (nach Staatsangehörigkeit, Geburtsland, Aufenthaltsdauer) im Vergleich zu Staatsangehörigen des Landes?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Der Monitoringbericht oder das Dashboard und wie oft er oder es aktualisiert wird.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Kein Monitoring.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Einige Indikatoren, unregelmäßig oder ohne Aufschlüsselung nach Gruppen.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Regelmäßiges indikatorgestütztes Monitoring mit Aufschlüsselung nach Gruppen.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Gibt es für die wichtigsten Ergebnisse der Integration Zahlen auf Ebene der Stadt (nicht nur national): Beschäftigung, Bildung, Wohnen, Gesundheit, Teilhabe?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = Für welche Ergebnisse es Zahlen auf Stadtebene gibt und aus welcher Quelle.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = Für keine oder fast keine.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = Für einige.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = Für die meisten.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Werden Integrationsmaßnahmen auf ihre Wirkung hin evaluiert, und werden die Erkenntnisse genutzt, um die Politik zu ändern?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Evaluierungen der letzten drei Jahre und was sich danach geändert hat.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Keine Evaluierungen.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Einige Evaluierungen, selten genutzt.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Regelmäßige Evaluierungen, die in die Überprüfung der Politik einfließen.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = Befragt die Stadt oder eine Partnereinrichtung die in der Stadt lebenden Migrantinnen und Migranten zu ihrem Zugang zu Dienstleistungen, zu den Hindernissen, auf die sie stoßen, und zu ihrem Bedarf?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = Die Befragung, ihr Jahr und ihre Stichprobe.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Einmal oder unregelmäßig.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Regelmäßig.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = Werden Daten und Erkenntnisse rechtzeitig veröffentlicht, um danach handeln zu können, und so dargestellt, dass sie nicht leicht zur Stigmatisierung von Gruppen missbraucht werden können?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Beispiele von Veröffentlichungen und wie sie die Zahlen darstellen.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Nicht veröffentlicht.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Spät oder ohne Kontext veröffentlicht.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Rechtzeitig veröffentlicht, mit Kontext und Vergleichsgruppen.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Vertrauen und positive Identifikation fördern & Gemeinschaftsbildung zwischen Neuzugewanderten und der Aufnahmegesellschaft anstoßen
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Wie lässt sich Vertrauen zwischen Neuzugewanderten und Einheimischen aufbauen und erhalten, als Ausgangspunkt für ein positives gesellschaftliches Klima, ein Zugehörigkeitsgefühl und die Identifikation mit einem Ort als Zuhause von Menschen unterschiedlicher Herkunft?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = Unterstützt die Stadt regelmäßige Aktivitäten, die alteingesessene Einwohnerinnen und Einwohner und Neuzugewanderte in gemeinsamen Projekten zusammenbringen (Nachbarschaft, Kultur, Sport, Jugend)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Aktivitäten des letzten Jahres und ihre Finanzierung.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Gelegentliche oder kurze Projekte.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Regelmäßige Aktivitäten mit dauerhafter Finanzierung.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = Stellt die öffentliche Kommunikation der Stadt Vielfalt als Ressource dar und zeigt sie die Bevölkerung so, wie sie zusammengesetzt ist?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Kampagnen, Veröffentlichungen, die Website der Stadt und soziale Medien.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = Gelegentlich.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Durchgängig.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = Bekennen sich die politisch Verantwortlichen der Stadt öffentlich zur Stadt als Zuhause für Menschen jeder Herkunft, und reagieren sie, wenn Spannungen oder Desinformation auftreten?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Stellungnahmen, Erklärungen oder Chartas und Reaktionen auf jüngste Vorfälle.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = Manchmal.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Durchgängig.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = Hat die Stadt einen Plan, um bei der gleichzeitigen Ankunft vieler Menschen gemeinsam mit der Zivilgesellschaft und den Sicherheitsakteuren proaktiv und transparent mit der Bevölkerung zu kommunizieren?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Der Plan und wie er angewandt oder geübt wurde.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Kein Plan.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Ad hoc, wenn es so weit ist.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = Ein Plan mit benannten Partnern, angewandt oder geübt.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Teilhabe ermöglichen & Migrantinnen und Migranten mit unterschiedlichem Aufenthaltsstatus, unterschiedlichen Kenntnissen der Landessprache und unterschiedlichem sozialem Kapital einbeziehen
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Wie lässt sich auf allen Ebenen die formelle und informelle Beteiligung von Migrantinnen und Migranten an der Gestaltung der Angelegenheiten ihres neuen Landes erleichtern, um die Teilhabe aller Mitglieder der Gesellschaft zu gewährleisten und die Legitimität des demokratischen Systems zu erhalten?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Gibt es ein unabhängiges beratendes Gremium der in der Stadt lebenden Migrantinnen und Migranten (Beirat, Forum) mit einem Mandat, Mitteln und echtem Einfluss auf die Stadtpolitik?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Seine Satzung, wie die Mitglieder bestimmt werden, sein Budget und seine jüngsten Stellungnahmen.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Kein solches Gremium.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Es besteht, aber ohne Mittel oder Einfluss.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Repräsentativ, mit Mitteln ausgestattet und systematisch angehört.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = Werden Migrantinnen und Migranten an der Ausarbeitung der städtischen Integrationspolitik und an Beteiligungsverfahren (Bürgerforen, Stadtteilplanung) beteiligt?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = Verfahren der letzten zwei Jahre und wie sich Migrantinnen und Migranten daran beteiligt haben.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = Gelegentlich.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Systematisch.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = Informiert die Stadt wahlberechtigte Migrantinnen und Migranten (Eingebürgerte, ausländische Einwohnerinnen und Einwohner mit kommunalem Wahlrecht) über Wahlen und ermutigt sie zur Stimmabgabe?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Informationsmaterial der letzten Wahl und seine Sprachen.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = Bei einigen Wahlen.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = Bei jeder Wahl, in mehreren Sprachen.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = Informiert und unterstützt die Stadt Einwohnerinnen und Einwohner, die sich einbürgern lassen könnten (Information, Beratung, Einbürgerungsfeiern)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Die Angebote und wie viele Personen sie genutzt haben.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = Auf Anfrage.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Aktive Ansprache.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Sind Menschen mit Migrationshintergrund im Stadtrat, in seinen Ausschüssen und in der Stadtspitze ungefähr entsprechend ihrem Anteil an der Bevölkerung vertreten?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = Die Zusammensetzung des Stadtrats und der Ausschüsse, soweit bekannt.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Weit unter ihrem Anteil, und es wird nicht thematisiert.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Unter ihrem Anteil; Maßnahmen werden erörtert.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Nahe ihrem Anteil, oder es gibt Maßnahmen, um dies zu erreichen.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Ehrenamtliches Engagement fördern & eine langfristige Zusammenarbeit zwischen Behörden und Zivilgesellschaft sicherstellen
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Wie lässt sich ein hohes Maß an bürgerschaftlichem und ehrenamtlichem Engagement in der Integrationsunterstützung fördern und erhalten, ebenso das ehrenamtliche Engagement von Migrantinnen und Migranten als Katalysator für ihre gesellschaftliche, soziale und wirtschaftliche Integration?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = Unterstützt die Stadt ehrenamtliche Initiativen im Integrationsbereich mit Schulungen, Koordinierung und Kleinförderungen?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = Die Unterstützungsstruktur (Freiwilligenzentrum, Förderprogramm) und ihr Budget.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Einige Unterstützung, von Fall zu Fall.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Eine ständige Struktur mit Schulungen, Koordinierung und Förderungen.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = Werden die Partnerschaften der Stadt mit zivilgesellschaftlichen Organisationen im Integrationsbereich über mehrere Jahre finanziert statt von Projekt zu Projekt?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Vereinbarungen mit Partnerorganisationen und ihre Laufzeit.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Nur von Projekt zu Projekt.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Einige mehrjährige Vereinbarungen.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Mehrjährige Vereinbarungen mit den wichtigsten Partnern.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = Werden Migrantinnen und Migranten ermutigt und befähigt, sich ehrenamtlich zu engagieren (als Mentorinnen und Mentoren, Sprachmittelnde, in Vereinen), ohne dass das Engagement zur Voraussetzung für irgendetwas wird?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = Programme und wie viele Ehrenamtliche mit Migrationsgeschichte daran teilnehmen.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Einige Möglichkeiten.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Aktiv, mit Ansprache und Unterstützung.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = Sind ehrenamtliche Beiträge mit den öffentlichen Integrationsprogrammen verknüpft, sodass sie öffentliche Dienstleistungen ergänzen und nicht ersetzen?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Vereinbarte Rollen, Verweisungsregelungen.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Keine Verknüpfung.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = Informell.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Vereinbarte Rollen und Verweisungen.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Chancen transnationaler Verbindungen nutzen & Integration als „Dreiwegeprozess“ unter Einbeziehung der Herkunftsländer fördern
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Wie lässt sich erreichen, dass die sozialen, wirtschaftlichen, kulturellen und politischen Verbindungen von Migrantinnen und Migranten zu ihrem Herkunftsland zur Integration und zum Wohlergehen im Zielland beitragen?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = Arbeitet die Stadt mit Diaspora- und Migrantenorganisationen als Partnern zusammen (Anhörung, gemeinsame Projekte)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Organisationen, mit denen die Stadt zusammenarbeitet, und die gemeinsamen Projekte.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = Gelegentlich.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Systematisch.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Werden die Herkunftssprachen in der Schule oder außerhalb unterrichtet oder gefördert und als Kompetenzen wertgeschätzt?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Kurse, Schulen und die angebotenen Sprachen.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Einige Angebote.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Ja, in den Hauptsprachen der Einwohnerinnen und Einwohner der Stadt.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Hilft die Wirtschaftsförderung der Stadt Unternehmerinnen und Unternehmern mit Migrationsgeschichte, ihre Verbindungen zu ihren Herkunftsländern zu nutzen (Handel, Investitionen, Arbeitsplätze)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = Programme der Wirtschaftsförderung.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Nur allgemeine Wirtschaftsförderung.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Gezielte Unterstützung.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = Arbeitet die Stadt mit Herkunftsstädten oder -regionen zusammen (Partnerschaften, Projekte der gemeinsamen Entwicklung, Information vor der Ausreise)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Partnerschaften und Projekte.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Gelegentliche Projekte.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Ständige Partnerschaften.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Ortsbezogenes Empowerment von Gemeinschaften unterstützen & lokale Potenziale für die Stadtteilentwicklung freisetzen
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Wie lassen sich die Fähigkeiten zur zivilgesellschaftlichen Selbstorganisation fördern und Stadtteile dabei unterstützen, ein höheres Maß an sozialer Einbindung zu erreichen, soziale Isolation zu überwinden, Spannungen abzubauen und den Zugang zu Ressourcen, das Wohlergehen und die wirtschaftlichen Aussichten zu verbessern?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = Gibt es in Stadtteilen mit vielen Migrantinnen und Migranten Beteiligungsformate oder -budgets, in denen die Bewohnerinnen und Bewohner über lokale Projekte entscheiden?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Die Formate, ihre Budgets und wer teilgenommen hat.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Ein Pilotprojekt oder in wenigen Stadtteilen.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Überall eingeführt, wo sie gebraucht werden.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Gibt es in diesen Stadtteilen genügend Begegnungsorte: Stadtteil- und Jugendzentren, Bibliotheken, für Eltern offene Schulen, guten öffentlichen Raum?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Die Einrichtungen und ihre Öffnungszeiten.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Wenige oder keine.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Einige, mit zu wenig Mitteln.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = Genügend, und gut genutzt.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = Gibt es in diesen Stadtteilen professionelle, interkulturell kompetente Gemeinwesenarbeit, Mediation und Konfliktmanagement?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = Die Angebote, ihr Personal und ihre Finanzierung.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Teilweise oder befristet.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Ja, mit dauerhafter Finanzierung.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = Beobachtet die Stadt soziale Entwicklungen auf Ebene der Stadtteile, sodass sie gemeinsam mit den Interessenträgern frühzeitig handeln kann?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = Die kleinräumigen Zahlen, die die Stadt nutzt, und wie oft.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Einige Zahlen, unregelmäßig.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Regelmäßiges kleinräumiges Monitoring.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Sind die Bemühungen in den Stadtteilen mit Stadterneuerung, Wohnungswesen und lokaler Wirtschaftsförderung verknüpft und zwischen den Ressorts abgestimmt?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = Programme, die sie verbinden.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = Nein.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = Teilweise.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = In einem Programm abgestimmt.
