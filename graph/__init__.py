"""The claim model, the RDF store and the comparison engine."""
