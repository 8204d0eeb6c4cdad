-- Undo 0006_postgresql_security.sql (migration 0006's downgrade on PostgreSQL): the
-- triggers, functions, policies, grants and practice tables go; the foreign keys compare
-- ids alone again.
DO $$
DECLARE t text; p record;
BEGIN
  FOREACH t IN ARRAY ARRAY['contact','contact_detail','goal','conversation',
      'conversation_question','question_bank','question','follow_up'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS netplanner_undo ON %I', t);
  END LOOP;
  FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
    EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['app_meta','contact','contact_detail','goal','conversation',
      'conversation_question','question_bank','question','follow_up','undo_log'] LOOP
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
    EXECUTE format('REVOKE ALL ON %I FROM netplanner_client, netplanner_coach', t);
  END LOOP;
END $$;
DROP TRIGGER conversation_question_source_visible ON conversation_question;
DROP FUNCTION netplanner_check_source_question();
DROP FUNCTION netplanner_undo_record();
DROP FUNCTION netplanner_restore_row(text, jsonb);
DROP FUNCTION netplanner_may_write(text);
DROP TABLE practice_member;
DROP TABLE coach_grant;
DROP INDEX ix_contact_detail_owner_contact, ix_conversation_owner_contact,
  ix_conversation_question_owner_conversation, ix_question_owner_bank,
  ix_follow_up_owner_contact, ix_undo_log_owner_step;

ALTER TABLE contact DROP CONSTRAINT contact_introduced_by_id_fkey,
  ADD CONSTRAINT contact_introduced_by_id_fkey FOREIGN KEY (introduced_by_id)
    REFERENCES contact (id) ON DELETE SET NULL;
ALTER TABLE contact DROP CONSTRAINT contact_introduced_in_id_fkey,
  ADD CONSTRAINT contact_introduced_in_id_fkey FOREIGN KEY (introduced_in_id)
    REFERENCES conversation (id) ON DELETE SET NULL;
ALTER TABLE contact_detail DROP CONSTRAINT contact_detail_contact_id_fkey,
  ADD CONSTRAINT contact_detail_contact_id_fkey FOREIGN KEY (contact_id)
    REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE conversation DROP CONSTRAINT conversation_contact_id_fkey,
  ADD CONSTRAINT conversation_contact_id_fkey FOREIGN KEY (contact_id)
    REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE conversation DROP CONSTRAINT conversation_goal_id_fkey,
  ADD CONSTRAINT conversation_goal_id_fkey FOREIGN KEY (goal_id)
    REFERENCES goal (id) ON DELETE SET NULL;
ALTER TABLE question DROP CONSTRAINT question_bank_id_fkey,
  ADD CONSTRAINT question_bank_id_fkey FOREIGN KEY (bank_id)
    REFERENCES question_bank (id) ON DELETE CASCADE;
ALTER TABLE conversation_question DROP CONSTRAINT conversation_question_conversation_id_fkey,
  ADD CONSTRAINT conversation_question_conversation_id_fkey FOREIGN KEY (conversation_id)
    REFERENCES conversation (id) ON DELETE CASCADE;
ALTER TABLE conversation_question DROP CONSTRAINT conversation_question_source_question_id_fkey,
  ADD CONSTRAINT conversation_question_source_question_id_fkey FOREIGN KEY (source_question_id)
    REFERENCES question (id) ON DELETE SET NULL;
ALTER TABLE follow_up DROP CONSTRAINT follow_up_conversation_id_fkey,
  ADD CONSTRAINT follow_up_conversation_id_fkey FOREIGN KEY (conversation_id)
    REFERENCES conversation (id) ON DELETE CASCADE;
ALTER TABLE follow_up DROP CONSTRAINT follow_up_contact_id_fkey,
  ADD CONSTRAINT follow_up_contact_id_fkey FOREIGN KEY (contact_id)
    REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE contact DROP CONSTRAINT uq_contact_owner_id;
ALTER TABLE conversation DROP CONSTRAINT uq_conversation_owner_id;
ALTER TABLE goal DROP CONSTRAINT uq_goal_owner_id;
ALTER TABLE question_bank DROP CONSTRAINT uq_question_bank_owner_id;
