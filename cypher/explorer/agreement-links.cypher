// The relationships that trace an agreement: its signers, parties, producing meetings and the
// agreements on either side of REAFFIRMS, as relationships with both ends. Parameters: $id.
MATCH (a:Agreement {id: $id})-[r:SIGNED|PARTY_TO|PRODUCED|REAFFIRMS]-(x)
RETURN r AS relationship, x AS other
