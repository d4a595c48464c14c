-- Segments and campaigns (issue 17, flow 6). Reserved: the tables are added by the campaigns change.
SELECT 1;
