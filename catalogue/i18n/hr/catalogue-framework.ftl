# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in Croatian. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Sveobuhvatan pristup integraciji migranata na lokalnoj razini
catalogue-framework-comprehensive-approach-authorship = Nazivi žarišnih područja, ključna pitanja i načela: citirani iz izvora. Pitanja i ponuđeni odgovori: sastavio Integration Observatory na temelju izazova provedbe navedenih u izvoru.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Uravnotežen i sveobuhvatan
catalogue-framework-comprehensive-approach-principle-balanced-description = obuhvaća sva područja politika relevantna za socioekonomske i sociokulturne aspekte procesa integracije
catalogue-framework-comprehensive-approach-principle-coordinated-title = Koordiniran i planiran
catalogue-framework-comprehensive-approach-principle-coordinated-description = uz međusektorsko uključivanje integracije u sve politike na temelju sveobuhvatne strategije i redovitog postupka preispitivanja i daljnjeg razvoja politika
catalogue-framework-comprehensive-approach-principle-active-title = Aktivan i ciljan
catalogue-framework-comprehensive-approach-principle-active-description = nadilazi puko osiguravanje jednakih prava pristupa, uz mjere potpore i pružanje javnih usluga koji odgovaraju posebnim potrebama migranata
catalogue-framework-comprehensive-approach-principle-tailored-title = Prilagođen i diferenciran
catalogue-framework-comprehensive-approach-principle-tailored-description = uzima u obzir cjelokupnu raznolikost priljeva s obzirom na njihove uzroke, namjere, sastav i uvjete u zemljama podrijetla
catalogue-framework-comprehensive-approach-principle-broadly-based-title = Široko utemeljen i podržan
catalogue-framework-comprehensive-approach-principle-broadly-based-description = uz razvoj i provedbu politika u partnerstvu s lokalnim i regionalnim vlastima te organizacijama civilnoga društva
catalogue-framework-comprehensive-approach-principle-mutual-title = Uzajaman i transformativan
catalogue-framework-comprehensive-approach-principle-mutual-description = priznaje integraciju kao dvosmjeran proces, uz aktivno sudjelovanje i prilagodbe društva primitka

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Gradska uprava
catalogue-framework-comprehensive-approach-group-public-bodies = Druga javna tijela
catalogue-framework-comprehensive-approach-group-civil-society = Organizacije civilnoga društva
catalogue-framework-comprehensive-approach-group-migrants = Predstavnici migranata i izbjeglica
catalogue-framework-comprehensive-approach-group-employers = Poslodavci
catalogue-framework-comprehensive-approach-group-researchers = Istraživači

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Koliko je važno da grad u idućim godinama posveti više pozornosti i sredstava ovom žarišnom području?
catalogue-framework-comprehensive-approach-priorities-source = Ljestvica ankete dionika ReSOMA iz 2019. (odjeljak 4., tablica 1.: 1 – nimalo važno; 5 – vrlo važno), primijenjena na dionike samoga grada.
catalogue-framework-comprehensive-approach-priorities-scale-1 = nimalo važno
catalogue-framework-comprehensive-approach-priorities-scale-2 = malo važno
catalogue-framework-comprehensive-approach-priorities-scale-3 = umjereno važno
catalogue-framework-comprehensive-approach-priorities-scale-4 = važno
catalogue-framework-comprehensive-approach-priorities-scale-5 = vrlo važno

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Omogućivanje sveobuhvatne integracije od prvoga dana i poboljšanje koordinacije među tijelima vlasti za novopridošle
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Kako osigurati da se novopridošli mogu odmah integrirati i pristupiti ključnim uslugama i pravima, sprječavajući dugo čekanje, socijalnu izolaciju i gubitak motivacije?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Može li novopridošla osoba na jednom mjestu (jedinstvenom mjestu za usluge ili centru dobrodošlice) ili preko jedne koordinirajuće kontaktne osobe dobiti savjete o stanovanju, radu, tečajevima jezika, školovanju i zdravstvu?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Navedite mjesto ili službu, radno vrijeme i usluge koje obuhvaća.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = Ne: svaku službu treba zasebno pronaći i kontaktirati.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = Djelomično: kontaktna točka postoji, ali obuhvaća samo neke usluge ili samo neke skupine novopridošlih.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Da: jedno mjesto ili jedna kontaktna osoba koordinira sve ključne usluge, za svaku skupinu novopridošlih.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = Dobivaju li novopridošli ubrzo nakon dolaska individualni plan integracije izrađen na temelju procjene njihovih potreba i postojećih vještina?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Program, tko na njega ima pravo i koliko je planova izrađeno prošle godine.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Individualni planovi ne izrađuju se.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Samo za neke skupine (npr. osobe s priznatim statusom izbjeglice) ili bez procjene vještina.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Nude se svim novopridošlima, uključujući migrante radi spajanja obitelji i radne migrante, uz procjenu vještina.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Koliko novopridošla osoba obično čeka dok ne započne tečaj jezika, dok njezina djeca ne krenu u školu i dok je ne preuzme služba za zapošljavanje?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = Vremena čekanja koja navode službe ili slučajevi koji su Vam poznati.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = Za većinu mjesecima, ili pristup ovisi o uvjetima koje novopridošli ne mogu ispuniti (dokumenti, naknade, prethodna prijava).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = Za neke od tih usluga nekoliko tjedana, za druge mjesecima.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = Za sve tri u roku od nekoliko tjedana.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = Imaju li tražitelji međunarodne zaštite koji žive u gradu pristup ranoj potpori za integraciju (jezik, orijentacija, procjena vještina) dok čekaju odluku?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Ponuda dostupna tražiteljima međunarodne zaštite i eventualni uvjeti.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = Ne: potpora počinje tek nakon odobrenja međunarodne zaštite.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Određena potpora, ili samo za one za koje se smatra da će im zaštita vjerojatno biti odobrena.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Da, za sve tražitelje međunarodne zaštite, od dolaska.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = Razmjenjuju li grad, nacionalna tijela (ured za migracije, služba za zapošljavanje) i sustav prihvata pravodobno informacije o dolascima kako bi se službe mogle pripremiti?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = Način suradnje (sporazum, radna skupina), tko sudjeluje i koliko se često sastaje.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = Ne: grad saznaje za dolaske kada ljudi dođu u njegove službe.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = Neformalno ili od slučaja do slučaja.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Stalni dogovor s imenovanim kontaktnim osobama i redovitom razmjenom.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Uključivanje integracije u sva područja politika i dugoročna potpora integraciji
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Kako osigurati da opće javne službe pružaju usluge jednake kvalitete svim članovima društva, ulažući diferencirane napore u skladu s posebnim, individualnim potrebama koje proizlaze iz migracijskog konteksta?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = Ima li grad strategiju integracije koju je donijelo gradsko vijeće, s odgovornostima raspoređenima po upravnim odjelima, proračunom i redovitim preispitivanjem?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Naziv i datum strategije, upravni odjeli navedeni u njoj, njezina proračunska stavka i posljednje preispitivanje.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Nema strategije.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Strategija postoji, ali bez proračuna, bez odgovornosti raspoređenih po upravnim odjelima ili bez preispitivanja.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Donesena, obuhvaća sve upravne odjele, ima proračun i redovito se preispituje.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Je li osoblje općih službi koje radi izravno s korisnicima (škole, socijalne službe, zdravstvo, zapošljavanje) osposobljeno za interkulturalnu kompetenciju i za posebne potrebe migranata?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = Programi osposobljavanja i broj zaposlenika koji su u njima sudjelovali prošle godine.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Nema takvog osposobljavanja.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = U nekim službama ili samo povremeno.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Redovito osposobljavanje u svim glavnim službama.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Jesu li ključne informacije o javnim uslugama dostupne na glavnim jezicima migranata koji žive u gradu i mogu li službe angažirati usmene prevoditelje?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Koji jezici, koje službe te kako je usmeno prevođenje organizirano i kako se plaća.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Samo na službenom jeziku; nema usmenog prevođenja.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Neke informacije, ili usmeno prevođenje na zahtjev u nekim službama.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Sustavno, na glavnim jezicima, uz usmeno prevođenje u svakoj glavnoj službi.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = Zna li grad odražava li njegovo vlastito osoblje raznolikost stanovništva i poduzima li nešto u vezi s time (informiranje, zapošljavanje, ciljevi)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Podaci o osoblju prema podrijetlu, ako se prikupljaju, i mjere zapošljavanja.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Ne prati se, nema mjera.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Prati se ili postoje neke mjere, ali ne oboje.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Prati se, uz mjere i ciljeve.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Postoje li ponude za dugoročno nastanjenje i društvenu mobilnost: napredni tečajevi jezika, dopunsko obrazovanje odraslih, priznavanje inozemnih kvalifikacija?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Ponude, tko ih može koristiti i njihove liste čekanja.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Ništa osim osnovnih tečajeva jezika i orijentacije.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Neke ponude, ili ponude nedostupne nekim skupinama.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Niz ponuda dostupnih svim stanovnicima kojima su potrebne.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Uspostava učinkovitih politika nediskriminacije i provedba zakona protiv diskriminacije
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Kako osigurati da se strogi zakoni protiv diskriminacije učinkovito provode i da diskriminirajuće ponašanje postane društveno neprihvatljivo?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = Mogu li stanovnici prijaviti diskriminaciju lokalnoj kontaktnoj točki (gradskom uredu, područnom uredu tijela za ravnopravnost ili financiranoj organizaciji) koja žrtvama pomaže pri podnošenju pritužbe?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Kontaktna točka, njezino osoblje i broj prijava zaprimljenih prošle godine.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Nema lokalne kontaktne točke.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Postoji, ali je slabo poznata ili ima premalo sredstava.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Poznata, lako dostupna i ima sredstva za potporu pri pritužbama.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = Prati li grad slučajeve diskriminacije i pritužbe te objavljuje li podatke?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Izvješće ili stranica na kojoj se podaci objavljuju.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Ne prati se.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Prikupljaju se, ali se ne objavljuju.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Prikupljaju se i redovito objavljuju.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = Provodi li ili podupire li grad kampanje kojima se migrante obavješćuje o njihovim pravima i poručuje da je diskriminacija zabranjena i neprihvatljiva?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Kampanje u posljednje dvije godine, njihovi jezici i doseg.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Nema kampanja.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Povremene kampanje.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Trajne kampanje, s partnerima, na glavnim jezicima.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = Surađuje li grad s najmodavcima, poslodavcima i njihovim udrugama na sprječavanju diskriminacije u stanovanju i na tržištu rada (povelje o raznolikosti, podizanje svijesti, testiranje)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Sporazumi, potpisane povelje ili rezultati testiranja.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Nema takve suradnje.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Neke inicijative, bez obvezujućih preuzetih obveza.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Sustavna suradnja, s obvezujućim preuzetim obvezama ili redovitim testiranjem.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Olakšavanje socijalnih ulaganja i osiguravanje odgovarajuće socijalne infrastrukture u regijama s višom razinom imigracije
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Kako osigurati da se socijalna infrastruktura pruža u skladu s potražnjom i brojem stanovnika, osobito u područjima koja se suočavaju s rastućim brojem stanovnika kao posljedicom imigracije?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = Planira li grad mjesta u školama i ustanovama za rani i predškolski odgoj, stanovanje i zdravstvene usluge na temelju scenarija kretanja stanovništva koji uključuju migracije?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Planski dokument i scenarij kretanja stanovništva na kojem se temelji.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = Ne: kapaciteti se prilagođavaju potražnji tek kad se ona pojavi.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = Za neke usluge, ili na temelju scenarija koji ne uključuju migracije.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = Za sve glavne usluge, na temelju scenarija s migracijama, uz redovito ažuriranje.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = Je li grad osigurao sredstva (vlastita, nacionalna, sredstva fondova EU-a kao što su ESF+, AMIF ili EFRR) za proširenje socijalne infrastrukture ondje gdje se broj stanovnika povećava zbog imigracije?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Projekti i iznosi u posljednjem programskom razdoblju.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Neki projekti.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Planirani program ulaganja.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Koordiniraju li se ulaganja u ustanove za rani i predškolski odgoj, škole i stanovanje na istom području među upravnim odjelima i s drugim razinama vlasti?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = Tijelo ili postupak kojim se ona koordiniraju.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Ne koordiniraju se.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = Od slučaja do slučaja.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Stalnim postupkom zajedničkog planiranja.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Omogućuju li pravila pristupa socijalnoj infrastrukturi (liste čekanja za javne stanove, uvjeti boravka, naknade) nedavno pridošlim i privremenim migrantima pristup pod jednakim uvjetima?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Pravila i eventualne iznimke.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Isključuju ih ili ih stavljaju u nepovoljniji položaj.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = Djelomično.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Jednak pristup.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Stvaranje baze znanja i jačanje razvoja i evaluacije politike integracije utemeljene na dokazima
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Kako njegovati pouzdanu bazu znanja koja omogućuje stalno praćenje procesa integracije, utvrđivanje nedostataka u politikama i razvoj mjera, evaluaciju i daljnji razvoj politika?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = Prati li grad ishode integracije pokazateljima za skupine migranata (prema državljanstvu, zemlji rođenja, trajanju boravka) u usporedbi s domaćim državljanima?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Izvješće o praćenju ili nadzorna ploča i koliko se često ažurira.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Nema praćenja.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Neki pokazatelji, neredovito ili bez raščlambe po skupinama.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Redovito praćenje na temelju pokazatelja s raščlambom po skupinama.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Jesu li za glavne ishode integracije dostupni podaci na razini grada (ne samo na nacionalnoj razini): zapošljavanje, obrazovanje, stanovanje, zdravlje, sudjelovanje?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = Za koje ishode postoje podaci na razini grada i iz kojeg izvora.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = Ni za jedan ili gotovo ni za jedan.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = Za neke.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = Za većinu.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Evaluiraju li se ishodi mjera integracije i upotrebljavaju li se nalazi za izmjenu politika?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Evaluacije u posljednje tri godine i što se nakon njih promijenilo.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Nema evaluacija.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Neke evaluacije, rijetko se upotrebljavaju.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Redovite evaluacije koje se uzimaju u obzir pri preispitivanju politika.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = Provodi li grad ili neki partner ankete među migrantima koji žive u gradu o njihovu pristupu uslugama, preprekama na koje nailaze i njihovim potrebama?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = Anketa, godina provedbe i uzorak.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Jednom ili neredovito.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Redovito.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = Objavljuju li se podaci i nalazi pravodobno kako bi se moglo djelovati na temelju njih te prikazuju li se tako da ih nije lako zloupotrijebiti za stigmatizaciju skupina?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Primjeri publikacija i način na koji prikazuju podatke.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Ne objavljuju se.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Objavljuju se kasno ili bez konteksta.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Objavljuju se pravodobno, s kontekstom i usporednim skupinama.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Poticanje povjerenja i pozitivne identifikacije te pokretanje izgradnje zajednice među novopridošlima i društvom primitka
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Kako izgraditi i održati povjerenje među novopridošlima i stanovnicima kao polazište za pozitivno društveno ozračje, osjećaj pripadnosti i identifikaciju s mjestom kao domom ljudi različitog podrijetla?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = Podupire li grad redovite aktivnosti koje dugogodišnje stanovnike i novopridošle okupljaju oko zajedničkih projekata (susjedstvo, kultura, sport, mladi)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Aktivnosti u posljednjih godinu dana i njihovo financiranje.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Povremeni ili kratkotrajni projekti.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Redovite aktivnosti s trajnim financiranjem.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = Prikazuje li javna komunikacija grada raznolikost kao resurs i prikazuje li stanovništvo u njegovu stvarnom sastavu?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Kampanje, publikacije, mrežne stranice grada i društvene mreže.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = Povremeno.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Dosljedno.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = Zalažu li se politički čelnici grada javno za grad kao dom ljudi svakog podrijetla i reagiraju li kada se pojave napetosti ili dezinformacije?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Izjave, deklaracije ili povelje te reakcije na nedavne incidente.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = Ponekad.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Dosljedno.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = Ima li grad plan za proaktivnu i transparentnu komunikaciju sa stanovnicima kada odjednom pristigne mnogo ljudi, zajedno s civilnim društvom i dionicima iz područja sigurnosti?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Plan te kako je primijenjen ili uvježban.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Nema plana.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Rješava se ad hoc kada se dogodi.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = Plan s imenovanim partnerima, primijenjen ili uvježban.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Omogućivanje sudjelovanja i uključivanje migranata različitog boravišnog statusa, znanja jezika zemlje primitka i društvenog kapitala
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Kako na svim razinama olakšati formalno i neformalno sudjelovanje migranata u upravljanju poslovima njihove nove zemlje kako bi se osiguralo sudjelovanje svih članova društva i očuvala legitimnost demokratskog sustava?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Postoji li neovisno savjetodavno tijelo migranata koji žive u gradu (vijeće, forum) s mandatom, sredstvima i stvarnim utjecajem na gradsku politiku?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Njegov statut, način izbora članova, proračun i mišljenja koja je nedavno dalo.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Nema takvog tijela.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Postoji, ali bez sredstava ili utjecaja.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Reprezentativno, s dostatnim sredstvima i sustavno se savjetuje.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = Sudjeluju li migranti u izradi gradskih politika integracije i u participativnim procesima (građanski forumi, planiranje četvrti)?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = Procesi u posljednje dvije godine i način na koji su migranti sudjelovali.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = Povremeno.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Sustavno.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = Obavješćuje li grad migrante s biračkim pravom (naturalizirane državljane, strane stanovnike s pravom glasa na lokalnim izborima) o izborima i potiče li ih da glasuju?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Informativni materijali za posljednje izbore i jezici na kojima su izdani.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = Na nekim izborima.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = Na svim izborima, na više jezika.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = Obavješćuje li grad i podupire li stanovnike koji bi mogli steći državljanstvo naturalizacijom (informiranje, savjetovanje, svečanosti)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Ponude i broj osoba koje su ih iskoristile.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = Na zahtjev.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Aktivno informiranje i pristup.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Jesu li osobe migrantskog podrijetla zastupljene u gradskom vijeću, njegovim odborima i gradskom vodstvu približno u skladu s njihovim udjelom u stanovništvu?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = Sastav vijeća i odbora, ako je poznat.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Znatno ispod njihova udjela, a o tome se ne raspravlja.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Ispod njihova udjela; raspravlja se o mjerama.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Blizu njihova udjela ili su uvedene mjere da se to postigne.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Poticanje volonterstva i osiguravanje dugoročne suradnje između tijela vlasti i civilnoga društva
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Kako potaknuti i održati visoku razinu uključenosti građana i volonterstva u potpori integraciji, kao i volontiranje migranata kao katalizator njihove građanske, društvene i gospodarske integracije?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = Podupire li grad volonterske inicijative u području integracije osposobljavanjem, koordinacijom i malim bespovratnim sredstvima?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = Struktura potpore (volonterski centar, program bespovratnih sredstava) i njezin proračun.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Određena potpora, od slučaja do slučaja.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Stalna struktura s osposobljavanjem, koordinacijom i bespovratnim sredstvima.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = Financiraju li se partnerstva grada s organizacijama civilnoga društva u području integracije višegodišnje, a ne od projekta do projekta?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Sporazumi s partnerskim organizacijama i njihovo trajanje.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Samo od projekta do projekta.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Neki višegodišnji sporazumi.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Višegodišnji sporazumi s ključnim partnerima.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = Potiče li se migrante i omogućuje li im se da volontiraju (kao mentori, prevoditelji, u udrugama), a da volontiranje ne postane uvjet za bilo što?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = Programi i broj migranata volontera koji u njima sudjeluju.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Određene mogućnosti.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Aktivno, uz informiranje i potporu.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = Jesu li doprinosi volontera povezani s javnim programima integracije tako da nadopunjuju javne usluge, a ne zamjenjuju ih?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Dogovorene uloge, načini upućivanja.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Nisu povezani.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = Neformalno.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Dogovorene uloge i upućivanje.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Iskorištavanje mogućnosti transnacionalnih veza i promicanje integracije kao „trosmjernog procesa” koji uključuje zemlje podrijetla
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Kako olakšati da društvene, gospodarske, kulturne i političke veze migranata sa zemljom podrijetla doprinose integraciji i dobrobiti u zemlji odredišta?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = Surađuje li grad s dijasporom i organizacijama migranata kao partnerima (savjetovanje, zajednički projekti)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Organizacije s kojima grad surađuje i zajednički projekti.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = Povremeno.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Sustavno.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Poučavaju li se ili podupiru li se jezici podrijetla, u školi ili izvan nje, i cijene li se kao vještine?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Tečajevi, škole i ponuđeni jezici.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Neke ponude.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Da, na glavnim jezicima stanovnika grada.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Pomaže li gradska potpora poduzetništvu poduzetnicima migrantima da iskoriste svoje veze sa zemljama podrijetla (trgovina, ulaganja, radna mjesta)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = Programi službi za potporu poduzetništvu.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Samo opća potpora poduzetništvu.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Ciljana potpora.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = Surađuje li grad s gradovima ili regijama podrijetla (partnerstva, projekti zajedničkog razvoja, informiranje prije odlaska)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Partnerstva i projekti.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Povremeni projekti.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Stalna partnerstva.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Potpora osnaživanju zajednice na lokalnoj razini i oslobađanje lokalnih potencijala za razvoj četvrti
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Kako poticati kapacitete građanskog organiziranja zajednice i podupirati četvrti u postizanju veće razine društvene uključenosti, prevladavanju socijalne izolacije, smanjenju napetosti i poboljšanju pristupa resursima, dobrobiti i gospodarskih izgleda?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = Imaju li četvrti u kojima živi mnogo migranata participativne oblike sudjelovanja ili proračune u kojima stanovnici odlučuju o lokalnim projektima?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Oblici sudjelovanja, njihovi proračuni i tko je sudjelovao.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Pilot-projekt ili u nekoliko četvrti.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Uspostavljeni svugdje gdje su potrebni.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Ima li u tim četvrtima dovoljno mjesta okupljanja: društvenih centara i centara za mlade, knjižnica, škola otvorenih za roditelje, kvalitetnog javnog prostora?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Sadržaji i njihovo radno vrijeme.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Malo ili nimalo.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Nešto, ali s premalo sredstava.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = Dovoljno i dobro se koriste.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = Jesu li u tim četvrtima dostupne usluge profesionalnog, interkulturalno kompetentnog rada u zajednici, medijacije i upravljanja sukobima?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = Usluge, njihovo osoblje i financiranje.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Djelomično ili privremeno.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Da, s trajnim financiranjem.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = Prati li grad društvena kretanja na razini četvrti kako bi mogao pravodobno djelovati zajedno s dionicima?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = Podaci za mala područja koje grad upotrebljava i koliko često.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Neki podaci, neredovito.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Redovito praćenje na razini malih područja.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Jesu li aktivnosti u četvrtima povezane s urbanom obnovom, stanovanjem i potporom lokalnom poduzetništvu te koordinirane među upravnim odjelima?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = Programi koji ih objedinjuju.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = Djelomično.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = Koordinirane u jednom programu.
