"""SQLAlchemy models. Change them only together with a migration in db/migrations/versions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOCUMENT_KINDS = (
    "declaration", "speech", "broadcast", "telegram", "letter",
    "resolution", "minutes", "newspaper article", "memoir", "other",
)  # fmt: skip
DATE_PRECISIONS = ("time", "day", "month", "year")
# The kinds of block a text is made of; only the first three take a ¶ number (app/domain/text/blocks.py).
NUMBERED_BLOCK_KINDS = ("paragraph", "list item", "quotation")
BLOCK_KINDS = (*NUMBERED_BLOCK_KINDS, "heading", "dateline", "table row", "closer", "editorial")


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


document_tags = Table(
    "document_tags",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class TagRow(Base):
    """A label shared by documents and notes; names are unique whatever their case (on PostgreSQL, by a unique
    index on lower(name) made in 0002_tags)."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100).with_variant(String(100, collation="NOCASE"), "sqlite"), unique=True)


class CollectionRow(Base):
    """Documents imported together from one edition, under its name and citation; hidden from the list at will."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text, default="")
    hidden: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# The edition a document was imported with (at most one): a table of its own, so that `documents` is not rebuilt.
collection_documents = Table(
    "collection_documents",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), index=True, nullable=False),
)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_quoted(DOCUMENT_KINDS)})", name="kind"),
        CheckConstraint(
            f"date_precision IS NULL OR date_precision IN ({_quoted(DATE_PRECISIONS)})", name="date_precision"
        ),
        Index("ix_documents_date_range", "date_lo", "date_hi"),
        Index("ix_documents_language", "language"),
        Index(
            "ix_documents_forms_pending",
            "id",
            sqlite_where=text("forms IS NULL"),
            postgresql_where=text("forms IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text, default="")
    # The date as EDTF ('1956-10-30', '1956-11', '1956-10-29~', '1956-11-01/1956-11-02'),
    # with its bounds and precision kept beside it for sorting and range queries.
    date_edtf: Mapped[str] = mapped_column(String(64), default="")
    date_lo: Mapped[datetime | None] = mapped_column(DateTime)
    date_hi: Mapped[datetime | None] = mapped_column(DateTime)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_approximate: Mapped[bool] = mapped_column(default=False)
    # The same bounds as instants in UTC (a time with its offset; a day, month or year as the calendar has it):
    # what documents are ordered by, so that a Budapest telegram of 14:00 comes before a Washington one of 13:22.
    date_utc_lo: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    date_utc_hi: Mapped[datetime | None] = mapped_column(DateTime)
    # Where a date not written on the document itself came from ('between its neighbours in the edition, …').
    date_basis: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    source_publication: Mapped[str] = mapped_column(Text, default="")
    source_editor: Mapped[str] = mapped_column(Text, default="")
    source_publisher: Mapped[str] = mapped_column(Text, default="")
    source_place: Mapped[str] = mapped_column(Text, default="")
    source_year: Mapped[str] = mapped_column(String(32), default="")
    source_pages: Mapped[str] = mapped_column(String(64), default="")
    source_number: Mapped[str] = mapped_column(String(32), default="")
    archive: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    rights: Mapped[str] = mapped_column(Text, default="")
    # What the document is called where room is short, as the user set it ('' for the one made from the title).
    short_title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")  # what the source says of itself (a page's summary)
    translation_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    original_format: Mapped[str] = mapped_column(String(64), default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # Set for documents that ship with Parallax, so they are seeded once and never twice.
    bundle_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # The word forms of the title and issuer for search (see WORD_FORMS below).
    forms: Mapped[str | None] = mapped_column(Text, deferred=True)

    paragraphs: Mapped[list[ParagraphRow]] = relationship(
        back_populates="document",
        order_by="ParagraphRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    translation_of: Mapped[DocumentRow | None] = relationship(remote_side=[id])
    tags: Mapped[list[TagRow]] = relationship(secondary=document_tags, order_by=TagRow.name)


class ParagraphRow(Base):
    """One block of a document's text (the table keeps its old name: most blocks are paragraphs).

    `position` orders the blocks; `number` is the ¶ number, which only paragraphs, list items and quotations
    have, so that headings, datelines and the rest never shift the numbering.
    """

    __tablename__ = "paragraphs"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_paragraphs_document_number"),
        UniqueConstraint("document_id", "position", name="uq_paragraphs_document_position"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("position >= 1", name="position_positive"),
        CheckConstraint(f"kind IN ({_quoted(BLOCK_KINDS)})", name="kind"),
        CheckConstraint(f"(kind IN ({_quoted(NUMBERED_BLOCK_KINDS)})) = (number IS NOT NULL)", name="numbered_kinds"),
        Index(
            "ix_paragraphs_forms_pending",
            "id",
            sqlite_where=text("forms IS NULL"),
            postgresql_where=text("forms IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="paragraph")
    level: Mapped[int] = mapped_column(Integer, default=0)  # a heading's level; a list item's depth
    label: Mapped[str] = mapped_column(String(32), default="")  # a list item's label as printed ('1.', '(a)')
    text: Mapped[str] = mapped_column(Text)
    # The page of the printed source on which the block begins, where known ('253').
    page: Mapped[str | None] = mapped_column(String(16))
    forms: Mapped[str | None] = mapped_column(Text, deferred=True)  # see WORD_FORMS below

    document: Mapped[DocumentRow] = relationship(back_populates="paragraphs")


class FootnoteRow(Base):
    """A note kept apart from the text: under paragraph ¶`paragraph_number`, or under the heading when NULL."""

    __tablename__ = "footnotes"
    __table_args__ = (Index("ix_footnotes_document_position", "document_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    paragraph_number: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16), default="")
    text: Mapped[str] = mapped_column(Text)


class PageImageRow(Base):
    """A page image as kept in the library (compressed), stored once however many pages show it."""

    __tablename__ = "page_images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentPageRow(Base):
    """A page of a scan: its image, how its words were read; `width`, `height`: of the image the boxes refer to."""

    __tablename__ = "document_pages"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_document_pages_document_number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16), default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    image_id: Mapped[int | None] = mapped_column(ForeignKey("page_images.id", ondelete="SET NULL"), index=True)
    languages: Mapped[str] = mapped_column(String(64), default="")  # Tesseract's codes; '' for a text layer
    setting: Mapped[str] = mapped_column(String(32), default="auto")  # the layout Tesseract looked for


class PageWordRow(Base):
    """A word read on a page, in reading order: box, confidence, place in the text (none for a running head);
    `ocr_text` is the word as read, so that a correction is known as one by comparing."""

    __tablename__ = "page_words"
    __table_args__ = (
        Index("ix_page_words_page_position", "page_id", "position"),
        Index("ix_page_words_document_paragraph", "document_id", "paragraph_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("document_pages.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    block: Mapped[int] = mapped_column(Integer, default=1)
    par: Mapped[int] = mapped_column(Integer, default=1)
    line: Mapped[int] = mapped_column(Integer, default=1)
    x0: Mapped[int | None] = mapped_column(Integer)
    y0: Mapped[int | None] = mapped_column(Integer)
    x1: Mapped[int | None] = mapped_column(Integer)
    y1: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)
    ocr_text: Mapped[str] = mapped_column(Text)
    paragraph_number: Mapped[int | None] = mapped_column(Integer)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    corrected: Mapped[bool] = mapped_column(default=False)


# WORD_FORMS: a `forms` column holds the search keys of a row's words (app/domain/language/word_forms.py), one
# per word in order, indexed beside the words themselves. NULL means not computed yet: the services compute them
# before each commit (app/services/infrastructure/word_index.py), so a row written any other way is indexed at
# the next commit, or when the library is next opened.

LINK_ORIGINS = ("user", "suggested", "accepted")


class AlignmentLinkRow(Base):
    """¶left_first–left_last of one document answers ¶right_first–right_last of another.

    Each pair of documents is stored one way round only (the lower id on the left).
    """

    __tablename__ = "alignment_links"
    __table_args__ = (
        CheckConstraint("left_document_id < right_document_id", name="ordered_pair"),
        CheckConstraint("left_first >= 1 AND left_last >= left_first", name="left_run"),
        CheckConstraint("right_first >= 1 AND right_last >= right_first", name="right_run"),
        CheckConstraint(f"origin IN ({_quoted(LINK_ORIGINS)})", name="origin"),
        Index("ix_alignment_links_pair", "left_document_id", "right_document_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    left_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    left_first: Mapped[int] = mapped_column(Integer)
    left_last: Mapped[int] = mapped_column(Integer)
    right_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    right_first: Mapped[int] = mapped_column(Integer)
    right_last: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, server_default="")  # on PostgreSQL, the member who made it
    revision: Mapped[int] = mapped_column(Integer, server_default="1")

    # Every UPDATE checks the revision read (0 rows matched: another member changed it meanwhile).
    __mapper_args__ = {"version_id_col": revision, "eager_defaults": True}  # noqa: RUF012 - read by SQLAlchemy


note_tags = Table(
    "note_tags",
    Base.metadata,
    Column("note_id", ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class NoteRow(Base):
    """A research note: Markdown text, tags, an optional date for the timeline, passages it quotes."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(
            f"date_precision IS NULL OR date_precision IN ({_quoted(DATE_PRECISIONS)})", name="date_precision"
        ),
        Index("ix_notes_date_range", "date_lo", "date_hi"),
        Index(
            "ix_notes_forms_pending", "id", sqlite_where=text("forms IS NULL"), postgresql_where=text("forms IS NULL")
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    date_edtf: Mapped[str] = mapped_column(String(64), default="")
    date_lo: Mapped[datetime | None] = mapped_column(DateTime)
    date_hi: Mapped[datetime | None] = mapped_column(DateTime)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_approximate: Mapped[bool] = mapped_column(default=False)
    date_utc_lo: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    date_utc_hi: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    language: Mapped[str] = mapped_column(String(35), default="")  # detected from the text when it is indexed
    forms: Mapped[str | None] = mapped_column(Text, deferred=True)  # of the title and text; see WORD_FORMS below
    # A shared library's: who wrote it (the member's role name; '' in a library file), whether only they see
    # it, and its revision, which every save checks (see db/postgres/policies.py).
    author: Mapped[str] = mapped_column(Text, server_default="")
    private: Mapped[bool] = mapped_column(default=False, server_default=false())
    revision: Mapped[int] = mapped_column(Integer, server_default="1")
    saved_by: Mapped[str] = mapped_column(Text, default="", server_default="")  # who saved its text last

    __mapper_args__ = {"version_id_col": revision, "eager_defaults": True}  # noqa: RUF012 - read by SQLAlchemy

    tags: Mapped[list[TagRow]] = relationship(secondary=note_tags, order_by=TagRow.name)
    anchors: Mapped[list[PassageAnchorRow]] = relationship(
        back_populates="note",
        order_by="PassageAnchorRow.position, PassageAnchorRow.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class PassageAnchorRow(Base):
    """A passage a note quotes: offsets into the document's text and the quote with its context.

    `content_hash` is the document text the offsets were last checked against; when the document's own hash
    differs, the passage is looked for again (and marked orphaned if it cannot be found).
    """

    __tablename__ = "passage_anchors"
    __table_args__ = (CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    orphaned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    note: Mapped[NoteRow] = relationship(back_populates="anchors")
    document: Mapped[DocumentRow] = relationship()


class NoteLinkRow(Base):
    """A link the user picked from one note to another ([[title]] links are read from the text instead)."""

    __tablename__ = "note_links"
    __table_args__ = (CheckConstraint("source_id <> target_id", name="not_self"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True, index=True)


class NoteRevisionRow(Base):
    """An earlier text of a note, kept at most once per few minutes of editing."""

    __tablename__ = "note_revisions"
    __table_args__ = (Index("ix_note_revisions_note_saved", "note_id", "saved_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, server_default="")
    # A text that lost a race: saved by a member over an older revision than the one stored, kept here whole.
    conflicting: Mapped[bool] = mapped_column(default=False, server_default=false())

    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - read by SQLAlchemy


EVENT_CATEGORIES = ("hungary", "ussr", "poland", "suez", "un", "usa", "other")

event_documents = Table(
    "event_documents",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True),
)

event_notes = Table(
    "event_notes",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("note_id", ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class EventRow(Base):
    """A dated happening on the timeline: bundled with Parallax (`bundled_key` set) or the user's own.

    Bundled events are hidden, never deleted; an edited bundled event keeps the user's wording on upgrade.
    """

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(f"category IN ({_quoted(EVENT_CATEGORIES)})", name="category"),
        CheckConstraint(f"date_precision IN ({_quoted(DATE_PRECISIONS)})", name="date_precision"),
        Index("ix_events_date_range", "date_lo", "date_hi"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundled_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    date_edtf: Mapped[str] = mapped_column(String(64))
    date_lo: Mapped[datetime] = mapped_column(DateTime)
    date_hi: Mapped[datetime] = mapped_column(DateTime)
    date_precision: Mapped[str] = mapped_column(String(8))
    date_approximate: Mapped[bool] = mapped_column(default=False)
    date_utc_lo: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    date_utc_hi: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(16), default="other")
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    hidden: Mapped[bool] = mapped_column(default=False)
    edited: Mapped[bool] = mapped_column(default=False)  # a bundled event the user changed
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    author: Mapped[str] = mapped_column(Text, server_default="")
    revision: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": revision, "eager_defaults": True}  # noqa: RUF012 - read by SQLAlchemy

    documents: Mapped[list[DocumentRow]] = relationship(secondary=event_documents)
    notes: Mapped[list[NoteRow]] = relationship(secondary=event_notes)


MEMBER_ROLES = ("owner", "editor", "reader")


class MemberRow(Base):
    """A member of a shared library: a PostgreSQL login role and what it may do (empty in a library file)."""

    __tablename__ = "members"
    __table_args__ = (CheckConstraint(f"role IN ({_quoted(MEMBER_ROLES)})", name="role"),)

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class LibraryOptionRow(Base):
    """A shared library's choices, made by its owner (`readers_write_notes`: yes or no)."""

    __tablename__ = "library_options"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
