<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Parallax will speak {language} from its next start.</source>
            <translation>Язык интерфейса Parallax ({language}) включится при следующем запуске.</translation>
        </message>
    </context>
</TS>
