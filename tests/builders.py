"""Small TEI files written by the tests: a single text, and an edition in the manner of FRUS."""

from __future__ import annotations

from pathlib import Path

HEADER = """<teiHeader><fileDesc>
    <titleStmt>
      <title type="complete">Foreign Relations of the United States, 1955–1957, Volume XXV, Eastern Europe</title>
      <editor role="primary">Edward C. Keefer</editor>
      <editor role="primary">Ronald D. Landa</editor>
      <editor role="general">John P. Glennon</editor>
    </titleStmt>
    <publicationStmt>
      <publisher>United States Government Printing Office</publisher>
      <pubPlace>Washington</pubPlace>
      <date type="publication-date">1990</date>
    </publicationStmt>
  </fileDesc></teiHeader>"""

DOCUMENTS = """
    <pb n="317"/>
    <div type="document" n="133" xml:id="d133"
         frus:doc-dateTime-min="1956-10-30T00:00:00-05:00" frus:doc-dateTime-max="1956-10-30T23:59:59-05:00">
      <head>133. Telegram From the Legation in Hungary to the Department of State<note n="1" type="source">Source:
        Department of State, Central Files, 764.00/10–3056. Secret; Niact.</note></head>
      <opener><dateline><placeName>Budapest</placeName>, <date when="1956-10-30T13:00:00+01:00">October 30,
        1956—1 p.m.</date></dateline></opener>
      <p>Nagy announced the <hi rend="italic">end</hi> of the one-party<lb/>system.<note n="2">Radio Kossuth,
        2:28 p.m.</note> <persName>Tildy</persName> and <persName>Kádár</persName> spoke after him.</p>
      <pb n="318"/>
      <p>Soviet troops are leaving <placeName>Budapest</placeName>, <gloss>so the Legation is told</gloss>.</p>
      <closer><signed><persName>Wailes</persName></signed></closer>
    </div>
    <div type="document" n="134" xml:id="d134"
         frus:doc-dateTime-min="1956-10-30T00:00:00-05:00" frus:doc-dateTime-max="1956-11-01T23:59:59-05:00">
      <head>134. Editorial Note</head>
      <p>On October 30 the Soviet Government issued its declaration on relations among socialist states.</p>
    </div>
    <div type="document" n="135" xml:id="d135"
         frus:doc-dateTime-min="1956-11-01T00:00:00-05:00" frus:doc-dateTime-max="1956-11-01T23:59:59-05:00">
      <head>135. Memorandum of Discussion at the 302d Meeting of the National Security Council</head>
      <opener><dateline><placeName>Washington</placeName>, <date>November 1, 1956</date>.</dateline></opener>
      <p>The President opened the meeting on <hi>Hungary</hi> and Suez.</p>
      <pb n="319"/>
      <p>Mr. Dulles said the Soviets were on the run in the satellites.</p>
    </div>
    <div type="document" n="136" xml:id="d136">
      <head>136. Telegram From the Embassy in the Soviet Union to the Department of State</head>
      <opener><dateline><placeName>Moscow</placeName>, <date notBefore="1956-11-02" notAfter="1956-11-03">undated,
        received November 3</date></dateline></opener>
      <p>Bohlen reports the movement of troops.</p>
    </div>
    <div type="document" n="137" xml:id="d137">
      <head>137. Telegram From the Mission at the United Nations to the Department of State</head>
      <opener><dateline><placeName>New York</placeName>, November 4, 1956—3 a.m.</dateline></opener>
      <p>The Security Council met at three in the morning.</p>
    </div>
    <div type="document" n="138" xml:id="d138"
         frus:doc-dateTime-min="1956-09-20T00:00:00-05:00" frus:doc-dateTime-max="1956-09-20T23:59:59-05:00">
      <head>138. Letter From the Secretary of State to the President</head>
      <p>A September letter about Poland.</p>
    </div>"""


def edition_xml(documents: str = DOCUMENTS, doctype: str = "") -> str:
    """An edition whose body holds documents in a chapter, with FRUS's date attributes, notes and page breaks."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>{doctype}
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:lang="en">
  {HEADER}
  <text><body><div type="chapter" xml:id="ch1"><head>Hungary</head>{documents}
  </div></body></text>
</TEI>"""


SINGLE = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc>
    <titleStmt><title>Message of Imre Nagy to the Secretary-General</title><editor>A. Reader</editor></titleStmt>
    <publicationStmt><publisher>A Small Digital Edition</publisher><date when="2024">2024</date></publicationStmt>
  </fileDesc></teiHeader>
  <text><body>
    <opener><dateline><placeName>Budapest</placeName>, <date when="1956-11-01">1 November 1956</date></dateline>
    </opener>
    <p>Reliable reports have reached the Government<note>That is, the Council of Ministers.</note> of the Hungarian
      People's Republic that further Soviet units are entering Hungary.</p>
    <p>The Hungarian Government <lb/>declares its neutrality.</p>
  </body></text>
</TEI>"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
