"""Writers: json/jsonl, markdown, html, tables (pandas/parquet/csv), sql."""
