funding-title = Karta financiranja
funding-lead = Tko što financira, za koga i gdje: objavljeni popisi operacija upravljačkih tijela, razvrstani po područjima djelovanja i ciljnim skupinama, s prazninama (potreba bez financiranja) i mogućim dvostrukim financiranjem za svako mjesto.
funding-places = Mjesta
funding-countries = Svaka je država također mjesto, prema svojoj oznaci:
funding-country-hr = Hrvatska (HR)
funding-country-at = Austrija (AT)
funding-lists = Učitani popisi
funding-no-list = Još nije učitan nijedan popis operacija: uvezite ga naredbom
funding-list = Popis
funding-country = Država
funding-operations = Operacije
funding-lists-note = Popisi su iz 2016.–2017. i opisani su, s izdavačima i prazninama, u data/funding/README.md. Nijedan popis AMIF-a nije objavljen u strojno čitljivom obliku; grad unosi vlastite projekte s pomoću predloška data/templates/funding_operations_template.csv.
funding-place-title = Karta financiranja: { $place }
funding-place-lead = { $operations } { $operations ->
        [one] operacija
        [few] operacije
       *[other] operacija
    } iz { $lists } { $lists ->
        [one] popisa
       *[other] popisa
    }, ukupno { $total }; { $outside } izvan područja integracijske politike; { $without } bez objavljenog iznosa.
funding-city-profile = Profil grada
funding-gaps = Praznine: potreba bez financiranja ({ $count })
funding-no-gap = Nema praznina: za svaku potrebu prema pravilima postoji barem jedna operacija.
funding-gap = Praznina: { $field } × { $group }
funding-gap-why = { $evidence }, a nijedna operacija ovog mjesta u tom području ne navodi tu skupinu.
funding-met = Pokriveno: { $field } × { $group }: { $projects } { $projects ->
        [one] operacija
        [few] operacije
       *[other] operacija
    }, { $eur } — { $evidence }
funding-matrix = Područja djelovanja × ciljne skupine
funding-matrix-note = Projekti i eura po ćeliji; operacija u više područja ili za više skupina broji se u svakoj svojoj ćeliji. Iznosi su ukupni prihvatljivi troškovi u eurima (kune po fiksnom tečaju konverzije, krune po prosječnom tečaju za 2016.).
funding-matrix-field = Područje djelovanja
funding-duplicates = Moguće dvostruko financiranje ({ $count })
funding-duplicates-note = Isti korisnik u istom području s preklapajućim razdobljima i sličnim nazivima: provjerite prije zaključivanja.
funding-beneficiary = Korisnik
funding-field = Područje
funding-duplicate-operations = Operacije (redak popisa)
funding-names-alike = Sličnost naziva
funding-told-apart = Prepoznato po
funding-duplicate-line = redak { $line }: { $name }
funding-basis-identifier = istom identifikatoru
funding-basis-name = istom normaliziranom nazivu
funding-overlaps = Preklapajuće operacije u istoj ćeliji ({ $count })
funding-overlap = { $field } × { $group }: { $operations } operacija { $beneficiaries } korisnika, s preklapanjem između { $from } i { $to }
funding-per-resident = Eura po stanovniku
funding-per-resident-line = { $group }: { $eur } na { $residents } ({ $label }, { $period }) = { $each } € po osobi
funding-recipients = Tko prima sredstva u regiji { $region }
funding-recipients-lead = Kohesio (Europska komisija), svi programi kohezijske politike: { $beneficiaries } korisnika, { $total } u { $projects } projekata, od čega { $eu } iz EU-a. Zbrojevi po korisniku, bez naziva i datuma projekata, pa nisu dodani u matricu.
funding-total-budget = Ukupni proračun
funding-eu-contribution = Doprinos EU-a
funding-projects = Projekti
funding-not-given = nije navedeno
funding-beneficiaries = Korisnici
funding-beneficiaries-lead = { $distinct } korisnika; { $by_identifier } prepoznato po identifikatoru, { $by_name } spojeno samo po nazivu (pretpostavka).
funding-note = Napomena: { $note }
funding-lists-of = Popisi: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } mil. €
funding-city-heading = Financiranje
funding-city-lead = Financirane operacije, praznine i moguće dvostruko financiranje:
funding-unplaced = nije razvrstano
funding-no-group = bez navedene ciljne skupine

funding-note-not-converted = iznosi u valuti { $currency } nisu preračunani: dodajte valutu u catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } operacija razvrstana je u područje prema riječima iz svojeg naziva i sažetka jer njezin popis ne navodi kategoriju intervencije: provjerite je prije navođenja ćelije
        [few] { $operations } operacije razvrstane su u područje prema riječima iz svojeg naziva i sažetka jer njihov popis ne navodi kategoriju intervencije: provjerite ih prije navođenja ćelije
       *[other] { $operations } operacija razvrstano je u područje prema riječima iz svojeg naziva i sažetka jer njihov popis ne navodi kategoriju intervencije: provjerite ih prije navođenja ćelije
    }
funding-note-not-same-territory = eura po stanovniku ne prikazuju se: { $place } nije isto područje kao grad čije stanovnike baza podataka broji
funding-note-no-residents = podatak „{ $label }” za { $city } nije u bazi podataka: eura po stanovniku za „{ $group }” ne prikazuju se
funding-note-kohesio-not-loaded = korisnici iz Kohesia za { $region } nisu učitani
funding-note-kohesio-capped = izvoz iz Kohesia sadržava najviše prvih 200 korisnika regije: { $region } može ih imati više
