"""Historical dates: EDTF with precision, dates as people write them, and ISO dates of editions."""
