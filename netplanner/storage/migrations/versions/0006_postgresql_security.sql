-- NetPlanner on PostgreSQL: privacy by the engine. Run by migration 0006 on PostgreSQL
-- only, as the tables' owner (netplanner_owner), after the roles of `netplanner practice
-- init` exist. Nothing here trusts the app: every rule holds for raw SQL through a login.
--
-- Owners: `owner` holds the login role of the person a row belongs to. Practice banks and
-- their questions belong to the reserved NOLOGIN role netplanner_practice.

-- 1. Links never cross owners. The foreign keys compare (owner, id): no row can point at
--    another person's row, a cascade never reaches another person's rows, and a failed
--    link says nothing about rows that are not the caller's. DEFERRABLE: undo and the
--    archive restore put parents and children back in any order (SET CONSTRAINTS ALL
--    DEFERRED), checked at the commit. ON DELETE SET NULL (col) keeps the owner.
ALTER TABLE contact       ADD CONSTRAINT uq_contact_owner_id       UNIQUE (owner, id);
ALTER TABLE conversation  ADD CONSTRAINT uq_conversation_owner_id  UNIQUE (owner, id);
ALTER TABLE goal          ADD CONSTRAINT uq_goal_owner_id          UNIQUE (owner, id);
ALTER TABLE question_bank ADD CONSTRAINT uq_question_bank_owner_id UNIQUE (owner, id);

ALTER TABLE contact DROP CONSTRAINT contact_introduced_by_id_fkey,
  ADD CONSTRAINT contact_introduced_by_id_fkey FOREIGN KEY (owner, introduced_by_id)
    REFERENCES contact (owner, id) ON DELETE SET NULL (introduced_by_id)
    DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE contact DROP CONSTRAINT contact_introduced_in_id_fkey,
  ADD CONSTRAINT contact_introduced_in_id_fkey FOREIGN KEY (owner, introduced_in_id)
    REFERENCES conversation (owner, id) ON DELETE SET NULL (introduced_in_id)
    DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE contact_detail DROP CONSTRAINT contact_detail_contact_id_fkey,
  ADD CONSTRAINT contact_detail_contact_id_fkey FOREIGN KEY (owner, contact_id)
    REFERENCES contact (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE conversation DROP CONSTRAINT conversation_contact_id_fkey,
  ADD CONSTRAINT conversation_contact_id_fkey FOREIGN KEY (owner, contact_id)
    REFERENCES contact (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE conversation DROP CONSTRAINT conversation_goal_id_fkey,
  ADD CONSTRAINT conversation_goal_id_fkey FOREIGN KEY (owner, goal_id)
    REFERENCES goal (owner, id) ON DELETE SET NULL (goal_id) DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE question DROP CONSTRAINT question_bank_id_fkey,
  ADD CONSTRAINT question_bank_id_fkey FOREIGN KEY (owner, bank_id)
    REFERENCES question_bank (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE conversation_question DROP CONSTRAINT conversation_question_conversation_id_fkey,
  ADD CONSTRAINT conversation_question_conversation_id_fkey FOREIGN KEY (owner, conversation_id)
    REFERENCES conversation (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE follow_up DROP CONSTRAINT follow_up_conversation_id_fkey,
  ADD CONSTRAINT follow_up_conversation_id_fkey FOREIGN KEY (owner, conversation_id)
    REFERENCES conversation (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE follow_up DROP CONSTRAINT follow_up_contact_id_fkey,
  ADD CONSTRAINT follow_up_contact_id_fkey FOREIGN KEY (owner, contact_id)
    REFERENCES contact (owner, id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE conversation_question DROP CONSTRAINT conversation_question_source_question_id_fkey,
  ADD CONSTRAINT conversation_question_source_question_id_fkey FOREIGN KEY (source_question_id)
    REFERENCES question (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
-- Every policy filters on owner: children are found by (owner, parent).
CREATE INDEX ix_contact_detail_owner_contact ON contact_detail (owner, contact_id);
CREATE INDEX ix_conversation_owner_contact ON conversation (owner, contact_id);
CREATE INDEX ix_conversation_question_owner_conversation
  ON conversation_question (owner, conversation_id);
CREATE INDEX ix_question_owner_bank ON question (owner, bank_id);
CREATE INDEX ix_follow_up_owner_contact ON follow_up (owner, contact_id);
CREATE INDEX ix_undo_log_owner_step ON undo_log (owner, step);

-- conversation_question.source_question_id may point at a practice question, so it keeps
-- its one-column key; this trigger (run as the caller, so under row-level security)
-- makes a link to a question the caller cannot see fail exactly like a link to a
-- question that does not exist.
CREATE FUNCTION netplanner_check_source_question() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.source_question_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM question q
      WHERE q.id = NEW.source_question_id
        AND q.owner IN (NEW.owner, 'netplanner_practice')) THEN
    RAISE foreign_key_violation USING MESSAGE = 'no such question';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER conversation_question_source_visible
  BEFORE INSERT OR UPDATE OF source_question_id, owner ON conversation_question
  FOR EACH ROW EXECUTE FUNCTION netplanner_check_source_question();

-- 2. A client's grants to coaches: one row per (client, coach); deleting it revokes, from
--    the coach's next statement on.
CREATE TABLE coach_grant (
  client     varchar(63) NOT NULL DEFAULT current_user,
  coach      varchar(63) NOT NULL,
  can_write  boolean NOT NULL DEFAULT false,
  granted_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
  PRIMARY KEY (client, coach)
);
CREATE INDEX ix_coach_grant_coach ON coach_grant (coach, client);
-- Display names of the practice's people. Login names are opaque (np_c_…, np_k_…):
-- pg_roles is readable by every login, so a role name must not be a person's name.
CREATE TABLE practice_member (
  role         varchar(63) PRIMARY KEY,
  kind         varchar(10) NOT NULL CHECK (kind IN ('client', 'coach')),
  display_name text NOT NULL
);

-- True when the login may write rows of `row_owner`: their own, a client's who granted
-- it write access, or (a coach) the practice's banks.
CREATE FUNCTION netplanner_may_write(row_owner text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT row_owner = session_user
      OR EXISTS (SELECT 1 FROM coach_grant g
                 WHERE g.client = row_owner AND g.coach = session_user AND g.can_write)
      OR (row_owner = 'netplanner_practice'
          AND pg_has_role(session_user, 'netplanner_coach', 'MEMBER'))
$$;

-- 3. Privileges: the groups read and write rows; the policies decide which. Nobody but
--    the owner role gives or changes an id (column privileges): an INSERT naming an id
--    is refused whether or not that id exists, so a primary key tells nobody which ids
--    other people's rows have; ids come from the sequences.
GRANT USAGE ON SCHEMA public TO netplanner_client, netplanner_coach;
GRANT SELECT ON alembic_version TO netplanner_client, netplanner_coach;
DO $$
DECLARE t text; cols text;
BEGIN
  FOREACH t IN ARRAY ARRAY['app_meta','contact','contact_detail','goal','conversation',
      'conversation_question','question_bank','question','follow_up','undo_log'] LOOP
    SELECT string_agg(quote_ident(column_name), ', ') INTO cols
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = t AND column_name NOT IN ('id', 'seq');
    EXECUTE format('GRANT SELECT, DELETE ON %I TO netplanner_client, netplanner_coach', t);
    IF t <> 'undo_log' THEN
      EXECUTE format('GRANT INSERT (%s), UPDATE (%s) ON %I TO netplanner_client, '
                     'netplanner_coach', cols, cols, t);
    END IF;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- Own rows: everything.
    EXECUTE format('CREATE POLICY own ON %I TO netplanner_client, netplanner_coach '
                   'USING (owner = current_user) WITH CHECK (owner = current_user)', t);
    -- The login itself only: every member may SET ROLE to its group, and would otherwise
    -- own rows as "netplanner_client", which every other client could then read.
    EXECUTE format('CREATE POLICY login_only ON %I AS RESTRICTIVE TO netplanner_client, '
                   'netplanner_coach USING (current_user = session_user) '
                   'WITH CHECK (current_user = session_user)', t);
    -- Migrations and practice maintenance (members of netplanner_owner are admins only).
    EXECUTE format('CREATE POLICY maintenance ON %I TO netplanner_owner '
                   'USING (true) WITH CHECK (true)', t);
    IF t NOT IN ('undo_log', 'app_meta') THEN
      -- A coach reads a client's rows while a grant says so; writes only if it allows.
      EXECUTE format('CREATE POLICY coach_read ON %I FOR SELECT TO netplanner_coach USING '
        '(EXISTS (SELECT 1 FROM coach_grant g WHERE g.client = %I.owner '
        'AND g.coach = current_user))', t, t);
      EXECUTE format('CREATE POLICY coach_insert ON %I FOR INSERT TO netplanner_coach WITH CHECK '
        '(EXISTS (SELECT 1 FROM coach_grant g WHERE g.client = %I.owner '
        'AND g.coach = current_user AND g.can_write))', t, t);
      EXECUTE format('CREATE POLICY coach_update ON %I FOR UPDATE TO netplanner_coach USING '
        '(EXISTS (SELECT 1 FROM coach_grant g WHERE g.client = %I.owner '
        'AND g.coach = current_user AND g.can_write)) WITH CHECK '
        '(EXISTS (SELECT 1 FROM coach_grant g WHERE g.client = %I.owner '
        'AND g.coach = current_user AND g.can_write))', t, t, t);
      EXECUTE format('CREATE POLICY coach_delete ON %I FOR DELETE TO netplanner_coach USING '
        '(EXISTS (SELECT 1 FROM coach_grant g WHERE g.client = %I.owner '
        'AND g.coach = current_user AND g.can_write))', t, t);
    END IF;
  END LOOP;
END $$;
-- The undo log is written by its trigger only (see 4), and a step number is all a login
-- may change in it: what it holds is the server's record of what the login changed.
GRANT UPDATE (step) ON undo_log TO netplanner_client, netplanner_coach;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO netplanner_client, netplanner_coach;

-- Practice banks: read by everyone, written by coaches.
CREATE POLICY practice_read ON question_bank FOR SELECT TO netplanner_client, netplanner_coach
  USING (owner = 'netplanner_practice');
CREATE POLICY practice_read ON question FOR SELECT TO netplanner_client, netplanner_coach
  USING (owner = 'netplanner_practice');
CREATE POLICY practice_write ON question_bank TO netplanner_coach
  USING (owner = 'netplanner_practice') WITH CHECK (owner = 'netplanner_practice');
CREATE POLICY practice_write ON question TO netplanner_coach
  USING (owner = 'netplanner_practice') WITH CHECK (owner = 'netplanner_practice');

-- Grants: a client makes, changes and revokes their own; a coach sees those naming them.
GRANT SELECT, INSERT, DELETE ON coach_grant TO netplanner_client;
GRANT UPDATE (can_write) ON coach_grant TO netplanner_client;
GRANT SELECT ON coach_grant TO netplanner_coach;
ALTER TABLE coach_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach_grant FORCE ROW LEVEL SECURITY;
CREATE POLICY client_own ON coach_grant TO netplanner_client
  USING (client = current_user)
  WITH CHECK (client = current_user
              -- the catalog, not practice_member: its policy reads coach_grant (a cycle)
              AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                          WHERE r.rolname = coach_grant.coach
                            AND m.roleid = (SELECT oid FROM pg_roles
                                            WHERE rolname = 'netplanner_coach')));
CREATE POLICY login_only ON coach_grant AS RESTRICTIVE TO netplanner_client, netplanner_coach
  USING (current_user = session_user) WITH CHECK (current_user = session_user);
CREATE POLICY coach_sees ON coach_grant FOR SELECT TO netplanner_coach
  USING (coach = current_user);
CREATE POLICY maintenance ON coach_grant TO netplanner_owner USING (true) WITH CHECK (true);

-- Members: everyone sees the coaches and themselves; a coach sees the clients who granted.
GRANT SELECT ON practice_member TO netplanner_client, netplanner_coach;
ALTER TABLE practice_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE practice_member FORCE ROW LEVEL SECURITY;
CREATE POLICY visible ON practice_member FOR SELECT TO netplanner_client, netplanner_coach
  USING (kind = 'coach' OR role = current_user
         OR EXISTS (SELECT 1 FROM coach_grant g
                    WHERE g.client = practice_member.role AND g.coach = current_user));
CREATE POLICY maintenance ON practice_member TO netplanner_owner USING (true) WITH CHECK (true);

-- 4. The undo log per login: the SQLite technique (a trigger writes, for each changed
--    row, the statement that takes the change back) in PL/pgSQL.
--  - It records only on connections that asked for it (SET netplanner.record_undo = on:
--    the window; the command line does not), like SQLite's TEMP triggers.
--  - An entry belongs to the login that made the change (session_user): a coach's change
--    to a client's row is in the coach's log, and undo never takes back another login's
--    change. Changes the login may not make itself (a coach deleting a practice question
--    sets links in clients' answers to NULL) are not recorded: the log would show the
--    login text it may not read.
--  - Every logged UPDATE and DELETE applies only while the row is exactly as this change
--    left it (to_jsonb(t) = the new row, its version aside: an undo counts as a change for
--    the forms, not for the log): if anybody changed it since, the statement touches no
--    row and the app refuses the whole step.
--  - Undoing an update of a versioned row bumps its version, so a form that loaded the
--    row before stays stale.
--  - A deleted row comes back through netplanner_restore_row (the login may not name an
--    id, see 3), which accepts only a row whose deletion this login's own log recorded.
CREATE FUNCTION netplanner_undo_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t text := quote_ident(TG_TABLE_NAME);
  versioned boolean := TG_NARGS > 0 AND TG_ARGV[0] = 'versioned';
  o jsonb; n jsonb; cols text; stmt text;
BEGIN
  IF coalesce(current_setting('netplanner.record_undo', true), '') <> 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN o := to_jsonb(OLD); ELSE n := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' THEN o := to_jsonb(OLD); END IF;
  IF NOT netplanner_may_write(coalesce(n, o)->>'owner') THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    stmt := format('DELETE FROM %s t WHERE t.id = %s AND to_jsonb(t) - ''version'' = %L::jsonb',
                   t, n->>'id', n - 'version');
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT string_agg(quote_ident(e.key), ', ' ORDER BY e.key) INTO cols
      FROM jsonb_each(o) e WHERE e.value IS DISTINCT FROM n->e.key AND e.key <> 'version';
    IF cols IS NULL THEN RETURN NULL; END IF;
    stmt := format('UPDATE %s t SET (%s%s) = (SELECT %s%s FROM '
                   'jsonb_populate_record(NULL::%s, %L::jsonb) r) '
                   'WHERE t.id = %s AND to_jsonb(t) - ''version'' = %L::jsonb',
                   t, cols, CASE WHEN versioned THEN ', version' ELSE '' END,
                   cols, CASE WHEN versioned THEN ', t.version + 1' ELSE '' END,
                   t, o, n->>'id', n - 'version');
  ELSE
    stmt := format('SELECT netplanner_restore_row(%L, %L::jsonb)', TG_TABLE_NAME, o);
  END IF;
  INSERT INTO undo_log (owner, statement) VALUES (session_user, stmt);
  RETURN NULL;
END $$;

CREATE FUNCTION netplanner_restore_row(tbl text, row_data jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF tbl NOT IN ('contact', 'contact_detail', 'goal', 'conversation', 'conversation_question',
                 'question_bank', 'question', 'follow_up')
     OR NOT EXISTS (SELECT 1 FROM undo_log u WHERE u.owner = session_user
                    AND u.statement = format('SELECT netplanner_restore_row(%L, %L::jsonb)',
                                             tbl, row_data))
     OR NOT netplanner_may_write(row_data->>'owner') THEN
    RAISE insufficient_privilege USING MESSAGE = 'nothing of yours to put back';
  END IF;
  EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', tbl, tbl)
    USING row_data;
  RETURN 1;
END $$;
REVOKE ALL ON FUNCTION netplanner_restore_row(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION netplanner_may_write(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION netplanner_restore_row(text, jsonb)
  TO netplanner_client, netplanner_coach;
GRANT EXECUTE ON FUNCTION netplanner_may_write(text) TO netplanner_client, netplanner_coach;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contact','contact_detail','goal','conversation',
      'conversation_question','question_bank','question','follow_up'] LOOP
    EXECUTE format('CREATE TRIGGER netplanner_undo AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION netplanner_undo_record(%L)', t,
                   CASE WHEN t IN ('contact','goal','conversation','question_bank','question',
                                   'follow_up') THEN 'versioned' ELSE 'plain' END);
  END LOOP;
END $$;
