-- Change the data other runs see.
DELETE FROM accounts
