funding-title = Mappa dei finanziamenti
funding-lead = Chi finanzia che cosa, per chi e dove: gli elenchi delle operazioni pubblicati dalle autorità di gestione, classificati per ambiti di intervento e gruppi destinatari, con le lacune (un bisogno senza finanziamento) e i possibili doppi finanziamenti di ogni luogo.
funding-places = Luoghi
funding-countries = Anche ogni paese è un luogo, con il suo codice:
funding-country-hr = Croazia (HR)
funding-country-at = Austria (AT)
funding-lists = Elenchi caricati
funding-no-list = Nessun elenco di operazioni è ancora caricato: ne importi uno con
funding-list = Elenco
funding-country = Paese
funding-operations = Operazioni
funding-lists-note = Gli elenchi risalgono al 2016–2017 e sono descritti, con i loro editori e le loro lacune, in data/funding/README.md. Nessun elenco AMIF è stato pubblicato in formato leggibile meccanicamente; una città inserisce i propri progetti con il modello data/templates/funding_operations_template.csv.
funding-place-title = Mappa dei finanziamenti: { $place }
funding-place-lead = { $operations } { $operations ->
        [one] operazione
       *[other] operazioni
    } da { $lists } { $lists ->
        [one] elenco
       *[other] elenchi
    }, { $total } in totale; { $outside } fuori dagli ambiti della politica di integrazione; { $without } senza importo pubblicato.
funding-city-profile = Profilo della città
funding-gaps = Lacune: un bisogno senza finanziamento ({ $count })
funding-no-gap = Nessuna lacuna: ogni bisogno previsto dalle regole ha almeno un'operazione.
funding-gap = Lacuna: { $field } × { $group }
funding-gap-why = { $evidence }, e nessuna operazione di questo luogo nell'ambito menziona il gruppo.
funding-met = Coperto: { $field } × { $group }: { $projects } operazioni, { $eur } — { $evidence }
funding-matrix = Ambiti di intervento × gruppi destinatari
funding-matrix-note = Progetti ed euro per cella; un'operazione in più ambiti o per più gruppi è contata in ciascuna delle sue celle. Gli importi sono i costi ammissibili totali in euro (kuna al tasso di conversione fisso, corone al cambio medio del 2016).
funding-matrix-field = Ambito di intervento
funding-duplicates = Possibili doppi finanziamenti ({ $count })
funding-duplicates-note = Lo stesso beneficiario nello stesso ambito con periodi sovrapposti e nomi simili: verifichi prima di trarre conclusioni.
funding-beneficiary = Beneficiario
funding-field = Ambito
funding-duplicate-operations = Operazioni (riga dell'elenco)
funding-names-alike = Somiglianza dei nomi
funding-told-apart = Riconosciuti da
funding-duplicate-line = riga { $line }: { $name }
funding-basis-identifier = stesso identificativo
funding-basis-name = stesso nome normalizzato
funding-overlaps = Operazioni sovrapposte nella stessa cella ({ $count })
funding-overlap = { $field } × { $group }: { $operations } operazioni di { $beneficiaries } beneficiari, sovrapposte tra { $from } e { $to }
funding-per-resident = Euro per residente
funding-per-resident-line = { $group }: { $eur } su { $residents } { $label } ({ $period }) = { $each } € ciascuno
funding-recipients = Chi riceve fondi in { $region }
funding-recipients-lead = Kohesio (Commissione europea), tutti i programmi della politica di coesione: { $beneficiaries } beneficiari, { $total } in { $projects } progetti, di cui { $eu } dall'UE. Totali per beneficiario, senza nomi o date dei progetti, perciò non sono aggiunti alla matrice.
funding-total-budget = Budget totale
funding-eu-contribution = Contributo UE
funding-projects = Progetti
funding-not-given = non indicato
funding-beneficiaries = Beneficiari
funding-beneficiaries-lead = { $distinct } beneficiari; { $by_identifier } riconosciuti dal loro identificativo, { $by_name } uniti solo in base al nome (un'ipotesi).
funding-note = Nota: { $note }
funding-lists-of = Elenchi: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } mln €
funding-city-heading = Finanziamenti
funding-city-lead = Operazioni finanziate, lacune e possibili doppi finanziamenti:
funding-unplaced = non classificate
funding-no-group = nessun gruppo destinatario indicato

funding-note-not-converted = gli importi in { $currency } non sono convertiti: aggiunga la valuta in catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } operazione è stata collocata in un ambito in base alle parole del suo nome e della sua sintesi, perché il suo elenco non indica alcuna categoria di intervento: la verifichi prima di citare una cella
       *[other] { $operations } operazioni sono state collocate in un ambito in base alle parole del loro nome e della loro sintesi, perché il loro elenco non indica alcuna categoria di intervento: le verifichi prima di citare una cella
    }
funding-note-not-same-territory = gli euro per residente non sono indicati: { $place } non è lo stesso territorio della città i cui residenti sono contati nella banca dati
funding-note-no-residents = nessun dato «{ $label }» per { $city } nella banca dati: gli euro per residente per «{ $group }» non sono indicati
funding-note-kohesio-not-loaded = i beneficiari di Kohesio per { $region } non sono caricati
funding-note-kohesio-capped = l'esportazione di Kohesio contiene al massimo i primi 200 beneficiari di una regione: { $region } potrebbe averne di più
