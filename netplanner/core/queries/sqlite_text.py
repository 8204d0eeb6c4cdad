"""The statements of ``PRECOMPILED`` compiled for SQLite, and the tables' columns.

Written by ``python -m netplanner.core.queries.precompile``; do not edit. Read by
``plain.PlainQueries`` for the commands that never load SQLAlchemy.
"""

# fmt: off
#: name -> (SQL, the parameter of each mark, parameters and result columns holding
#: moments).
STATEMENTS = {
    "contacts.chain_step": (
        (
            "SELECT contact.name, contact.how_we_know, contact.introduced_by_id \nFROM contact "
            "\nWHERE contact.id = ?"
        ),
        ("id",),
        (),
        (),
    ),
    "contacts.count": (
        "SELECT count(*) AS count_1 \nFROM contact",
        (),
        (),
        (),
    ),
    "contacts.detail_texts": (
        (
            "SELECT contact_detail.contact_id, contact_detail.value \nFROM contact_detail "
            "ORDER BY contact_detail.contact_id, contact_detail.position"
        ),
        (),
        (),
        (),
    ),
    "contacts.details_of": (
        (
            "SELECT contact_detail.kind, contact_detail.label, contact_detail.value \nFROM "
            "contact_detail \nWHERE contact_detail.contact_id = ? ORDER BY "
            "contact_detail.position, contact_detail.id"
        ),
        ("id",),
        (),
        (),
    ),
    "contacts.ids_names": (
        "SELECT contact.id, contact.name \nFROM contact",
        (),
        (),
        (),
    ),
    "contacts.impact": (
        (
            "SELECT (SELECT count(*) AS count_1 \nFROM conversation \nWHERE "
            "conversation.contact_id = ?) AS anon_1, (SELECT count(*) AS count_2 \nFROM "
            "contact \nWHERE contact.introduced_by_id = ?) AS anon_2, (SELECT count(*) AS "
            "count_3 \nFROM follow_up \nWHERE follow_up.contact_id = ?) AS anon_3"
        ),
        ("id", "id", "id"),
        (),
        (),
    ),
    "contacts.introduced_by": (
        (
            "SELECT contact.id, contact.name, contact.role, contact.specialism, "
            "contact.organisation, contact.email, contact.tags, contact.introduced_by_id, "
            "coalesce(introducer.name, '') AS coalesce_1, contact.nickname || ' ' || "
            "contact.email || ' ' || contact.phone || ' ' || contact.city || ' ' || "
            "contact.country || ' ' || contact.website AS anon_1 \nFROM contact LEFT OUTER "
            "JOIN contact AS introducer ON contact.introduced_by_id = introducer.id \nWHERE "
            "contact.introduced_by_id = ?"
        ),
        ("id",),
        (),
        (),
    ),
    "contacts.names": (
        "SELECT contact.id, contact.name \nFROM contact ORDER BY contact.name",
        (),
        (),
        (),
    ),
    "contacts.one": (
        (
            "SELECT contact.id, contact.version, contact.name, contact.role, "
            "contact.specialism, contact.organisation, contact.sector, contact.region, "
            "contact.email, contact.phone, contact.linkedin_url, contact.how_we_know, "
            "contact.introduced_by_id, contact.introduced_in_id, contact.notes, contact.tags, "
            "contact.source, contact.email_kind, contact.phone_kind, contact.website, "
            "contact.nickname, contact.name_prefix, contact.given_name, "
            "contact.additional_names, contact.family_name, contact.name_suffix, "
            "contact.birthday, contact.street, contact.postal_code, contact.city, "
            "contact.address_region, contact.country, contact.source_uid \nFROM contact \nWHERE "
            "contact.id = ?"
        ),
        ("id",),
        (),
        (),
    ),
    "contacts.rows": (
        (
            "SELECT contact.id, contact.name, contact.role, contact.specialism, "
            "contact.organisation, contact.email, contact.tags, contact.introduced_by_id, "
            "coalesce(introducer.name, '') AS coalesce_1, contact.nickname || ' ' || "
            "contact.email || ' ' || contact.phone || ' ' || contact.city || ' ' || "
            "contact.country || ' ' || contact.website AS anon_1 \nFROM contact LEFT OUTER "
            "JOIN contact AS introducer ON contact.introduced_by_id = introducer.id ORDER BY "
            "contact.name, contact.id"
        ),
        (),
        (),
        (),
    ),
    "contacts.rows_of": (
        (
            "SELECT contact.id, contact.name, contact.role, contact.specialism, "
            "contact.organisation, contact.email, contact.tags, contact.introduced_by_id, "
            "coalesce(introducer.name, '') AS coalesce_1, contact.nickname || ' ' || "
            "contact.email || ' ' || contact.phone || ' ' || contact.city || ' ' || "
            "contact.country || ' ' || contact.website AS anon_1 \nFROM contact LEFT OUTER "
            "JOIN contact AS introducer ON contact.introduced_by_id = introducer.id \nWHERE "
            "contact.id IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (),
    ),
    "imports.contact_ids": (
        "SELECT contact.id \nFROM contact \nWHERE contact.id IN (__[POSTCOMPILE_ids])",
        ("ids",),
        (),
        (),
    ),
    "imports.details": (
        (
            "SELECT contact_detail.contact_id, contact_detail.kind, contact_detail.label, "
            "contact_detail.value \nFROM contact_detail \nWHERE contact_detail.contact_id IN "
            "(__[POSTCOMPILE_ids]) ORDER BY contact_detail.contact_id, "
            "contact_detail.position"
        ),
        ("ids",),
        (),
        (),
    ),
    "imports.existing_contacts": (
        (
            "SELECT contact.id, contact.name, contact.introduced_by_id, contact.role, "
            "contact.specialism, contact.organisation, contact.sector, contact.region, "
            "contact.email, contact.phone, contact.linkedin_url, contact.how_we_know, "
            "contact.notes, contact.tags, contact.website, contact.nickname, "
            "contact.birthday, contact.source_uid, contact.email_kind, contact.phone_kind, "
            "contact.name_prefix, contact.given_name, contact.additional_names, "
            "contact.family_name, contact.name_suffix, contact.street, contact.postal_code, "
            "contact.city, contact.address_region, contact.country \nFROM contact ORDER BY "
            "contact.id"
        ),
        (),
        (),
        (),
    ),
    "imports.existing_details": (
        (
            "SELECT contact_detail.contact_id, contact_detail.kind, contact_detail.label, "
            "contact_detail.value \nFROM contact_detail ORDER BY contact_detail.contact_id, "
            "contact_detail.position"
        ),
        (),
        (),
        (),
    ),
    "imports.fill_contact": (
        (
            "UPDATE contact SET role=?, specialism=?, organisation=?, sector=?, region=?, "
            "email=?, phone=?, email_kind=?, phone_kind=?, linkedin_url=?, website=?, "
            "nickname=?, name_prefix=?, given_name=?, additional_names=?, family_name=?, "
            "name_suffix=?, birthday=?, street=?, postal_code=?, city=?, address_region=?, "
            "country=?, source_uid=?, how_we_know=?, notes=?, tags=?, updated_at=? WHERE "
            "contact.id = ?"
        ),
        (
            "role",
            "specialism",
            "organisation",
            "sector",
            "region",
            "email",
            "phone",
            "email_kind",
            "phone_kind",
            "linkedin_url",
            "website",
            "nickname",
            "name_prefix",
            "given_name",
            "additional_names",
            "family_name",
            "name_suffix",
            "birthday",
            "street",
            "postal_code",
            "city",
            "address_region",
            "country",
            "source_uid",
            "how_we_know",
            "notes",
            "tags",
            "stamp",
            "contact_id",
        ),
        ("stamp",),
        (),
    ),
    "imports.fillable": (
        (
            "SELECT contact.id, contact.role, contact.specialism, contact.organisation, "
            "contact.sector, contact.region, contact.email, contact.phone, "
            "contact.linkedin_url, contact.how_we_know, contact.notes, contact.tags, "
            "contact.website, contact.nickname, contact.birthday, contact.source_uid, "
            "contact.email_kind, contact.phone_kind, contact.name_prefix, contact.given_name, "
            "contact.additional_names, contact.family_name, contact.name_suffix, "
            "contact.street, contact.postal_code, contact.city, contact.address_region, "
            "contact.country \nFROM contact \nWHERE contact.id IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (),
    ),
    "imports.introduce": (
        "UPDATE contact SET introduced_by_id=?, updated_at=? WHERE contact.id = ?",
        ("introducer_id", "stamp", "contact_id"),
        ("stamp",),
        (),
    ),
    "imports.last_detail_position": (
        (
            "SELECT max(contact_detail.position) AS max_1 \nFROM contact_detail \nWHERE "
            "contact_detail.contact_id = ?"
        ),
        ("contact_id",),
        (),
        (),
    ),
    "imports.names": (
        "SELECT contact.id, contact.name, contact.introduced_by_id \nFROM contact",
        (),
        (),
        (),
    ),
    "meta.value": (
        "SELECT app_meta.value \nFROM app_meta \nWHERE app_meta.\"key\" = ?",
        ("key",),
        (),
        (),
    ),
    "sheets.conversations": (
        (
            "SELECT conversation.id, conversation.contact_id, conversation.goal_id, "
            "conversation.kind, conversation.starts_at, conversation.duration_minutes, "
            "conversation.place, conversation.purpose, conversation.notes \nFROM conversation "
            "\nWHERE conversation.id IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (4,),
    ),
    "sheets.goals": (
        (
            "SELECT goal.id, goal.target_role, goal.specialism, goal.region, "
            "goal.organisation_kind, goal.free_text, goal.language \nFROM goal \nWHERE goal.id "
            "IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (),
    ),
    "sheets.people": (
        (
            "SELECT contact.id, contact.name, contact.role, contact.specialism, "
            "contact.organisation, contact.how_we_know, contact.introduced_by_id \nFROM "
            "contact \nWHERE contact.id IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (),
    ),
    "sheets.questions": (
        (
            "SELECT conversation_question.conversation_id, conversation_question.text, "
            "conversation_question.answer \nFROM conversation_question \nWHERE "
            "conversation_question.conversation_id IN (__[POSTCOMPILE_ids]) ORDER BY "
            "conversation_question.conversation_id, conversation_question.position, "
            "conversation_question.id"
        ),
        ("ids",),
        (),
        (),
    ),
    "sheets.reach": (
        (
            "SELECT contact.id, contact.phone, contact.email \nFROM contact \nWHERE contact.id "
            "IN (__[POSTCOMPILE_ids])"
        ),
        ("ids",),
        (),
        (),
    ),
    "today.conversations_in_status": (
        (
            "SELECT conversation.id, conversation.contact_id, contact.name, "
            "conversation.asked_at, conversation.held_at, conversation.starts_at, "
            "conversation.created_at \nFROM conversation JOIN contact ON "
            "conversation.contact_id = contact.id \nWHERE conversation.status = ?"
        ),
        ("status",),
        (),
        (3, 4, 5, 6),
    ),
    "today.named": (
        (
            "SELECT contact.id, contact.name, contact.introduced_by_id, introducer.name AS "
            "name_1, contact.introduced_in_id, coalesce(named.held_at, named.starts_at, "
            "contact.created_at) AS coalesce_1, named.goal_id \nFROM contact LEFT OUTER JOIN "
            "contact AS introducer ON contact.introduced_by_id = introducer.id JOIN "
            "conversation AS named ON contact.introduced_in_id = named.id"
        ),
        (),
        (),
        (5,),
    ),
    "today.named_conversations": (
        (
            "SELECT conversation.id, conversation.contact_id, conversation.status, "
            "conversation.starts_at, conversation.kind, conversation.goal_id \nFROM "
            "conversation \nWHERE conversation.contact_id IN (SELECT contact.id \nFROM contact "
            "\nWHERE contact.introduced_in_id IS NOT NULL) ORDER BY conversation.id"
        ),
        (),
        (),
        (3,),
    ),
    "today.open_follow_ups": (
        (
            "SELECT follow_up.id, follow_up.what, follow_up.due_at, follow_up.done_at, "
            "follow_up.kind, follow_up.suggestion_key, follow_up.contact_id, contact.name, "
            "follow_up.conversation_id, conversation.status, follow_up.version \nFROM "
            "follow_up LEFT OUTER JOIN contact ON follow_up.contact_id = contact.id LEFT "
            "OUTER JOIN conversation ON follow_up.conversation_id = conversation.id \nWHERE "
            "follow_up.done_at IS NULL ORDER BY follow_up.due_at, follow_up.id"
        ),
        (),
        (),
        (2, 3),
    ),
    "today.planned": (
        (
            "SELECT conversation.id, conversation.contact_id, contact.name, "
            "conversation.kind, conversation.status, conversation.starts_at, "
            "conversation.place \nFROM conversation JOIN contact ON conversation.contact_id = "
            "contact.id \nWHERE conversation.starts_at >= ? AND conversation.starts_at < ? AND "
            "conversation.status != 'cancelled' ORDER BY conversation.starts_at, "
            "conversation.id"
        ),
        ("start", "end"),
        ("end", "start"),
        (5,),
    ),
    "today.planned_in": (
        (
            "SELECT conversation.id, conversation.contact_id, contact.name, "
            "conversation.kind, conversation.status, conversation.starts_at, "
            "conversation.place \nFROM conversation JOIN contact ON conversation.contact_id = "
            "contact.id \nWHERE conversation.starts_at >= ? AND conversation.starts_at < ? AND "
            "conversation.status != 'cancelled' AND conversation.status IN "
            "(__[POSTCOMPILE_statuses]) ORDER BY conversation.starts_at, conversation.id"
        ),
        ("start", "end", "statuses"),
        ("end", "start"),
        (5,),
    ),
    "today.stay_in_touch": (
        (
            "SELECT touch.contact_id, contact.name, max(touch.moment) AS max_1 \nFROM (SELECT "
            "conversation.contact_id AS contact_id, CASE WHEN (conversation.starts_at > ?) "
            "THEN ? ELSE conversation.starts_at END AS moment, CASE WHEN (conversation.status "
            "IN ('held', 'thanked', 'closed')) THEN 1 ELSE 0 END AS helped, CASE WHEN "
            "(conversation.status IN ('idea', 'asked', 'scheduled')) THEN 1 ELSE 0 END AS "
            "upcoming \nFROM conversation \nWHERE conversation.status != 'cancelled' UNION ALL "
            "SELECT conversation.contact_id AS contact_id, conversation.held_at AS held_at, "
            "0, 0 \nFROM conversation \nWHERE conversation.status != 'cancelled' UNION ALL "
            "SELECT conversation.contact_id AS contact_id, conversation.thanked_at AS "
            "thanked_at, 0, 0 \nFROM conversation \nWHERE conversation.status != 'cancelled' "
            "UNION ALL SELECT contact.introduced_by_id AS introduced_by_id, "
            "contact.created_at AS created_at, 1, 0 \nFROM contact \nWHERE "
            "contact.introduced_by_id IS NOT NULL UNION ALL SELECT follow_up.contact_id AS "
            "contact_id, follow_up.done_at AS done_at, 0, 0 \nFROM follow_up \nWHERE "
            "follow_up.contact_id IS NOT NULL AND follow_up.done_at IS NOT NULL) AS touch "
            "JOIN contact ON touch.contact_id = contact.id GROUP BY touch.contact_id, "
            "contact.name \nHAVING max(touch.helped) = 1 AND max(touch.upcoming) = 0 AND "
            "max(touch.moment) < ?"
        ),
        ("now", "now", "before"),
        ("before", "now"),
        (2,),
    ),
    "today.suggestion_keys": (
        (
            "SELECT follow_up.suggestion_key \nFROM follow_up \nWHERE follow_up.suggestion_key "
            "IS NOT NULL"
        ),
        (),
        (),
        (),
    ),
}

#: table -> (columns, holding moments, filled with "" by the file, required).
TABLES = {
    "app_meta": (
        ("owner", "key", "value"),
        (),
        ("owner",),
        ("value",),
    ),
    "contact": (
        (
            "id",
            "name",
            "role",
            "specialism",
            "organisation",
            "sector",
            "region",
            "email",
            "phone",
            "email_kind",
            "phone_kind",
            "linkedin_url",
            "website",
            "nickname",
            "name_prefix",
            "given_name",
            "additional_names",
            "family_name",
            "name_suffix",
            "birthday",
            "street",
            "postal_code",
            "city",
            "address_region",
            "country",
            "source_uid",
            "how_we_know",
            "introduced_by_id",
            "introduced_in_id",
            "notes",
            "tags",
            "source",
            "created_at",
            "updated_at",
            "version",
            "owner",
        ),
        ("created_at", "updated_at"),
        (
            "email_kind",
            "phone_kind",
            "website",
            "nickname",
            "name_prefix",
            "given_name",
            "additional_names",
            "family_name",
            "name_suffix",
            "birthday",
            "street",
            "postal_code",
            "city",
            "address_region",
            "country",
            "source_uid",
            "owner",
        ),
        (
            "role",
            "specialism",
            "organisation",
            "sector",
            "region",
            "email",
            "phone",
            "linkedin_url",
            "how_we_know",
            "notes",
            "tags",
            "source",
            "created_at",
            "updated_at",
        ),
    ),
    "contact_detail": (
        ("id", "contact_id", "kind", "label", "value", "position", "owner"),
        (),
        ("owner",),
        ("label", "position"),
    ),
    "conversation": (
        (
            "id",
            "contact_id",
            "goal_id",
            "kind",
            "status",
            "starts_at",
            "duration_minutes",
            "place",
            "purpose",
            "notes",
            "outcome",
            "thanked_at",
            "asked_at",
            "held_at",
            "created_at",
            "updated_at",
            "version",
            "owner",
        ),
        ("starts_at", "thanked_at", "asked_at", "held_at", "created_at", "updated_at"),
        ("owner",),
        ("kind", "status", "place", "purpose", "notes", "outcome", "created_at", "updated_at"),
    ),
    "conversation_question": (
        ("id", "conversation_id", "position", "text", "answer", "source_question_id", "owner"),
        (),
        ("owner",),
        ("position", "answer"),
    ),
    "follow_up": (
        (
            "id",
            "due_at",
            "what",
            "done_at",
            "conversation_id",
            "contact_id",
            "kind",
            "suggestion_key",
            "created_at",
            "version",
            "owner",
        ),
        ("due_at", "done_at", "created_at"),
        ("owner",),
        ("kind", "created_at"),
    ),
    "goal": (
        (
            "id",
            "target_role",
            "specialism",
            "region",
            "organisation_kind",
            "free_text",
            "language",
            "active",
            "created_at",
            "version",
            "owner",
        ),
        ("created_at",),
        ("owner",),
        (
            "target_role",
            "specialism",
            "region",
            "organisation_kind",
            "free_text",
            "language",
            "active",
            "created_at",
        ),
    ),
    "question": (
        ("id", "bank_id", "text", "category", "position", "version", "owner"),
        (),
        ("owner",),
        ("category", "position"),
    ),
    "question_bank": (
        (
            "id",
            "name",
            "language",
            "description",
            "builtin",
            "builtin_key",
            "share_key",
            "created_at",
            "version",
            "owner",
        ),
        ("created_at",),
        ("owner",),
        ("language", "description", "builtin", "created_at"),
    ),
    "undo_log": (
        ("seq", "step", "statement", "owner"),
        (),
        ("owner",),
        (),
    ),
}
# fmt: on
