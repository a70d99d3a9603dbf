# The funding map: funded operations of the cohesion-policy funds placed in fields of action
# and target groups, with gaps and possible duplications.

funding-title = Funding map
funding-lead = Who funds what for whom, and where: the managing authorities' published lists of operations, placed in fields of action and target groups, with the gaps (a need and no funding) and possible duplications of each place.
funding-places = Places
# Followed by links to two countries' maps.
funding-countries = Every country is a place too, by its code:
funding-country-hr = Croatia (HR)
funding-country-at = Austria (AT)
funding-lists = Lists loaded
# Followed by the import command.
funding-no-list = No list of operations is loaded yet: import one with
funding-list = List
funding-country = Country
funding-operations = Operations
funding-lists-note = The lists date from 2016–2017 and are described, with their publishers and gaps, in data/funding/README.md. No AMIF list has been published in a machine-readable form; a city enters its own projects with the template data/templates/funding_operations_template.csv.
funding-place-title = Funding map: { $place }
# $total: an amount in euros, already formatted.
funding-place-lead = { $operations } operations from { $lists } { $lists ->
        [one] list
       *[other] lists
    }, { $total } in all; { $outside } outside the fields of integration policy; { $without } without a published amount.
funding-city-profile = City profile
funding-gaps = Gaps: a need and no funding ({ $count })
funding-no-gap = No gap: every need of the rules has at least one operation.
# A field of action × a target group.
funding-gap = Gap: { $field } × { $group }
# $evidence: why there is a need (the funding rules' English, e.g. a gap in an indicator).
funding-gap-why = { $evidence }, and no operation of this place in the field names the group.
funding-met = Met: { $field } × { $group }: { $projects } operations, { $eur } — { $evidence }
funding-matrix = Fields of action × target groups
funding-matrix-note = Projects and euros per cell; an operation in several fields or for several groups counts in each of its cells. Amounts are total eligible costs in euros (kuna at the fixed conversion rate, koruna at the 2016 average).
funding-matrix-field = Field of action
funding-duplicates = Possible duplications ({ $count })
funding-duplicates-note = The same beneficiary in the same field with overlapping periods and similar names: check before concluding.
funding-beneficiary = Beneficiary
funding-field = Field
funding-duplicate-operations = Operations (list line)
funding-names-alike = Names alike
funding-told-apart = Told apart by
# The line of the published list, and the operation's name.
funding-duplicate-line = line { $line }: { $name }
funding-basis-identifier = same identifier
funding-basis-name = same name once normalised
funding-overlaps = Overlapping operations in the same cell ({ $count })
funding-overlap = { $field } × { $group }: { $operations } operations of { $beneficiaries } beneficiaries, overlapping between { $from } and { $to }
funding-per-resident = Euros per resident
# $label: the residents counted (e.g. "foreign-born residents"); $each: euros per resident.
funding-per-resident-line = { $group }: { $eur } over { $residents } { $label } ({ $period }) = { $each } € each
funding-recipients = Who receives money in { $region }
funding-recipients-lead = Kohesio (European Commission), all cohesion-policy programmes: { $beneficiaries } beneficiaries, { $total } in { $projects } projects, of which { $eu } from the EU. Totals per beneficiary, without project names or dates, so they are not added to the matrix.
funding-total-budget = Total budget
funding-eu-contribution = EU contribution
funding-projects = Projects
funding-not-given = not given
funding-beneficiaries = Beneficiaries
funding-beneficiaries-lead = { $distinct } beneficiaries; { $by_identifier } recognised by their identifier, { $by_name } merged by their name alone (a guess).
funding-note = Note: { $note }
funding-lists-of = Lists: { $lists }
# An amount in euros; $amount is formatted already.
funding-euros = €{ $amount }
# An amount in millions of euros: "€1.2m".
funding-euros-million = €{ $amount }m
# The section of a city profile.
funding-city-heading = Funding
# Followed by links to the funding maps of the city's places.
funding-city-lead = Funded operations, gaps and possible duplications:
# The matrix's row of operations placed in no field of action, and its column of those naming no target group.
funding-unplaced = not placed
funding-no-group = no target group named
# Notes of a funding map (each shown after funding-note's "Note:").
funding-note-not-converted = amounts in { $currency } are not converted: add the currency to catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations } operations were placed in a field by the words of their name and summary, as their list gives no category of intervention: check them before quoting a cell
# $place: a county or region whose operations cannot be divided by the city's residents.
funding-note-not-same-territory = euros per resident are not shown: { $place } is not the same territory as the city whose residents the store counts
# $label: the residents counted (e.g. "foreign-born residents"); $group: a target group.
funding-note-no-residents = no { $label } of { $city } in the store: euros per resident of '{ $group }' are not shown
funding-note-kohesio-not-loaded = Kohesio's beneficiaries of { $region } are not loaded
funding-note-kohesio-capped = Kohesio's export keeps the first 200 beneficiaries of a region: { $region } may have more
