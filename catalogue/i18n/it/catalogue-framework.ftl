# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in Italian. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Un approccio globale all'integrazione dei migranti a livello locale
catalogue-framework-comprehensive-approach-authorship = Titoli degli ambiti prioritari, domande chiave e principi: citati dalla fonte. Domande e opzioni di risposta: redatte dall'Integration Observatory sulla base delle sfide di attuazione indicate nella fonte.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Equilibrato e globale
catalogue-framework-comprehensive-approach-principle-balanced-description = che copre tutti i settori d'intervento pertinenti per gli aspetti socioeconomici e socioculturali del processo di integrazione
catalogue-framework-comprehensive-approach-principle-coordinated-title = Coordinato e pianificato
catalogue-framework-comprehensive-approach-principle-coordinated-description = con un'integrazione trasversale (mainstreaming) in tutti i settori, fondata su una strategia complessiva e su un processo periodico di riesame e ulteriore sviluppo delle politiche
catalogue-framework-comprehensive-approach-principle-active-title = Attivo e mirato
catalogue-framework-comprehensive-approach-principle-active-description = che va oltre la semplice garanzia di pari diritti di accesso, con misure di sostegno e servizi pubblici che rispondono alle esigenze specifiche dei migranti
catalogue-framework-comprehensive-approach-principle-tailored-title = Su misura e differenziato
catalogue-framework-comprehensive-approach-principle-tailored-description = che tiene conto dell'intera varietà dei flussi in entrata quanto a cause, intenzioni, composizione e condizioni nei paesi di origine
catalogue-framework-comprehensive-approach-principle-broadly-based-title = Ampiamente condiviso e sostenuto
catalogue-framework-comprehensive-approach-principle-broadly-based-description = con l'elaborazione e l'attuazione delle politiche in partenariato con le autorità locali e regionali e con le organizzazioni della società civile
catalogue-framework-comprehensive-approach-principle-mutual-title = Reciproco e trasformativo
catalogue-framework-comprehensive-approach-principle-mutual-description = che riconosce l'integrazione come un processo bidirezionale, con il coinvolgimento attivo e gli adattamenti da parte della società di accoglienza

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Amministrazione comunale
catalogue-framework-comprehensive-approach-group-public-bodies = Altri enti pubblici
catalogue-framework-comprehensive-approach-group-civil-society = Organizzazioni della società civile
catalogue-framework-comprehensive-approach-group-migrants = Rappresentanti di migranti e rifugiati
catalogue-framework-comprehensive-approach-group-employers = Datori di lavoro
catalogue-framework-comprehensive-approach-group-researchers = Ricercatori

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Quanto è importante che la città dedichi a questo ambito prioritario più attenzione e risorse nei prossimi anni?
catalogue-framework-comprehensive-approach-priorities-source = La scala dell'indagine ReSOMA 2019 presso i portatori di interessi (sezione 4, tabella 1: 1 – per niente importante; 5 – molto importante), proposta ai portatori di interessi della città stessa.
catalogue-framework-comprehensive-approach-priorities-scale-1 = per niente importante
catalogue-framework-comprehensive-approach-priorities-scale-2 = poco importante
catalogue-framework-comprehensive-approach-priorities-scale-3 = abbastanza importante
catalogue-framework-comprehensive-approach-priorities-scale-4 = importante
catalogue-framework-comprehensive-approach-priorities-scale-5 = molto importante

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Consentire un'integrazione globale fin dal primo giorno e migliorare il coordinamento tra le autorità per i nuovi arrivati
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Come garantire che i nuovi arrivati possano integrarsi e accedere immediatamente ai servizi e ai diritti fondamentali, evitando lunghi periodi di attesa, isolamento sociale e demotivazione?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Una persona appena arrivata può ottenere consulenza su alloggio, lavoro, corsi di lingua, istruzione e salute in un unico luogo (uno sportello unico o un centro di accoglienza) o tramite un unico referente che coordina?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Indichi il luogo o il servizio, gli orari di apertura e i servizi che copre.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = No: ogni servizio va individuato e contattato separatamente.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = In parte: esiste un punto di contatto, ma copre solo alcuni servizi o solo alcuni gruppi di nuovi arrivati.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Sì: un unico luogo o referente coordina tutti i servizi fondamentali, per ogni gruppo di nuovi arrivati.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = I nuovi arrivati ricevono, poco dopo l'arrivo, un piano individuale di integrazione basato su una valutazione dei loro bisogni e delle competenze che già possiedono?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Il programma, chi ne ha diritto e quanti piani sono stati redatti l'anno scorso.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Non vengono redatti piani individuali.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Solo per alcuni gruppi (ad es. i rifugiati riconosciuti) o senza valutazione delle competenze.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Offerto a tutti i nuovi arrivati, compresi i migranti per ricongiungimento familiare e per lavoro, con valutazione delle competenze.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Quanto attende di solito una persona appena arrivata prima di iniziare un corso di lingua, prima che i suoi figli vadano a scuola e prima di essere presa in carico dai servizi per l'impiego?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = I tempi di attesa indicati dai servizi, o casi di cui Lei è a conoscenza.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = Mesi per la maggior parte, oppure l'accesso dipende da condizioni che i nuovi arrivati non possono soddisfare (documenti, tariffe, iscrizione anagrafica preventiva).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = Poche settimane per alcuni di questi servizi, mesi per altri.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = Entro poche settimane per tutti e tre.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = I richiedenti asilo che vivono in città hanno accesso a un sostegno precoce all'integrazione (lingua, orientamento, valutazione delle competenze) mentre attendono una decisione?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Le offerte aperte ai richiedenti asilo ed eventuali condizioni.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = No: il sostegno inizia solo dopo il riconoscimento.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Un certo sostegno, o solo per chi ha buone probabilità di essere riconosciuto.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Sì, per tutti i richiedenti asilo, fin dall'arrivo.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = La città, le autorità nazionali (ufficio immigrazione, servizi per l'impiego) e il sistema di accoglienza si scambiano tempestivamente informazioni sugli arrivi, in modo che i servizi possano prepararsi?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = L'accordo (protocollo, gruppo di lavoro), chi vi partecipa e con quale frequenza si riunisce.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = No: la città viene a sapere degli arrivi quando le persone si presentano ai suoi servizi.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = In modo informale o caso per caso.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Un accordo permanente con referenti designati e scambi regolari.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Rendere l'integrazione trasversale a tutti i settori d'intervento (mainstreaming) e sostenere l'integrazione nel lungo periodo
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Come garantire che i servizi pubblici ordinari offrano servizi di pari qualità a tutti i membri della società, compiendo sforzi differenziati in funzione delle esigenze specifiche e individuali che derivano dal contesto migratorio?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = La città dispone di una strategia di integrazione approvata dal consiglio comunale, con responsabilità ripartite tra i settori, un bilancio e un riesame periodico?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Il titolo e la data della strategia, i settori che vi sono indicati, la sua voce di bilancio e il suo ultimo riesame.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Nessuna strategia.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Una strategia, ma senza bilancio, senza responsabilità ripartite tra i settori o senza riesame.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Approvata, trasversale ai settori, con un bilancio e riesaminata periodicamente.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Il personale a contatto con il pubblico dei servizi ordinari (scuole, servizi sociali, sanità, servizi per l'impiego) è formato alla competenza interculturale e alle esigenze specifiche dei migranti?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = I programmi di formazione e quanti dipendenti vi hanno partecipato l'anno scorso.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Nessuna formazione di questo tipo.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = In alcuni servizi, o solo occasionalmente.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Formazione periodica in tutti i principali servizi.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Le informazioni essenziali sui servizi pubblici sono disponibili nelle principali lingue dei residenti migranti della città, e i servizi possono ricorrere a interpreti?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Quali lingue, quali servizi e come l'interpretariato è organizzato e pagato.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Solo nella lingua nazionale; nessun interpretariato.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Alcune informazioni, o interpretariato su richiesta in alcuni servizi.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Sistematicamente, nelle lingue principali, con interpretariato in ogni servizio principale.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = La città sa se il proprio personale rispecchia la diversità della sua popolazione, e interviene di conseguenza (sensibilizzazione, assunzioni, obiettivi)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Dati sul personale per origine, se rilevati, e misure di reclutamento.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Non rilevato, nessuna misura.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Rilevato, oppure alcune misure, ma non entrambe le cose.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Rilevato, con misure e obiettivi.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Esistono offerte per l'insediamento a lungo termine e la mobilità sociale: corsi di lingua avanzati, percorsi di recupero dell'istruzione per adulti, riconoscimento dei titoli di studio esteri?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Le offerte, chi può usufruirne e le relative liste d'attesa.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Nulla oltre ai corsi di base di lingua e di orientamento.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Alcune offerte, oppure offerte precluse ad alcuni gruppi.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Una gamma di offerte aperte a tutti i residenti che ne hanno bisogno.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Stabilire politiche efficaci di non discriminazione e far rispettare le leggi contro la discriminazione
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Come garantire che leggi incisive contro la discriminazione siano applicate efficacemente e che i comportamenti discriminatori diventino socialmente inaccettabili?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = I residenti possono segnalare una discriminazione a un punto di contatto locale (un ufficio comunale, una sede dell'organismo per la parità o un'organizzazione finanziata) che sostiene le vittime nel presentare un reclamo?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Il punto di contatto, il suo personale e quante segnalazioni ha ricevuto l'anno scorso.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Nessun punto di contatto locale.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Esiste, ma è poco conosciuto o dispone di troppo poche risorse.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Conosciuto, facilmente raggiungibile e con le risorse per sostenere i reclami.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = La città monitora gli episodi di discriminazione e i reclami, e ne pubblica i dati?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Il rapporto o la pagina in cui i dati sono pubblicati.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Non monitorati.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Raccolti, ma non pubblicati.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Raccolti e pubblicati regolarmente.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = La città realizza o sostiene campagne che informano i migranti dei loro diritti e affermano che la discriminazione è vietata e inaccettabile?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Le campagne degli ultimi due anni, le loro lingue e la loro diffusione.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Nessuna campagna.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Campagne occasionali.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Campagne continuative, con partner, nelle lingue principali.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = La città collabora con locatori, datori di lavoro e le loro associazioni per prevenire la discriminazione nell'accesso all'alloggio e nel mercato del lavoro (carte della diversità, sensibilizzazione, test di discriminazione)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Accordi, carte sottoscritte o risultati dei test.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Nessuna collaborazione di questo tipo.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Alcune iniziative, senza impegni vincolanti.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Collaborazione sistematica, con impegni vincolanti o test periodici.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Agevolare gli investimenti sociali e garantire infrastrutture sociali adeguate nelle regioni con livelli di immigrazione più elevati
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Come garantire che le infrastrutture sociali siano fornite in linea con la domanda e con il numero di abitanti, in particolare nelle aree che affrontano una popolazione in crescita a seguito dell'immigrazione?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = La città pianifica i posti nelle scuole e nei servizi per l'infanzia, gli alloggi e i servizi sanitari sulla base di scenari demografici che includono la migrazione?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Il documento di pianificazione e lo scenario demografico che utilizza.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = No: la capacità segue la domanda quando questa si manifesta.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = Per alcuni servizi, oppure sulla base di scenari che non considerano la migrazione.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = Per tutti i principali servizi, sulla base di scenari con migrazione, aggiornati regolarmente.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = La città ha mobilitato finanziamenti (propri, nazionali, fondi UE come FSE+, FAMI o FESR) per ampliare le infrastrutture sociali dove l'immigrazione fa crescere la popolazione?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Progetti e importi dell'ultimo periodo di programmazione.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Alcuni progetti.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Un programma di investimenti pianificato.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Gli investimenti in servizi per l'infanzia, scuole e alloggi sullo stesso territorio sono coordinati tra i settori dell'amministrazione e con gli altri livelli di governo?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = L'organo o la procedura che li coordina.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Non coordinati.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = Caso per caso.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Mediante una procedura permanente di pianificazione congiunta.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Le regole di accesso alle infrastrutture sociali (graduatorie per l'edilizia residenziale pubblica, requisiti di residenza, tariffe) consentono ai migranti arrivati di recente e a quelli temporanei di accedervi a parità di condizioni?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Le regole ed eventuali eccezioni.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Li escludono o li svantaggiano.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = In parte.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Parità di accesso.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Creare una base di conoscenze e rafforzare l'elaborazione e la valutazione di politiche di integrazione basate su dati concreti
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Come alimentare una base di conoscenze affidabile, che consenta il monitoraggio continuo dei processi di integrazione, l'individuazione delle lacune delle politiche e l'elaborazione di misure, la valutazione e l'ulteriore sviluppo delle politiche?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = La città monitora i risultati dell'integrazione con indicatori per i gruppi di migranti (per cittadinanza, paese di nascita, durata del soggiorno), a confronto con i cittadini nazionali?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Il rapporto di monitoraggio o il cruscotto e con quale frequenza viene aggiornato.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Nessun monitoraggio.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Alcuni indicatori, in modo irregolare o senza disaggregazione per gruppo.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Monitoraggio regolare basato su indicatori, con disaggregazione per gruppo.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Sono disponibili dati a livello comunale (non solo nazionale) per i principali risultati dell'integrazione: occupazione, istruzione, alloggio, salute, partecipazione?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = Per quali risultati esistono dati a livello comunale, e da quale fonte.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = Per nessuno o quasi nessuno.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = Per alcuni.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = Per la maggior parte.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Le misure di integrazione sono valutate in base ai risultati, e le conclusioni sono utilizzate per modificare le politiche?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Le valutazioni degli ultimi tre anni e che cosa è cambiato in seguito.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Nessuna valutazione.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Alcune valutazioni, raramente utilizzate.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Valutazioni periodiche che confluiscono nel riesame delle politiche.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = La città, o un partner, svolge indagini presso i residenti migranti sul loro accesso ai servizi, sugli ostacoli che incontrano e sui loro bisogni?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = L'indagine, l'anno e il campione.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Una volta, o in modo irregolare.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Regolarmente.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = I dati e le conclusioni sono pubblicati in tempo utile per intervenire e presentati in modo che non possano essere facilmente strumentalizzati per stigmatizzare dei gruppi?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Esempi di pubblicazioni e di come presentano i dati.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Non pubblicati.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Pubblicati in ritardo, o senza contesto.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Pubblicati in tempo utile, con contesto e gruppi di confronto.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Promuovere la fiducia e un'identificazione positiva e avviare la costruzione di comunità tra i nuovi arrivati e la società di accoglienza
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Come costruire e mantenere la fiducia tra nuovi arrivati e residenti, come punto di partenza per un clima sociale positivo, un senso di appartenenza e l'identificazione con un luogo in quanto casa di persone di diversa provenienza?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = La città sostiene attività regolari che riuniscono residenti di lunga data e nuovi arrivati in progetti comuni (quartiere, cultura, sport, giovani)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Le attività dell'ultimo anno e il loro finanziamento.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Progetti occasionali o di breve durata.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Attività regolari con un finanziamento stabile.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = La comunicazione pubblica della città presenta la diversità come una risorsa e mostra la popolazione per come è composta?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Campagne, pubblicazioni, il sito web della città e i social media.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = Occasionalmente.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Costantemente.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = I vertici politici della città si impegnano pubblicamente per una città che sia casa per persone di ogni provenienza, e reagiscono quando emergono tensioni o disinformazione?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Dichiarazioni, prese di posizione o carte, e reazioni a episodi recenti.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = A volte.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Costantemente.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = La città dispone di un piano per comunicare in modo proattivo e trasparente con i residenti quando arrivano molte persone contemporaneamente, insieme alla società civile e ai soggetti competenti per la sicurezza?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Il piano, e come è stato applicato o simulato.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Nessun piano.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Gestito caso per caso quando accade.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = Un piano con partner designati, applicato o simulato.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Consentire la partecipazione e coinvolgere migranti con status di soggiorno, conoscenza della lingua del paese ospitante e capitale sociale diversi
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Come agevolare, a tutti i livelli, la partecipazione formale e informale dei migranti alla gestione degli affari del loro nuovo paese, al fine di garantire la partecipazione di tutti i membri della società e preservare la legittimità del sistema democratico?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Esiste un organo consultivo indipendente dei residenti migranti (consulta, forum) con un mandato, risorse e un'effettiva voce in capitolo nelle politiche della città?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Il suo statuto, come sono scelti i membri, il suo bilancio e i pareri espressi di recente.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Nessun organo di questo tipo.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Esiste, ma senza risorse o influenza.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Rappresentativo, dotato di risorse e consultato sistematicamente.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = I migranti sono coinvolti nell'elaborazione delle politiche di integrazione della città e nei processi partecipativi (forum dei cittadini, pianificazione di quartiere)?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = I processi degli ultimi due anni e come vi hanno partecipato i migranti.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = Occasionalmente.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Sistematicamente.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = La città informa i migranti aventi diritto di voto (cittadini naturalizzati, residenti stranieri con diritto di voto alle elezioni locali) sulle elezioni e li incoraggia a votare?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Il materiale informativo delle ultime elezioni e le sue lingue.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = In alcune elezioni.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = In ogni elezione, in più lingue.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = La città informa e sostiene i residenti che potrebbero acquisire la cittadinanza per naturalizzazione (informazione, consulenza, cerimonie)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Le offerte e quante persone ne hanno usufruito.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = Su richiesta.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Con iniziative attive per raggiungerli.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Le persone con background migratorio sono rappresentate nel consiglio comunale, nelle sue commissioni e ai vertici della città in misura approssimativamente corrispondente alla loro quota nella popolazione?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = La composizione del consiglio e delle commissioni, se nota.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Molto al di sotto della loro quota, e la questione non è discussa.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Al di sotto della loro quota; si discutono misure.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Vicina alla loro quota, oppure sono in atto misure per raggiungerla.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Incoraggiare il volontariato e garantire una collaborazione di lungo periodo tra le autorità e la società civile
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Come incoraggiare e mantenere livelli elevati di coinvolgimento dei cittadini e di volontariato nel sostegno all'integrazione, nonché il volontariato dei migranti come catalizzatore della loro integrazione civica, sociale ed economica?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = La città sostiene le iniziative di volontariato nel campo dell'integrazione con formazione, coordinamento e piccoli contributi?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = La struttura di sostegno (centro di servizio per il volontariato, bando di contributi) e il suo bilancio.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Un certo sostegno, caso per caso.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Una struttura permanente con formazione, coordinamento e contributi.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = I partenariati della città con le organizzazioni della società civile nel campo dell'integrazione sono finanziati su più anni anziché progetto per progetto?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Gli accordi con le organizzazioni partner e la loro durata.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Solo progetto per progetto.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Alcuni accordi pluriennali.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Accordi pluriennali con i partner principali.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = I migranti sono incoraggiati e messi in condizione di fare volontariato (come mentori, interpreti, nelle associazioni), senza che il volontariato diventi una condizione per ottenere alcunché?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = I programmi e quanti volontari migranti vi partecipano.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Alcune opportunità.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Attivamente, con iniziative di sensibilizzazione e sostegno.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = I contributi dei volontari sono collegati ai programmi pubblici di integrazione, in modo da integrare i servizi pubblici senza sostituirli?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Ruoli concordati, modalità di invio ai servizi.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Nessun collegamento.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = In modo informale.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Ruoli concordati e invii ai servizi.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Cogliere le opportunità dei legami transnazionali e promuovere l'integrazione come «processo a tre vie» che includa i paesi di origine
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Come fare in modo che i legami sociali, economici, culturali e politici dei migranti con il loro paese di origine contribuiscano all'integrazione e al benessere nel paese di destinazione?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = La città coinvolge le organizzazioni della diaspora e dei migranti come partner (consultazione, progetti comuni)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Le organizzazioni con cui la città collabora e i progetti comuni.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = Occasionalmente.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Sistematicamente.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Le lingue di origine sono insegnate o sostenute, a scuola o fuori dalla scuola, e valorizzate come competenze?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Corsi, scuole e lingue offerte.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Alcune offerte.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Sì, nelle principali lingue dei residenti della città.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Il sostegno alle imprese offerto dalla città aiuta gli imprenditori migranti a valorizzare i loro legami con i paesi di origine (commercio, investimenti, posti di lavoro)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = I programmi dei servizi di sostegno alle imprese.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Solo sostegno generico alle imprese.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Sostegno mirato.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = La città coopera con città o regioni di origine (partenariati, progetti di cosviluppo, informazione prima della partenza)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Partenariati e progetti.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Progetti occasionali.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Partenariati permanenti.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Sostenere l'empowerment delle comunità su base territoriale e liberare le potenzialità locali per lo sviluppo dei quartieri
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Come promuovere le capacità di auto-organizzazione civica delle comunità e sostenere i quartieri nel raggiungere livelli più elevati di coinvolgimento sociale, superare l'isolamento sociale, ridurre le tensioni e migliorare l'accesso alle risorse, il benessere e le prospettive economiche?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = I quartieri con molti residenti migranti dispongono di forme partecipative o di bilanci partecipativi in cui i residenti decidono sui progetti locali?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Le forme partecipative, i loro bilanci e chi vi ha preso parte.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Un progetto pilota, o in pochi quartieri.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Consolidati ovunque siano necessari.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Ci sono abbastanza luoghi di incontro in questi quartieri: centri civici e giovanili, biblioteche, scuole aperte ai genitori, spazi pubblici di qualità?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Le strutture e i loro orari di apertura.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Pochi o nessuno.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Alcuni, con risorse insufficienti.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = A sufficienza, e molto frequentati.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = In questi quartieri sono disponibili servizi professionali e interculturalmente competenti di lavoro di comunità, mediazione e gestione dei conflitti?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = I servizi, il loro personale e il loro finanziamento.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Alcuni, o temporanei.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Sì, con un finanziamento stabile.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = La città monitora gli sviluppi sociali a livello di quartiere, in modo da poter intervenire tempestivamente insieme ai portatori di interessi?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = I dati per piccole aree che la città utilizza e con quale frequenza.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Alcuni dati, in modo irregolare.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Monitoraggio regolare per piccole aree.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Gli interventi nei quartieri sono collegati alla rigenerazione urbana, alle politiche abitative e al sostegno alle imprese locali, e coordinati tra i settori dell'amministrazione?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = I programmi che li combinano.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = No.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = In parte.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = Coordinati in un unico programma.
