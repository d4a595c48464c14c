-- Patient replies and threads (issue 18). Reserved: the tables are added by the replies change.
SELECT 1;
