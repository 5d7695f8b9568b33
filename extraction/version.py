"""The extractor's version, stamped on every fact so a warehouse row can say which rules made it."""
EXTRACTOR_VERSION = "rules-2.23.0"
