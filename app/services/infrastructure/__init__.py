"""What the use cases stand on: the library file, transactions, files, the lock."""
