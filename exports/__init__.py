"""Writers for every output: RDF, GraphML, reports and the HTML graph."""
