-- A user's language is empty until the user chooses one: at sign-in, the language of the sign-in
-- page (chosen there, or the browser's) is kept for a user without one. Every stored value so far
-- was the 'ja' the column defaulted to for every new user, chosen or not, so all start empty again:
-- each user's next sign-in stores the language they sign in with.
alter table app_user alter column locale drop not null;
update app_user set locale = null;
