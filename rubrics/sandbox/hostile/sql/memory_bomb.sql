-- Grow one value until memory runs out (2 GB of text).
WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 2000)
SELECT length(group_concat(hex(zeroblob(1000000)))) FROM r
