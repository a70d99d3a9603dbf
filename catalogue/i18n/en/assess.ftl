# The messages of the API's errors on the audits and agendas (/api/v1/audits, /api/v1/frameworks).

# $id: what was given in the address instead of a round's number.
assess-error-not-a-round = '{ $id }' is not a round's number
assess-error-unpublished = audit round { $id } has no published results
# $city: the city's name.
assess-error-no-agenda = { $city } has no published agenda
