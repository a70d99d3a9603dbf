funding-title = Mapa financování
funding-lead = Kdo co financuje, pro koho a kde: seznamy operací zveřejněné řídicími orgány, zařazené do oblastí činnosti a cílových skupin, s mezerami (potřeba bez financování) a možným dvojím financováním každého místa.
funding-places = Místa
funding-countries = Místem je i každá země, podle svého kódu:
funding-country-hr = Chorvatsko (HR)
funding-country-at = Rakousko (AT)
funding-lists = Načtené seznamy
funding-no-list = Zatím není načten žádný seznam operací: importujte jej příkazem
funding-list = Seznam
funding-country = Země
funding-operations = Operace
funding-lists-note = Seznamy pocházejí z let 2016–2017 a jsou popsány, včetně vydavatelů a mezer, v data/funding/README.md. Žádný seznam AMIF nebyl zveřejněn ve strojově čitelné podobě; město zadá vlastní projekty pomocí šablony data/templates/funding_operations_template.csv.
funding-place-title = Mapa financování: { $place }
funding-place-lead = { $operations } { $operations ->
        [one] operace
        [few] operace
       *[other] operací
    } ze { $lists } { $lists ->
        [one] seznamu
       *[other] seznamů
    }, celkem { $total }; { $outside } mimo oblasti integrační politiky; { $without } bez zveřejněné částky.
funding-city-profile = Profil města
funding-gaps = Mezery: potřeba bez financování ({ $count })
funding-no-gap = Žádná mezera: pro každou potřebu podle pravidel existuje alespoň jedna operace.
funding-gap = Mezera: { $field } × { $group }
funding-gap-why = { $evidence } a žádná operace tohoto místa v dané oblasti neuvádí tuto skupinu.
funding-met = Pokryto: { $field } × { $group }: { $projects } { $projects ->
        [one] operace
        [few] operace
       *[other] operací
    }, { $eur } — { $evidence }
funding-matrix = Oblasti činnosti × cílové skupiny
funding-matrix-note = Projekty a eura na buňku; operace ve více oblastech nebo pro více skupin se započítá v každé své buňce. Částky jsou celkové způsobilé výdaje v eurech (kuny podle pevného přepočítacího kurzu, koruny podle průměrného kurzu za rok 2016).
funding-matrix-field = Oblast činnosti
funding-duplicates = Možné dvojí financování ({ $count })
funding-duplicates-note = Tentýž příjemce ve stejné oblasti s překrývajícími se obdobími a podobnými názvy: před vyvozením závěrů ověřte.
funding-beneficiary = Příjemce
funding-field = Oblast
funding-duplicate-operations = Operace (řádek seznamu)
funding-names-alike = Podobnost názvů
funding-told-apart = Rozpoznáno podle
funding-duplicate-line = řádek { $line }: { $name }
funding-basis-identifier = stejného identifikátoru
funding-basis-name = stejného normalizovaného názvu
funding-overlaps = Překrývající se operace ve stejné buňce ({ $count })
funding-overlap = { $field } × { $group }: { $operations } operací { $beneficiaries } příjemců, s překryvem mezi { $from } a { $to }
funding-per-resident = Eura na obyvatele
funding-per-resident-line = { $group }: { $eur } na { $residents } ({ $label }, { $period }) = { $each } € na osobu
funding-recipients = Kdo dostává peníze v regionu { $region }
funding-recipients-lead = Kohesio (Evropská komise), všechny programy politiky soudržnosti: { $beneficiaries } příjemců, { $total } v { $projects } projektech, z toho { $eu } z EU. Součty za příjemce, bez názvů a dat projektů, proto nejsou přidány do matice.
funding-total-budget = Celkový rozpočet
funding-eu-contribution = Příspěvek EU
funding-projects = Projekty
funding-not-given = neuvedeno
funding-beneficiaries = Příjemci
funding-beneficiaries-lead = { $distinct } příjemců; { $by_identifier } rozpoznáno podle identifikátoru, { $by_name } sloučeno jen podle názvu (odhad).
funding-note = Poznámka: { $note }
funding-lists-of = Seznamy: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } mil. €
funding-city-heading = Financování
funding-city-lead = Financované operace, mezery a možné dvojí financování:
funding-unplaced = nezařazeno
funding-no-group = bez uvedené cílové skupiny

funding-note-not-converted = částky v { $currency } nejsou přepočteny: doplňte měnu do catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } operace byla zařazena do oblasti podle slov svého názvu a shrnutí, protože její seznam neuvádí kategorii intervence: před citováním buňky ji zkontrolujte
        [few] { $operations } operace byly zařazeny do oblasti podle slov svého názvu a shrnutí, protože jejich seznam neuvádí kategorii intervence: před citováním buňky je zkontrolujte
       *[other] { $operations } operací bylo zařazeno do oblasti podle slov svého názvu a shrnutí, protože jejich seznam neuvádí kategorii intervence: před citováním buňky je zkontrolujte
    }
funding-note-not-same-territory = eura na obyvatele nejsou uvedena: { $place } není totéž území jako město, jehož obyvatele databáze počítá
funding-note-no-residents = údaj „{ $label }“ pro { $city } v databázi chybí: eura na obyvatele pro „{ $group }“ nejsou uvedena
funding-note-kohesio-not-loaded = příjemci z Kohesio pro { $region } nejsou načteni
funding-note-kohesio-capped = export z Kohesio obsahuje nejvýše prvních 200 příjemců regionu: { $region } jich může mít více
