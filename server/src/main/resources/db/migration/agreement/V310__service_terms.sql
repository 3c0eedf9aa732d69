-- Each data operation is a grant of its own (issue 13 point 14), and an agreement may require every
-- call to name the agency's local end user and the purpose (point 15). Both columns null on an
-- addendum or quota change: the service terms are unchanged. Existing original terms get the
-- default: lookup and verification by elements, no family lookup (which returns a whole household
-- and is not part of an access "melalui NIK"), no local user required; a registry administrator
-- grants FAMILY_LOOKUP by addendum where an agreement says so.
alter table agreement_amendment add column operations varchar(100);
alter table agreement_amendment add column local_user_required boolean;
update agreement_amendment set operations = 'NIK_LOOKUP,VERIFY_BY_ELEMENTS', local_user_required = false
    where kind = 'ORIGINAL';
