from app.domain.text.paragraphs import content_hash, split_paragraphs


def test_paragraphs_split_on_blank_lines_and_lines_join_with_spaces() -> None:
    text = "\ufeffFirst line\nsame paragraph.\r\n\r\n  Second\u00ad one.  \n \n\n\nThird."
    assert split_paragraphs(text) == ["First line same paragraph.", "Second one.", "Third."]


def test_the_same_text_has_the_same_hash_whatever_its_spacing() -> None:
    assert content_hash(["A  b", "c"]) == content_hash(["A b", "c "])
    assert content_hash(["A b", "c"]) != content_hash(["A b c"])
    assert content_hash(["ab"]) != content_hash(["a", "b"])
