"""Cross-document merging: near-duplicate articles (MinHash/LSH) and one canonical event from many
reports."""
