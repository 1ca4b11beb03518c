"""Reading claims and documents into the claim model."""
