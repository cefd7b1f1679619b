-- How sure each quotation's speaker is, and what gave it: only confident speakers become pull-quote
-- captions, and the editor's preview lists the doubtful ones with their reason. Quotations stored
-- before this were read without a confidence: those with a speaker count as read by a speech verb
-- until the article is extracted again.
alter table quote add column confidence varchar(10) default 'HIGH' not null;
alter table quote add column reason varchar(200);
update quote set confidence = 'NONE' where speaker is null;
