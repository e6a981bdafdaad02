"""granttrail: responses to Socialstyrelsen's reclaim decisions, their attachments and invoices,
and the press around them, as linked, checked Parquet tables."""

__version__ = "0.1.0"
