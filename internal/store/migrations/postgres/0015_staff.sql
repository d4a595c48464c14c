-- Staff accounts, pools and staff messages (issue 18). Reserved: the tables are added by the staff mailbox change.
SELECT 1;
