// Who attended a meeting and where it was held, as relationships with the other end.
// Parameters: $id (the Meeting's id key).
MATCH (m:Meeting {id: $id})-[r:ATTENDED|HELD_IN]-(x)
RETURN r AS relationship, x AS other
