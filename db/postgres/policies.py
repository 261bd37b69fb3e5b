"""Who may read and write what in a shared library, enforced by the server itself (row-level security).

Members connect as their own PostgreSQL login roles. `members` says what each is: the owner (who made the
library with `parallax setup`), an editor, or a reader. Table privileges (granted by db/postgres/members.py)
keep readers' hands off documents, links and events; the policies here decide, row by row, over notes and what
hangs off them:

- a shared note is seen by every member; a private note only by its author, whatever SQL anyone writes;
- editors add and change shared notes and their own private ones; readers only their own private notes, and
  only if the owner allows it (`readers_write_notes` in `library_options`);
- a note's author is the role that made it, and stays so (no one can write a note in another's name).

The tables are FORCEd under their own policies, so the owner is held to them too. Superusers (and roles with
BYPASSRLS) always bypass row-level security: no member should be one (`member add` refuses them).

Every change to documents, notes, links, events and collections is announced on the channel `parallax_changes`
with the table and the row's ID only: the payload is not filtered by the policies, so listeners read the row
again under their own (and do not see another's private note).
"""

from __future__ import annotations

CHANNEL = "parallax_changes"
NOTE_TABLES = ("passage_anchors", "note_tags", "note_revisions")  # rows that belong to one note (note_id)
ANNOUNCED = ("documents", "notes", "alignment_links", "events", "collections")
AUTHORED = ("notes", "alignment_links", "events")

_FUNCTIONS = [
    # Security definer: any member may learn a member's role without reading `members` itself.
    """CREATE OR REPLACE FUNCTION parallax_role_of(who name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$ SELECT role FROM members WHERE name = who $$""",
    """CREATE OR REPLACE FUNCTION parallax_option(wanted text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$ SELECT value FROM library_options WHERE name = wanted $$""",
    # Not security definers: current_user is the member asking.
    """CREATE OR REPLACE FUNCTION parallax_may_edit() RETURNS boolean LANGUAGE sql STABLE
       AS $$ SELECT coalesce(parallax_role_of(current_user) IN ('owner', 'editor'), false) $$""",
    """CREATE OR REPLACE FUNCTION parallax_may_write_own_notes() RETURNS boolean LANGUAGE sql STABLE
       AS $$ SELECT parallax_may_edit() OR (parallax_role_of(current_user) = 'reader'
                AND coalesce(parallax_option('readers_write_notes'), 'yes') = 'yes') $$""",
    """CREATE OR REPLACE FUNCTION parallax_may_change(author text, private boolean) RETURNS boolean
       LANGUAGE sql STABLE AS $$ SELECT CASE WHEN private THEN author = current_user AND parallax_may_write_own_notes()
                                      ELSE parallax_may_edit() END $$""",
    # Reads notes under the caller's own policies: a note one cannot see cannot be changed through its rows.
    """CREATE OR REPLACE FUNCTION parallax_may_change_note(note integer) RETURNS boolean LANGUAGE sql STABLE
       AS $$ SELECT EXISTS (SELECT 1 FROM notes n WHERE n.id = note AND parallax_may_change(n.author, n.private)) $$""",
    """CREATE OR REPLACE FUNCTION parallax_keep_author() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN NEW.author := OLD.author; RETURN NEW; END $$""",
    f"""CREATE OR REPLACE FUNCTION parallax_announce() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || OLD.id);
         ELSE
           PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || NEW.id);
         END IF;
         RETURN NULL;
       END $$""",
]


def _note_policies() -> list[str]:
    may_change = "parallax_may_change(author, private)"
    return [
        "ALTER TABLE notes ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE notes FORCE ROW LEVEL SECURITY",
        "CREATE POLICY notes_read ON notes FOR SELECT USING (NOT private OR author = current_user)",
        f"CREATE POLICY notes_add ON notes FOR INSERT WITH CHECK (author = current_user AND {may_change})",
        f"CREATE POLICY notes_change ON notes FOR UPDATE USING ({may_change}) WITH CHECK ({may_change})",
        f"CREATE POLICY notes_remove ON notes FOR DELETE USING ({may_change})",
    ]


def _belonging_policies(table: str, column: str = "note_id") -> list[str]:
    visible = f"EXISTS (SELECT 1 FROM notes n WHERE n.id = {table}.{column})"
    may_change = f"parallax_may_change_note({column})"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({visible})",
        f"CREATE POLICY {table}_add ON {table} FOR INSERT WITH CHECK ({may_change})",
        f"CREATE POLICY {table}_change ON {table} FOR UPDATE USING ({may_change}) WITH CHECK ({may_change})",
        f"CREATE POLICY {table}_remove ON {table} FOR DELETE USING ({may_change})",
    ]


def _event_note_policies() -> list[str]:
    """An event's link to a note is seen with the note; made and removed by editors (events are theirs)."""
    return [
        "ALTER TABLE event_notes ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE event_notes FORCE ROW LEVEL SECURITY",
        (
            "CREATE POLICY event_notes_read ON event_notes FOR SELECT "
            "USING (EXISTS (SELECT 1 FROM notes n WHERE n.id = event_notes.note_id))"
        ),
        (
            "CREATE POLICY event_notes_write ON event_notes FOR ALL "
            "USING (parallax_may_edit()) WITH CHECK (parallax_may_edit())"
        ),
    ]


def _note_link_policies() -> list[str]:
    """A link between notes is seen when its source is; made from a note one may change."""
    return [
        "ALTER TABLE note_links ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE note_links FORCE ROW LEVEL SECURITY",
        (
            "CREATE POLICY note_links_read ON note_links FOR SELECT "
            "USING (EXISTS (SELECT 1 FROM notes n WHERE n.id = note_links.source_id))"
        ),
        (
            "CREATE POLICY note_links_write ON note_links FOR ALL USING (parallax_may_change_note(source_id)) "
            "WITH CHECK (parallax_may_change_note(source_id))"
        ),
    ]


def _triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION parallax_announce()"
        for table in ANNOUNCED
    ]
    statements += [
        f"CREATE TRIGGER {table}_keep_author BEFORE UPDATE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION parallax_keep_author()"
        for table in AUTHORED
    ]
    return statements


def shared_library_statements() -> list[str]:
    """Everything 0014_shared makes on PostgreSQL beyond the tables and columns."""
    statements = [f"ALTER TABLE {table} ALTER COLUMN author SET DEFAULT current_user" for table in AUTHORED]
    statements.append("ALTER TABLE note_revisions ALTER COLUMN author SET DEFAULT current_user")
    statements += _FUNCTIONS + _note_policies()
    for table in NOTE_TABLES:
        statements += _belonging_policies(table)
    return statements + _event_note_policies() + _note_link_policies() + _triggers()


def drop_shared_library_statements() -> list[str]:
    statements = [f"DROP TRIGGER IF EXISTS {table}_announce ON {table}" for table in ANNOUNCED]
    statements += [f"DROP TRIGGER IF EXISTS {table}_keep_author ON {table}" for table in AUTHORED]
    for table in ("notes", *NOTE_TABLES, "event_notes", "note_links"):
        statements.append(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        statements.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for kind in ("read", "add", "change", "remove", "write"):
            statements.append(f"DROP POLICY IF EXISTS {table}_{kind} ON {table}")
    for function in (
        "parallax_announce()", "parallax_keep_author()", "parallax_may_change_note(integer)",
        "parallax_may_change(text, boolean)", "parallax_may_write_own_notes()", "parallax_may_edit()",
        "parallax_option(text)", "parallax_role_of(name)",
    ):  # fmt: skip
        statements.append(f"DROP FUNCTION IF EXISTS {function}")
    return statements
