-- The text the search index reads (headings and paragraphs of the body, without the outlet's
-- footer) was worked out by parsing each article's Markdown again whenever the index asked for
-- it. Publishing now keeps it beside the HTML, from the one parse of each save. The articles
-- stored before this column are filled in by the next migration, V10 (a Java migration of the
-- publishing package, since the text comes from the Markdown parser).
alter table article add column body_text text;
