<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Nyelv</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Parallax will speak {language} from its next start.</source>
            <translation>A Parallax a következő indítástól {language} nyelven szól.</translation>
        </message>
    </context>
</TS>
